// JNI references (JNI spec "Referencing Java Objects"): a jobject is the address of a slot that
// holds an oop, so the collector can update it. Local references live in the current thread's
// handle list (released when the native method returns, or by a HandleMark / PopLocalFrame);
// global and weak global references live in VM-wide tables (weak ones are cleared by the GC).
#pragma once

#include "runtime/javaThread.hpp"

class OopClosure;

class JNIHandles {
 public:
  static jobject make_local(JavaThread* thread, oop obj);
  static jobject make_global(oop obj);
  static jweak make_weak_global(oop obj);
  static void destroy_global(jobject ref);
  static void destroy_weak_global(jweak ref);
  static void destroy_local(jobject ref) { if (ref != nullptr) *reinterpret_cast<oop*>(ref) = nullptr; }

  static oop resolve(jobject ref) { return ref == nullptr ? nullptr : *reinterpret_cast<oop*>(ref); }
  static jobjectRefType ref_type(jobject ref);

  // JNI NewGlobalRef / DeleteGlobalRef: global references of native code, counted apart from
  // the VM's own (thread dumps print "JNI global refs: N, weak refs: M" for native code's).
  static jobject make_jni_global(oop obj);
  static void destroy_jni_global(jobject ref);
  static size_t jni_global_count();
  static size_t weak_global_count();

  // Roots: global references are strong, weak globals are weak.
  static void oops_do(OopClosure* cl);
  static void weak_oops_do(OopClosure* cl);
};
