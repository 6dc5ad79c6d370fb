// SymbolTable: temporary; replaced at merge. A minimal interning table (one mutex, one hash
// map, symbols never freed) so the oopmap branch can build Methods in its unit tests.
#include "classfile/symbolTable.hpp"

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <string_view>
#include <unordered_map>

namespace {
std::mutex table_lock;
std::unordered_map<std::string_view, Symbol*>& table() {
  static auto* t = new std::unordered_map<std::string_view, Symbol*>();
  return *t;
}
}  // namespace

Symbol* SymbolTable::lookup(const char* bytes, int length) {
  std::lock_guard<std::mutex> guard(table_lock);
  auto it = table().find(std::string_view(bytes, size_t(length)));
  if (it != table().end()) return it->second;
  // The body is NUL-terminated (Symbol::bytes promises it), so allocate length + 1 chars.
  void* mem = calloc(1, sizeof(Symbol) + size_t(length));
  if (mem == nullptr) return nullptr;
  Symbol* s = static_cast<Symbol*>(mem);
  s->_length = length;
  memcpy(s->_body, bytes, size_t(length));
  s->_body[length] = '\0';
  s->_hash = uint32_t(std::hash<std::string_view>()(std::string_view(bytes, size_t(length))));
  table().emplace(s->view(), s);
  return s;
}

Symbol* SymbolTable::probe(std::string_view str) {
  std::lock_guard<std::mutex> guard(table_lock);
  auto it = table().find(str);
  return it == table().end() ? nullptr : it->second;
}

size_t SymbolTable::count() {
  std::lock_guard<std::mutex> guard(table_lock);
  return table().size();
}
