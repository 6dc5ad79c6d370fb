// ConstantPoolCache allocation (non-class metaspace).
#include "oops/cpCache.hpp"

#include "memory/metaspace.hpp"

#include <new>

ConstantPoolCache* ConstantPoolCache::allocate(int length) {
  auto* c = new (Metaspace::allocate_nonclass(sizeof(ConstantPoolCache))) ConstantPoolCache();
  c->_length = length;
  c->_entries = new (Metaspace::allocate_nonclass(sizeof(CPCacheEntry) * size_t(length))) CPCacheEntry[length];
  c->_references = static_cast<oop*>(Metaspace::allocate_nonclass(sizeof(oop) * size_t(length)));
  return c;
}
