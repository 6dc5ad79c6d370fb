// ConstantPool: the runtime constant pool of one class (JVMS §4.4, §5.1), filled by the
// class-file parser and resolved lazily by the runtime.
//
// Each entry i (1 <= i < length) has a tag and one 64-bit slot:
//   Utf8              -> Symbol*
//   Integer / Float   -> the 32-bit value (Float as its bits)
//   Long / Double     -> the 64-bit value (next index is Invalid, JVMS §4.4.5)
//   Class             -> name index (u2) ; String -> utf8 index
//   Fieldref/Methodref/InterfaceMethodref -> class index (low 16) | name_and_type index (16..31)
//   NameAndType       -> name index | descriptor index << 16
//   MethodHandle      -> reference kind | reference index << 16
//   MethodType        -> descriptor index ; Dynamic/InvokeDynamic -> bsm index | nat index << 16
//   Module / Package  -> name index
// Resolution results (Klass*, String oops, call sites) are kept by the runtime in
// ConstantPoolCache, never in these slots, so the parsed pool stays read-only.
#pragma once

#include "utilities/globalDefinitions.hpp"

class Symbol;
class InstanceKlass;
class ConstantPoolCache;

enum ConstantTag : u1 {
  JVM_CONSTANT_Invalid = 0,
  JVM_CONSTANT_Utf8 = 1,
  JVM_CONSTANT_Integer = 3,
  JVM_CONSTANT_Float = 4,
  JVM_CONSTANT_Long = 5,
  JVM_CONSTANT_Double = 6,
  JVM_CONSTANT_Class = 7,
  JVM_CONSTANT_String = 8,
  JVM_CONSTANT_Fieldref = 9,
  JVM_CONSTANT_Methodref = 10,
  JVM_CONSTANT_InterfaceMethodref = 11,
  JVM_CONSTANT_NameAndType = 12,
  JVM_CONSTANT_MethodHandle = 15,
  JVM_CONSTANT_MethodType = 16,
  JVM_CONSTANT_Dynamic = 17,
  JVM_CONSTANT_InvokeDynamic = 18,
  JVM_CONSTANT_Module = 19,
  JVM_CONSTANT_Package = 20,
};

class ConstantPool {
 public:
  // Allocates a pool of `length` entries (index 0 unused) in metaspace, all Invalid.
  static ConstantPool* allocate(int length);

  int length() const { return _length; }
  ConstantTag tag_at(int i) const { return ConstantTag(_tags[i]); }
  void set_tag(int i, ConstantTag t) { _tags[i] = t; }
  uint64_t slot_at(int i) const { return _slots[i]; }
  void set_slot(int i, uint64_t v) { _slots[i] = v; }

  Symbol* symbol_at(int i) const { return reinterpret_cast<Symbol*>(_slots[i]); }
  jint int_at(int i) const { return jint(uint32_t(_slots[i])); }
  jfloat float_at(int i) const { uint32_t b = uint32_t(_slots[i]); jfloat f; __builtin_memcpy(&f, &b, 4); return f; }
  jlong long_at(int i) const { return jlong(_slots[i]); }
  jdouble double_at(int i) const { uint64_t b = _slots[i]; jdouble d; __builtin_memcpy(&d, &b, 8); return d; }

  int low_at(int i) const { return int(_slots[i] & 0xffff); }
  int high_at(int i) const { return int((_slots[i] >> 16) & 0xffff); }

  // Convenience accessors; the parser has checked every index and tag they follow.
  Symbol* klass_name_at(int class_index) const { return symbol_at(low_at(class_index)); }
  Symbol* string_at(int string_index) const { return symbol_at(low_at(string_index)); }
  // For Fieldref/Methodref/InterfaceMethodref at i:
  int member_class_index(int i) const { return low_at(i); }
  Symbol* member_class_name(int i) const { return klass_name_at(low_at(i)); }
  Symbol* member_name(int i) const { return symbol_at(low_at(high_at(i))); }
  Symbol* member_signature(int i) const { return symbol_at(high_at(high_at(i))); }
  // For NameAndType at i:
  Symbol* nat_name(int i) const { return symbol_at(low_at(i)); }
  Symbol* nat_signature(int i) const { return symbol_at(high_at(i)); }

  InstanceKlass* pool_holder() const { return _holder; }
  void set_pool_holder(InstanceKlass* k) { _holder = k; }
  ConstantPoolCache* cache() const { return _cache; }
  void set_cache(ConstantPoolCache* c) { _cache = c; }

 private:
  int _length = 0;
  u1* _tags = nullptr;
  uint64_t* _slots = nullptr;
  InstanceKlass* _holder = nullptr;
  ConstantPoolCache* _cache = nullptr;
};
