// The JNI invocation entry points that create and destroy the VM (JNI_CreateJavaVM,
// JNI_GetCreatedJavaVMs, JNI_GetDefaultJavaVMInitArgs, DestroyJavaVM), and the parsed arguments
// other subsystems read (system properties, -Xlog options).
#pragma once

#include <jni.h>

class Arguments;

// The arguments the running VM was created with.
const Arguments& vm_arguments();
// DestroyJavaVM: waits for the non-daemon threads, runs the shutdown sequence, returns JNI_OK.
jint jvmlab_destroy_java_vm();
