// What each collection did, for -Xlog:gc / gc+heap, jstat counters and the memory MXBeans.
// The heap fills one GCEvent per pause and hands it to a callback the runtime installs
// (SerialHeap::set_event_callback); no logging happens in the collector itself.
//
// Printed by HotSpot as, e.g.:
//   GC(0) Pause Young (Allocation Failure) 8M->3M(31M) 4.536ms
//   GC(0) DefNew: 8191K(9216K)->1023K(9216K) Eden: 8191K(8192K)->0K(8192K) From: 0K(1024K)->1023K(1024K)
//   GC(0) Tenured: 0K(22528K)->2633K(22528K)
#pragma once

#include "gc/shared/collectedHeap.hpp"

enum class GCKind : uint8_t {
  Young,  // "Pause Young": DefNew copying collection ("Copy" collector)
  Full,   // "Pause Full": mark-compact of the whole heap ("MarkSweepCompact")
};

struct SpaceUsage {
  size_t used = 0;
  size_t capacity = 0;
};

struct HeapUsage {
  SpaceUsage young;  // eden + from (HotSpot's DefNew "total" counts one survivor)
  SpaceUsage eden;
  SpaceUsage from;
  SpaceUsage old;
  size_t used() const { return young.used + old.used; }
  size_t capacity() const { return young.capacity + old.capacity; }
};

// Reference processing in one pause (-Xlog:gc+ref, gc+phases+ref), per kind: index
// int(ReferenceType) - 1, i.e. soft, weak, final, phantom. HotSpot's ReferenceProcessorPhaseTimes.
struct RefProcEvent {
  static constexpr int kinds = 4;
  size_t discovered[kinds] = {};
  size_t dropped[kinds] = {};   // taken off the lists alive (referent reachable, or kept by the
                                // soft policy): what HotSpot 17 prints as "Cleared"
  size_t enqueued[kinds] = {};  // handed to the pending list
  size_t soft_after_phase1 = 0;   // list lengths around phase 2 (gc+ref=trace)
  size_t final_after_phase2 = 0;
  // Phases 1-4 (reconsider soft, notify soft/weak/final, keep finalizable alive, phantom):
  // whether each ran (HotSpot skips a phase with no references) and its time.
  bool ran[4] = {};
  double phase_ms[4] = {};
  double phase2_ms[3] = {};  // phase 2 per list: soft, weak, final
  double total_ms = 0;
};

struct GCEvent {
  unsigned id = 0;            // GC(n): every pause gets the next number
  GCKind kind = GCKind::Young;
  GCCause cause = GCCause::AllocationFailure;
  HeapUsage before;
  HeapUsage after;
  double start_seconds = 0;   // since the heap was created (uptime decoration is the logger's)
  double pause_ms = 0;
  double user_seconds = 0;    // process CPU time during the pause (gc+cpu), user and system
  double sys_seconds = 0;
  // Young only:
  bool not_safe = false;          // ":: Collection attempt not safe ::" (promotion guarantee)
  bool promotion_failed = false;  // "Promotion failed"; a full GC follows
  size_t promotion_failure_words = 0;  // "Promotion failure size = N)": the first object that failed
  int tenuring_threshold = 0;     // new threshold (gc+age)
  size_t desired_survivor_bytes = 0;
  size_t age_bytes[16] = {};      // survivor bytes per age after the copy (gc+age=trace)
  RefProcEvent refs;
  // Full only:
  bool cleared_all_soft_refs = false;
  double phase_ms[4] = {};  // gc+phases: mark, compute new addresses, adjust pointers, move
  size_t restored_marks = 0;  // "Restoring N marks" (gc=trace): hash/lock marks kept aside
};

using GCEventCallback = void (*)(const GCEvent& event, void* arg);
