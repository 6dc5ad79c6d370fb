// TenuredGeneration: the old generation of the Serial heap ("Tenured Gen", DESIGN §3): one
// contiguous space that receives promoted objects and objects too large for the young
// generation, grows inside its reservation when it runs short, and is resized after each full
// GC so that MinHeapFreeRatio..MaxHeapFreeRatio percent of it is free.
//
//   low_boundary(reserved)        top        committed end          high_boundary
//   |==== objects ================|--- free ---|---- uncommitted ----|
#pragma once

#include "gc/shared/blockOffsetTable.hpp"
#include "gc/shared/gcStats.hpp"
#include "gc/shared/space.hpp"
#include "memory/virtualSpace.hpp"

class TenuredGeneration {
 public:
  // -XX:MinHeapDeltaBytes (ScaleForWordSize(128K) aligned up to SpaceAlignment): smallest growth step.
  static constexpr size_t MinHeapDeltaBytes = 192 * K;

  bool initialize(ReservedSpace rs, size_t initial_bytes, CardTable* card_table);

  ContiguousSpace* space() { return &_space; }
  const ContiguousSpace* space() const { return &_space; }
  BlockOffsetTable* bot() { return &_bot; }
  const VirtualSpace& virtual_space() const { return _vs; }

  size_t capacity() const { return _space.capacity(); }
  size_t used() const { return _space.used(); }
  size_t free() const { return _space.free(); }
  size_t max_capacity() const { return _vs.reserved_size(); }
  size_t initial_size() const { return _initial_size; }
  // Free space plus what can still be committed (HotSpot's max_contiguous_available).
  size_t max_contiguous_available() const { return free() + _vs.uncommitted_size(); }
  bool is_in_reserved(const void* p) const { return p >= _vs.low() && p < _vs.high_boundary(); }

  // Allocation (mutators under the heap lock, or the collector). The memory is not zeroed.
  address allocate(size_t bytes) {
    address p = _space.allocate(bytes);
    if (p != nullptr) _bot.record(p, bytes);
    return p;
  }
  address expand_and_allocate(size_t bytes);
  // Minor GC: copies obj (bytes long) into this generation, expanding if needed. Null if full.
  oop promote(oop obj, size_t bytes);

  bool expand(size_t bytes, size_t expand_bytes);
  void shrink(size_t bytes);

  // HotSpot's TenuredGeneration::should_allocate / should_collect: a full collection is due when
  // asked for, when a non-TLAB allocation is pending after the young GC, when almost nothing is
  // free, or when a young GC had to expand this generation.
  bool should_allocate(size_t bytes, bool is_tlab) const { return !is_tlab && bytes > 0; }
  bool should_collect(bool full, size_t bytes, bool is_tlab) const {
    return full || should_allocate(bytes, is_tlab) || free() < 10000 || _capacity_at_prologue < capacity();
  }

  // Promotion guarantee (DESIGN §5.5): a minor GC is safe if the old generation can take the
  // padded average promotion or, failing that, everything young holds.
  bool promotion_attempt_is_safe(size_t max_promotion_bytes) const {
    size_t available = max_contiguous_available();
    return available >= size_t(_avg_promoted.padded_average()) || available >= max_promotion_bytes;
  }
  float avg_promoted() const { return _avg_promoted.padded_average(); }

  void gc_prologue() {
    _capacity_at_prologue = capacity();
    _used_at_prologue = used();
  }
  // After a young collection: one more sample of the promoted bytes.
  void sample_promoted() {
    _avg_promoted.sample(float(used() > _used_at_prologue ? used() - _used_at_prologue : 0));
  }
  // After a full collection: MinHeapFreeRatio / MaxHeapFreeRatio (HotSpot's CardGeneration::compute_new_size).
  void compute_new_size();

 private:
  ContiguousSpace _space;
  VirtualSpace _vs;
  BlockOffsetTable _bot;
  CardTable* _card_table = nullptr;
  size_t _initial_size = 0;
  size_t _capacity_at_prologue = 0;
  size_t _used_at_prologue = 0;
  size_t _shrink_factor = 0;  // ShrinkHeapInSteps: 0%, 10%, 40%, 100% of the excess on successive GCs
  AdaptivePaddedNoZeroDevAverage _avg_promoted{10, 3};  // AdaptiveSizePolicyWeight, PromotedPadding
};
