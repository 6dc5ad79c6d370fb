// ConstantPool allocation: the pool header, its tag array and its slot array in one
// non-class metaspace block, so a pool is freed (with its class loader) as one piece.
#include "oops/constantPool.hpp"

#include "memory/metaspace.hpp"

#include <new>

// Layout of the block:  [ConstantPool][u8 slots[length]][u1 tags[length]]
ConstantPool* ConstantPool::allocate(int length) {
  if (length < 0) return nullptr;
  size_t header = align_up(sizeof(ConstantPool), 8);
  size_t bytes = header + size_t(length) * sizeof(uint64_t) + align_up(size_t(length), 8);
  void* block = Metaspace::allocate_nonclass(bytes);
  if (block == nullptr) return nullptr;
  ConstantPool* cp = new (block) ConstantPool();
  cp->_length = length;
  cp->_slots = reinterpret_cast<uint64_t*>(static_cast<char*>(block) + header);
  cp->_tags = reinterpret_cast<u1*>(cp->_slots + length);  // zeroed: every tag is Invalid
  return cp;
}
