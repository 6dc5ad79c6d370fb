// Shared by the JNI function files (jni.cpp, jniCalls.cpp, jniFields.cpp, jniArrays.cpp): field
// and method ID encodings, local-reference helpers, and the per-file table fillers.
#pragma once

#include "prims/jni.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/interfaceSupport.hpp"

#include <string>

class Klass;
class InstanceKlass;
class Method;

// Every file fills its part of the function table once, at first use of jni_functions().
void jni_fill_calls(JNINativeInterface_* t);    // method IDs, Call*, NewObject*
void jni_fill_fields(JNINativeInterface_* t);   // field IDs, Get/Set(Static)*Field
void jni_fill_arrays(JNINativeInterface_* t);   // strings and arrays
void jni_fill_reflection(JNINativeInterface_* t);  // From/ToReflected*

namespace jni {

inline oop resolve(jobject o) { return JNIHandles::resolve(o); }
template <typename T = jobject> T local(JavaThread* t, oop o) {
  return reinterpret_cast<T>(JNIHandles::make_local(t, o));
}
// The Klass of a jclass: null for a primitive mirror or a null jclass.
Klass* klass_of(jclass c);

// jmethodID is the Method* itself.
inline Method* method_of(jmethodID id) { return reinterpret_cast<Method*>(id); }
inline jmethodID method_id(Method* m) { return reinterpret_cast<jmethodID>(m); }

// jfieldID encodings (bit 0 tags an instance field, bit 1 a static field):
//   instance field:  (offset << 2) | 1        the byte offset in the object
//   static field:    &StaticFieldId | 2       the declaring class and the field's index in it
// A static field needs its declaring class, since GetStatic*Field may be passed a subclass.
struct StaticFieldId {
  InstanceKlass* holder;
  int index;
};
inline bool is_static_field_id(jfieldID id) { return (reinterpret_cast<uintptr_t>(id) & 3) == 2; }
inline jfieldID instance_field_id(int offset) { return reinterpret_cast<jfieldID>((uintptr_t(offset) << 2) | 1); }
inline int instance_field_offset(jfieldID id) { return int(reinterpret_cast<uintptr_t>(id) >> 2); }
inline const StaticFieldId* static_field_of(jfieldID id) {
  return reinterpret_cast<const StaticFieldId*>(reinterpret_cast<uintptr_t>(id) & ~uintptr_t(3));
}
jfieldID static_field_id(InstanceKlass* holder, int index);  // one ID per field, made once
// The mirror holding a static field, and the field's offset in it.
oop static_field_base(jfieldID id);
int static_field_offset(jfieldID id);

// "java.lang.String" for a klass ("[I" / "[Ljava.lang.String;" for arrays, as Class.getName()).
std::string external_name(const Klass* k);
// "void Foo.bar(int, java.lang.String)" (HotSpot's Method::print_external_name).
std::string external_method_name(const Klass* k, std::string_view name, std::string_view sig);

}  // namespace jni
