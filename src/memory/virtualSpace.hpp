// Address-space reservation for the Java heap and the parts of it that are committed.
// ReservedSpace takes a range of virtual addresses (no memory); VirtualSpace commits and uncommits
// a growing prefix of it, so a generation can expand towards its maximum size (-Xmx) and shrink.
#pragma once

#include "utilities/globalDefinitions.hpp"

// A reserved, inaccessible range [base, base + size). Movable, not copyable.
class ReservedSpace {
 public:
  ReservedSpace() = default;
  ReservedSpace(address base, size_t size) : _base(base), _size(size) {}

  // Reserves `size` bytes aligned to `alignment` for the Java heap. The range lies below
  // OopEncodingHeapMax (32 GB) so narrow oops are zero based (compressedOops.hpp), and, like
  // HotSpot, just below 4 GB when the heap fits there (HotSpot's "unscaled" placement, which
  // gives the same addresses in -Xlog:gc+heap as HotSpot). Returns an empty space on failure.
  static ReservedSpace reserve_heap(size_t size, size_t alignment);
  // Anywhere in the address space (card table, offset tables).
  static ReservedSpace reserve_any(size_t size);

  void release();  // unmaps the whole range

  address base() const { return _base; }
  address end() const { return _base + _size; }
  size_t size() const { return _size; }
  bool is_reserved() const { return _base != nullptr; }

  ReservedSpace first_part(size_t bytes) const { return ReservedSpace(_base, bytes); }
  ReservedSpace last_part(size_t offset) const { return ReservedSpace(_base + offset, _size - offset); }

 private:
  address _base = nullptr;
  size_t _size = 0;
};

// The committed prefix [low, high) of a reservation [low, high_boundary).
//
//   low_boundary                high                      high_boundary
//   |=== committed (read/write) ===|------ reserved only ------|
class VirtualSpace {
 public:
  bool initialize(ReservedSpace rs, size_t committed);
  bool expand_by(size_t bytes);   // false if the OS refuses or the reservation is used up
  void shrink_by(size_t bytes);   // gives the pages back to the OS

  address low() const { return _low; }
  address high() const { return _high; }
  address high_boundary() const { return _high_boundary; }
  size_t committed_size() const { return size_t(_high - _low); }
  size_t reserved_size() const { return size_t(_high_boundary - _low); }
  size_t uncommitted_size() const { return size_t(_high_boundary - _high); }

 private:
  address _low = nullptr;
  address _high = nullptr;
  address _high_boundary = nullptr;
};

// The few OS memory primitives the heap needs (mmap-based; Linux).
namespace vmem {
bool commit_memory(address addr, size_t bytes);
void uncommit_memory(address addr, size_t bytes);
size_t physical_memory();
size_t vm_page_size();
}  // namespace vmem
