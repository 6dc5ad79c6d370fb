// Loading the well-known classes at startup (vmClasses.hpp) and the primitive array classes.
#include "classfile/vmClasses.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/systemDictionary.hpp"
#include "oops/arrayKlass.hpp"

InstanceKlass* vmClasses::_klasses[int(vmClasses::Id::Count)];
Klass* vmClasses::_type_arrays[T_LONG + 1];

bool vmClasses::resolve_all() {
  JavaThread* THREAD = JavaThread::current();
  static const char* const names[] = {
#define VM_CLASS_NAME(name, path) path,
      VM_CLASSES_DO(VM_CLASS_NAME)
#undef VM_CLASS_NAME
  };
  // Object, String and Class come first: after Class is loaded and linked, every class gets a
  // mirror as it is defined; the few defined before get theirs here (as HotSpot's fixup list).
  for (int i = 0; i < int(Id::Count); i++) {
    Klass* k = SystemDictionary::resolve_boot(names[i], CHECK_false);
    _klasses[i] = InstanceKlass_cast(k);
    if (i == int(Id::Object)) {
      SystemDictionary::link_class(Object_klass(), CHECK_false);
      for (int t = T_BOOLEAN; t <= T_LONG; t++) _type_arrays[t] = ArrayKlass::create_type_array(BasicType(t));
    }
    if (i == int(Id::Class)) {
      SystemDictionary::link_class(Class_klass(), CHECK_false);
      java_lang_Class::compute_offsets();
      java_lang_String::compute_offsets();
      java_lang_Class::create_primitive_mirrors(CHECK_false);
      for (Klass* k2 = Klass::first_klass(); k2 != nullptr; k2 = k2->next_link())
        if (k2->java_mirror() == nullptr) java_lang_Class::create_mirror(k2, CHECK_false);
    }
  }
  java_lang_Throwable::compute_offsets();
  java_lang_Thread::compute_offsets();
  java_lang_ref_Reference::compute_offsets();
  return true;
}
