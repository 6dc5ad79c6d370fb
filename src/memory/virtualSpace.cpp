// Heap reservation below 32 GB (zero-based compressed oops) and commit/uncommit with mmap.
#include "memory/virtualSpace.hpp"

#include "oops/compressedOops.hpp"

#include <sys/mman.h>
#include <unistd.h>

namespace {

constexpr size_t UnscaledOopHeapMax = size_t(4) * G;   // HotSpot: heap ends at or below 4 GB
constexpr size_t HeapBaseMinAddress = size_t(2) * G;   // -XX:HeapBaseMinAddress (Linux x86_64)

// Maps PROT_NONE exactly at `hint` or fails (never replaces an existing mapping).
address try_reserve_at(address hint, size_t size) {
  void* p = mmap(hint, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  if (p != hint) {  // kernels before 4.17 treat the flag as a hint
    munmap(p, size);
    return nullptr;
  }
  return static_cast<address>(p);
}

// Tries aligned start addresses from `highest` down to `lowest` (HotSpot's try_reserve_range),
// stepping so that about 64 attempts cover the range.
address try_reserve_range(size_t highest, size_t lowest, size_t size, size_t alignment) {
  if (highest < lowest) return nullptr;
  size_t span = highest - lowest;
  size_t step = align_up(span / 64 + 1, alignment);
  for (size_t at = highest;; at -= step) {
    if (address p = try_reserve_at(reinterpret_cast<address>(at), size)) return p;
    if (at < lowest + step) break;
  }
  return nullptr;
}

}  // namespace

ReservedSpace ReservedSpace::reserve_heap(size_t size, size_t alignment) {
  size = align_up(size, alignment);
  // 1. Unscaled: the heap ends at 4 GB (HotSpot puts a 32 MB heap at 0xfe000000).
  if (size <= UnscaledOopHeapMax - HeapBaseMinAddress) {
    size_t highest = align_down(UnscaledOopHeapMax - size, alignment);
    if (address p = try_reserve_range(highest, HeapBaseMinAddress, size, alignment)) return ReservedSpace(p, size);
  }
  // 2. Zero based: anywhere below 32 GB.
  if (size <= OopEncodingHeapMax - HeapBaseMinAddress) {
    size_t highest = align_down(OopEncodingHeapMax - size, alignment);
    if (address p = try_reserve_range(highest, HeapBaseMinAddress, size, alignment)) return ReservedSpace(p, size);
  }
  return ReservedSpace();  // caller reports "Could not reserve enough space for ...KB object heap"
}

ReservedSpace ReservedSpace::reserve_any(size_t size) {
  size = align_up(size, vmem::vm_page_size());
  void* p = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return ReservedSpace();
  return ReservedSpace(static_cast<address>(p), size);
}

void ReservedSpace::release() {
  if (_base != nullptr) munmap(_base, _size);
  _base = nullptr;
  _size = 0;
}

bool VirtualSpace::initialize(ReservedSpace rs, size_t committed) {
  _low = _high = rs.base();
  _high_boundary = rs.end();
  return committed == 0 || expand_by(committed);
}

bool VirtualSpace::expand_by(size_t bytes) {
  if (bytes > uncommitted_size()) return false;
  if (bytes == 0) return true;
  if (!vmem::commit_memory(_high, bytes)) return false;
  _high += bytes;
  return true;
}

void VirtualSpace::shrink_by(size_t bytes) {
  if (bytes > committed_size()) bytes = committed_size();
  _high -= bytes;
  vmem::uncommit_memory(_high, bytes);
}

namespace vmem {

bool commit_memory(address addr, size_t bytes) {
  void* p = mmap(addr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  return p != MAP_FAILED;
}

void uncommit_memory(address addr, size_t bytes) {
  // Replacing the pages with fresh PROT_NONE ones returns the memory to the OS.
  mmap(addr, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
}

size_t physical_memory() { return size_t(sysconf(_SC_PHYS_PAGES)) * size_t(sysconf(_SC_PAGESIZE)); }

size_t vm_page_size() { return size_t(sysconf(_SC_PAGESIZE)); }

}  // namespace vmem
