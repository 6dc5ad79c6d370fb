// oopFactory: allocation of Java objects and arrays for the interpreter and the runtime.
// The fast path bumps the thread's TLAB; the slow path asks the heap, which may collect; when
// the heap is exhausted, OutOfMemoryError("Java heap space") is made pending and null returned.
#pragma once

#include "runtime/exceptions.hpp"

class InstanceKlass;
class Klass;

class oopFactory {
 public:
  static oop new_instance(InstanceKlass* k, TRAPS);
  static arrayOop new_typeArray(BasicType t, int length, TRAPS);
  static arrayOop new_objArray(Klass* element_klass, int length, TRAPS);
  // `array_klass` of dimension >= dims; lengths[0] is the outermost (JVMS §6.5 multianewarray).
  static arrayOop new_multiArray(Klass* array_klass, int dims, const jint* lengths, TRAPS);
  static arrayOop new_array(Klass* array_klass, int length, TRAPS);
  // Raw memory for an object of `bytes` (zeroed, header not written).
  static address allocate(JavaThread* thread, size_t bytes);

  inline static void init_header(address mem, Klass* k) {
    oop o = reinterpret_cast<oop>(mem);
    o->set_mark(MarkWord::prototype());
    o->set_klass(k);
  }
};
