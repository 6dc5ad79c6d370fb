// GC log lines, e.g. (HotSpot 17, -Xlog:gc / gc*):
//   [0.396s][info][gc] GC(0) Pause Young (Allocation Failure) 8M->3M(31M) 4.536ms
//   [0.428s][info][gc,heap     ] GC(0) DefNew: 8191K(9216K)->1023K(9216K) Eden: ... From: ...
#include "services/gcLog.hpp"

#include "gc/serial/serialHeap.hpp"
#include "services/log.hpp"
#include "vm/globals.hpp"

#include <cstdio>

namespace {
size_t kb(size_t b) { return b / K; }

// Reference processing, as HotSpot 17's ReferenceProcessor logs it (gc+ref) and
// ReferenceProcessorPhaseTimes prints it (gc+phases+ref), single-threaded:
//   GC(1) Skipped phase 1 of Reference Processing: no references
//   GC(1) ReferenceProcessor::execute queues: 1, RefProcThreadModel::Single, marks_oops_alive: false
// A scavenge judged unsafe processes nothing and prints nothing.
void log_references(const GCEvent& e) {
  const RefProcEvent& r = e.refs;
  if (e.not_safe) return;
  auto skipped = [&](int phase) { log_debug(gc, ref)("GC(%u) Skipped phase %d of Reference Processing: no references", e.id, phase); };
  auto executed = [&](bool marks_oops_alive) {
    log_debug(gc, ref)("GC(%u) ReferenceProcessor::execute queues: 1, RefProcThreadModel::Single, marks_oops_alive: %s", e.id,
                       marks_oops_alive ? "true" : "false");
  };
  auto reflist = [&](const char* what, size_t n) { log_trace(gc, ref)("GC(%u) %s%zu (%zu)", e.id, what, n, n); };
  if (r.ran[0]) executed(true);
  else skipped(1);
  if (r.ran[1]) {
    reflist("Phase 2 Soft before", r.soft_after_phase1);
    reflist("Phase 2 Weak before", r.discovered[1]);
    reflist("Phase 2 Final before", r.discovered[2]);
    executed(false);
    reflist("Phase 2 Final after", r.final_after_phase2);
  } else {
    skipped(2);
  }
  if (r.ran[2]) executed(true);
  else skipped(3);
  if (r.ran[3]) {
    reflist("Phase 4 Phantom before", r.discovered[3]);
    executed(false);
  } else {
    skipped(4);
  }

  if (!log_is_enabled(Debug, gc, phases, ref)) return;
  auto line = [&](const char* text) { log_debug(gc, phases, ref)("GC(%u) %s", e.id, text); };
  char buf[128];
  auto time_line = [&](const char* indent, const char* name, bool ran, double ms) {
    if (ran) snprintf(buf, sizeof buf, "%s%s %.1fms", indent, name, ms);
    else snprintf(buf, sizeof buf, "%s%s skipped", indent, name);
    line(buf);
  };
  snprintf(buf, sizeof buf, "Reference Processing: %.1fms", r.total_ms);
  line(buf);
  time_line("  ", "Reconsider SoftReferences:", true, r.phase_ms[0]);
  time_line("    ", "SoftRef:", r.ran[0], r.phase_ms[0]);
  time_line("  ", "Notify Soft/WeakReferences:", true, r.phase_ms[1]);
  time_line("    ", "SoftRef:", r.ran[1], r.phase2_ms[0]);
  time_line("    ", "WeakRef:", r.ran[1], r.phase2_ms[1]);
  time_line("    ", "FinalRef:", r.ran[1], r.phase2_ms[2]);
  time_line("    ", "Total:", r.ran[1], r.phase2_ms[0] + r.phase2_ms[1] + r.phase2_ms[2]);
  time_line("  ", "Notify and keep alive finalizable:", true, r.phase_ms[2]);
  time_line("    ", "FinalRef:", r.ran[2], r.phase_ms[2]);
  time_line("  ", "Notify PhantomReferences:", true, r.phase_ms[3]);
  time_line("    ", "PhantomRef:", r.ran[3], r.phase_ms[3]);
  const char* names[] = {"SoftReference:", "WeakReference:", "FinalReference:", "PhantomReference:"};
  for (int i = 0; i < RefProcEvent::kinds; i++) {
    snprintf(buf, sizeof buf, "  %s", names[i]);
    line(buf);
    snprintf(buf, sizeof buf, "    Discovered: %zu", r.discovered[i]);
    line(buf);
    // HotSpot 17 counts under "Cleared" the references dropped from the lists (referent alive
    // or kept by the soft policy), not those it cleared: a dead weak referent shows "Cleared: 0".
    snprintf(buf, sizeof buf, "    Cleared: %zu", r.dropped[i]);
    line(buf);
  }
}

void on_event(const GCEvent& e, void*) {
  const char* kind = e.kind == GCKind::Young ? "Pause Young" : "Pause Full";
  const char* cause = gc_cause_string(e.cause);
  log_info(gc, start)("GC(%u) %s (%s)", e.id, kind, cause);
  log_references(e);
  if (log_is_enabled(Info, gc, heap)) {
    const HeapUsage& b = e.before;
    const HeapUsage& a = e.after;
    log_info(gc, heap)("GC(%u) DefNew: %zuK(%zuK)->%zuK(%zuK) Eden: %zuK(%zuK)->%zuK(%zuK) From: %zuK(%zuK)->%zuK(%zuK)",
                       e.id, kb(b.young.used), kb(b.young.capacity), kb(a.young.used), kb(a.young.capacity),
                       kb(b.eden.used), kb(b.eden.capacity), kb(a.eden.used), kb(a.eden.capacity),
                       kb(b.from.used), kb(b.from.capacity), kb(a.from.used), kb(a.from.capacity));
    log_info(gc, heap)("GC(%u) Tenured: %zuK(%zuK)->%zuK(%zuK)", e.id, kb(b.old.used), kb(b.old.capacity),
                       kb(a.old.used), kb(a.old.capacity));
  }
  log_info(gc)("GC(%u) %s (%s) %zuM->%zuM(%zuM) %.3fms", e.id, kind, cause, e.before.used() / M, e.after.used() / M,
               e.after.capacity() / M, e.pause_ms);
}

void emit_exit_line(const char* line, void*) { log_info(gc, heap, exit)("%s", line); }
}  // namespace

void GCLog::initialize(SerialHeap* heap) {
  log_debug(gc, heap)("Minimum heap %zu  Initial heap %zu  Maximum heap %zu", size_t(MinHeapSize),
                      size_t(InitialHeapSize), size_t(MaxHeapSize));
  log_info(gc)("Using Serial");
  heap->set_event_callback(on_event, nullptr);
}

void GCLog::print_heap_at_exit(SerialHeap* heap) {
  if (!log_is_enabled(Info, gc, heap, exit)) return;
  log_info(gc, heap, exit)("Heap");
  heap->print_heap(emit_exit_line, nullptr);
}
