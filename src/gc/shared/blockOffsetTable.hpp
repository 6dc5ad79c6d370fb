// BlockOffsetTable: for each card of the tenured space, where the object covering the card's
// first byte starts (HotSpot's BlockOffsetArray plays this role). Card scanning uses it to find
// the first object of a dirty card without walking the space from its bottom.
//
//   card:      |    c0     |    c1     |    c2     |
//   objects:   [A     ][B              ][C ][D     ]
//   entry:       A            B           B           (word offset from the space bottom)
//
// Entries are written as objects are allocated in address order (promotion, old allocation,
// full-GC compaction); an entry is meaningful only for cards below the space's top.
#pragma once

#include "gc/shared/cardTable.hpp"

class BlockOffsetTable {
 public:
  BlockOffsetTable() = default;
  BlockOffsetTable(const BlockOffsetTable&) = delete;
  BlockOffsetTable& operator=(const BlockOffsetTable&) = delete;
  ~BlockOffsetTable() { _rs.release(); }

  // Covers [bottom, bottom + reserved_bytes); bottom is card aligned.
  bool initialize(address bottom, size_t reserved_bytes);

  // Records an object [obj, obj + bytes): every card whose first byte lies inside it points at it.
  inline void record(address obj, size_t bytes) {
    size_t first = card_index(obj + CardTable::card_size - 1);  // first card starting at or after obj
    size_t last = card_index(obj + bytes - 1);                   // last card starting inside obj
    uint32_t v = uint32_t(size_t(obj - _bottom) >> LogHeapWordSize);
    for (size_t i = first; i <= last && i < _cards; i++) {
      if (_bottom + (i << CardShift) >= obj) _table[i] = v;
    }
  }

  // The start of the object covering `p` (p below the space's top).
  inline address block_start(address p) const {
    address q = _bottom + (size_t(_table[card_index(p)]) << LogHeapWordSize);
    if (q > p) q = _bottom;  // defensive: never start past p
    for (;;) {
      address next = q + ObjectModel::size(reinterpret_cast<oop>(q));
      if (next > p) return q;
      q = next;
    }
  }

  // Object starting exactly at a card boundary: is that what the table says?
  address entry_for_card_of(address p) const { return _bottom + (size_t(_table[card_index(p)]) << LogHeapWordSize); }

 private:
  size_t card_index(address p) const { return size_t(p - _bottom) >> CardShift; }

  ReservedSpace _rs;
  uint32_t* _table = nullptr;
  address _bottom = nullptr;
  size_t _cards = 0;
};
