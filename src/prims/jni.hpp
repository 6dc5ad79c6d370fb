// The JNI function table (JNI spec chapter 4, "JNI Functions") and the invocation interface
// (chapter 5, "The Invocation API"). A JavaThread's JNIEnv points at jni_functions(); the one
// JavaVM of the process is jni_java_vm().
#pragma once

#include <jni.h>

// The table every JavaThread's env uses: `thread->_jni_env.functions = jni_functions();`.
const JNINativeInterface_* jni_functions();
// The process's JavaVM (JNI_CreateJavaVM / JNI_GetCreatedJavaVMs / GetJavaVM hand this out).
JavaVM* jni_java_vm();

class JavaThread;
class oopDesc;
// Hook for the lead: the class loader FindClass uses when no Java method is on the calling
// thread's stack (JNI_OnLoad aside, e.g. a thread attached with AttachCurrentThread). HotSpot uses
// the system class loader (ClassLoader.getSystemClassLoader()) once initialized; until a hook is
// set (or when it returns null), the boot loader.
void jni_set_find_class_default_loader(oopDesc* (*loader)(JavaThread* thread));
