// The JNI invocation entry points that create and destroy the VM (JNI_CreateJavaVM,
// JNI_GetCreatedJavaVMs, JNI_GetDefaultJavaVMInitArgs, DestroyJavaVM), and the parsed arguments
// JNI_CreateJavaVM hands to prims/jvm.cpp (system properties, -Xlog options).
#pragma once

#include <jni.h>

// DestroyJavaVM's work is jvmlab_destroy_java_vm (vm/vmExit.hpp), defined with these.
