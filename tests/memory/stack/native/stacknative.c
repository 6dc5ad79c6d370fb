/* The native half of NativeStackOverflow: each call goes back up into Java, so the recursion
   alternates Java and native frames until the stack is used up. */
#include <jni.h>

JNIEXPORT jint JNICALL Java_NativeStackOverflow_down(JNIEnv* env, jclass cls, jint n) {
  jmethodID up = (*env)->GetStaticMethodID(env, cls, "up", "(I)I");
  if (up == NULL) return -1;
  /* With an exception pending (the StackOverflowError), return at once: it propagates. */
  return (*env)->CallStaticIntMethod(env, cls, up, n + 1);
}
