// The collectors' only view of Java objects (DESIGN §2): object size, iteration over reference
// fields, and forwarding/age in the mark word. gc/ includes no interpreter/ or classfile/ header;
// the runtime hands roots to the collector through RootProvider.
#pragma once

#include "oops/klass.hpp"

// The fields of java.lang.ref.Reference (and SoftReference.timestamp) the collectors read and
// write during reference discovery and processing (HotSpot's java_lang_ref_Reference offsets).
// The runtime publishes them once the classes are loaded (classfile/javaClasses.cpp); unit tests
// set them for their fake Reference classes. Until then (-1) no reference is discovered.
//
//   Reference: [ header | referent | queue | next | discovered | ... subclass fields ]
//     referent    the object referred to; "treated specially by GC"
//     next        ReferenceQueue link; a FinalReference is inactive once next != null
//     discovered  the collector's list link: the discovered list during a GC, then the pending
//                 list the Reference Handler thread takes (JVM_GetAndClearReferencePendingList)
struct ReferenceFields {
  static inline int referent = -1;
  static inline int queue = -1;
  static inline int next = -1;
  static inline int discovered = -1;
  static inline int soft_timestamp = -1;  // SoftReference.timestamp (long)
  static bool published() { return referent >= 0; }
};

// A visitor of reference slots. Heap fields are narrow (4 bytes); roots held by the runtime
// (interpreter frames, handles, JNI references, static fields) may be full-width.
class OopClosure {
 public:
  virtual void do_oop(narrowOop* p) = 0;
  virtual void do_oop(oop* p) = 0;
 protected:
  ~OopClosure() = default;
};

struct ObjectModel {
  static size_t size(const oopDesc* obj) { return obj->klass()->oop_size(obj); }

  // Calls f(narrowOop*) for every reference field of obj, the referent and discovered fields of
  // java.lang.ref.Reference objects included (heap verification, pointer adjustment, card
  // scanning, heap walks). The collectors' tracing uses iterate_discovering instead.
  template <typename F>
  static void iterate(oopDesc* obj, F&& f) {
    Klass* k = obj->klass();
    if (k->is_instance_klass()) {
      const OopMapBlock* map = k->oop_maps();
      const OopMapBlock* end = map + k->oop_map_count();
      for (; map < end; ++map) {
        narrowOop* p = obj->field_addr<narrowOop>(map->offset);
        for (narrowOop* q = p + map->count; p < q; ++p) f(p);
      }
      if (k->kind() == KlassKind::InstanceMirror) {  // the mirrored class's static references
        narrowOop* p = obj->field_addr<narrowOop>(Klass::_mirror_statics_offset);
        for (narrowOop* q = p + obj->get<jint>(Klass::_mirror_static_count_offset); p < q; ++p) f(p);
      }
    } else if (k->is_objArray_klass()) {
      auto* a = static_cast<arrayOopDesc*>(obj);
      narrowOop* p = a->elements<narrowOop>();
      for (narrowOop* q = p + a->length(); p < q; ++p) f(p);
    }
  }

  // As iterate, for the collectors' tracing: a java.lang.ref.Reference (KlassKind::InstanceRef)
  // is first offered to discover(obj, reference_type). When it takes the reference (reference
  // discovery, gc/shared/referenceProcessor.hpp), the referent and discovered fields are not
  // visited: reference processing decides about the referent after the strong closure. Every
  // other object costs one compare of its klass kind more than iterate.
  template <typename F, typename D>
  static void iterate_discovering(oopDesc* obj, F&& f, D&& discover) {
    Klass* k = obj->klass();
    if (k->kind() == KlassKind::InstanceRef && discover(obj, k->reference_type())) {
      narrowOop* referent = obj->field_addr<narrowOop>(ReferenceFields::referent);
      narrowOop* discovered = obj->field_addr<narrowOop>(ReferenceFields::discovered);
      const OopMapBlock* map = k->oop_maps();
      const OopMapBlock* end = map + k->oop_map_count();
      for (; map < end; ++map) {
        narrowOop* p = obj->field_addr<narrowOop>(map->offset);
        for (narrowOop* q = p + map->count; p < q; ++p) {
          if (p != referent && p != discovered) f(p);
        }
      }
      return;
    }
    iterate(obj, f);
  }

  // As iterate, but only the fields whose address lies in [lo, hi): card scanning visits the
  // part of an object that lies on dirty cards (an object array may span thousands of cards).
  template <typename F>
  static void iterate_in(oopDesc* obj, address lo, address hi, F&& f) {
    Klass* k = obj->klass();
    narrowOop* l = reinterpret_cast<narrowOop*>(lo);
    narrowOop* h = reinterpret_cast<narrowOop*>(hi);
    if (k->is_instance_klass()) {
      const OopMapBlock* map = k->oop_maps();
      const OopMapBlock* end = map + k->oop_map_count();
      for (; map < end; ++map) {
        narrowOop* p = obj->field_addr<narrowOop>(map->offset);
        narrowOop* q = p + map->count;
        if (p < l) p = l;
        if (q > h) q = h;
        for (; p < q; ++p) f(p);
      }
      if (k->kind() == KlassKind::InstanceMirror) {  // the mirrored class's static references
        narrowOop* p = obj->field_addr<narrowOop>(Klass::_mirror_statics_offset);
        narrowOop* q = p + obj->get<jint>(Klass::_mirror_static_count_offset);
        if (p < l) p = l;
        if (q > h) q = h;
        for (; p < q; ++p) f(p);
      }
    } else if (k->is_objArray_klass()) {
      auto* a = static_cast<arrayOopDesc*>(obj);
      narrowOop* p = a->elements<narrowOop>();
      narrowOop* q = p + a->length();
      if (p < l) p = l;
      if (q > h) q = h;
      for (; p < q; ++p) f(p);
    }
  }
};

// A visitor of whole objects (heap dumps, class histograms, heap walks).
class ObjectClosure {
 public:
  virtual void do_object(oop obj) = 0;
 protected:
  ~ObjectClosure() = default;
};

// Roots the runtime supplies to every collection: thread stacks, handles, JNI global refs,
// class statics and mirrors, the string table (weak), preallocated errors.
class RootProvider {
 public:
  virtual void strong_roots_do(OopClosure* cl) = 0;
  // Weak roots (interned strings, JNI weak globals): cleared when the referent died.
  virtual void weak_roots_do(OopClosure* cl) = 0;
 protected:
  ~RootProvider() = default;
};
