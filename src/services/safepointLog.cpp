// The safepoint log line (HotSpot 17's SafepointTracing::end), e.g.
//   [0.053s][info][safepoint] Safepoint "GenCollectForAllocation", Time since last: 26723495 ns,
//   Reaching safepoint: 6039 ns, Cleanup: 52839 ns, At safepoint: 9644264 ns, Total: 9703142 ns
// (one line). jvmlab has no safepoint cleanup tasks (no inline caches, monitors are never
// deflated), so Cleanup is 0.
#include "services/safepointLog.hpp"

#include "runtime/safepoint.hpp"
#include "services/log.hpp"

#include <cinttypes>

namespace {
void on_safepoint(const SafepointEvent& e) {
  log_info(safepoint)("Safepoint \"%s\", Time since last: %" PRId64 " ns, Reaching safepoint: %" PRId64
                      " ns, Cleanup: %" PRId64 " ns, At safepoint: %" PRId64 " ns, Total: %" PRId64 " ns",
                      e.operation, e.since_last_ns, e.reaching_ns, e.cleanup_ns, e.at_safepoint_ns, e.total_ns);
}
}  // namespace

void SafepointLog::initialize() { SafepointSynchronize::set_event_callback(on_safepoint); }
