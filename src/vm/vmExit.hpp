// Ending the VM: DestroyJavaVM (JNI spec "DestroyJavaVM": waits until the current thread is the
// last non-daemon thread, runs the shutdown hooks, then unloads the VM).
#pragma once

#include <jni.h>

// Implemented by the VM lifecycle code (vm/); JNI's DestroyJavaVM calls it. JNI_OK or an error.
jint jvmlab_destroy_java_vm();
