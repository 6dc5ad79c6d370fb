// ConstantPoolCache: what the interpreter learns when it first executes an instruction that
// names a constant-pool entry (JVMS §5.4.3 resolution), so later executions skip resolution.
// One entry per constant-pool index. An entry is written once, then published by storing its
// kind with release semantics; readers load the kind with acquire.
#pragma once

#include "utilities/globalDefinitions.hpp"
#include "oops/oop.hpp"

#include <atomic>
#include <deque>
#include <mutex>

class Method;
class InstanceKlass;
class Klass;

struct CPCacheEntry {
  enum Kind : u1 { Unresolved = 0, Field, StaticField, Method_, Klass_, Constant };
  std::atomic<u1> kind{Unresolved};
  BasicType type = T_ILLEGAL;   // field type, or result type of a method
  bool is_volatile = false;
  u1 intrinsic = 0;             // MHIntrinsic for signature-polymorphic calls (prims/methodHandles.hpp)
  int offset = 0;               // field offset (in the object or in the holder's mirror)
  int param_slots = 0;          // invokes: argument slots, receiver included
  void* ptr = nullptr;          // Method*, holder InstanceKlass* (static field), or Klass*

  bool is_resolved(Kind k) const { return kind.load(std::memory_order_acquire) == k; }
  void publish(Kind k) { kind.store(k, std::memory_order_release); }
};

// A linked invokedynamic call site (JVMS §5.4.3.6): the adapter method the JDK's
// MethodHandleNatives.linkCallSite chose, and its appendix (the trailing extra argument).
struct IndySite {
  Method* adapter;
  jobject appendix;  // a JNI global reference: a root that survives collections
  int param_slots;   // the call site's argument slots, without the appendix
  BasicType result;
};

class ConstantPoolCache {
 public:
  // invokedynamic sites, numbered from 1 (the number is written into the instruction's two
  // reserved operand bytes, see BytecodeInterpreter).
  IndySite& indy_site(int id) { return _indy_sites[size_t(id - 1)]; }
  int add_indy_site(const IndySite& s) {
    _indy_sites.push_back(s);
    return int(_indy_sites.size());
  }
  std::mutex& indy_lock() { return _indy_lock; }

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
  std::mutex _indy_lock;
  std::deque<IndySite> _indy_sites;  // a deque: entries never move once published
};
