// GCOverheadChecker: the GC-time-limit rule shared by the collectors (see the header).
#include "gc/shared/gcOverheadChecker.hpp"

#include "vm/globals.hpp"

namespace {
bool is_explicit(GCCause cause) {
  return cause == GCCause::SystemGC || cause == GCCause::HeapDump || cause == GCCause::HeapInspection ||
         cause == GCCause::WhiteBoxFullGC;
}
}  // namespace

bool GCOverheadChecker::enabled() const {
  // GCArguments::initialize: GCTimeLimit=100 turns the check off.
  return _enforced && UseGCOverheadLimit && GCTimeLimit < 100;
}

void GCOverheadChecker::record_pause(double pause_seconds, double mutator_seconds) {
  double total = pause_seconds + mutator_seconds;
  _gc_cost.sample(float(total > 0 ? pause_seconds / total : 0));
}

bool GCOverheadChecker::check_after_full_gc(GCCause cause, size_t free_old, size_t max_old, size_t free_eden,
                                            size_t max_eden) {
  if (is_explicit(cause)) return false;
  const double free_limit = double(GCHeapFreeLimit) / 100.0;
  const bool over = gc_cost() > double(GCTimeLimit) / 100.0 && double(free_old) < double(max_old) * free_limit &&
                    double(free_eden) < double(max_eden) * free_limit;
  if (!over) {
    _count = 0;
    return false;
  }
  _count++;
  if (!enabled()) return false;
  if (_count >= TimeLimitThreshold) {
    _count = 0;
    return true;
  }
  if (_count >= TimeLimitThreshold - 1) _should_clear_all_soft_refs = true;  // gc_overhead_limit_near
  return false;
}
