// Basic types, sizes and alignment helpers shared by every subsystem (HotSpot's
// globalDefinitions.hpp plays the same role). Java primitive types come from jni.h.
#pragma once

#include <jni.h>
#include <cstddef>
#include <cstdint>

using address = uint8_t*;
using u1 = uint8_t;
using u2 = uint16_t;
using u4 = uint32_t;
using u8 = uint64_t;

// A heap word is the unit the collectors count in (8 bytes on x86_64).
using HeapWord = uintptr_t;
constexpr size_t HeapWordSize = sizeof(HeapWord);
constexpr int LogHeapWordSize = 3;

constexpr size_t K = 1024;
constexpr size_t M = K * K;
constexpr size_t G = M * K;

// Every Java object starts at an 8-byte boundary (-XX:ObjectAlignmentInBytes=8).
constexpr size_t ObjectAlignmentInBytes = 8;
constexpr int LogMinObjAlignmentInBytes = 3;

constexpr size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }
constexpr size_t align_down(size_t v, size_t a) { return v & ~(a - 1); }
constexpr bool is_aligned(size_t v, size_t a) { return (v & (a - 1)) == 0; }
template <typename T> inline T* align_up(T* p, size_t a) {
  return reinterpret_cast<T*>(align_up(reinterpret_cast<uintptr_t>(p), a));
}

// Java's basic types, numbered as in the JVMS newarray operand (§6.5 newarray) and HotSpot's BasicType.
enum BasicType : uint8_t {
  T_BOOLEAN = 4, T_CHAR = 5, T_FLOAT = 6, T_DOUBLE = 7,
  T_BYTE = 8, T_SHORT = 9, T_INT = 10, T_LONG = 11,
  T_OBJECT = 12, T_ARRAY = 13, T_VOID = 14, T_ILLEGAL = 99
};

inline int type2aelembytes(BasicType t) {
  switch (t) {
    case T_BOOLEAN: case T_BYTE: return 1;
    case T_CHAR: case T_SHORT: return 2;
    case T_INT: case T_FLOAT: return 4;
    case T_LONG: case T_DOUBLE: return 8;
    default: return 4;  // references are compressed (-XX:+UseCompressedOops)
  }
}
inline bool is_reference_type(BasicType t) { return t == T_OBJECT || t == T_ARRAY; }
BasicType char2type(char c);
char type2char(BasicType t);
const char* type2name(BasicType t);
