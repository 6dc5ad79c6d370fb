// Symbols: interned modified-UTF-8 strings (class names, member names, descriptors, constant
// pool UTF8 entries). One Symbol per distinct string for the life of the VM, so symbols compare
// by pointer. The table is safe to use from many threads.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <string>
#include <string_view>

class Symbol {
 public:
  int length() const { return _length; }
  const char* bytes() const { return _body; }  // NUL-terminated for convenience
  std::string_view view() const { return {_body, size_t(_length)}; }
  std::string str() const { return std::string(_body, size_t(_length)); }
  bool equals(std::string_view s) const { return view() == s; }
  bool starts_with(std::string_view s) const { return view().starts_with(s); }
  char char_at(int i) const { return _body[i]; }
  uint32_t hash() const { return _hash; }
  // The name as Java prints it: "java/lang/String" -> "java.lang.String" (JVMS §4.2.1).
  std::string as_external_name() const {
    std::string n = str();
    for (char& c : n) if (c == '/') c = '.';
    return n;
  }

 private:
  friend class SymbolTable;
  uint32_t _hash;
  int _length;
  char _body[1];
};

class SymbolTable {
 public:
  static Symbol* lookup(const char* bytes, int length);
  static Symbol* lookup(std::string_view s) { return lookup(s.data(), int(s.size())); }
  // Null if the string was never interned (used by lookups that must not create symbols).
  static Symbol* probe(std::string_view s);
  static size_t count();
};
