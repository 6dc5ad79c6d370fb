// GCOverheadChecker: "OutOfMemoryError: GC overhead limit exceeded" (DESIGN §5.9,
// -XX:+UseGCOverheadLimit, -XX:GCTimeLimit=98, -XX:GCHeapFreeLimit=2). After each full GC that
// the application caused, the collection counts as "over the limit" when the share of time spent
// in GC exceeds GCTimeLimit percent and less than GCHeapFreeLimit percent of both old and eden is
// free; AdaptiveSizePolicyGCTimeLimitThreshold (5) such collections in a row exceed the limit.
// One before that, all soft references are to be cleared, so that the error never comes while
// softly reachable memory could still be freed. Any full GC under the limit starts the count
// again; System.gc() and the other explicit causes neither count nor reset it.
//
// HotSpot 17 enforces it only with -XX:+UseParallelGC (reference 3): a collector that does not
// enforce it builds the checker with enforced = false, which keeps the bookkeeping but never
// reports the limit. The share of time in GC is a weighted average of pause / (pause + mutator
// time before it), weight AdaptiveSizePolicyWeight (10); HotSpot's Parallel policy keeps
// separate minor and major averages and adds them, which this folds into one.
#pragma once

#include "gc/shared/collectedHeap.hpp"
#include "gc/shared/gcStats.hpp"

class GCOverheadChecker {
 public:
  static constexpr unsigned TimeLimitThreshold = 5;  // AdaptiveSizePolicyGCTimeLimitThreshold

  explicit GCOverheadChecker(bool enforced) : _enforced(enforced) {}

  // After every pause: its length and the mutator time between the previous pause and it.
  void record_pause(double pause_seconds, double mutator_seconds);
  double gc_cost() const { return double(_gc_cost.average()); }

  // After a full GC, with the free space left in old and eden and their maximum sizes.
  // Returns true when OutOfMemoryError("GC overhead limit exceeded") is due; the count then
  // starts again (no second error from the same streak).
  bool check_after_full_gc(GCCause cause, size_t free_old, size_t max_old, size_t free_eden, size_t max_eden);

  // The next collection should clear all soft references (the limit is one GC away).
  bool should_clear_all_soft_refs() const { return _should_clear_all_soft_refs; }
  void soft_refs_cleared() { _should_clear_all_soft_refs = false; }
  unsigned overhead_count() const { return _count; }
  bool enabled() const;

 private:
  bool _enforced;
  unsigned _count = 0;
  bool _should_clear_all_soft_refs = false;
  AdaptivePaddedNoZeroDevAverage _gc_cost{10, 0};
};
