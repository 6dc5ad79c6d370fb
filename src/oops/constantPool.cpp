// ConstantPool allocation: temporary; replaced at merge. The oopmap branch needs pools in its
// unit tests before the class-file parser's version lands; this one uses plain calloc.
#include "oops/constantPool.hpp"

#include <cstdlib>
#include <new>

ConstantPool* ConstantPool::allocate(int length) {
  void* mem = calloc(1, sizeof(ConstantPool));
  if (mem == nullptr) return nullptr;
  ConstantPool* cp = new (mem) ConstantPool();
  cp->_length = length;
  cp->_tags = static_cast<u1*>(calloc(size_t(length > 0 ? length : 1), sizeof(u1)));
  cp->_slots = static_cast<uint64_t*>(calloc(size_t(length > 0 ? length : 1), sizeof(uint64_t)));
  if (cp->_tags == nullptr || cp->_slots == nullptr) return nullptr;
  return cp;
}
