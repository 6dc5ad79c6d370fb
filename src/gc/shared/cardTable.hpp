// CardTable: one byte per 512-byte card of the reserved heap (HotSpot's CardTable, DESIGN §5.2).
// The write barrier (barrier.hpp) dirties the card of every reference field it stores into; the
// young collector scans only the dirty cards of the old generation to find old->young pointers,
// cleaning them first and dirtying again the cards whose fields still point into young.
//
//   heap:   | card 0: 512 B | card 1 | card 2 | ...
//   bytes:  [ 0xff clean  ][ 0x00 dirty ][ 0xff ] ...     byte_map_base[addr >> 9] is addr's card
#pragma once

#include "gc/shared/barrier.hpp"
#include "memory/virtualSpace.hpp"

class CardTable {
 public:
  static constexpr size_t card_size = size_t(1) << CardShift;
  static constexpr uint8_t clean_card = CleanCard;
  static constexpr uint8_t dirty_card = DirtyCard;

  CardTable() = default;
  CardTable(const CardTable&) = delete;
  CardTable& operator=(const CardTable&) = delete;
  ~CardTable() { _rs.release(); }

  // Covers [heap_base, heap_base + heap_size): every card starts clean.
  bool initialize(address heap_base, size_t heap_size);

  // The biased base for the barrier: byte_map_base()[addr >> CardShift].
  uint8_t* byte_map_base() const { return _byte_map_base; }
  uint8_t* byte_for(const void* p) const { return _byte_map_base + (reinterpret_cast<uintptr_t>(p) >> CardShift); }
  address addr_for(const uint8_t* card) const {
    return reinterpret_cast<address>(uintptr_t(card - _byte_map_base) << CardShift);
  }
  bool is_dirty(const void* p) const { return *byte_for(p) == dirty_card; }
  void dirty(const void* p) { *byte_for(p) = dirty_card; }

  // Whole cards overlapping [from, to).
  void clear_range(address from, address to);
  void dirty_range(address from, address to);

  // Calls f(start, end) for each maximal run of dirty cards overlapping [from, to), clipped to
  // [from, to), after cleaning the run (the callback re-dirties cards that stay interesting).
  template <typename F>
  void clean_and_process_dirty_ranges(address from, address to, F&& f) {
    if (from >= to) return;
    uint8_t* c = byte_for(from);
    uint8_t* last = byte_for(to - 1);
    while (c <= last) {
      if (*c != dirty_card) { c++; continue; }
      uint8_t* run = c;
      while (c <= last && *c == dirty_card) *c++ = clean_card;
      address s = addr_for(run);
      address e = addr_for(c);
      f(s < from ? from : s, e > to ? to : e);
    }
  }

 private:
  ReservedSpace _rs;
  uint8_t* _byte_map = nullptr;
  uint8_t* _byte_map_base = nullptr;
  address _heap_base = nullptr;
};
