// A stand-in libjvm.so for testing the jvmlab launcher alone (tests/launcher/run): it logs the
// options and calls it receives to $FAKEJVM_LOG and plays LauncherHelper's and main's part for a
// few class names (Missing, Throw, Exit7), without running any Java code.
#include <jni.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#define EXPORT extern "C" __attribute__((visibility("default")))

namespace {

struct FakeObject {
  std::string kind;                 // "class", "string", "bytes", "array"
  std::string text;                 // class name, string value, or byte contents
  std::vector<FakeObject*> elements;
};
struct FakeMethod {
  std::string cls, name, sig;
};

FakeObject* g_pending = nullptr;    // the pending exception, if any
FakeObject* g_main_class = nullptr;

void log(const char* fmt, ...) {
  const char* path = getenv("FAKEJVM_LOG");
  if (path == nullptr) return;
  FILE* f = fopen(path, "a");
  if (f == nullptr) return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(f, fmt, ap);
  va_end(ap);
  fputc('\n', f);
  fclose(f);
}

FakeObject* obj(jobject o) { return reinterpret_cast<FakeObject*>(o); }
FakeObject* make(const char* kind, std::string text) { return new FakeObject{kind, std::move(text), {}}; }

jclass JNICALL find_class(JNIEnv*, const char* name) { return reinterpret_cast<jclass>(make("class", name)); }

jmethodID JNICALL get_static_method_id(JNIEnv*, jclass cls, const char* name, const char* sig) {
  return reinterpret_cast<jmethodID>(new FakeMethod{obj(cls)->text, name, sig});
}

jobject call_static_object(jclass, jmethodID mid, va_list ap) {
  FakeMethod* m = reinterpret_cast<FakeMethod*>(mid);
  if (m->name == "makePlatformString") {
    int to_stderr = va_arg(ap, int);
    (void)to_stderr;
    return reinterpret_cast<jobject>(make("string", obj(va_arg(ap, jobject))->text));
  }
  if (m->name == "checkAndLoadMain") {
    int to_stderr = va_arg(ap, int);
    jint mode = va_arg(ap, jint);
    std::string what = obj(va_arg(ap, jobject))->text;
    log("checkAndLoadMain stderr=%d mode=%d what=%s", to_stderr, mode, what.c_str());
    if (what == "Missing") {  // what LauncherHelper prints before System.exit(1)
      fprintf(stderr, "Error: Could not find or load main class Missing\n"
                      "Caused by: java.lang.ClassNotFoundException: Missing\n");
      exit(1);
    }
    g_main_class = make("class", mode == 2 ? "JarMain" : what);
    return reinterpret_cast<jobject>(g_main_class);
  }
  if (m->name == "getApplicationClass") return reinterpret_cast<jobject>(g_main_class);
  log("unexpected object method %s.%s%s", m->cls.c_str(), m->name.c_str(), m->sig.c_str());
  return nullptr;
}

jobject JNICALL call_static_object_method(JNIEnv*, jclass cls, jmethodID mid, ...) {
  va_list ap;
  va_start(ap, mid);
  jobject r = call_static_object(cls, mid, ap);
  va_end(ap);
  return r;
}

jobject JNICALL call_static_object_method_v(JNIEnv*, jclass cls, jmethodID mid, va_list ap) {
  return call_static_object(cls, mid, ap);
}

// C++ callers (JNIEnv_ member functions) arrive through the ...V variants.
void JNICALL call_static_void_method_v(JNIEnv*, jclass cls, jmethodID mid, va_list ap) {
  FakeMethod* m = reinterpret_cast<FakeMethod*>(mid);
  if (m->name == "print" && m->cls == "java/lang/VersionProps") {
    int to_stderr = va_arg(ap, int);
    log("VersionProps.print(%d)", to_stderr);
    fprintf(to_stderr ? stderr : stdout, "fake version\n");
  } else if (m->name == "printHelpMessage" || m->name == "printXUsageMessage") {
    int to_stderr = va_arg(ap, int);
    log("%s(%d)", m->name.c_str(), to_stderr);
    fprintf(to_stderr ? stderr : stdout, "fake %s\n", m->name == "printHelpMessage" ? "usage" : "extra usage");
  } else if (m->name == "initHelpMessage") {
    log("initHelpMessage(%s)", obj(va_arg(ap, jobject))->text.c_str());
  } else if (m->name == "appendVmSelectMessage") {
    std::string a = obj(va_arg(ap, jobject))->text;
    log("appendVmSelectMessage(%s, %s)", a.c_str(), obj(va_arg(ap, jobject))->text.c_str());
  } else if (m->name == "showSettings") {
    int to_stderr = va_arg(ap, int);
    std::string opt = obj(va_arg(ap, jobject))->text;
    jlong ms = va_arg(ap, jlong), mx = va_arg(ap, jlong), ss = va_arg(ap, jlong);
    log("showSettings(%d, %s, %lld, %lld, %lld)", to_stderr, opt.c_str(), (long long)ms, (long long)mx, (long long)ss);
  } else if (m->name == "main") {
    FakeObject* args = obj(va_arg(ap, jobject));
    std::string joined;
    for (FakeObject* e : args->elements) joined += (joined.empty() ? "" : "|") + e->text;
    log("main %s argc=%zu args=%s", obj(cls)->text.c_str(), args->elements.size(), joined.c_str());
    if (obj(cls)->text == "Throw") g_pending = make("throwable", "java.lang.RuntimeException: boom");
    if (obj(cls)->text == "Exit7") exit(7);  // System.exit(7)
  } else {
    log("call %s.%s%s", m->cls.c_str(), m->name.c_str(), m->sig.c_str());
  }
}

void JNICALL call_static_void_method(JNIEnv* env, jclass cls, jmethodID mid, ...) {
  va_list ap;
  va_start(ap, mid);
  call_static_void_method_v(env, cls, mid, ap);
  va_end(ap);
}

jbyteArray JNICALL new_byte_array(JNIEnv*, jsize) { return reinterpret_cast<jbyteArray>(make("bytes", "")); }
void JNICALL set_byte_array_region(JNIEnv*, jbyteArray a, jsize, jsize len, const jbyte* buf) {
  obj(a)->text.assign(reinterpret_cast<const char*>(buf), len);
}
jobjectArray JNICALL new_object_array(JNIEnv*, jsize len, jclass, jobject) {
  FakeObject* a = make("array", "");
  a->elements.resize(len);
  return reinterpret_cast<jobjectArray>(a);
}
void JNICALL set_object_array_element(JNIEnv*, jobjectArray a, jsize i, jobject v) { obj(a)->elements[i] = obj(v); }
void JNICALL delete_local_ref(JNIEnv*, jobject) {}
jthrowable JNICALL exception_occurred(JNIEnv*) { return reinterpret_cast<jthrowable>(g_pending); }
void JNICALL exception_describe(JNIEnv*) {
  if (g_pending != nullptr) fprintf(stderr, "Exception in thread \"main\" %s\n", g_pending->text.c_str());
  g_pending = nullptr;
}
void JNICALL exception_clear(JNIEnv*) { g_pending = nullptr; }
jstring JNICALL new_string_utf(JNIEnv*, const char* s) { return reinterpret_cast<jstring>(make("string", s)); }

jint JNICALL detach_current_thread(JavaVM*) {
  // HotSpot reports an uncaught exception here (Thread.dispatchUncaughtException).
  if (g_pending != nullptr) {
    fprintf(stderr, "Exception in thread \"main\" %s\n", g_pending->text.c_str());
    g_pending = nullptr;
  }
  log("DetachCurrentThread");
  return JNI_OK;
}
jint JNICALL destroy_java_vm(JavaVM*) {
  log("DestroyJavaVM");
  return JNI_OK;
}

JNINativeInterface_ g_functions;
JNIEnv g_env;
JNIInvokeInterface_ g_invoke;
JavaVM g_vm;

void init_tables() {
  memset(&g_functions, 0, sizeof g_functions);
  g_functions.FindClass = find_class;
  g_functions.GetStaticMethodID = get_static_method_id;
  g_functions.CallStaticObjectMethod = call_static_object_method;
  g_functions.CallStaticVoidMethod = call_static_void_method;
  g_functions.CallStaticObjectMethodV = call_static_object_method_v;
  g_functions.CallStaticVoidMethodV = call_static_void_method_v;
  g_functions.NewByteArray = new_byte_array;
  g_functions.SetByteArrayRegion = set_byte_array_region;
  g_functions.NewObjectArray = new_object_array;
  g_functions.SetObjectArrayElement = set_object_array_element;
  g_functions.DeleteLocalRef = delete_local_ref;
  g_functions.ExceptionOccurred = exception_occurred;
  g_functions.ExceptionDescribe = exception_describe;
  g_functions.ExceptionClear = exception_clear;
  g_functions.NewStringUTF = new_string_utf;
  g_env.functions = &g_functions;
  memset(&g_invoke, 0, sizeof g_invoke);
  g_invoke.DetachCurrentThread = detach_current_thread;
  g_invoke.DestroyJavaVM = destroy_java_vm;
  g_vm.functions = &g_invoke;
}

}  // namespace

EXPORT jint JNI_GetDefaultJavaVMInitArgs(void* args) {
  // JDK1_1InitArgs: version at offset 0, javaStackSize at offset 24.
  jint version = *static_cast<jint*>(args);
  log("JNI_GetDefaultJavaVMInitArgs version=0x%x", version);
  if (version == JNI_VERSION_1_1) *reinterpret_cast<jint*>(static_cast<char*>(args) + 24) = 1024 * 1024;
  return JNI_OK;
}

EXPORT jint JNI_GetCreatedJavaVMs(JavaVM**, jsize, jsize* n) {
  *n = 0;
  return JNI_OK;
}

EXPORT jint JNI_CreateJavaVM(JavaVM** vm, void** env, void* p) {
  JavaVMInitArgs* args = static_cast<JavaVMInitArgs*>(p);
  pthread_attr_t attr;
  size_t stack = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &stack);
    pthread_attr_destroy(&attr);
  }
  log("JNI_CreateJavaVM version=0x%x ignoreUnrecognized=%d primordial=%d stack=%zu", args->version,
      args->ignoreUnrecognized, getpid() == gettid(), stack);
  for (int i = 0; i < args->nOptions; i++) {
    log("option %s", args->options[i].optionString);
    if (strcmp(args->options[i].optionString, "-XX:+FakeFail") == 0) {
      fprintf(stderr, "Unrecognized VM option 'FakeFail'\n");
      return JNI_EINVAL;
    }
  }
  init_tables();
  *vm = &g_vm;
  *env = &g_env;
  return JNI_OK;
}

EXPORT jclass JVM_FindClassFromBootLoader(JNIEnv* env, const char* name) {
  log("JVM_FindClassFromBootLoader %s", name);
  return find_class(env, name);
}
