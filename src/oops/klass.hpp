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
class Method;
class ClassLoaderData;

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
  // The class or a superclass declares a finalize()V whose body is more than `return` (HotSpot's
  // has_finalizer; Object's own empty finalize() does not count). Instances are registered with
  // java.lang.ref.Finalizer when Object.<init> returns (-XX:+RegisterFinalizersAtInit).
  bool has_finalizer() const { return _has_finalizer; }

  Symbol* name() const { return _name; }
  Klass* super() const { return _super; }
  u2 access_flags() const { return _access_flags; }
  bool is_interface() const { return _access_flags & 0x0200; }

  // The java.lang.Class instance for this class (a strong root, updated by the collectors).
  oop java_mirror() const { return _java_mirror; }
  void set_java_mirror(oop m) { _java_mirror = m; }
  oop* java_mirror_addr() { return &_java_mirror; }
  ClassLoaderData* class_loader_data() const { return _class_loader_data; }

  // The virtual dispatch table (JVMS §5.4.6 selection): index -> method.
  int vtable_length() const { return _vtable_length; }
  Method* vtable_at(int i) const { return _vtable[i]; }

  // The array class whose elements are of this class, created on first use.
  Klass* array_klass_or_null() const { return _array_klass; }

  // JVMS §6.5 checkcast/instanceof: is this class a subtype of k?
  bool is_subtype_of(const Klass* k) const;
  // Every Klass created is on one list, for class iteration (roots, heap histograms).
  Klass* next_link() const { return _next_link; }
  static Klass* first_klass() { return _first_klass; }

  // Size of obj in bytes; obj's klass must be this. A java.lang.Class instance (a mirror) holds
  // the static fields of the class it mirrors, so its size is kept in the mirror itself.
  size_t oop_size(const oopDesc* obj) const {
    if (_kind < KlassKind::InstanceMirror) return size_t(_instance_size);
    if (_kind == KlassKind::InstanceMirror) return size_t(obj->get<jint>(_mirror_size_offset));
    return array_size_in_bytes(static_cast<const arrayOopDesc*>(obj)->length(), _log2_element_size);
  }

  // Mirrors (java.lang.Class instances), as HotSpot's InstanceMirrorKlass:
  //   [ header | Class's own fields | injected fields | static oops ... | static primitives ... ]
  // The injected int at _mirror_size_offset is the mirror's size in bytes, the one at
  // _mirror_static_count_offset the number of static reference fields, which start at
  // _mirror_statics_offset (the end of java.lang.Class's instance fields).
  static int _mirror_size_offset;
  static int _mirror_static_count_offset;
  static int _mirror_statics_offset;

  void* operator new(size_t size);  // in the compressed class space
  void operator delete(void*) {}    // freed with its class loader's metaspace

 protected:
  explicit Klass(KlassKind kind) : _kind(kind) {}

  KlassKind _kind;
  ReferenceType _reference_type = ReferenceType::None;
  bool _has_finalizer = false;
  BasicType _element_type = T_ILLEGAL;
  uint8_t _log2_element_size = 0;
  int _instance_size = 0;
  const OopMapBlock* _oop_maps = nullptr;
  int _oop_map_count = 0;
  Symbol* _name = nullptr;
  Klass* _super = nullptr;
  u2 _access_flags = 0;
  oop _java_mirror = nullptr;
  ClassLoaderData* _class_loader_data = nullptr;
  int _vtable_length = 0;
  Method** _vtable = nullptr;
  Klass* _array_klass = nullptr;
  Klass* _next_link = nullptr;
  static Klass* _first_klass;

  void link_into_class_list();  // called once a klass is fully constructed

  friend class KlassBuilder;  // for tests and the class-file loader to fill in layout
  friend class ArrayKlass;
};

// Fills in a Klass's layout. Used by the class loader (after field layout) and by unit tests
// that build fake classes for the collectors.
class KlassBuilder {
 public:
  static Klass* new_instance_klass(int instance_size, const OopMapBlock* maps, int map_count,
                                   KlassKind kind = KlassKind::Instance, ReferenceType rt = ReferenceType::None);
  static Klass* new_array_klass(BasicType element_type);
};
