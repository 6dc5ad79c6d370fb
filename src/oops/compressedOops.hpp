// Compressed oops and compressed class pointers (-XX:+UseCompressedOops, -XX:+UseCompressedClassPointers).
//
// The heap is always reserved below 32 GB, so a narrow oop is the address shifted right by 3
// ("zero based" mode in HotSpot's terms): decoding is one shift and null stays 0.
// Klasses live in the compressed class space; a narrow klass is (klass - base) >> 3.
#pragma once

#include "utilities/globalDefinitions.hpp"

class oopDesc;
class Klass;
using oop = oopDesc*;
using narrowOop = uint32_t;
using narrowKlass = uint32_t;

constexpr int LogMinObjAlignment = 3;
constexpr size_t OopEncodingHeapMax = size_t(1) << (32 + LogMinObjAlignment);  // 32 GB

struct CompressedOops {
  static inline narrowOop encode(oop o) {
    return narrowOop(reinterpret_cast<uintptr_t>(o) >> LogMinObjAlignment);
  }
  static inline oop decode(narrowOop n) {
    return reinterpret_cast<oop>(uintptr_t(n) << LogMinObjAlignment);
  }
};

struct CompressedKlassPointers {
  static address _base;  // start of the compressed class space
  static constexpr int shift = 3;
  static inline narrowKlass encode(const Klass* k) {
    return narrowKlass((reinterpret_cast<uintptr_t>(k) - reinterpret_cast<uintptr_t>(_base)) >> shift);
  }
  static inline Klass* decode(narrowKlass n) {
    return reinterpret_cast<Klass*>(_base + (uintptr_t(n) << shift));
  }
};
