// SerialHeap: the Java heap of the Serial collector (HotSpot's SerialHeap / GenCollectedHeap):
// a DefNewGeneration below a TenuredGeneration in one reservation, a card table over both, the
// allocation slow path and the collection policy (DESIGN §5).
//
//   reserved:  | young (max_young)                  | old (max_old)                       |
//              | eden        | from   | to   | ...   | tenured objects ...   | ...         |
//              ^ base (4 GB - size when it fits, else below 32 GB: zero-based narrow oops)
//
// Allocation (allocate): the interpreter's inline path bumps the thread's TLAB; when that fails
// it calls allocate(tlab, bytes), which refills the TLAB from eden (lock-free CAS), or puts the
// object in eden outside the TLAB, or in old (PretenureSizeThreshold, larger than eden), and
// when nothing fits stops the world through the GCHost and collects: a minor GC, a full GC if
// that was not enough, a full GC that "clears soft references", then gives up (null: the caller
// throws OutOfMemoryError: Java heap space).
#pragma once

#include "gc/serial/defNewGeneration.hpp"
#include "gc/serial/serialArguments.hpp"
#include "gc/serial/tenuredGeneration.hpp"
#include "gc/shared/cardTable.hpp"
#include "gc/shared/gcEvents.hpp"
#include "gc/shared/gcOverheadChecker.hpp"

#include <atomic>
#include <chrono>
#include <mutex>

class SerialHeap final : public CollectedHeap {
 public:
  // Reserves and commits the heap for `sizes` (SerialArguments::compute), installs it as
  // CollectedHeap::heap() and the card table for the barrier. Reads the allocation and
  // collection flags (UseTLAB, PretenureSizeThreshold, MaxTenuringThreshold, ...). Returns null
  // and sets *error (HotSpot's text, e.g. "Could not reserve enough space for 16384KB object heap").
  static SerialHeap* create(const HeapSizes& sizes, GCHost* host, const char** error);
  // The VM's entry point: sizes from the -XX flags and the machine's memory
  // (SerialArguments::compute), the ergonomic values written back to the flags
  // (-XX:+PrintFlagsFinal shows them), then create(). *error is HotSpot's message
  // ("Too small maximum heap", "Could not reserve enough space for ...KB object heap").
  static SerialHeap* create_from_flags(GCHost* host, const char** error);
  ~SerialHeap() override;

  // CollectedHeap.
  address allocate(ThreadLocalAllocBuffer* tlab, size_t bytes) override;
  void collect(GCCause cause) override;
  bool is_in(const void* p) const override { return p >= _reserved.base() && p < _reserved.end(); }
  size_t capacity() const override { return _young.capacity() + _old.capacity(); }
  size_t used() const override { return _young.used() + _old.used(); }
  size_t max_capacity() const override { return _young.max_capacity() + _old.max_capacity(); }

  DefNewGeneration* young_gen() { return &_young; }
  TenuredGeneration* old_gen() { return &_old; }
  CardTable* card_table() { return &_card_table; }
  address reserved_base() const { return _reserved.base(); }
  size_t reserved_size() const { return _reserved.size(); }
  const HeapSizes& sizes() const { return _sizes; }
  HeapUsage usage() const;

  unsigned total_collections() const override { return _total_collections; }
  unsigned total_full_collections() const { return _total_full_collections; }
  // Accumulated pause time per kind (jstat YGCT / FGCT, GarbageCollectorMXBean.getCollectionTime).
  double accumulated_pause_ms(GCKind kind) const { return _pause_ms[int(kind)]; }
  // DESIGN §5.9: kept up to date but not enforced, as with HotSpot's Serial collector.
  const GCOverheadChecker& gc_overhead() const { return _gc_overhead; }

  void object_iterate(ObjectClosure* cl) override {
    object_iterate([cl](oop o) { cl->do_object(o); });
  }
  // Every object in the heap, old first, then eden, from (heap dump, class histogram).
  // The world must be stopped; TLABs are retired first so the spaces can be walked.
  template <typename F>
  void object_iterate(F&& f) {
    ensure_parsability();
    _old.space()->object_iterate(f);
    _young.eden()->object_iterate(f);
    _young.from()->object_iterate(f);
    _young.to()->object_iterate(f);  // empty except right after a promotion failure
  }
  // Set when a scavenge failed or was judged unsafe: the next collection is a full one.
  bool incremental_collection_failed() const { return _incremental_collection_failed; }

  // One GCEvent per pause (gcEvents.hpp) for -Xlog:gc, jstat and the MXBeans: `start` when the
  // pause begins (id, kind, cause and `before` filled; the world is stopped), `end` when it ends.
  void set_event_callback(GCEventCallback end, void* arg, GCEventCallback start = nullptr) {
    _event_callback = end;
    _event_start_callback = start;
    _event_arg = arg;
  }

  // Explicit collections, world already stopped by the caller (tests; VM operations).
  void do_young_collection(GCCause cause);
  void do_full_collection(GCCause cause, bool clear_all_soft_refs);

  // Retires every TLAB (fills the unused part with a dummy object) so the spaces can be walked.
  void ensure_parsability();
  // A thread that exits retires its own TLAB (then tlabs_do need not report it any more).
  void retire_tlab(ThreadLocalAllocBuffer* tlab) override {
    if (tlab->start() != nullptr) fill_with_dummy(tlab->top(), size_t(tlab->hard_end() - tlab->top()));
    tlab->reset();
  }
  // Fills [start, start + bytes) with a dummy int[] (bytes >= 16, 8-aligned).
  void fill_with_dummy(address start, size_t bytes);
  Klass* filler_klass() const { return _filler_klass; }

  // The heap part of HotSpot's "Heap" block (-Xlog:gc+heap=debug before/after each GC, and
  // gc+heap+exit), one line per call of emit, without the leading decorations:
  //    def new generation   total 9216K, used 8984K [0x00000000fe000000, 0x00000000fea00000, 0x00000000fea00000)
  //     eden space 8192K,  97% used [0x00000000fe000000, 0x00000000fe7ca250, 0x00000000fe800000)
  //     from space 1024K,  98% used [...]        to   space 1024K,   0% used [...]
  //    tenured generation   total 22528K, used 11058K [0x00000000fea00000, 0x0000000100000000, 0x0000000100000000)
  //      the space 22528K,  49% used [bottom, top, next block-offset threshold, end)
  // (the Metaspace lines that follow in HotSpot's block belong to the metaspace).
  void print_heap(void (*emit)(const char* line, void* arg), void* arg) const;

  // Heap verification (-XX:+VerifyBeforeGC / -XX:+VerifyAfterGC, gc/shared/verification.hpp):
  // returns the number of problems found and reports the first one.
  size_t verify(const char** first_error);

 private:
  SerialHeap(const HeapSizes& sizes, GCHost* host) : _sizes(sizes) { _host = host; }
  bool initialize(const char** error);

  address allocate_from_tlab_slow(ThreadLocalAllocBuffer* tlab, size_t bytes);
  address mem_allocate(size_t bytes, bool is_tlab);
  address attempt_allocation(size_t bytes, bool is_tlab, bool first_only);
  address satisfy_failed_allocation(size_t bytes, bool is_tlab);
  address expand_heap_and_allocate(size_t bytes, bool is_tlab);
  bool should_try_older_generation_allocation(size_t bytes) const;
  void do_collection(bool full, bool clear_all_soft_refs, size_t bytes, bool is_tlab, GCCause cause);
  bool young_collection(GCCause cause, bool clear_all_soft_refs);  // true when a full GC must follow
  void full_collection(GCCause cause, bool clear_all_soft_refs);
  void reset_tlab_sizes();
  void begin_event(GCEvent* e, GCKind kind, GCCause cause);
  void end_event(GCEvent* e);
  void verify_or_die(const char* when);
  void lock_heap();

  HeapSizes _sizes;
  ReservedSpace _reserved;
  CardTable _card_table;
  DefNewGeneration _young;
  TenuredGeneration _old;
  Klass* _filler_klass = nullptr;
  std::mutex _heap_lock;  // HotSpot's Heap_lock: one collector, locked old-gen allocation

  unsigned _total_collections = 0;
  unsigned _total_full_collections = 0;
  bool _incremental_collection_failed = false;
  double _pause_ms[2] = {0, 0};
  double _last_pause_end = 0;  // seconds since creation
  GCOverheadChecker _gc_overhead{/*enforced=*/false};
  std::atomic<size_t> _stress_counter{0};
  size_t _tlab_threads = 1;  // threads with a TLAB at the last GC (TLAB size policy)
  GCEventCallback _event_callback = nullptr;
  GCEventCallback _event_start_callback = nullptr;
  void* _event_arg = nullptr;
  char _verify_error[256] = {};  // the first problem of the last verify()
  std::chrono::steady_clock::time_point _created = std::chrono::steady_clock::now();
};
