// The collectors' only view of Java objects (DESIGN §2): object size, iteration over reference
// fields, and forwarding/age in the mark word. gc/ includes no interpreter/ or classfile/ header;
// the runtime hands roots to the collector through RootProvider.
#pragma once

#include "oops/klass.hpp"

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

  // Calls f(narrowOop*) for every reference field of obj, referents of java.lang.ref.Reference
  // objects included (reference discovery, issue 4, will treat those specially).
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
