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
  JavaArgs() = default;
  JavaArgs(const JavaArgs& other) : _gc_epoch(other._gc_epoch) {
    for (int i = 0; i < other._n; i++) push(other._slots[i], other._is_oop[i]);
  }
  JavaArgs& operator=(const JavaArgs&) = delete;
  ~JavaArgs() {
    if (_slots != _inline_slots) {
      delete[] _slots;
      delete[] _is_oop;
    }
  }

  void push_int(jint i) { push(intptr_t(i), false); }
  void push_long(jlong j) { push(intptr_t(j), false); push(0, false); }
  void push_oop(oop o) {
    if (kDebugBuild && _gc_epoch < 0) _gc_epoch = current_gc_epoch();
    push(reinterpret_cast<intptr_t>(o), true);
  }
  // Debug builds: the collection count when the first reference was pushed, so JavaCalls::call
  // can check that no collection moved the references since (-1: none pushed yet).
  long gc_epoch() const { return _gc_epoch; }
  static long current_gc_epoch();
  bool is_oop(int i) const { return _is_oop[i]; }
  void set_slot(int i, intptr_t v) { _slots[i] = v; }
  void push_float(jfloat f) { intptr_t v = 0; __builtin_memcpy(&v, &f, 4); push(v, false); }
  void push_double(jdouble d) { intptr_t v; __builtin_memcpy(&v, &d, 8); push(v, false); push(0, false); }
  void push_raw(intptr_t slot) { push(slot, false); }
  const intptr_t* slots() const { return _slots; }
  int size() const { return _n; }

 private:
  // A few slots inline (JavaArgs sit on the C stack of JNI upcalls, which recurse), the rest, up
  // to the JVMS limit of 255 argument slots plus a receiver, on the heap.
  static constexpr int kInline = 12;
  static constexpr int kMax = 257;
  void push(intptr_t v, bool is_oop) {
    if (_n == kInline && _slots == _inline_slots) {
      intptr_t* s = new intptr_t[kMax];
      bool* o = new bool[kMax]();
      __builtin_memcpy(s, _inline_slots, sizeof _inline_slots);
      __builtin_memcpy(o, _inline_is_oop, sizeof _inline_is_oop);
      _slots = s;
      _is_oop = o;
    }
    _is_oop[_n] = is_oop;
    _slots[_n++] = v;
  }
  intptr_t _inline_slots[kInline];
  bool _inline_is_oop[kInline] = {};
  intptr_t* _slots = _inline_slots;
  bool* _is_oop = _inline_is_oop;
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
