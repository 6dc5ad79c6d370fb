// SerialHeap: creation, the allocation slow path, the collection policy (HotSpot's
// GenCollectedHeap::mem_allocate_work / satisfy_failed_allocation / do_collection) and the
// bookkeeping around each pause (events, verification, TLAB retirement).
#include "gc/serial/serialHeap.hpp"

#include "gc/serial/markSweep.hpp"
#include "gc/shared/referenceProcessor.hpp"
#include "gc/shared/verification.hpp"
#include "utilities/debug.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

namespace {
constexpr size_t MinTLABSize = 2 * K;         // -XX:MinTLABSize
constexpr size_t TLABWasteTargetPercent = 1;  // -XX:TLABWasteTargetPercent: refills per eden = 100 / (2 * 1)
constexpr size_t TLABRefillWasteFraction = 64;
constexpr size_t TLABWasteIncrement = 4 * HeapWordSize;
}  // namespace

SerialHeap* SerialHeap::create(const HeapSizes& sizes, GCHost* host, const char** error) {
  auto* heap = new SerialHeap(sizes, host);
  if (!heap->initialize(error)) {
    delete heap;
    return nullptr;
  }
  _heap = heap;
  _card_byte_map_base = heap->_card_table.byte_map_base();
  return heap;
}

SerialHeap* SerialHeap::create_from_flags(GCHost* host, const char** error) {
  HeapSizes sizes = SerialArguments::compute(HeapSizingInput::from_flags(vmem::physical_memory()));
  if (sizes.error != nullptr) {
    *error = sizes.error;
    return nullptr;
  }
  SerialArguments::write_back_flags(sizes);
  return create(sizes, host, error);
}

// Layout: young takes the low max_young bytes of the reservation, old the rest; each commits
// its initial size. The filler klass (int[]) is what retired TLAB tails are made of.
bool SerialHeap::initialize(const char** error) {
  static char message[128];
  _reserved = ReservedSpace::reserve_heap(_sizes.max_heap, _sizes.heap_alignment);
  if (!_reserved.is_reserved()) {
    snprintf(message, sizeof message, "Could not reserve enough space for %zuKB object heap", _sizes.max_heap / K);
    *error = message;
    return false;
  }
  if (!_card_table.initialize(_reserved.base(), _reserved.size()) ||
      !_young.initialize(_reserved.first_part(_sizes.max_young), _sizes.initial_young, _sizes.survivor_ratio) ||
      !_old.initialize(_reserved.last_part(_sizes.max_young), _sizes.initial_old, &_card_table)) {
    snprintf(message, sizeof message, "Could not commit the initial %zuKB object heap", _sizes.initial_heap / K);
    *error = message;
    return false;
  }
  DefNewGeneration::PretenureThreshold = PretenureSizeThreshold;
  _filler_klass = KlassBuilder::new_array_klass(T_INT);
  ReferenceProcessor::init_statics();
  update_capacity_and_used_at_gc();
  return true;
}

SerialHeap::~SerialHeap() {
  if (_heap == this) {
    _heap = nullptr;
    _card_byte_map_base = nullptr;
  }
  _reserved.release();
}

HeapUsage SerialHeap::usage() const {
  HeapUsage u;
  u.eden = {_young.eden()->used(), _young.eden()->capacity()};
  u.from = {_young.from()->used(), _young.from()->capacity()};
  u.young = {_young.used(), _young.capacity()};
  u.old = {_old.used(), _old.capacity()};
  return u;
}

// ---------------------------------------------------------------------------------------------
// TLABs
// ---------------------------------------------------------------------------------------------

void SerialHeap::fill_with_dummy(address start, size_t bytes) {
  // An int[] whose length covers the gap: the heap walk steps over it like any object.
  oop o = reinterpret_cast<oop>(start);
  o->set_mark(MarkWord::prototype());
  o->set_klass(_filler_klass);
  static_cast<arrayOopDesc*>(o)->set_length(int((bytes - arrayOopDesc::base_offset) / sizeof(jint)));
}

// Before every collection: each thread's TLAB tail becomes a dummy object and the TLAB is
// dropped (threads refill after the pause). Counting the TLABs gives the thread count the
// TLAB size policy divides eden by.
void SerialHeap::ensure_parsability() {
  struct Ctx {
    SerialHeap* heap;
    size_t threads;
  } ctx{this, 0};
  _host->tlabs_do(
      [](ThreadLocalAllocBuffer* tlab, void* arg) {
        auto* c = static_cast<Ctx*>(arg);
        c->threads++;
        c->heap->retire_tlab(tlab);
      },
      &ctx);
  _tlab_threads = std::max<size_t>(ctx.threads, 1);
}

void SerialHeap::reset_tlab_sizes() {
  // Simple policy: each thread's share of eden, refilled about 50 times per GC
  // (HotSpot's target_refills = 100 / (2 * TLABWasteTargetPercent)), unless -XX:TLABSize says.
  size_t target_refills = 100 / (2 * TLABWasteTargetPercent);
  size_t desired = TLABSize != 0 ? TLABSize : _young.eden()->capacity() / (_tlab_threads * target_refills);
  desired = align_down(std::max(desired, MinTLABSize), HeapWordSize);
  _host->tlabs_do(
      [](ThreadLocalAllocBuffer* tlab, void* arg) {
        size_t d = *static_cast<size_t*>(arg);
        tlab->desired_size = d;
        tlab->refill_waste_limit = d / TLABRefillWasteFraction;
      },
      &desired);
}

// HotSpot's MemAllocator::allocate_inside_tlab_slow: when the object does not fit the TLAB,
// either keep the TLAB (it still has more than refill_waste_limit bytes free; the object is
// allocated outside and the limit creeps up by TLABWasteIncrement so a thread that keeps missing
// eventually refills), or retire it and take a fresh one of desired_size + the object from eden.
// The new TLAB is zeroed as a whole, so the inline fast path never zeroes.
address SerialHeap::allocate_from_tlab_slow(ThreadLocalAllocBuffer* tlab, size_t bytes) {
  // Objects eden does not take (-XX:PretenureSizeThreshold) never go into a TLAB either.
  if (!_young.should_allocate(bytes, /*is_tlab=*/false)) return nullptr;
  if (tlab->desired_size == 0) {
    size_t target_refills = 100 / (2 * TLABWasteTargetPercent);
    size_t d = TLABSize != 0 ? TLABSize : _young.eden()->capacity() / (_tlab_threads * target_refills);
    tlab->desired_size = align_down(std::max(d, MinTLABSize), HeapWordSize);
    tlab->refill_waste_limit = tlab->desired_size / TLABRefillWasteFraction;
  }
  // Keep a buffer that still has more room than the waste limit: this object goes outside it.
  if (tlab->free_bytes() > tlab->refill_waste_limit) {
    tlab->refill_waste_limit += TLABWasteIncrement;
    tlab->slow_allocations++;
    return nullptr;
  }
  // A new buffer: the desired size plus the object, no more than eden has left.
  const size_t min_size = bytes + ThreadLocalAllocBuffer::end_reserve;
  size_t new_size = std::min(_young.eden()->free(), tlab->desired_size + bytes);
  new_size = align_down(new_size, HeapWordSize);
  if (new_size < min_size) return nullptr;  // eden nearly full: allocate outside, which collects
  retire_tlab(tlab);
  address chunk = mem_allocate(new_size, /*is_tlab=*/true);
  if (chunk == nullptr) return nullptr;
  memset(chunk, 0, new_size);
  tlab->fill(chunk, chunk, chunk + new_size - ThreadLocalAllocBuffer::end_reserve);
  tlab->refills++;
  return tlab->allocate(bytes);
}

// ---------------------------------------------------------------------------------------------
// Allocation slow path
// ---------------------------------------------------------------------------------------------

address SerialHeap::allocate(ThreadLocalAllocBuffer* tlab, size_t bytes) {
  vm_assert(bytes >= 16 && is_aligned(bytes, ObjectAlignmentInBytes), "bad object size %zu", bytes);
  // -XX:GCStressInterval=N: a collection every N slow-path allocations (DESIGN §5.13).
  if (GCStressInterval > 0 && ++_stress_counter >= size_t(GCStressInterval)) {
    _stress_counter = 0;
    collect(GCCause::StressGC);
  }
  if (UseTLAB && tlab != nullptr) {
    if (address p = allocate_from_tlab_slow(tlab, bytes)) return p;
  }
  address p = mem_allocate(bytes, /*is_tlab=*/false);
  if (p != nullptr) memset(p, 0, bytes);
  return p;
}

void SerialHeap::lock_heap() {
  if (_heap_lock.try_lock()) return;
  _host->blocking_begin();
  _heap_lock.lock();
  _host->blocking_end();
}

bool SerialHeap::should_try_older_generation_allocation(size_t bytes) const {
  // Only objects larger than eden, or any object once a scavenge has failed, go straight to old.
  return bytes > _young.eden()->capacity() || _incremental_collection_failed;
}

// Under the heap lock: young first; old only for requests young must not take or, unless
// first_only, when young is full (HotSpot's GenCollectedHeap::attempt_allocation).
address SerialHeap::attempt_allocation(size_t bytes, bool is_tlab, bool first_only) {
  if (_young.should_allocate(bytes, is_tlab)) {
    address p = _young.allocate(bytes);
    if (p != nullptr || first_only) return p;
  }
  if (_old.should_allocate(bytes, is_tlab)) return _old.allocate(bytes);
  return nullptr;
}

// HotSpot's mem_allocate_work: lock-free eden first; then, under the heap lock, a locked attempt
// (which also catches a collection made by another thread meanwhile); then, still holding the
// lock so only one thread collects, stop the world and collect (satisfy_failed_allocation).
address SerialHeap::mem_allocate(size_t bytes, bool is_tlab) {
  // First attempt: lock-free in eden.
  if (_young.should_allocate(bytes, is_tlab)) {
    if (address p = _young.par_allocate(bytes)) return p;
  }
  lock_heap();
  std::lock_guard<std::mutex> guard(_heap_lock, std::adopt_lock);
  address p = attempt_allocation(bytes, is_tlab, !should_try_older_generation_allocation(bytes));
  if (p != nullptr) return p;
  _host->stop_the_world();
  p = satisfy_failed_allocation(bytes, is_tlab);
  _host->start_the_world();
  return p;
}

address SerialHeap::expand_heap_and_allocate(size_t bytes, bool is_tlab) {
  address p = nullptr;
  if (_old.should_allocate(bytes, is_tlab)) p = _old.expand_and_allocate(bytes);
  if (p == nullptr && _young.should_allocate(bytes, is_tlab)) p = _young.allocate(bytes);
  return p;
}

address SerialHeap::satisfy_failed_allocation(size_t bytes, bool is_tlab) {
  // 1. A minor GC (a full one if the last scavenge failed), then retry.
  do_collection(/*full=*/_incremental_collection_failed, false, bytes, is_tlab, GCCause::AllocationFailure);
  if (address p = attempt_allocation(bytes, is_tlab, false)) return p;
  // 2. Grow the old generation towards -Xmx.
  if (address p = expand_heap_and_allocate(bytes, is_tlab)) return p;
  // 3. Last resort (DESIGN §5.7): a full GC that clears all soft references.
  do_collection(/*full=*/true, /*clear_all_soft_refs=*/true, bytes, is_tlab, GCCause::AllocationFailure);
  return attempt_allocation(bytes, is_tlab, false);  // null: OutOfMemoryError("Java heap space")
}

// ---------------------------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------------------------

void SerialHeap::collect(GCCause cause) {
  // -XX:+DisableExplicitGC: System.gc() does nothing (DESIGN §5.8).
  if (cause == GCCause::SystemGC && DisableExplicitGC) return;
  lock_heap();
  std::lock_guard<std::mutex> guard(_heap_lock, std::adopt_lock);
  _host->stop_the_world();
  if (cause == GCCause::StressGC && (_total_collections % 4) != 3) {
    do_young_collection(cause);  // mostly scavenges; every fourth stress GC a full one
  } else {
    do_full_collection(cause, false);
  }
  _host->start_the_world();
}

void SerialHeap::do_young_collection(GCCause cause) {
  ensure_parsability();
  _old.gc_prologue();
  // An explicit or stress scavenge that failed or was unsafe is followed by a full GC at once.
  if (young_collection(cause, false) || _incremental_collection_failed) full_collection(cause, false);
  reset_tlab_sizes();
}

void SerialHeap::do_full_collection(GCCause cause, bool clear_all_soft_refs) {
  ensure_parsability();
  _old.gc_prologue();
  full_collection(cause, clear_all_soft_refs);
  reset_tlab_sizes();
}

// HotSpot's GenCollectedHeap::do_collection. A minor GC first unless a full one is asked for
// (or the pending request is one young would not take); then a full GC if the scavenge failed,
// or the old generation asks for one (TenuredGeneration::should_collect: a pending non-TLAB
// request, almost no free space, or old had to grow to take promotions). Each is one pause with
// its own GC id and event, as -Xlog:gc prints them.
void SerialHeap::do_collection(bool full, bool clear_all_soft_refs, size_t bytes, bool is_tlab, GCCause cause) {
  ensure_parsability();
  _old.gc_prologue();
  bool do_full;
  if (!full && _young.should_allocate(bytes, is_tlab)) {
    bool promotion_failed = young_collection(cause, clear_all_soft_refs);
    // The scavenge satisfied the request if it now fits in eden.
    if (bytes > 0 && bytes <= _young.eden()->free()) bytes = 0;
    do_full = promotion_failed || _old.should_collect(false, bytes, is_tlab);
    if (!do_full) _young.compute_new_size(_old.capacity(), _host->non_daemon_thread_count());
  } else {
    do_full = _old.should_collect(full, bytes, is_tlab);
  }
  if (do_full) full_collection(cause, clear_all_soft_refs);
  reset_tlab_sizes();
}

// One "Pause Young". Returns true when promotion failed (the heap must then get a full GC). A
// scavenge judged unsafe moves nothing (HotSpot's ~0.05 ms no-op pause) and only marks the
// incremental collection failed: the policy decides what follows, as in HotSpot.
bool SerialHeap::young_collection(GCCause cause, bool clear_all_soft_refs) {
  GCEvent e;
  begin_event(&e, GCKind::Young, cause);
  if (VerifyBeforeGC) verify_or_die("before young GC");
  bool failed = false;
  if (!_young.collection_attempt_is_safe(&_old)) {
    // Promotion guarantee (DESIGN §5.5): ":: Collection attempt not safe ::", a full GC follows.
    e.not_safe = true;
    _incremental_collection_failed = true;
  } else {
    // References are discovered in young only (HotSpot's DefNew span); the soft reference policy
    // is LRU over the free heap after the last full GC.
    ReferenceProcessor rp(_young.reserved_start(), _young.reserved_end(), clear_all_soft_refs, free_at_last_gc());
    bool ok = _young.collect(&_old, &_card_table, _host->roots(), &rp, &e);
    e.refs = rp.stats();
    // On failure, "Promotion failed": the full GC that follows cleans up.
    failed = !ok;
    _incremental_collection_failed = !ok;
  }
  _old.sample_promoted();
  end_event(&e);
  if (VerifyAfterGC && !failed) verify_or_die("after young GC");
  return failed;
}

// One "Pause Full": mark-compact of old + eden + from + to, card table reset, resizing, and the
// DefNew epilogue (from-space allocation if the heap is nearly full afterwards).
void SerialHeap::full_collection(GCCause cause, bool clear_all_soft_refs) {
  GCEvent e;
  begin_event(&e, GCKind::Full, cause);
  e.cleared_all_soft_refs = clear_all_soft_refs;
  if (VerifyBeforeGC) verify_or_die("before full GC");
  ContiguousSpace* spaces[] = {_old.space(), _young.eden(), _young.from(), _young.to()};
  // References are discovered over the whole heap. clear_all_soft_refs (the last GC before
  // "Java heap space", DESIGN §5.7) clears every softly reachable referent.
  ReferenceProcessor rp(_reserved.base(), _reserved.end(), clear_all_soft_refs, free_at_last_gc());
  MarkSweep ms(spaces, 4, _old.bot(), &rp);
  ms.invoke(_host->roots());
  e.refs = rp.stats();
  // The soft reference policy of the next collections works from what this one left.
  update_capacity_and_used_at_gc();
  for (int phase = 1; phase <= 4; phase++) e.phase_ms[phase - 1] = ms.phase_ms(phase);
  e.restored_marks = ms.restored_marks();
  // The survivors must leave the to-space empty for the next scavenge.
  if (!_young.to()->is_empty() && _young.from()->is_empty()) _young.swap_spaces();
  // Cards: nothing in old points to young if young is empty; otherwise assume anything might.
  _card_table.clear_range(_reserved.base(), _reserved.end());
  bool young_empty = _young.eden()->is_empty() && _young.from()->is_empty() && _young.to()->is_empty();
  if (!young_empty) _card_table.dirty_range(_old.space()->bottom(), _old.space()->top());
  // Resize (DESIGN §5.6: MinHeapFreeRatio / MaxHeapFreeRatio, then young by NewRatio).
  _old.compute_new_size();
  _young.compute_new_size(_old.capacity(), _host->non_daemon_thread_count());
  bool safe = _young.collection_attempt_is_safe(&_old);
  _young.full_gc_epilogue(safe);
  _incremental_collection_failed = !safe && !_young.eden()->is_empty();
  _total_full_collections++;
  end_event(&e);
  if (VerifyAfterGC) verify_or_die("after full GC");
}

namespace {
// The process's user and system CPU time so far (HotSpot's os::getTimesSecs for gc+cpu).
void process_cpu_seconds(double* user, double* sys) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  *user = double(u.ru_utime.tv_sec) + double(u.ru_utime.tv_usec) / 1e6;
  *sys = double(u.ru_stime.tv_sec) + double(u.ru_stime.tv_usec) / 1e6;
}
}  // namespace

void SerialHeap::begin_event(GCEvent* e, GCKind kind, GCCause cause) {
  e->id = _total_collections++;
  e->kind = kind;
  e->cause = cause;
  e->before = usage();
  e->start_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - _created).count();
  process_cpu_seconds(&e->user_seconds, &e->sys_seconds);  // made deltas by end_event
  if (_event_start_callback != nullptr) _event_start_callback(*e, _event_arg);
}

void SerialHeap::end_event(GCEvent* e) {
  e->after = usage();
  double now = std::chrono::duration<double>(std::chrono::steady_clock::now() - _created).count();
  e->pause_ms = (now - e->start_seconds) * 1000.0;
  double user, sys;
  process_cpu_seconds(&user, &sys);
  e->user_seconds = user - e->user_seconds;
  e->sys_seconds = sys - e->sys_seconds;
  _pause_ms[int(e->kind)] += e->pause_ms;
  _gc_overhead.record_pause(e->pause_ms / 1000.0, e->start_seconds - _last_pause_end);
  _last_pause_end = now;
  if (e->kind == GCKind::Full) {
    size_t max_old = _old.max_capacity();
    size_t max_eden = _young.max_capacity() - _young.max_survivor_size();
    _gc_overhead.check_after_full_gc(e->cause, max_old - _old.used(), max_old,
                                     max_eden > _young.eden()->used() ? max_eden - _young.eden()->used() : 0, max_eden);
  }
  if (_event_callback != nullptr) _event_callback(*e, _event_arg);
}

void SerialHeap::print_heap(void (*emit)(const char* line, void* arg), void* arg) const {
  char line[200];
  auto a = [](const void* p) { return static_cast<unsigned long>(reinterpret_cast<uintptr_t>(p)); };
  auto percent = [](const ContiguousSpace* s) { return s->capacity() == 0 ? 0 : int(double(s->used()) * 100 / double(s->capacity())); };
  const VirtualSpace& yv = _young.virtual_space();
  snprintf(line, sizeof line, " def new generation   total %zuK, used %zuK [0x%016lx, 0x%016lx, 0x%016lx)",
           _young.capacity() / K, _young.used() / K, a(yv.low()), a(yv.high()), a(yv.high_boundary()));
  emit(line, arg);
  const ContiguousSpace* spaces[] = {_young.eden(), _young.from(), _young.to()};
  const char* names[] = {"eden", "from", "to  "};
  for (int i = 0; i < 3; i++) {
    const ContiguousSpace* s = spaces[i];
    snprintf(line, sizeof line, "  %s space %zuK, %3d%% used [0x%016lx, 0x%016lx, 0x%016lx)", names[i], s->capacity() / K,
             percent(s), a(s->bottom()), a(s->top()), a(s->end()));
    emit(line, arg);
  }
  const VirtualSpace& ov = _old.virtual_space();
  snprintf(line, sizeof line, " tenured generation   total %zuK, used %zuK [0x%016lx, 0x%016lx, 0x%016lx)",
           _old.capacity() / K, _old.used() / K, a(ov.low()), a(ov.high()), a(ov.high_boundary()));
  emit(line, arg);
  const ContiguousSpace* os = _old.space();
  // The third address is the block offset table's next threshold: the card boundary after top.
  address threshold = reinterpret_cast<address>(align_down(reinterpret_cast<uintptr_t>(os->top()), CardTable::card_size)) +
                      CardTable::card_size;
  snprintf(line, sizeof line, "   the space %zuK, %3d%% used [0x%016lx, 0x%016lx, 0x%016lx, 0x%016lx)", os->capacity() / K,
           percent(os), a(os->bottom()), a(os->top()), a(threshold), a(os->end()));
  emit(line, arg);
}

size_t SerialHeap::verify(const char** first_error) {
  const ContiguousSpace* spaces[] = {_young.eden(), _young.from(), _young.to(), _old.space()};
  HeapVerifier v(_reserved.base(), _reserved.size(), spaces, 4, _old.space(), _young.reserved_start(),
                 _young.reserved_end(), &_card_table);
  size_t errors = v.verify(_host->roots());
  snprintf(_verify_error, sizeof _verify_error, "%s", errors > 0 ? v.first_error() : "");
  if (first_error != nullptr) *first_error = errors > 0 ? _verify_error : nullptr;
  return errors;
}

void SerialHeap::verify_or_die(const char* when) {
  const char* error = nullptr;
  size_t errors = verify(&error);
  if (errors > 0) fatal("heap verification %s GC(%u) failed: %zu problems, first: %s", when, _total_collections - 1,
                        errors, error);
}
