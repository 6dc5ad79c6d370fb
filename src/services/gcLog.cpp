// GC log lines as HotSpot 17's Serial collector prints them, e.g. (-Xlog:gc*):
//   [0.005s][info][gc,init] Heap Max Capacity: 32M
//   [0.396s][info][gc] GC(0) Pause Young (Allocation Failure) 8M->3M(31M) 4.536ms
//   [0.428s][info][gc,heap     ] GC(0) DefNew: 8191K(9216K)->1023K(9216K) Eden: ... From: ...
//   [0.454s][info][gc,phases   ] GC(7) Phase 1: Mark live objects 0.783ms
//   [0.457s][info][gc,cpu      ] GC(7) User=0.00s Sys=0.00s Real=0.00s
// The heap reports each pause as it starts and as it ends; gc+phases lines are printed at the
// end, from the phase times, so their start lines carry the end's time stamp.
#include "services/gcLog.hpp"

#include "gc/serial/serialHeap.hpp"
#include "memory/metaspace.hpp"
#include "memory/virtualSpace.hpp"
#include "oops/compressedOops.hpp"
#include "services/log.hpp"
#include "vm/globals.hpp"

#include <cstdio>
#include <unistd.h>

namespace {
size_t kb(size_t b) { return b / K; }

// HotSpot's byte_size_in_exact_unit / exact_unit_for_byte_size: the largest unit dividing exactly.
struct ExactSize { size_t value; const char* unit; };
ExactSize exact(size_t b) {
  if (b >= G && b % G == 0) return {b / G, "G"};
  if (b >= M && b % M == 0) return {b / M, "M"};
  if (b >= K && b % K == 0) return {b / K, "K"};
  return {b, "B"};
}

// gc+age: the threshold the scavenge computed (debug) and the survivors' ages (trace), as
// DefNewGeneration::adjust_desired_tenuring_threshold and AgeTable::print_age_table print them.
void log_ages(const GCEvent& e) {
  log_debug(gc, age)("GC(%u) Desired survivor size %zu bytes, new threshold %d (max threshold %d)", e.id,
                     e.desired_survivor_bytes, e.tenuring_threshold, int(MaxTenuringThreshold));
  if (!log_is_enabled(Trace, gc, age)) return;
  log_trace(gc, age)("GC(%u) Age table with threshold %d (max threshold %d)", e.id, e.tenuring_threshold,
                     int(MaxTenuringThreshold));
  size_t total = 0;
  for (int age = 1; age < 16; age++) {
    total += e.age_bytes[age];
    if (e.age_bytes[age] > 0)
      log_trace(gc, age)("GC(%u) - age %3d: %10zu bytes, %10zu total", e.id, age, e.age_bytes[age], total);
  }
}

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

// gc+phases: GenMarkSweep's four phases; reference processing is part of marking.
void log_phases(const GCEvent& e) {
  static const char* const names[4] = {"Phase 1: Mark live objects", "Phase 2: Compute new object addresses",
                                       "Phase 3: Adjust pointers", "Phase 4: Move objects"};
  for (int i = 0; i < 4; i++) {
    log_info(gc, phases, start)("GC(%u) %s", e.id, names[i]);
    if (i == 0) log_references(e);
    log_info(gc, phases)("GC(%u) %s %.3fms", e.id, names[i], e.phase_ms[i]);
  }
}

void emit_exit_line(const char* line, void*) { log_info(gc, heap, exit)("%s", line); }

void print_metaspace(void (*emit)(const char* line, void* arg), void* arg) {
  char line[160];
  snprintf(line, sizeof line, " Metaspace       used %zuK, committed %zuK, reserved %zuK",
           kb(Metaspace::nonclass_used() + Metaspace::class_space_used()),
           kb(Metaspace::nonclass_committed() + Metaspace::class_space_committed()),
           kb(Metaspace::nonclass_reserved() + Metaspace::class_space_reserved()));
  emit(line, arg);
  snprintf(line, sizeof line, "  class space    used %zuK, committed %zuK, reserved %zuK", kb(Metaspace::class_space_used()),
           kb(Metaspace::class_space_committed()), kb(Metaspace::class_space_reserved()));
  emit(line, arg);
}

// gc+heap=debug: the heap before and after each pause (HotSpot's CollectedHeap::print_heap_before_gc).
struct HeapBlock { unsigned id; };
void emit_heap_line(const char* line, void* arg) {
  log_debug(gc, heap)("GC(%u) %s", static_cast<HeapBlock*>(arg)->id, line);
}
void print_heap_block(SerialHeap* heap, unsigned id, const char* when, unsigned invocations) {
  if (!log_is_enabled(Debug, gc, heap)) return;
  log_debug(gc, heap)("GC(%u) Heap %s GC invocations=%u (full %u):", id, when, invocations, heap->total_full_collections());
  HeapBlock b{id};
  heap->print_heap(emit_heap_line, &b);
  print_metaspace(emit_heap_line, &b);
}

const char* kind_name(const GCEvent& e) { return e.kind == GCKind::Young ? "Pause Young" : "Pause Full"; }

void on_start(const GCEvent& e, void* heap) {
  log_info(gc, start)("GC(%u) %s (%s)", e.id, kind_name(e), gc_cause_string(e.cause));
  print_heap_block(static_cast<SerialHeap*>(heap), e.id, "before", e.id);
}

void on_event(const GCEvent& e, void* heap) {
  const char* kind = kind_name(e);
  const char* cause = gc_cause_string(e.cause);
  // A scavenge judged unsafe (promotion guarantee) does nothing: HotSpot prints no age, heap or
  // metaspace lines for it, only the pause.
  const bool did_work = !(e.kind == GCKind::Young && e.not_safe);
  if (e.kind == GCKind::Young && did_work) {
    log_references(e);
    // DefNewGeneration::handle_promotion_failure and collect (gc+promotion).
    for (size_t words : e.promotion_failure_words) log_debug(gc, promotion)("GC(%u) Promotion failure size = %zu) ", e.id, words);
    if (e.promotion_failed) log_info(gc, promotion)("GC(%u) Promotion failed", e.id);
    log_ages(e);
  }
  if (e.kind == GCKind::Full) log_phases(e);
  if (did_work && log_is_enabled(Info, gc, heap)) {
    const HeapUsage& b = e.before;
    const HeapUsage& a = e.after;
    log_info(gc, heap)("GC(%u) DefNew: %zuK(%zuK)->%zuK(%zuK) Eden: %zuK(%zuK)->%zuK(%zuK) From: %zuK(%zuK)->%zuK(%zuK)",
                       e.id, kb(b.young.used), kb(b.young.capacity), kb(a.young.used), kb(a.young.capacity),
                       kb(b.eden.used), kb(b.eden.capacity), kb(a.eden.used), kb(a.eden.capacity),
                       kb(b.from.used), kb(b.from.capacity), kb(a.from.used), kb(a.from.capacity));
    log_info(gc, heap)("GC(%u) Tenured: %zuK(%zuK)->%zuK(%zuK)", e.id, kb(b.old.used), kb(b.old.capacity),
                       kb(a.old.used), kb(a.old.capacity));
  }
  print_heap_block(static_cast<SerialHeap*>(heap), e.id, "after", e.id + 1);
  if (did_work && log_is_enabled(Info, gc, metaspace)) {
    // Metadata is not freed by a collection yet (no class unloading): before equals after.
    size_t nu = kb(Metaspace::nonclass_used()), nc = kb(Metaspace::nonclass_committed());
    size_t cu = kb(Metaspace::class_space_used()), cc = kb(Metaspace::class_space_committed());
    log_info(gc, metaspace)("GC(%u) Metaspace: %zuK(%zuK)->%zuK(%zuK) NonClass: %zuK(%zuK)->%zuK(%zuK) Class: %zuK(%zuK)->%zuK(%zuK)",
                            e.id, nu + cu, nc + cc, nu + cu, nc + cc, nu, nc, nu, nc, cu, cc, cu, cc);
  }
  log_info(gc)("GC(%u) %s (%s) %zuM->%zuM(%zuM) %.3fms", e.id, kind, cause, e.before.used() / M, e.after.used() / M,
               e.after.capacity() / M, e.pause_ms);
  log_info(gc, cpu)("GC(%u) User=%.2fs Sys=%.2fs Real=%.2fs", e.id, e.user_seconds, e.sys_seconds, e.pause_ms / 1000.0);
}

// gc+init: GCInitLogger's block, printed once the heap exists.
void log_init(const std::string& vm_version) {
  if (!log_is_enabled(Info, gc, init)) return;
  log_info(gc, init)("Version: %s (release)", vm_version.c_str());
  long cpus = sysconf(_SC_NPROCESSORS_CONF), online = sysconf(_SC_NPROCESSORS_ONLN);
  log_info(gc, init)("CPUs: %ld total, %ld available", cpus, online);
  log_info(gc, init)("Memory: %zuM", vmem::physical_memory() / M);
  log_info(gc, init)("Large Page Support: Disabled");
  log_info(gc, init)("NUMA Support: Disabled");
  // The heap lies below 4 GB when it fits (narrow oops are then the addresses themselves).
  log_info(gc, init)("Compressed Oops: Enabled (%s)", MaxHeapSize <= 4 * G - 2 * M ? "32-bit" : "Zero based");
  ExactSize min = exact(MinHeapSize), initial = exact(InitialHeapSize), max = exact(MaxHeapSize);
  log_info(gc, init)("Heap Min Capacity: %zu%s", min.value, min.unit);
  log_info(gc, init)("Heap Initial Capacity: %zu%s", initial.value, initial.unit);
  log_info(gc, init)("Heap Max Capacity: %zu%s", max.value, max.unit);
  log_info(gc, init)("Pre-touch: Disabled");
}
}  // namespace

void GCLog::initialize(SerialHeap* heap, const std::string& vm_version) {
  log_debug(gc, heap)("Minimum heap %zu  Initial heap %zu  Maximum heap %zu", size_t(MinHeapSize),
                      size_t(InitialHeapSize), size_t(MaxHeapSize));
  log_info(gc)("Using Serial");
  log_init(vm_version);
  // Metaspace::global_initialize's lines: jvmlab has no CDS archive; the class space is where
  // mmap put it, with narrow klass pointers relative to its start.
  log_info(gc, metaspace)("CDS archive(s) not mapped");
  address base = CompressedKlassPointers::_base;
  log_info(gc, metaspace)("Compressed class space mapped at: 0x%016lx-0x%016lx, reserved size: %zu", uintptr_t(base),
                          uintptr_t(base + Metaspace::class_space_reserved()), Metaspace::class_space_reserved());
  log_info(gc, metaspace)("Narrow klass base: 0x%016lx, Narrow klass shift: %d, Narrow klass range: 0x%lx", uintptr_t(base),
                          CompressedKlassPointers::shift, (uint64_t(1) << 32) << CompressedKlassPointers::shift);
  heap->set_event_callback(on_event, heap, on_start);
}

void GCLog::print_heap_at_exit(SerialHeap* heap) {
  if (!log_is_enabled(Info, gc, heap, exit)) return;
  log_info(gc, heap, exit)("Heap");
  print_heap(heap, emit_exit_line, nullptr);
}

void GCLog::print_heap(SerialHeap* heap, void (*emit)(const char* line, void* arg), void* arg) {
  heap->print_heap(emit, arg);
  print_metaspace(emit, arg);
}
