// The soft reference clearing policy (HotSpot's referencePolicy.hpp; DESIGN §5.11): decides,
// for a SoftReference whose referent is not strongly reachable, whether this collection clears
// it or keeps the referent alive.
//
//   LRUCurrentHeapPolicy: clear when  clock - timestamp  >  free MB * SoftRefLRUPolicyMSPerMB
//     timestamp  SoftReference.timestamp: the clock when the reference was created or last get()
//     clock      SoftReference.clock when the collection began: the time (ms) of the last one
//     free MB    the free heap after the last full collection, (capacity - used) / M
//   AlwaysClearPolicy: clear every candidate: the last full GC before OutOfMemoryError
//     (SerialHeap's clear_all_soft_refs, DESIGN §5.7).
//
// HotSpot 17 picks LRUCurrentHeapPolicy when it has no C2 compiler (-Xint), LRUMaxHeapPolicy
// (MaxHeapSize instead of the current capacity) otherwise. jvmlab only interprets, so it uses
// LRUCurrentHeapPolicy, as `java -Xint` does: with -Xms16m -Xmx1g
// -XX:SoftRefLRUPolicyMSPerMB=10 an untouched soft reference is cleared within a second there.
#pragma once

#include "utilities/globalDefinitions.hpp"

class SoftReferencePolicy {
 public:
  // AlwaysClearPolicy.
  static SoftReferencePolicy always_clear() { return SoftReferencePolicy(true, 0); }
  // LRUCurrentHeapPolicy::setup: the interval is computed once per collection. Whole megabytes,
  // as HotSpot divides before it multiplies.
  static SoftReferencePolicy lru_current_heap(size_t free_at_last_gc, intptr_t ms_per_mb) {
    return SoftReferencePolicy(false, jlong(free_at_last_gc / M) * jlong(ms_per_mb));
  }

  // Should a reference last stamped at `timestamp` be cleared, the clock reading `clock`?
  bool should_clear_reference(jlong timestamp, jlong clock) const {
    return _always_clear || clock - timestamp > _max_interval;
  }
  bool always_clears() const { return _always_clear; }
  jlong max_interval() const { return _max_interval; }

 private:
  SoftReferencePolicy(bool always, jlong max_interval) : _always_clear(always), _max_interval(max_interval) {}
  bool _always_clear;
  jlong _max_interval;  // ms
};
