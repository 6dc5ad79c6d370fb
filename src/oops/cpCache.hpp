// ConstantPoolCache: what the interpreter learns when it first executes an instruction that
// names a constant-pool entry (JVMS §5.4.3 resolution), so later executions skip resolution.
// One entry per constant-pool index. An entry is written once, then published by storing its
// kind with release semantics; readers load the kind with acquire.
#pragma once

#include "utilities/globalDefinitions.hpp"
#include "oops/oop.hpp"

#include <atomic>

class Method;
class InstanceKlass;
class Klass;

struct CPCacheEntry {
  enum Kind : u1 { Unresolved = 0, Field, StaticField, Method_, Klass_, Constant };
  std::atomic<u1> kind{Unresolved};
  BasicType type = T_ILLEGAL;   // field type, or result type of a method
  bool is_volatile = false;
  int offset = 0;               // field offset (in the object or in the holder's mirror)
  int param_slots = 0;          // invokes: argument slots, receiver included
  void* ptr = nullptr;          // Method*, holder InstanceKlass* (static field), or Klass*

  bool is_resolved(Kind k) const { return kind.load(std::memory_order_acquire) == k; }
  void publish(Kind k) { kind.store(k, std::memory_order_release); }
};

class ConstantPoolCache {
 public:
  static ConstantPoolCache* allocate(int length);
  CPCacheEntry& at(int i) { return _entries[i]; }
  // ldc results that are objects (Strings, Classes, MethodTypes ...), one slot per cp index:
  // roots for the collectors.
  oop* resolved_references() { return _references; }
  int length() const { return _length; }

 private:
  int _length = 0;
  CPCacheEntry* _entries = nullptr;
  oop* _references = nullptr;
};
