// TenuredGeneration: growth, shrinking and promotion for the old generation.
#include "gc/serial/tenuredGeneration.hpp"

#include "vm/globals.hpp"

#include <algorithm>
#include <cstring>

bool TenuredGeneration::initialize(ReservedSpace rs, size_t initial_bytes, CardTable* card_table) {
  _card_table = card_table;
  _initial_size = initial_bytes;
  if (!_vs.initialize(rs, initial_bytes)) return false;
  if (!_bot.initialize(rs.base(), rs.size())) return false;
  _space.initialize("tenured", _vs.low(), _vs.high());
  _capacity_at_prologue = capacity();
  return true;
}

// Commits more of the reservation. The card table already covers the whole reservation and its
// cards there are clean, so only the space's end moves.
bool TenuredGeneration::expand(size_t bytes, size_t expand_bytes) {
  // HotSpot's CardGeneration::expand: try the larger step, then the request, then everything left.
  size_t aligned = align_up(bytes, vmem::vm_page_size());
  size_t aligned_step = align_up(expand_bytes, vmem::vm_page_size());
  bool ok = false;
  if (aligned_step > aligned && aligned_step <= _vs.uncommitted_size()) ok = _vs.expand_by(aligned_step);
  if (!ok && aligned <= _vs.uncommitted_size()) ok = _vs.expand_by(aligned);
  if (!ok && _vs.uncommitted_size() > 0) ok = _vs.expand_by(_vs.uncommitted_size());  // grow_to_reserved
  _space.set_end(_vs.high());
  return ok;
}

// Uncommits from the top; never below the used part or the initial size. The cards of the
// returned range are cleaned so a later expansion starts clean.
void TenuredGeneration::shrink(size_t bytes) {
  size_t size = align_down(bytes, vmem::vm_page_size());
  if (size == 0) return;
  // Never below what is in use or below the initial size.
  size_t floor = std::max(align_up(used(), vmem::vm_page_size()), std::min(_initial_size, capacity()));
  if (capacity() - size < floor) size = capacity() > floor ? capacity() - floor : 0;
  if (size == 0) return;
  _vs.shrink_by(size);
  _space.set_end(_vs.high());
  _card_table->clear_range(_vs.high(), _vs.high() + size);
}

address TenuredGeneration::expand_and_allocate(size_t bytes) {
  expand(bytes, MinHeapDeltaBytes);
  return allocate(bytes);
}

// The copy keeps the mark word (age included) as HotSpot does; the caller forwards the original.
oop TenuredGeneration::promote(oop obj, size_t bytes) {
  address p = allocate(bytes);
  if (p == nullptr) p = expand_and_allocate(bytes);
  if (p == nullptr) return nullptr;
  memcpy(p, obj, bytes);
  return reinterpret_cast<oop>(p);
}

// After a full GC (DESIGN §5.6): grow so that at least MinHeapFreeRatio (40%) is free, else
// shrink so that at most MaxHeapFreeRatio (70%) is free, by 0%, 10%, 40%, then 100% of the excess
// on successive collections (ShrinkHeapInSteps), and never below the initial size. Steps smaller
// than MinHeapDeltaBytes are not worth it.
void TenuredGeneration::compute_new_size() {
  const double min_free = double(MinHeapFreeRatio) / 100.0;
  const double max_used = 1.0 - min_free;
  const size_t used_after_gc = used();
  const size_t capacity_after_gc = capacity();
  size_t minimum_desired = std::max(size_t(double(used_after_gc) / max_used), _initial_size);
  if (capacity_after_gc < minimum_desired) {
    size_t expand_bytes = minimum_desired - capacity_after_gc;
    if (expand_bytes >= MinHeapDeltaBytes) expand(expand_bytes, 0);
    return;
  }
  size_t shrink_bytes = 0;
  size_t current_shrink_factor = _shrink_factor;
  _shrink_factor = 0;
  if (MaxHeapFreeRatio < 100) {
    const double max_free = double(MaxHeapFreeRatio) / 100.0;
    const double min_used = 1.0 - max_free;
    size_t maximum_desired = std::max(size_t(double(used_after_gc) / min_used), _initial_size);
    if (capacity_after_gc > maximum_desired) {
      shrink_bytes = capacity_after_gc - maximum_desired;
      // ShrinkHeapInSteps: do not give everything back at once after a System.gc().
      shrink_bytes = shrink_bytes / 100 * current_shrink_factor;
      _shrink_factor = current_shrink_factor == 0 ? 10 : std::min(current_shrink_factor * 4, size_t(100));
    }
  }
  if (capacity_after_gc > _capacity_at_prologue) {
    // Take back an expansion made for promotions if there is room now.
    size_t expansion_for_promotion = std::min(capacity_after_gc - _capacity_at_prologue, shrink_bytes);
    shrink_bytes = std::max(shrink_bytes, expansion_for_promotion);
  }
  if (shrink_bytes > MinHeapDeltaBytes) shrink(shrink_bytes);
}
