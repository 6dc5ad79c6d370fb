// Metaspace: a bump arena for the compressed class space, and accounted malloc for the rest.
// Class unloading (returning a loader's chunks) is future work; see docs/STATUS.md.
#include "memory/metaspace.hpp"

#include "oops/compressedOops.hpp"
#include "oops/klass.hpp"
#include "utilities/debug.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sys/mman.h>

address CompressedKlassPointers::_base = nullptr;

namespace {
std::mutex class_space_lock;
address class_space_top = nullptr;
address class_space_commit_top = nullptr;
address class_space_end = nullptr;
std::atomic<size_t> nonclass_bytes{0};
constexpr size_t commit_granule = 64 * K;
}  // namespace

bool Metaspace::initialize(size_t size) {
  std::lock_guard<std::mutex> guard(class_space_lock);
  if (CompressedKlassPointers::_base != nullptr) return true;
  void* p = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  CompressedKlassPointers::_base = static_cast<address>(p);
  // Offset 0 would encode as narrow klass 0; keep it unused so 0 never names a class.
  class_space_top = class_space_commit_top = static_cast<address>(p);
  class_space_end = class_space_top + size;
  return true;
}

void* Metaspace::allocate_class(size_t bytes) {
  std::lock_guard<std::mutex> guard(class_space_lock);
  guarantee(CompressedKlassPointers::_base != nullptr, "class space not initialized");
  if (class_space_top == CompressedKlassPointers::_base) class_space_top += 8;
  bytes = align_up(bytes, 8);
  if (class_space_top + bytes > class_space_end) return nullptr;
  address result = class_space_top;
  address need = class_space_top + bytes;
  if (need > class_space_commit_top) {
    address new_committed = align_up(need, commit_granule);
    if (mprotect(class_space_commit_top, new_committed - class_space_commit_top, PROT_READ | PROT_WRITE) != 0) return nullptr;
    class_space_commit_top = new_committed;
  }
  class_space_top = need;
  return result;  // fresh mmap pages are zero
}

void* Metaspace::allocate_nonclass(size_t bytes) {
  nonclass_bytes += bytes;
  return calloc(1, bytes);
}

size_t Metaspace::class_space_used() {
  std::lock_guard<std::mutex> guard(class_space_lock);
  return CompressedKlassPointers::_base ? size_t(class_space_top - CompressedKlassPointers::_base) : 0;
}

size_t Metaspace::nonclass_used() { return nonclass_bytes.load(); }

size_t Metaspace::class_space_committed() {
  std::lock_guard<std::mutex> guard(class_space_lock);
  return size_t(class_space_commit_top - CompressedKlassPointers::_base);
}

size_t Metaspace::class_space_reserved() {
  std::lock_guard<std::mutex> guard(class_space_lock);
  return size_t(class_space_end - CompressedKlassPointers::_base);
}

size_t Metaspace::nonclass_committed() { return align_up(nonclass_used(), commit_granule); }

size_t Metaspace::nonclass_reserved() { return align_up(std::max(nonclass_committed(), size_t(1)), 64 * M); }

void* Klass::operator new(size_t size) {
  if (CompressedKlassPointers::_base == nullptr) Metaspace::initialize(1 * G);
  void* p = Metaspace::allocate_class(size);
  guarantee(p != nullptr, "compressed class space exhausted");
  return p;
}
