// JavaCalls: calls from C++ into Java code (class initializers, constructors of exceptions the VM
// throws, upcalls into the JDK). Arguments are slots as the interpreter lays them out (a long or
// double takes two, value in the first); references are passed as oops and must not be held
// across the call by the caller except through handles.
#pragma once

#include "runtime/exceptions.hpp"
#include "utilities/debug.hpp"

class Method;

struct JavaValue {
  BasicType type = T_VOID;
  union { jint i; jlong j; jfloat f; jdouble d; oopDesc* l; } v{};
};

class JavaArgs {
 public:
  void push_int(jint i) { _slots[_n++] = intptr_t(i); }
  void push_long(jlong j) { _slots[_n++] = intptr_t(j); _slots[_n++] = 0; }
  void push_oop(oop o) {
    if (kDebugBuild && _gc_epoch < 0) _gc_epoch = current_gc_epoch();
    _is_oop[_n] = true;
    _slots[_n++] = reinterpret_cast<intptr_t>(o);
  }
  // Debug builds: the collection count when the first reference was pushed, so JavaCalls::call
  // can check that no collection moved the references since (-1: none pushed yet).
  long gc_epoch() const { return _gc_epoch; }
  static long current_gc_epoch();
  bool is_oop(int i) const { return _is_oop[i]; }
  void set_slot(int i, intptr_t v) { _slots[i] = v; }
  void push_float(jfloat f) { intptr_t v = 0; __builtin_memcpy(&v, &f, 4); _slots[_n++] = v; }
  void push_double(jdouble d) { intptr_t v; __builtin_memcpy(&v, &d, 8); _slots[_n++] = v; _slots[_n++] = 0; }
  void push_raw(intptr_t slot) { _slots[_n++] = slot; }
  const intptr_t* slots() const { return _slots; }
  int size() const { return _n; }
 private:
  intptr_t _slots[256];
  bool _is_oop[256] = {};
  int _n = 0;
  long _gc_epoch = -1;
};

class JavaCalls {
 public:
  // Invokes m exactly (no virtual dispatch) with `args` (receiver first for instance methods).
  static void call(JavaValue* result, Method* m, const JavaArgs& args, TRAPS);
  static void call_static(JavaValue* result, InstanceKlass* k, const char* name, const char* sig,
                          const JavaArgs& args, TRAPS);
  // Virtual dispatch on args' receiver.
  static void call_virtual(JavaValue* result, InstanceKlass* k, const char* name, const char* sig,
                           const JavaArgs& args, TRAPS);
  // new K(args) with the constructor of signature `sig`.
  static oop construct(InstanceKlass* k, const char* sig, const JavaArgs& args, TRAPS);
};
