// ThreadLocalAllocBuffer: a thread's private chunk of eden, bump-allocated without locks
// (-XX:+UseTLAB). The fast path is inline here; refills and the outside-TLAB path are in the heap.
#pragma once

#include "utilities/globalDefinitions.hpp"

class ThreadLocalAllocBuffer {
 public:
  // Returns the start of `bytes` (8-aligned) or null if the buffer is too small.
  inline address allocate(size_t bytes) {
    address obj = _top;
    if (size_t(_end - obj) >= bytes) {
      _top = obj + bytes;
      return obj;
    }
    return nullptr;
  }

  address start() const { return _start; }
  address top() const { return _top; }
  address end() const { return _end; }
  size_t free_bytes() const { return size_t(_end - _top); }
  void fill(address start, address top, address end) { _start = start; _top = top; _end = end; }
  void reset() { _start = _top = _end = nullptr; }

  // The usable end leaves room for the dummy int[] header that fills the rest when the buffer is
  // retired (HotSpot's alignment_reserve), so the heap stays parsable.
  static constexpr size_t end_reserve = 16;
  address hard_end() const { return _end == nullptr ? nullptr : _end + end_reserve; }

  // Statistics for -Xlog:gc+tlab and the desired-size policy (refills, waste).
  size_t refills = 0;
  size_t desired_size = 0;        // bytes; 0 = not yet computed by the heap
  size_t refill_waste_limit = 0;  // bytes: keep the buffer (allocate outside) while more is free
  size_t slow_allocations = 0;    // objects allocated outside this buffer

 private:
  address _start = nullptr;
  address _top = nullptr;
  address _end = nullptr;
};
