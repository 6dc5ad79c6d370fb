// CardTable: the byte map is its own mapping, committed whole and biased by the heap base.
#include "gc/shared/cardTable.hpp"

#include <cstring>

// One byte per 512 heap bytes for the whole reservation (a 6 GB heap needs 12 MB), committed
// at once and set clean; the biased base lets the barrier index with the raw address >> 9.
bool CardTable::initialize(address heap_base, size_t heap_size) {
  size_t bytes = heap_size >> CardShift;
  _rs = ReservedSpace::reserve_any(bytes);
  if (!_rs.is_reserved()) return false;
  if (!vmem::commit_memory(_rs.base(), _rs.size())) return false;
  _byte_map = _rs.base();
  _heap_base = heap_base;
  _byte_map_base = _byte_map - (reinterpret_cast<uintptr_t>(heap_base) >> CardShift);
  memset(_byte_map, clean_card, bytes);
  return true;
}

void CardTable::clear_range(address from, address to) {
  if (from >= to) return;
  uint8_t* s = byte_for(from);
  uint8_t* e = byte_for(to - 1) + 1;
  memset(s, clean_card, size_t(e - s));
}

void CardTable::dirty_range(address from, address to) {
  if (from >= to) return;
  uint8_t* s = byte_for(from);
  uint8_t* e = byte_for(to - 1) + 1;
  memset(s, dirty_card, size_t(e - s));
}
