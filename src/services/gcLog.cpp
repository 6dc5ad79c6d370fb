// GC log lines, e.g. (HotSpot 17, -Xlog:gc / gc*):
//   [0.396s][info][gc] GC(0) Pause Young (Allocation Failure) 8M->3M(31M) 4.536ms
//   [0.428s][info][gc,heap     ] GC(0) DefNew: 8191K(9216K)->1023K(9216K) Eden: ... From: ...
#include "services/gcLog.hpp"

#include "gc/serial/serialHeap.hpp"
#include "services/log.hpp"
#include "vm/globals.hpp"

namespace {
size_t kb(size_t b) { return b / K; }

void on_event(const GCEvent& e, void*) {
  const char* kind = e.kind == GCKind::Young ? "Pause Young" : "Pause Full";
  const char* cause = gc_cause_string(e.cause);
  log_info(gc, start)("GC(%u) %s (%s)", e.id, kind, cause);
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
