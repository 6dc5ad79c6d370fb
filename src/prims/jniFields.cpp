// JNI field access (JNI spec "Accessing Fields of Objects", "Accessing Static Fields"): field IDs
// and the Get/Set(Static)<Type>Field families. Instance fields are read at their byte offset in
// the object; static fields live in the declaring class's mirror (java.lang.Class instance).
#include "prims/jniInternal.hpp"

#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "gc/shared/barrier.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"

#include <map>
#include <mutex>

using namespace jni;

namespace {
std::mutex static_ids_lock;
std::map<std::pair<InstanceKlass*, int>, StaticFieldId*> static_ids;
}  // namespace

jfieldID jni::static_field_id(InstanceKlass* holder, int index) {
  std::lock_guard<std::mutex> g(static_ids_lock);
  StaticFieldId*& id = static_ids[{holder, index}];
  if (id == nullptr) id = new StaticFieldId{holder, index};  // lives as long as the class
  return reinterpret_cast<jfieldID>(reinterpret_cast<uintptr_t>(id) | 2);
}

oop jni::static_field_base(jfieldID id) { return static_field_of(id)->holder->java_mirror(); }

int jni::static_field_offset(jfieldID id) {
  const StaticFieldId* f = static_field_of(id);
  return f->holder->field_at(f->index).offset;
}

namespace {

// JVMS §5.4.3.2 field lookup restricted to static or instance fields: the class itself, then (for
// statics) its superinterfaces, then its superclass. Injected VM fields are invisible.
InstanceKlass* find_field(InstanceKlass* k, const Symbol* n, const Symbol* s, bool is_static, int* index) {
  for (int i = 0; i < k->fields_count(); i++) {
    const FieldInfo& f = k->field_at(i);
    if (f.name == n && f.signature == s && !f.injected && bool(f.access_flags & JVM_ACC_STATIC) == is_static) {
      *index = i;
      return k;
    }
  }
  if (is_static) {
    for (InstanceKlass* i : k->local_interfaces()) {
      InstanceKlass* r = find_field(i, n, s, true, index);
      if (r != nullptr) return r;
    }
  }
  return k->superklass() != nullptr ? find_field(k->superklass(), n, s, is_static, index) : nullptr;
}

// HotSpot's jni_GetFieldID / jni_GetStaticFieldID: the class is initialized before an ID is
// handed out; a missing field is NoSuchFieldError with the field name.
jfieldID get_field_id(JavaThread* THREAD, jclass clazz, const char* name, const char* sig, bool is_static) {
  if (clazz == nullptr || name == nullptr || sig == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  Klass* k = klass_of(clazz);
  Symbol* n = SymbolTable::probe(name);
  Symbol* s = SymbolTable::probe(sig);
  if (k == nullptr || !k->is_instance_klass() || n == nullptr || s == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchFieldError", name);
    return nullptr;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  if (!ik->is_initialized()) SystemDictionary::initialize_class(ik, CHECK_NULL);
  int index = -1;
  InstanceKlass* holder = find_field(ik, n, s, is_static, &index);
  if (holder == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchFieldError", name);
    return nullptr;
  }
  return is_static ? static_field_id(holder, index) : instance_field_id(holder->field_at(index).offset);
}

jfieldID JNICALL jni_GetFieldID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  JNI_ENTRY_BODY(env);
  return get_field_id(THREAD, clazz, name, sig, false);
}

jfieldID JNICALL jni_GetStaticFieldID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  JNI_ENTRY_BODY(env);
  return get_field_id(THREAD, clazz, name, sig, true);
}

// The object and offset a field ID names. An instance ID needs a non-null object (else
// NullPointerException and a null result); a static ID ignores `obj` and uses the holder's mirror.
oop field_base(JavaThread* THREAD, jobject obj, jfieldID id, int* offset) {
  if (id == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "JNI field ID is null");
    return nullptr;
  }
  if (is_static_field_id(id)) {
    *offset = static_field_offset(id);
    return static_field_base(id);
  }
  oop o = resolve(obj);
  if (o == nullptr) Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
  *offset = instance_field_offset(id);
  return o;
}

template <typename T> T get_field(JavaThread* THREAD, jobject obj, jfieldID id) {
  int offset;
  oop base = field_base(THREAD, obj, id, &offset);
  if (base == nullptr) return T();
  if constexpr (std::is_same_v<T, jobject>) {
    return local(THREAD, base->obj_field(offset));
  } else {
    return base->get<T>(offset);
  }
}

template <typename T> void set_field(JavaThread* THREAD, jobject obj, jfieldID id, T value) {
  int offset;
  oop base = field_base(THREAD, obj, id, &offset);
  if (base == nullptr) return;
  if constexpr (std::is_same_v<T, jobject>) {
    oop_store_at(base, offset, resolve(value));
  } else if constexpr (std::is_same_v<T, jboolean>) {
    base->put<jboolean>(offset, jboolean(value & 1));  // as HotSpot's bool_field_put
  } else {
    base->put<T>(offset, value);
  }
}

#define JNI_FIELD_TYPES_DO(F) \
  F(Object, jobject) F(Boolean, jboolean) F(Byte, jbyte) F(Char, jchar) F(Short, jshort) \
  F(Int, jint) F(Long, jlong) F(Float, jfloat) F(Double, jdouble)

#define DEFINE_JNI_FIELD_ACCESS(Name, T)                                                 \
  T JNICALL jni_Get##Name##Field(JNIEnv* env, jobject obj, jfieldID id) {               \
    JNI_ENTRY_BODY(env);                                                                 \
    return get_field<T>(THREAD, obj, id);                                                \
  }                                                                                      \
  void JNICALL jni_Set##Name##Field(JNIEnv* env, jobject obj, jfieldID id, T value) {    \
    JNI_ENTRY_BODY(env);                                                                 \
    set_field<T>(THREAD, obj, id, value);                                                \
  }                                                                                      \
  T JNICALL jni_GetStatic##Name##Field(JNIEnv* env, jclass clazz, jfieldID id) {         \
    JNI_ENTRY_BODY(env);                                                                 \
    return get_field<T>(THREAD, clazz, id);                                              \
  }                                                                                      \
  void JNICALL jni_SetStatic##Name##Field(JNIEnv* env, jclass clazz, jfieldID id, T value) { \
    JNI_ENTRY_BODY(env);                                                                 \
    set_field<T>(THREAD, clazz, id, value);                                              \
  }

JNI_FIELD_TYPES_DO(DEFINE_JNI_FIELD_ACCESS)
#undef DEFINE_JNI_FIELD_ACCESS

}  // namespace

void jni_fill_fields(JNINativeInterface_* t) {
  t->GetFieldID = jni_GetFieldID;
  t->GetStaticFieldID = jni_GetStaticFieldID;
#define FILL_JNI_FIELD_ACCESS(Name, T)                   \
  t->Get##Name##Field = jni_Get##Name##Field;           \
  t->Set##Name##Field = jni_Set##Name##Field;           \
  t->GetStatic##Name##Field = jni_GetStatic##Name##Field; \
  t->SetStatic##Name##Field = jni_SetStatic##Name##Field;
  JNI_FIELD_TYPES_DO(FILL_JNI_FIELD_ACCESS)
#undef FILL_JNI_FIELD_ACCESS
}
