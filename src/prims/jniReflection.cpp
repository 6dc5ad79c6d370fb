// JNI reflection support (JNI spec "Reflection Support"): FromReflectedMethod/Field and
// ToReflectedMethod/Field. A java.lang.reflect.Method/Constructor/Field names its member by the
// declaring class (`clazz`) and `slot`, the index into that InstanceKlass's methods or fields (as
// HotSpot's Reflection::new_method / new_field). The reflection objects are made through their
// package-private constructors, which initializes those classes first.
#include "prims/jniInternal.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/constantPool.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "runtime/javaCalls.hpp"

#include <cstring>
#include <vector>

using namespace jni;

namespace {

// Modifier masks of java.lang.reflect (jvm.h JVM_RECOGNIZED_METHOD_MODIFIERS / _FIELD_).
constexpr jint recognized_method_modifiers = 0x1DFF;
constexpr jint recognized_field_modifiers = 0x50DF;

BasicType primitive_type(char c) {
  switch (c) {
    case 'Z': return T_BOOLEAN; case 'B': return T_BYTE; case 'C': return T_CHAR; case 'S': return T_SHORT;
    case 'I': return T_INT; case 'J': return T_LONG; case 'F': return T_FLOAT; case 'D': return T_DOUBLE;
    case 'V': return T_VOID; default: return T_ILLEGAL;
  }
}

// The java.lang.Class of one field descriptor, resolved by `cld` (JVMS §4.3.2).
oop type_mirror(JavaThread* THREAD, std::string_view desc, ClassLoaderData* cld) {
  if (desc.size() == 1) return java_lang_Class::primitive_mirror(primitive_type(desc[0]));
  std::string_view name = desc[0] == 'L' ? desc.substr(1, desc.size() - 2) : desc;
  Klass* k = SystemDictionary::resolve_or_fail(SymbolTable::lookup(name), cld, CHECK_NULL);
  return k->java_mirror();
}

// The parameter descriptors of a method descriptor, and its return descriptor last.
std::vector<std::string_view> split_descriptor(std::string_view sig) {
  std::vector<std::string_view> out;
  size_t i = 1;
  while (i < sig.size()) {
    if (sig[i] == ')') { i++; continue; }
    size_t start = i;
    while (sig[i] == '[') i++;
    if (sig[i] == 'L') i = sig.find(';', i);
    i++;
    out.push_back(sig.substr(start, i - start));
  }
  return out;
}

// A Class[] of the given descriptors (the array is held in a handle while classes load).
oop class_array(JavaThread* THREAD, const std::vector<std::string>& descs, ClassLoaderData* cld) {
  arrayOop a = oopFactory::new_objArray(vmClasses::Class_klass(), int(descs.size()), CHECK_NULL);
  Handle arr(THREAD, a);
  for (size_t i = 0; i < descs.size(); i++) {
    oop m = type_mirror(THREAD, descs[i], cld);
    if (HAS_PENDING_EXCEPTION) return nullptr;
    oop_store(static_cast<arrayOop>(arr())->elements<narrowOop>() + i, m);
  }
  return arr();
}

oop byte_array(JavaThread* THREAD, const RawBytes& b) {
  if (b.length == 0) return nullptr;
  arrayOop a = oopFactory::new_typeArray(T_BYTE, b.length, CHECK_NULL);
  memcpy(a->elements<jbyte>(), b.data, size_t(b.length));
  return a;
}

oop string_or_null(JavaThread* THREAD, const Symbol* s) {
  return s == nullptr ? nullptr : java_lang_String::create_from_utf8(s->bytes(), s->length(), THREAD);
}

int method_slot(const Method* m) {
  InstanceKlass* h = m->holder();
  for (int i = 0; i < h->methods_count(); i++) if (h->method_at(i) == m) return i;
  return -1;
}

// new Method(clazz, name, parameterTypes, returnType, checkedExceptions, modifiers, slot,
//            signature, annotations, parameterAnnotations, annotationDefault)
// or new Constructor(clazz, parameterTypes, checkedExceptions, modifiers, slot, signature,
//                    annotations, parameterAnnotations).
oop new_reflected_method(JavaThread* THREAD, Method* m) {
  bool ctor = m->name()->equals("<init>");
  Klass* rk = SystemDictionary::resolve_boot(ctor ? "java/lang/reflect/Constructor" : "java/lang/reflect/Method", CHECK_NULL);
  ClassLoaderData* cld = m->holder()->class_loader_data();
  std::vector<std::string_view> types = split_descriptor(m->signature()->view());
  std::string_view ret = types.back();
  std::vector<std::string> params(types.begin(), types.end() - 1);
  std::vector<std::string> exceptions;
  for (int i = 0; i < m->_checked_exception_count; i++) {
    std::string n = m->constants()->klass_name_at(m->_checked_exceptions[i])->str();
    exceptions.push_back(n[0] == '[' ? n : "L" + n + ";");
  }
  HandleMark hm(THREAD);
  Handle ptypes(THREAD, class_array(THREAD, params, cld));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle rtype(THREAD, ctor ? nullptr : type_mirror(THREAD, ret, cld));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle etypes(THREAD, class_array(THREAD, exceptions, cld));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle name(THREAD, ctor ? nullptr : StringTable::intern(m->name()->bytes(), m->name()->length(), THREAD));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle gsig(THREAD, string_or_null(THREAD, m->_generic_signature));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle ann(THREAD, byte_array(THREAD, m->_annotations));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle pann(THREAD, byte_array(THREAD, m->_parameter_annotations));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle adef(THREAD, ctor ? nullptr : byte_array(THREAD, m->_annotation_default));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  JavaArgs args;
  args.push_oop(m->holder()->java_mirror());
  if (!ctor) args.push_oop(name());
  args.push_oop(ptypes());
  if (!ctor) args.push_oop(rtype());
  args.push_oop(etypes());
  args.push_int(m->access_flags() & recognized_method_modifiers);
  args.push_int(method_slot(m));
  args.push_oop(gsig());
  args.push_oop(ann());
  args.push_oop(pann());
  if (!ctor) args.push_oop(adef());
  const char* sig = ctor ? "(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V"
                         : "(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;[Ljava/lang/Class;"
                           "IILjava/lang/String;[B[B[B)V";
  return JavaCalls::construct(InstanceKlass_cast(rk), sig, args, THREAD);
}

// new Field(clazz, name, type, modifiers, trustedFinal, slot, signature, annotations).
oop new_reflected_field(JavaThread* THREAD, InstanceKlass* holder, int index) {
  Klass* rk = SystemDictionary::resolve_boot("java/lang/reflect/Field", CHECK_NULL);
  const FieldInfo& f = holder->field_at(index);
  HandleMark hm(THREAD);
  Handle type(THREAD, type_mirror(THREAD, f.signature->view(), holder->class_loader_data()));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle name(THREAD, StringTable::intern(f.name->bytes(), f.name->length(), THREAD));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle gsig(THREAD, string_or_null(THREAD, f.generic_signature));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle ann(THREAD, byte_array(THREAD, f.annotations));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  bool is_final = f.access_flags & JVM_ACC_FINAL;
  // HotSpot's fieldDescriptor::is_trusted_final: final and static, or final in a record.
  bool trusted_final = is_final && ((f.access_flags & JVM_ACC_STATIC) || holder->parsed()->is_record);
  JavaArgs args;
  args.push_oop(holder->java_mirror());
  args.push_oop(name());
  args.push_oop(type());
  args.push_int(f.access_flags & recognized_field_modifiers);
  args.push_int(trusted_final ? 1 : 0);
  args.push_int(index);
  args.push_oop(gsig());
  args.push_oop(ann());
  return JavaCalls::construct(InstanceKlass_cast(rk), "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V",
                              args, THREAD);
}

// The declaring class and slot of a reflection object, or null if it is not one of `kinds`.
InstanceKlass* reflected_member(oop o, std::initializer_list<const char*> kinds, int* slot) {
  if (o == nullptr) return nullptr;
  Klass* k = o->klass();
  bool match = false;
  for (const char* n : kinds) match |= k->name()->equals(n);
  if (!match) return nullptr;
  oop clazz = o->obj_field(find_field_offset(k, "clazz", "Ljava/lang/Class;"));
  *slot = o->get<jint>(find_field_offset(k, "slot", "I"));
  Klass* holder = clazz == nullptr ? nullptr : java_lang_Class::as_klass(clazz);
  return holder != nullptr && holder->is_instance_klass() ? InstanceKlass_cast(holder) : nullptr;
}

jmethodID JNICALL jni_FromReflectedMethod(JNIEnv* env, jobject method) {
  JNI_ENTRY_BODY(env);
  int slot = -1;
  InstanceKlass* k = reflected_member(resolve(method), {"java/lang/reflect/Method", "java/lang/reflect/Constructor"}, &slot);
  if (k == nullptr || slot < 0 || slot >= k->methods_count()) return nullptr;
  if (!k->is_initialized()) SystemDictionary::initialize_class(k, CHECK_NULL);  // as HotSpot
  return method_id(k->method_at(slot));
}

jfieldID JNICALL jni_FromReflectedField(JNIEnv* env, jobject field) {
  JNI_ENTRY_BODY(env);
  int slot = -1;
  InstanceKlass* k = reflected_member(resolve(field), {"java/lang/reflect/Field"}, &slot);
  if (k == nullptr || slot < 0 || slot >= k->fields_count()) return nullptr;
  if (!k->is_initialized()) SystemDictionary::initialize_class(k, CHECK_NULL);
  const FieldInfo& f = k->field_at(slot);
  return (f.access_flags & JVM_ACC_STATIC) ? static_field_id(k, slot) : instance_field_id(f.offset);
}

jobject JNICALL jni_ToReflectedMethod(JNIEnv* env, jclass, jmethodID mid, jboolean) {
  JNI_ENTRY_BODY(env);
  Method* m = method_of(mid);
  if (m == nullptr) return nullptr;
  oop r = new_reflected_method(THREAD, m);
  return HAS_PENDING_EXCEPTION ? nullptr : local(THREAD, r);
}

jobject JNICALL jni_ToReflectedField(JNIEnv* env, jclass cls, jfieldID fid, jboolean) {
  JNI_ENTRY_BODY(env);
  if (fid == nullptr) return nullptr;
  InstanceKlass* holder = nullptr;
  int index = -1;
  if (is_static_field_id(fid)) {
    holder = static_field_of(fid)->holder;
    index = static_field_of(fid)->index;
  } else {
    // An instance field ID is its offset: find the non-static field there in cls or a superclass.
    Klass* k = klass_of(cls);
    int offset = instance_field_offset(fid);
    for (InstanceKlass* c = k != nullptr && k->is_instance_klass() ? InstanceKlass_cast(k) : nullptr;
         c != nullptr && holder == nullptr; c = c->superklass()) {
      for (int i = 0; i < c->fields_count(); i++) {
        const FieldInfo& f = c->field_at(i);
        if (!(f.access_flags & JVM_ACC_STATIC) && !f.injected && f.offset == offset) { holder = c; index = i; break; }
      }
    }
  }
  if (holder == nullptr) return nullptr;
  oop r = new_reflected_field(THREAD, holder, index);
  return HAS_PENDING_EXCEPTION ? nullptr : local(THREAD, r);
}

}  // namespace

void jni_fill_reflection(JNINativeInterface_* t) {
  t->FromReflectedMethod = jni_FromReflectedMethod;
  t->FromReflectedField = jni_FromReflectedField;
  t->ToReflectedMethod = jni_ToReflectedMethod;
  t->ToReflectedField = jni_ToReflectedField;
}
