// jdk.internal.misc.Unsafe: the VM implements all its native methods (JDK 17 has 69 besides
// registerNatives). Unsafe.<clinit> calls registerNatives(), which the VM binds itself and which
// binds the rest, as HotSpot's JVM_RegisterJDKInternalMiscUnsafeMethods. Also the VM's half of
// jdk.internal.misc.UnsafeConstants (HotSpot's UnsafeConstantsFixup).
#pragma once

#include "runtime/exceptions.hpp"

// At VM start, before any class can call Unsafe: registers
// Java_jdk_internal_misc_Unsafe_registerNatives with NativeLookup::register_special.
void unsafe_register_special_natives();

// After jdk.internal.misc.UnsafeConstants can be loaded (HotSpot does it right after the first
// well-known classes, before System.initPhase1): initializes the class, then overwrites its
// static finals ADDRESS_SIZE0, PAGE_SIZE, BIG_ENDIAN, UNALIGNED_ACCESS and
// DATA_CACHE_LINE_FLUSH_SIZE in its mirror with this machine's values.
void unsafe_constants_fixup(JavaThread* THREAD);

// Native memory from Unsafe.allocateMemory not yet freed (for NMT's "Other" category and
// diagnostics): bytes as requested (already 8-aligned by the Java side), and block count.
size_t unsafe_malloc_bytes();
size_t unsafe_malloc_count();

// The entry point bound to `name`+`signature` by registerNatives, or null (for tests, which
// call the natives directly with a JNIEnv).
void* unsafe_native_entry(const char* name, const char* signature);
