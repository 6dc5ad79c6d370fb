// StringTable: interned java.lang.String objects (String.intern, string literals; JVMS §5.1).
// The table holds its strings weakly: the collectors clear entries whose string died
// (-XX:StringTableSize sets the bucket count).
#pragma once

#include "runtime/exceptions.hpp"

class OopClosure;

class StringTable {
 public:
  // The interned string for a modified-UTF-8 literal, created on first use.
  static oop intern(const char* utf8, int length, TRAPS);
  // String.intern(): the canonical string equal to s.
  static oop intern(oop s, TRAPS);
  static void weak_oops_do(OopClosure* cl);  // updates moved entries, clears dead ones
  static size_t size();
};
