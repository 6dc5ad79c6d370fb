// InterpreterRuntime: the interpreter's slow paths (resolution on first execution, allocation
// that may collect, class initialization, monitors, exception creation and handler lookup,
// native calls). Each is entered with the frame's bcp and sp saved, so the collector can walk
// the frame; each reports failure as a pending exception.
#pragma once

#include "interpreter/frame.hpp"
#include "oops/cpCache.hpp"
#include "oops/constantPool.hpp"
#include "oops/method.hpp"
#include "runtime/exceptions.hpp"

class InterpreterRuntime {
 public:
  // Resolves the field/method/class named at cp index `index` for bytecode `code`, filling the
  // cache entry. Returns false with an exception pending on failure.
  static bool resolve_field(JavaThread* thread, Method* caller, int code, int index);
  static bool resolve_invoke(JavaThread* thread, Method* caller, int code, int index);
  // invokedynamic at bci of m: links the call site on first execution; returns its number (>= 1)
  // in the class's ConstantPoolCache, or 0 with an exception pending.
  static int resolve_invokedynamic(JavaThread* thread, Method* m, int bci);
  static bool resolve_signature_polymorphic(JavaThread* thread, Method* caller, int code, int index,
                                            InstanceKlass* holder, Method* poly, Symbol* name, Symbol* sig);
  static Klass* resolve_klass(JavaThread* thread, ConstantPool* cp, int index);

  // ldc/ldc_w/ldc2_w: pushes the constant and returns the new sp, or null with an exception.
  static intptr_t* ldc(JavaThread* thread, Method* m, int index, intptr_t* sp);

  static oop new_instance(JavaThread* thread, ConstantPool* cp, int index);
  // java.lang.ref.Finalizer.register(obj) for an object whose class has_finalizer(): at the end
  // of Object.<init> (return_register_finalizer) and for Object.clone's copy (HotSpot's
  // InstanceKlass::register_finalizer). An exception it throws is left pending.
  static void register_finalizer(JavaThread* thread, oop obj);
  static oop anewarray(JavaThread* thread, ConstantPool* cp, int index, jint length);
  static oop multianewarray(JavaThread* thread, ConstantPool* cp, int index, int dims, const intptr_t* counts);

  // Error paths, each making the exception pending.
  static void throw_null_pointer(JavaThread* thread, Method* m, int bci);
  static void throw_array_index(JavaThread* thread, int index, int length);
  static void throw_class_cast(JavaThread* thread, oop obj, Klass* target);
  static void throw_array_store(JavaThread* thread, oop value);
  static void throw_arithmetic(JavaThread* thread);
  static void throw_abstract_method(JavaThread* thread, Method* m, Klass* receiver);

  // The handler bci in m for the thread's pending exception thrown at bci, or -1 (JVMS §2.10).
  static int find_handler(JavaThread* thread, Method* m, int bci);

  // Invokes the native method of `frame` (arguments in its locals); returns its result slots.
  static bool call_native(JavaThread* thread, Frame* frame, intptr_t result[2]);
};
