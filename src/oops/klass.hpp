// Klass: the VM's description of a Java class. This header holds the part every subsystem
// (including the collectors) may see: what kind of object a klass describes, its size or
// element layout, and where its reference fields are. Method and constant-pool metadata live in
// InstanceKlass (oops/instanceKlass.hpp).
//
// Klasses are allocated in the compressed class space (memory/metaspace.hpp) so an object's
// header can name its class with a 4-byte narrow klass.
#pragma once

#include "oops/oop.hpp"

class Symbol;

enum class KlassKind : uint8_t {
  Instance,        // ordinary objects
  InstanceRef,     // java.lang.ref.Reference and subclasses: the referent is treated specially by GC
  InstanceMirror,  // java.lang.Class
  TypeArray,       // arrays of primitives
  ObjArray,        // arrays of references
};

// java.lang.ref.Reference subclasses, as HotSpot's ReferenceType.
enum class ReferenceType : uint8_t { None, Soft, Weak, Final, Phantom };

// A run of `count` consecutive narrow-oop fields starting at byte `offset` (HotSpot's OopMapBlock).
struct OopMapBlock {
  int offset;
  int count;
};

class Klass {
 public:
  KlassKind kind() const { return _kind; }
  bool is_instance_klass() const { return _kind <= KlassKind::InstanceMirror; }
  bool is_array_klass() const { return _kind >= KlassKind::TypeArray; }
  bool is_objArray_klass() const { return _kind == KlassKind::ObjArray; }
  bool is_typeArray_klass() const { return _kind == KlassKind::TypeArray; }

  // Instances: size in bytes of every instance (header + fields, 8-byte aligned).
  int instance_size() const { return _instance_size; }
  // Arrays: log2 of the element size and the element type.
  int log2_element_size() const { return _log2_element_size; }
  BasicType element_type() const { return _element_type; }

  const OopMapBlock* oop_maps() const { return _oop_maps; }
  int oop_map_count() const { return _oop_map_count; }
  ReferenceType reference_type() const { return _reference_type; }

  Symbol* name() const { return _name; }
  Klass* super() const { return _super; }

  // Size of obj in bytes; obj's klass must be this.
  size_t oop_size(const oopDesc* obj) const {
    if (_kind <= KlassKind::InstanceMirror) return size_t(_instance_size);
    return array_size_in_bytes(static_cast<const arrayOopDesc*>(obj)->length(), _log2_element_size);
  }

  void* operator new(size_t size);  // in the compressed class space
  void operator delete(void*) {}    // freed with its class loader's metaspace

 protected:
  explicit Klass(KlassKind kind) : _kind(kind) {}

  KlassKind _kind;
  ReferenceType _reference_type = ReferenceType::None;
  BasicType _element_type = T_ILLEGAL;
  uint8_t _log2_element_size = 0;
  int _instance_size = 0;
  const OopMapBlock* _oop_maps = nullptr;
  int _oop_map_count = 0;
  Symbol* _name = nullptr;
  Klass* _super = nullptr;

  friend class KlassBuilder;  // for tests and the class-file loader to fill in layout
};

// Fills in a Klass's layout. Used by the class loader (after field layout) and by unit tests
// that build fake classes for the collectors.
class KlassBuilder {
 public:
  static Klass* new_instance_klass(int instance_size, const OopMapBlock* maps, int map_count,
                                   KlassKind kind = KlassKind::Instance, ReferenceType rt = ReferenceType::None);
  static Klass* new_array_klass(BasicType element_type);
};
