// ContiguousSpace: a bump-pointer region of the heap (HotSpot's ContiguousSpace): eden, the two
// survivors and the tenured space are each one. Objects lie back to back from bottom to top, so
// the space can be walked object by object (the heap is "parsable": retired TLABs are filled
// with dummy int[] objects, see SerialHeap::fill_with_dummy).
//
//   bottom                       top                          end
//   |== obj | obj | obj | ... ===|---------- free ------------|
#pragma once

#include "gc/shared/objectModel.hpp"
#include "utilities/debug.hpp"

#include <atomic>
#include <cstring>

class ContiguousSpace {
 public:
  void initialize(const char* name, address bottom, address end) {
    _name = name;
    _bottom = bottom;
    _end = end;
    set_top(bottom);
  }

  const char* name() const { return _name; }
  address bottom() const { return _bottom; }
  address end() const { return _end; }
  address top() const { return _top.load(std::memory_order_relaxed); }
  void set_top(address t) { _top.store(t, std::memory_order_relaxed); }
  void set_end(address e) { _end = e; }

  size_t capacity() const { return size_t(_end - _bottom); }
  size_t used() const { return size_t(top() - _bottom); }
  size_t free() const { return size_t(_end - top()); }
  bool is_empty() const { return top() == _bottom; }
  void clear() { set_top(_bottom); }

  // Debug builds fill memory the collector just freed with a pattern (HotSpot's
  // ZapUnusedHeapArea), so a stale reference the runtime forgot to report as a root reads a
  // garbage klass and fails at once instead of silently reading the old object.
  static constexpr bool ZapUnusedHeapArea = kDebugBuild;
  static constexpr uint8_t zap_byte = 0xab;
  static void zap(address from, address to) {
    if (ZapUnusedHeapArea && from < to) memset(from, zap_byte, size_t(to - from));
  }

  bool contains(const void* p) const { return p >= _bottom && p < _end; }
  bool is_in_used(const void* p) const { return p >= _bottom && p < top(); }

  // Single-threaded bump allocation (GC copying, or under the heap lock). Null when full.
  address allocate(size_t bytes) {
    address obj = top();
    if (size_t(_end - obj) < bytes) return nullptr;
    set_top(obj + bytes);
    return obj;
  }

  // Lock-free bump allocation for mutators (eden: TLAB refills and outside-TLAB objects).
  address par_allocate(size_t bytes) {
    address obj = _top.load(std::memory_order_relaxed);
    do {
      if (size_t(_end - obj) < bytes) return nullptr;
    } while (!_top.compare_exchange_weak(obj, obj + bytes, std::memory_order_relaxed));
    return obj;
  }

  // Calls f(oop) for every object in [bottom, top).
  template <typename F>
  void object_iterate(F&& f) const {
    address p = _bottom;
    address t = top();
    while (p < t) {
      oop obj = reinterpret_cast<oop>(p);
      p += ObjectModel::size(obj);
      f(obj);
    }
  }

 private:
  const char* _name = "";
  address _bottom = nullptr;
  address _end = nullptr;
  std::atomic<address> _top{nullptr};
};
