// The single write barrier for reference stores (DESIGN §5.2): every store of a reference into a
// heap object goes through oop_store, which stores the narrow oop and dirties the card so the
// young collector finds old->young pointers. grep for oop_store to find every reference write.
#pragma once

#include "gc/shared/collectedHeap.hpp"
#include "utilities/debug.hpp"

constexpr int CardShift = 9;  // 512-byte cards, as HotSpot's CardTable
constexpr uint8_t DirtyCard = 0;
constexpr uint8_t CleanCard = 0xff;

// Unconditional card mark (no old/young test, no branch): two stores. `field` must lie in the
// Java heap; the card table covers only the heap reservation.
inline void oop_store(narrowOop* field, oop value) {
  vm_assert(CollectedHeap::heap() != nullptr && CollectedHeap::heap()->is_in(field), "oop_store outside the heap");
  *field = CompressedOops::encode(value);
  CollectedHeap::card_byte_map_base()[reinterpret_cast<uintptr_t>(field) >> CardShift] = DirtyCard;
}

inline void oop_store_at(oop obj, int offset, oop value) { oop_store(obj->field_addr<narrowOop>(offset), value); }

// Compare-and-exchange of a reference field (Unsafe.compareAndSetReference and friends): the
// narrow oop is swapped atomically (sequentially consistent) and, when the swap happened, the
// card is dirtied as for oop_store. Returns the value found in the field.
inline oop oop_atomic_cmpxchg(narrowOop* field, oop compare, oop value) {
  narrowOop expected = CompressedOops::encode(compare);
  __atomic_compare_exchange_n(field, &expected, CompressedOops::encode(value), false, __ATOMIC_SEQ_CST,
                              __ATOMIC_SEQ_CST);
  if (expected == CompressedOops::encode(compare))
    CollectedHeap::card_byte_map_base()[reinterpret_cast<uintptr_t>(field) >> CardShift] = DirtyCard;
  return CompressedOops::decode(expected);
}
