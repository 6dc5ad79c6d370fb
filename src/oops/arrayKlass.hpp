// Array classes (JVMS §5.3.3): TypeArrayKlass for arrays of a primitive type, ObjArrayKlass for
// arrays of references. Every array class has java.lang.Object as superclass and implements
// Cloneable and java.io.Serializable (§4.10.1.2).
#pragma once

#include "oops/klass.hpp"

class ArrayKlass : public Klass {
 public:
  int dimension() const { return _dimension; }
  // ObjArrayKlass: the element class (an InstanceKlass or an ArrayKlass); TypeArrayKlass: null.
  Klass* element_klass() const { return _element_klass; }
  // The innermost non-array class (or null for primitive arrays).
  Klass* bottom_klass() const { return _bottom_klass; }

  // Creates the array class of `element` (ObjArray) or of a primitive type (TypeArray).
  static ArrayKlass* create_obj_array(Klass* element);
  static ArrayKlass* create_type_array(BasicType t);

 protected:
  explicit ArrayKlass(KlassKind kind) : Klass(kind) {}
  static void inherit_from_object(ArrayKlass* k);
  int _dimension = 1;
  Klass* _element_klass = nullptr;
  Klass* _bottom_klass = nullptr;
};
