// BlockOffsetTable storage: one 32-bit word offset per card, committed whole.
#include "gc/shared/blockOffsetTable.hpp"

bool BlockOffsetTable::initialize(address bottom, size_t reserved_bytes) {
  _bottom = bottom;
  _cards = (reserved_bytes + CardTable::card_size - 1) >> CardShift;
  _rs = ReservedSpace::reserve_any(_cards * sizeof(uint32_t));
  if (!_rs.is_reserved() || !vmem::commit_memory(_rs.base(), _rs.size())) return false;
  _table = reinterpret_cast<uint32_t*>(_rs.base());  // fresh pages read as 0: "the space bottom"
  return true;
}
