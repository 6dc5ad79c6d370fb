// oopDesc: the header every Java object starts with (DESIGN §4), and arrayOopDesc.
//
//   instance:  [ mark word : 8 ][ narrow klass : 4 ][ fields ... ]          first field at 12
//   array:     [ mark word : 8 ][ narrow klass : 4 ][ length : 4 ][ elements ... ]  elements at 16
//
// Sizes therefore match HotSpot 17 with compressed oops and class pointers:
// new Object() = 16 bytes, Integer = 16, Long = 24, int[0] = 16, byte[1] = 24.
// Reference fields hold narrow oops (4 bytes); every store goes through the barrier in
// gc/shared/barrier.hpp so the card table sees old->young pointers.
#pragma once

#include "oops/compressedOops.hpp"
#include "oops/markWord.hpp"

#include <atomic>

class oopDesc {
 public:
  static constexpr int mark_offset = 0;
  static constexpr int klass_offset = 8;
  static constexpr int header_size = 12;  // bytes: first instance field offset

  MarkWord mark() const { return MarkWord(_mark); }
  void set_mark(MarkWord m) { _mark = m.value(); }
  std::atomic<uintptr_t>* mark_addr() { return reinterpret_cast<std::atomic<uintptr_t>*>(&_mark); }
  bool cas_set_mark(MarkWord expected, MarkWord desired) {
    uintptr_t e = expected.value();
    return mark_addr()->compare_exchange_strong(e, desired.value());
  }

  Klass* klass() const { return CompressedKlassPointers::decode(_klass); }
  narrowKlass narrow_klass() const { return _klass; }
  void set_klass(Klass* k) { _klass = CompressedKlassPointers::encode(k); }

  // Raw field access by byte offset. Reference fields are read with obj_field and written only
  // through the barrier (gc/shared/barrier.hpp).
  template <typename T> T* field_addr(int offset) const {
    return reinterpret_cast<T*>(reinterpret_cast<address>(const_cast<oopDesc*>(this)) + offset);
  }
  template <typename T> T get(int offset) const { return *field_addr<T>(offset); }
  template <typename T> void put(int offset, T v) { *field_addr<T>(offset) = v; }
  oop obj_field(int offset) const { return CompressedOops::decode(*field_addr<narrowOop>(offset)); }

  // GC forwarding (the mark word holds the new address).
  bool is_forwarded() const { return mark().is_marked(); }
  oop forwardee() const { return static_cast<oop>(mark().forwardee()); }
  void forward_to(oop to) { set_mark(MarkWord::encode_forwarded(to)); }

  address base() const { return reinterpret_cast<address>(const_cast<oopDesc*>(this)); }

 private:
  uintptr_t _mark;
  narrowKlass _klass;
};

class arrayOopDesc : public oopDesc {
 public:
  static constexpr int length_offset = 12;
  static constexpr int base_offset = 16;  // elements start here for every element type

  int length() const { return get<jint>(length_offset); }
  void set_length(int n) { put<jint>(length_offset, n); }
  template <typename T> T* elements() const { return field_addr<T>(base_offset); }
  // HotSpot's max_array_length: the element count beyond which "Requested array size exceeds VM limit".
  static int32_t max_array_length(BasicType t);
};

using arrayOop = arrayOopDesc*;

inline size_t array_size_in_bytes(int length, int log2_element_size) {
  return align_up(size_t(arrayOopDesc::base_offset) + (size_t(length) << log2_element_size), ObjectAlignmentInBytes);
}
