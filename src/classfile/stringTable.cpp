// The interned-string table: content (UTF-16) -> slot holding the String. Slots are weak roots.
#include "classfile/stringTable.hpp"

#include "classfile/javaClasses.hpp"
#include "gc/shared/objectModel.hpp"

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace {
std::mutex table_lock;
std::unordered_map<std::u16string, size_t> index;
std::vector<oop> slots;

std::u16string content_of(oop s) {
  std::u16string k;
  int n = java_lang_String::length(s);
  k.reserve(size_t(n));
  for (int i = 0; i < n; i++) k.push_back(char16_t(java_lang_String::char_at(s, i)));
  return k;
}

oop lookup_or_add(const std::u16string& key, oop candidate) {
  std::lock_guard<std::mutex> g(table_lock);
  auto it = index.find(key);
  if (it != index.end() && slots[it->second] != nullptr) return slots[it->second];
  if (it != index.end()) { slots[it->second] = candidate; return candidate; }  // the old one died
  index.emplace(key, slots.size());
  slots.push_back(candidate);
  return candidate;
}
}  // namespace

oop StringTable::intern(const char* utf8, int length, TRAPS) {
  oop s = java_lang_String::create_from_utf8(utf8, length, CHECK_NULL);
  return lookup_or_add(content_of(s), s);
}

oop StringTable::intern(oop s, TRAPS) {
  (void)THREAD;
  return lookup_or_add(content_of(s), s);
}

void StringTable::weak_oops_do(OopClosure* cl) {
  for (oop& o : slots)
    if (o != nullptr) cl->do_oop(&o);
}

size_t StringTable::size() { return index.size(); }
