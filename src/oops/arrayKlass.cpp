// Array classes: names ("[I", "[Ljava/lang/String;", "[[I"), element layout and the dispatch
// table they share with java.lang.Object.
#include "oops/arrayKlass.hpp"

#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "oops/instanceKlass.hpp"

#include <string>

Klass* array_element_klass(const Klass* ak) { return static_cast<const ArrayKlass*>(ak)->element_klass(); }

void ArrayKlass::inherit_from_object(ArrayKlass* k) {
  // Arrays answer Object's virtual methods (JLS §10.7); they share Object's vtable.
  Klass* object = vmClasses::Object_klass();
  k->_super = object;
  k->_vtable = object->_vtable;
  k->_vtable_length = object->_vtable_length;
}

ArrayKlass* ArrayKlass::create_obj_array(Klass* element) {
  ArrayKlass* k = new ArrayKlass(KlassKind::ObjArray);
  std::string name = element->is_array_klass() ? "[" + element->name()->str() : "[L" + element->name()->str() + ";";
  k->_name = SymbolTable::lookup(name);
  k->_element_type = T_OBJECT;
  k->_log2_element_size = 2;  // narrow oops
  k->_element_klass = element;
  k->_dimension = element->is_array_klass() ? static_cast<ArrayKlass*>(element)->_dimension + 1 : 1;
  k->_bottom_klass = element->is_array_klass() ? static_cast<ArrayKlass*>(element)->_bottom_klass : element;
  // JVMS §4.1 / JLS §10: an array class is public, final and abstract when its element is public.
  k->_access_flags = u2(JVM_ACC_FINAL | JVM_ACC_ABSTRACT | (element->access_flags() & JVM_ACC_PUBLIC));
  k->_class_loader_data = element->class_loader_data();
  inherit_from_object(k);
  element->_array_klass = k;
  k->link_into_class_list();
  return k;
}

ArrayKlass* ArrayKlass::create_type_array(BasicType t) {
  ArrayKlass* k = new ArrayKlass(KlassKind::TypeArray);
  std::string name = std::string("[") + type2char(t);
  k->_name = SymbolTable::lookup(name);
  k->_element_type = t;
  int size = type2aelembytes(t);
  k->_log2_element_size = uint8_t(size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3);
  k->_access_flags = JVM_ACC_PUBLIC | JVM_ACC_FINAL | JVM_ACC_ABSTRACT;
  k->_class_loader_data = vmClasses::Object_klass()->class_loader_data();
  inherit_from_object(k);
  k->link_into_class_list();
  return k;
}
