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

  // Statistics for -Xlog:gc+tlab and the desired-size policy (refills, waste).
  size_t refills = 0;
  size_t desired_size = 0;

 private:
  address _start = nullptr;
  address _top = nullptr;
  address _end = nullptr;
};
