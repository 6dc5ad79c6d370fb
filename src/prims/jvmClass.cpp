// jvm.h (JDK 17) entry points about classes: names, modifiers, inner/nest/record/sealed
// attributes, annotations, class lookup and definition, assertion status, and the
// jdk.internal.reflect.ConstantPool family. HotSpot's jvm.cpp is the reference for behaviour and
// messages; JVMS §4.7 for the attributes read.
#include "classfile/classLoaderData.hpp"
#include "classfile/descriptors.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/moduleEntry.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/jvm.hpp"
#include "prims/reflection.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/javaCalls.hpp"
#include "vm/arguments.hpp"

#include <cstring>
#include <string>

using namespace JvmSupport;

namespace {
constexpr int kWrittenFlags = 0x7FFF;  // JVM_ACC_WRITTEN_FLAGS
constexpr int kPrimitiveModifiers = JVM_ACC_ABSTRACT | JVM_ACC_FINAL | JVM_ACC_PUBLIC;


jobject local(JavaThread* t, oop o) { return JNIHandles::make_local(t, o); }
oop resolve(jobject o) { return JNIHandles::resolve(o); }

oop string_from(Symbol* s, TRAPS) { return java_lang_String::create_from_utf8(s->bytes(), s->length(), THREAD); }

// The InnerClasses entry (JVMS §4.7.6) whose inner_class_info names k itself, or null.
const InnerClassInfo* own_inner_class_entry(InstanceKlass* k) {
  const ConstantPool* cp = k->constants();
  for (const InnerClassInfo& e : k->parsed()->inner_classes) {
    if (e.inner_class_index != 0 && cp->klass_name_at(e.inner_class_index) == k->name()) return &e;
  }
  return nullptr;
}

Klass* resolve_class_at(InstanceKlass* k, int class_index, TRAPS) {
  Symbol* name = k->constants()->klass_name_at(class_index);
  if (name == k->name()) return k;
  return SystemDictionary::resolve_or_fail(name, k->class_loader_data(), THREAD);
}

// HotSpot's compute_modifier_flags.
jint class_modifiers(Klass* k) {
  if (k->is_array_klass()) {
    ArrayKlass* ak = static_cast<ArrayKlass*>(k);
    Klass* bottom = ak->bottom_klass();
    int element = bottom == nullptr ? JVM_ACC_PUBLIC
                                    : class_modifiers(bottom) & (JVM_ACC_PUBLIC | JVM_ACC_PRIVATE | JVM_ACC_PROTECTED);
    return element | JVM_ACC_ABSTRACT | JVM_ACC_FINAL;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  int access = ik->access_flags();
  if (const InnerClassInfo* e = own_inner_class_entry(ik)) access = e->access_flags;
  return (access & ~JVM_ACC_SUPER) & kWrittenFlags;
}

// InstanceKlass::nest_host without the linkage error logging: a missing or inconsistent host
// makes the class its own host (JVMS §5.4.4).
InstanceKlass* nest_host(InstanceKlass* k, TRAPS) {
  // A hidden class defined as a nestmate joined its lookup class's nest (JEP 371).
  if (k->dynamic_nest_host() != nullptr) return k->dynamic_nest_host();
  const ParsedClass* p = k->parsed();
  if (p->nest_host_index == 0) return k;
  Klass* h = resolve_class_at(k, p->nest_host_index, THREAD);
  if (HAS_PENDING_EXCEPTION) {
    THREAD->clear_pending_exception();
    return k;
  }
  if (!h->is_instance_klass() || h->class_loader_data() != k->class_loader_data() || !k->is_same_package(h)) return k;
  InstanceKlass* host = InstanceKlass_cast(h);
  for (u2 idx : host->parsed()->nest_members)
    if (host->constants()->klass_name_at(idx) == k->name()) return host;
  return k;
}

oop class_array_from(InstanceKlass* k, const std::vector<u2>& indices, bool skip_failures, TRAPS) {
  HandleMark hm(THREAD);
  std::vector<Handle> mirrors;
  for (u2 idx : indices) {
    Klass* c = resolve_class_at(k, idx, THREAD);
    if (HAS_PENDING_EXCEPTION) {
      if (!skip_failures) return nullptr;
      THREAD->clear_pending_exception();
      continue;
    }
    mirrors.emplace_back(THREAD, c->java_mirror());
  }
  oop a = new_class_array(int(mirrors.size()), CHECK_NULL);
  for (size_t i = 0; i < mirrors.size(); i++) obj_array_put(a, int(i), mirrors[i]());
  return a;
}

oop raw_bytes(const RawBytes& r, TRAPS) { return Reflection::byte_array(r.data, r.length, THREAD); }

// ---- ConstantPool (jdk.internal.reflect.ConstantPool; its constantPoolOop is the class mirror) ----

InstanceKlass* cp_holder(jobject jcpool) { return instance_klass(resolve(jcpool)); }

bool cp_check(JavaThread* THREAD, InstanceKlass* k, jint index) {
  if (k == nullptr || index <= 0 || index >= k->constants()->length()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Constant pool index out of bounds");
    return false;
  }
  return true;
}

bool cp_tag(JavaThread* THREAD, InstanceKlass* k, jint index, std::initializer_list<ConstantTag> tags) {
  if (!cp_check(THREAD, k, index)) return false;
  for (ConstantTag t : tags)
    if (k->constants()->tag_at(index) == t) return true;
  Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Wrong type at constant pool index");
  return false;
}

jclass cp_class_at(JNIEnv* env, jobject jcpool, jint index, bool force) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_Class})) return nullptr;
  Symbol* name = k->constants()->klass_name_at(index);
  Klass* c = force ? SystemDictionary::resolve_or_fail(name, k->class_loader_data(), THREAD)
                   : k->class_loader_data()->find(name);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  if (c == nullptr && !force && name == k->name()) c = k;
  return c == nullptr ? nullptr : static_cast<jclass>(local(THREAD, c->java_mirror()));
}

jobject cp_member_at(JNIEnv* env, jobject jcpool, jint index, bool force, bool field) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (field ? !cp_tag(THREAD, k, index, {JVM_CONSTANT_Fieldref})
            : !cp_tag(THREAD, k, index, {JVM_CONSTANT_Methodref, JVM_CONSTANT_InterfaceMethodref}))
    return nullptr;
  ConstantPool* cp = k->constants();
  Symbol* cname = cp->member_class_name(index);
  Klass* c = force ? SystemDictionary::resolve_or_fail(cname, k->class_loader_data(), THREAD)
                   : (cname == k->name() ? k : k->class_loader_data()->find(cname));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  if (c == nullptr) return nullptr;
  if (!c->is_instance_klass()) c = vmClasses::Object_klass();  // array methods are Object's
  InstanceKlass* ik = InstanceKlass_cast(c);
  Symbol* name = cp->member_name(index);
  Symbol* sig = cp->member_signature(index);
  oop result = nullptr;
  if (field) {
    int fi = -1;
    InstanceKlass* holder = ik->find_field(name, sig, &fi);
    if (holder == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/RuntimeException", "Unable to look up field in target class");
      return nullptr;
    }
    result = Reflection::new_field(holder, fi, CHECK_NULL);
  } else {
    Method* m = ik->lookup_method_in_classes(name, sig);
    if (m == nullptr) m = ik->lookup_method_in_interfaces(name, sig);
    if (m == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/RuntimeException", "Unable to look up method in target class");
      return nullptr;
    }
    result = m->name()->equals("<init>") ? Reflection::new_constructor(m, THREAD) : Reflection::new_method(m, THREAD);
    if (HAS_PENDING_EXCEPTION) return nullptr;
  }
  return local(THREAD, result);
}

// JavaAssertions::enabled: the last -ea/-da naming the class, else the most specific package.
bool assertion_status(const std::string& dotted_name, bool system_class) {
  if (jvm_arguments() == nullptr) return false;
  const auto& opts = jvm_arguments()->assertion_options();
  for (auto it = opts.rbegin(); it != opts.rend(); ++it)
    if (!it->package && it->name == dotted_name) return it->enabled;
  std::string pkg = dotted_name;
  for (;;) {
    size_t dot = pkg.rfind('.');
    pkg = dot == std::string::npos ? "" : pkg.substr(0, dot);
    for (auto it = opts.rbegin(); it != opts.rend(); ++it)
      if (it->package && it->name == pkg) return it->enabled;
    if (pkg.empty()) break;
  }
  return system_class ? jvm_arguments()->system_assertions_default() : jvm_arguments()->user_assertions_default();
}
}  // namespace


extern "C" {

// ---- Names, kinds, modifiers -------------------------------------------------------------------

JNIEXPORT jstring JNICALL JVM_InitClassName(JNIEnv* env, jclass cls) {
  // java_lang_Class::name: the binary name with dots ("[Ljava.lang.String;", "int"), interned.
  JNI_ENTRY_BODY(env);
  Handle mirror(THREAD, resolve(cls));
  std::string name;
  BasicType pt = java_lang_Class::primitive_type(mirror());
  if (pt != T_ILLEGAL) name = type2name(pt);
  else name = external_name(klass(mirror())->name()->view());
  // A hidden class prints as <name>/0x<address> (its Symbol has '+' there, as HotSpot's).
  Klass* named = pt == T_ILLEGAL ? klass(mirror()) : nullptr;
  if (named != nullptr && named->is_instance_klass() && InstanceKlass_cast(named)->is_hidden()) {
    size_t plus = name.rfind('+');
    if (plus != std::string::npos) name[plus] = '/';
  }
  oop s = StringTable::intern(name.c_str(), int(name.size()), CHECK_NULL);
  oop_store_at(mirror(), java_lang_Class::name_offset, s);
  return static_cast<jstring>(local(THREAD, s));
}

JNIEXPORT jobjectArray JNICALL JVM_GetClassInterfaces(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  if (k == nullptr) {
    oop empty = new_class_array(0, CHECK_NULL);
    return static_cast<jobjectArray>(local(THREAD, empty));
  }
  if (k->is_array_klass()) {
    // JVMS §4.10.1.2: arrays implement Cloneable and java.io.Serializable.
    oop a = new_class_array(2, CHECK_NULL);
    obj_array_put(a, 0, vmClasses::Cloneable_klass()->java_mirror());
    obj_array_put(a, 1, vmClasses::Serializable_klass()->java_mirror());
    return static_cast<jobjectArray>(local(THREAD, a));
  }
  const auto& is = InstanceKlass_cast(k)->local_interfaces();
  oop a = new_class_array(int(is.size()), CHECK_NULL);
  for (size_t i = 0; i < is.size(); i++) obj_array_put(a, int(i), is[i]->java_mirror());
  return static_cast<jobjectArray>(local(THREAD, a));
}

JNIEXPORT jboolean JNICALL JVM_IsInterface(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  return k != nullptr && k->is_interface();
}

JNIEXPORT jboolean JNICALL JVM_IsArrayClass(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  return k != nullptr && k->is_array_klass();
}

JNIEXPORT jboolean JNICALL JVM_IsPrimitiveClass(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  return java_lang_Class::primitive_type(resolve(cls)) != T_ILLEGAL;
}

JNIEXPORT jboolean JNICALL JVM_IsHiddenClass(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  return k != nullptr && k->is_instance_klass() && InstanceKlass_cast(k)->is_hidden();
}

JNIEXPORT jint JNICALL JVM_GetClassModifiers(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  return k == nullptr ? kPrimitiveModifiers : class_modifiers(k);
}

JNIEXPORT jint JNICALL JVM_GetClassAccessFlags(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  if (k == nullptr) return kPrimitiveModifiers;
  if (k->is_array_klass()) return class_modifiers(k);
  return k->access_flags() & kWrittenFlags;
}

JNIEXPORT jobjectArray JNICALL JVM_GetClassSigners(JNIEnv* env, jclass cls) {
  // Class.getSigners: a copy of the signers array the class loader set.
  JNI_ENTRY_BODY(env);
  oop mirror = resolve(cls);
  if (java_lang_Class::primitive_type(mirror) != T_ILLEGAL) return nullptr;
  static int signers_offset = find_field_offset(vmClasses::Class_klass(), "signers", "Ljava/lang/Object;");
  Handle signers(THREAD, mirror->obj_field(signers_offset));
  if (signers.is_null()) return nullptr;
  int n = static_cast<arrayOop>(signers())->length();
  auto v2_ = oopFactory::new_array(signers()->klass(), n, CHECK_NULL);
  Handle copy(THREAD, v2_);
  for (int i = 0; i < n; i++) obj_array_put(copy(), i, obj_array_get(signers(), i));
  return static_cast<jobjectArray>(local(THREAD, copy()));
}

JNIEXPORT void JNICALL JVM_SetClassSigners(JNIEnv* env, jclass cls, jobjectArray signers) {
  JNI_ENTRY_BODY(env);
  oop mirror = resolve(cls);
  if (java_lang_Class::primitive_type(mirror) != T_ILLEGAL) return;
  static int signers_offset = find_field_offset(vmClasses::Class_klass(), "signers", "Ljava/lang/Object;");
  oop_store_at(mirror, signers_offset, resolve(signers));
}

JNIEXPORT jobject JNICALL JVM_GetProtectionDomain(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  oop mirror = resolve(cls);
  if (mirror == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  if (java_lang_Class::primitive_type(mirror) != T_ILLEGAL) return nullptr;
  return local(THREAD, mirror->obj_field(java_lang_Class::protection_domain_offset));
}

// ---- InnerClasses, EnclosingMethod, Signature, annotations ------------------------------------

JNIEXPORT jobjectArray JNICALL JVM_GetDeclaredClasses(JNIEnv* env, jclass ofClass) {
  // The member classes: InnerClasses entries whose outer class is this class (JVMS §4.7.6).
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  if (k == nullptr) {
    oop empty = new_class_array(0, CHECK_NULL);
    return static_cast<jobjectArray>(local(THREAD, empty));
  }
  std::vector<u2> members;
  const ConstantPool* cp = k->constants();
  for (const InnerClassInfo& e : k->parsed()->inner_classes) {
    if (e.inner_class_index == 0 || e.outer_class_index == 0) continue;
    if (cp->klass_name_at(e.outer_class_index) == k->name()) members.push_back(e.inner_class_index);
  }
  return static_cast<jobjectArray>(local(THREAD, class_array_from(k, members, false, THREAD)));
}

JNIEXPORT jclass JNICALL JVM_GetDeclaringClass(JNIEnv* env, jclass ofClass) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  if (k == nullptr) return nullptr;
  const InnerClassInfo* e = own_inner_class_entry(k);
  if (e == nullptr || e->outer_class_index == 0) return nullptr;  // top-level, local or anonymous
  Klass* outer = resolve_class_at(k, e->outer_class_index, CHECK_NULL);
  if (!outer->is_instance_klass()) {
    Exceptions::throw_fmt(THREAD, "java/lang/IncompatibleClassChangeError", "%s is not a class",
                          external_name(outer->name()->view()).c_str());
    return nullptr;
  }
  // HotSpot's Reflection::check_for_inner_class: the outer class must list k as its member.
  InstanceKlass* o = InstanceKlass_cast(outer);
  bool listed = false;
  for (const InnerClassInfo& oe : o->parsed()->inner_classes) {
    if (oe.inner_class_index != 0 && oe.outer_class_index != 0 &&
        o->constants()->klass_name_at(oe.inner_class_index) == k->name() &&
        o->constants()->klass_name_at(oe.outer_class_index) == o->name())
      listed = true;
  }
  if (!listed) {
    Exceptions::throw_fmt(THREAD, "java/lang/IncompatibleClassChangeError", "%s and %s disagree on InnerClasses attribute",
                          external_name(o->name()->view()).c_str(), external_name(k->name()->view()).c_str());
    return nullptr;
  }
  return static_cast<jclass>(local(THREAD, o->java_mirror()));
}

JNIEXPORT jstring JNICALL JVM_GetSimpleBinaryName(JNIEnv* env, jclass ofClass) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  if (k == nullptr) return nullptr;
  const InnerClassInfo* e = own_inner_class_entry(k);
  if (e == nullptr || e->inner_name_index == 0) return nullptr;
  auto v4_ = string_from(k->constants()->symbol_at(e->inner_name_index), CHECK_NULL);
  return static_cast<jstring>(local(THREAD, v4_));
}

JNIEXPORT jobjectArray JNICALL JVM_GetEnclosingMethodInfo(JNIEnv* env, jclass ofClass) {
  // [enclosing class, method name or null, method descriptor or null] (JVMS §4.7.7).
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  if (k == nullptr || k->parsed()->enclosing_class_index == 0) return nullptr;
  HandleMark hm(THREAD);
  auto v5_ = new_object_array(3, CHECK_NULL);
  Handle result(THREAD, v5_);
  Klass* outer = resolve_class_at(k, k->parsed()->enclosing_class_index, CHECK_NULL);
  obj_array_put(result(), 0, outer->java_mirror());
  if (u2 nat = k->parsed()->enclosing_method_index) {
    oop name = string_from(k->constants()->nat_name(nat), CHECK_NULL);
    obj_array_put(result(), 1, name);
    oop sig = string_from(k->constants()->nat_signature(nat), CHECK_NULL);
    obj_array_put(result(), 2, sig);
  }
  return static_cast<jobjectArray>(local(THREAD, result()));
}

JNIEXPORT jstring JNICALL JVM_GetClassSignature(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(cls));
  if (k == nullptr || k->parsed()->generic_signature == nullptr) return nullptr;
  auto v6_ = string_from(k->parsed()->generic_signature, CHECK_NULL);
  return static_cast<jstring>(local(THREAD, v6_));
}

JNIEXPORT jbyteArray JNICALL JVM_GetClassAnnotations(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(cls));
  if (k == nullptr) return nullptr;
  auto v7_ = raw_bytes(k->parsed()->annotations, CHECK_NULL);
  return static_cast<jbyteArray>(local(THREAD, v7_));
}

JNIEXPORT jbyteArray JNICALL JVM_GetClassTypeAnnotations(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(cls));
  if (k == nullptr) return nullptr;
  auto v8_ = raw_bytes(k->parsed()->type_annotations, CHECK_NULL);
  return static_cast<jbyteArray>(local(THREAD, v8_));
}

JNIEXPORT jbyteArray JNICALL JVM_GetMethodTypeAnnotations(JNIEnv* env, jobject method) {
  JNI_ENTRY_BODY(env);
  Method* m = method_of(resolve(method));
  auto v9_ = raw_bytes(m->_type_annotations, CHECK_NULL);
  return static_cast<jbyteArray>(local(THREAD, v9_));
}

JNIEXPORT jbyteArray JNICALL JVM_GetFieldTypeAnnotations(JNIEnv* env, jobject field) {
  JNI_ENTRY_BODY(env);
  Reflection::compute_offsets(CHECK_NULL);
  oop f = resolve(field);
  InstanceKlass* k = instance_klass(f->obj_field(Reflection::field_clazz_offset));
  const FieldInfo& fi = k->field_at(f->get<jint>(Reflection::field_slot_offset));
  auto v10_ = raw_bytes(fi.type_annotations, CHECK_NULL);
  return static_cast<jbyteArray>(local(THREAD, v10_));
}

JNIEXPORT jobjectArray JNICALL JVM_GetMethodParameters(JNIEnv* env, jobject method) {
  // Parameter[] from the MethodParameters attribute (JVMS §4.7.24), null when absent.
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle executable(THREAD, resolve(method));
  Method* m = method_of(executable());
  const RawBytes& raw = m->_method_parameters;
  if (raw.data == nullptr) return nullptr;
  int n = raw.data[0];
  ConstantPool* cp = m->constants();
  for (int i = 0; i < n; i++) {
    int idx = (raw.data[1 + 4 * i] << 8) | raw.data[2 + 4 * i];
    if (idx != 0 && (idx >= cp->length() || cp->tag_at(idx) != JVM_CONSTANT_Utf8)) {
      Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Constant pool index out of bounds");
      return nullptr;
    }
  }
  auto v11_ = SystemDictionary::resolve_boot("java/lang/reflect/Parameter", CHECK_NULL);
  InstanceKlass* pk = InstanceKlass_cast(v11_);
  Klass* ak = SystemDictionary::array_klass_of(pk, CHECK_NULL);
  auto v12_ = oopFactory::new_array(ak, n, CHECK_NULL);
  Handle result(THREAD, v12_);
  for (int i = 0; i < n; i++) {
    int idx = (raw.data[1 + 4 * i] << 8) | raw.data[2 + 4 * i];
    int flags = (raw.data[3 + 4 * i] << 8) | raw.data[4 + 4 * i];
    Handle name(THREAD, idx == 0 ? nullptr : string_from(cp->symbol_at(idx), THREAD));
    if (HAS_PENDING_EXCEPTION) return nullptr;
    oop p = Reflection::new_parameter(executable, name(), flags, i, CHECK_NULL);
    obj_array_put(result(), i, p);
  }
  return static_cast<jobjectArray>(local(THREAD, result()));
}

// ---- Nestmates, records, sealed classes ---------------------------------------------------------

JNIEXPORT jclass JNICALL JVM_GetNestHost(JNIEnv* env, jclass current) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(current));
  if (k == nullptr) return nullptr;  // primitives and arrays: Class.getNestHost handles them
  return static_cast<jclass>(local(THREAD, nest_host(k, THREAD)->java_mirror()));
}

JNIEXPORT jboolean JNICALL JVM_AreNestMates(JNIEnv* env, jclass current, jclass member) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* a = instance_klass(resolve(current));
  InstanceKlass* b = instance_klass(resolve(member));
  if (a == nullptr || b == nullptr) return JNI_FALSE;
  return nest_host(a, THREAD) == nest_host(b, THREAD);
}

JNIEXPORT jobjectArray JNICALL JVM_GetNestMembers(JNIEnv* env, jclass current) {
  // The host first, then each listed member whose nest host is indeed the host.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(current));
  if (k == nullptr) return nullptr;
  InstanceKlass* host = nest_host(k, THREAD);
  HandleMark hm(THREAD);
  std::vector<Handle> ms{Handle(THREAD, host->java_mirror())};
  for (u2 idx : host->parsed()->nest_members) {
    Klass* m = resolve_class_at(host, idx, THREAD);
    if (HAS_PENDING_EXCEPTION) {
      THREAD->clear_pending_exception();
      continue;
    }
    if (m->is_instance_klass() && nest_host(InstanceKlass_cast(m), THREAD) == host) ms.emplace_back(THREAD, m->java_mirror());
  }
  oop a = new_class_array(int(ms.size()), CHECK_NULL);
  for (size_t i = 0; i < ms.size(); i++) obj_array_put(a, int(i), ms[i]());
  return static_cast<jobjectArray>(local(THREAD, a));
}

JNIEXPORT jobjectArray JNICALL JVM_GetPermittedSubclasses(JNIEnv* env, jclass current) {
  // Null unless sealed (PermittedSubclasses, JVMS §4.7.31); classes that fail to load are left out.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(current));
  if (k == nullptr || k->parsed()->permitted_subclasses.empty()) return nullptr;
  return static_cast<jobjectArray>(local(THREAD, class_array_from(k, k->parsed()->permitted_subclasses, true, THREAD)));
}

JNIEXPORT jboolean JNICALL JVM_IsRecord(JNIEnv* env, jclass cls) {
  // InstanceKlass::is_record: a Record attribute, final, and java.lang.Record as superclass.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(cls));
  return k != nullptr && k->parsed()->is_record && (k->access_flags() & JVM_ACC_FINAL) && k->super() != nullptr &&
         k->super()->name()->equals("java/lang/Record");
}

JNIEXPORT jobjectArray JNICALL JVM_GetRecordComponents(JNIEnv* env, jclass ofClass) {
  // RecordComponent objects with their fields set directly (the class has only a private
  // no-argument constructor), accessor = the public no-argument method of the same name.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  if (k == nullptr || !k->parsed()->is_record) return nullptr;
  HandleMark hm(THREAD);
  auto v13_ = SystemDictionary::resolve_boot("java/lang/reflect/RecordComponent", CHECK_NULL);
  InstanceKlass* rc = InstanceKlass_cast(v13_);
  SystemDictionary::initialize_class(rc, CHECK_NULL);
  static const int clazz_off = find_field_offset(rc, "clazz", "Ljava/lang/Class;");
  static const int name_off = find_field_offset(rc, "name", "Ljava/lang/String;");
  static const int type_off = find_field_offset(rc, "type", "Ljava/lang/Class;");
  static const int accessor_off = find_field_offset(rc, "accessor", "Ljava/lang/reflect/Method;");
  static const int sig_off = find_field_offset(rc, "signature", "Ljava/lang/String;");
  static const int ann_off = find_field_offset(rc, "annotations", "[B");
  static const int tann_off = find_field_offset(rc, "typeAnnotations", "[B");
  const auto& comps = k->parsed()->record_components;
  Klass* ak = SystemDictionary::array_klass_of(rc, CHECK_NULL);
  auto v14_ = oopFactory::new_array(ak, int(comps.size()), CHECK_NULL);
  Handle result(THREAD, v14_);
  for (size_t i = 0; i < comps.size(); i++) {
    const RecordComponentInfo& c = comps[i];
    auto v15_ = oopFactory::new_instance(rc, CHECK_NULL);
    Handle obj(THREAD, v15_);
    oop_store_at(obj(), clazz_off, k->java_mirror());
    oop name = StringTable::intern(c.name->bytes(), c.name->length(), CHECK_NULL);
    oop_store_at(obj(), name_off, name);
    oop type = Reflection::mirror_for_descriptor(c.descriptor->view(), k, CHECK_NULL);
    oop_store_at(obj(), type_off, type);
    Method* acc = k->find_local_method(c.name, SymbolTable::lookup("()" + c.descriptor->str()));
    if (acc != nullptr) {
      oop m = Reflection::new_method(acc, CHECK_NULL);
      oop_store_at(obj(), accessor_off, m);
    }
    if (c.generic_signature != nullptr) {
      oop s = string_from(c.generic_signature, CHECK_NULL);
      oop_store_at(obj(), sig_off, s);
    }
    oop a = raw_bytes(c.annotations, CHECK_NULL);
    oop_store_at(obj(), ann_off, a);
    oop ta = raw_bytes(c.type_annotations, CHECK_NULL);
    oop_store_at(obj(), tann_off, ta);
    obj_array_put(result(), int(i), obj());
  }
  return static_cast<jobjectArray>(local(THREAD, result()));
}

// ---- Finding and defining classes ---------------------------------------------------------------

JNIEXPORT jclass JNICALL JVM_FindPrimitiveClass(JNIEnv* env, const char* utf) {
  JNI_ENTRY_BODY(env);
  for (int t = T_BOOLEAN; t <= T_VOID; t++) {
    if (t == T_OBJECT || t == T_ARRAY) continue;
    if (strcmp(type2name(BasicType(t)), utf) == 0)
      return static_cast<jclass>(local(THREAD, java_lang_Class::primitive_mirror(BasicType(t))));
  }
  Exceptions::throw_msg(THREAD, "java/lang/ClassNotFoundException", utf);
  return nullptr;
}

JNIEXPORT jclass JNICALL JVM_FindClassFromBootLoader(JNIEnv* env, const char* name) {
  // Null (no exception) when the boot loader does not have it.
  JNI_ENTRY_BODY(env);
  if (name == nullptr || strlen(name) > 0xffff) return nullptr;
  Klass* k = SystemDictionary::resolve_or_null(SymbolTable::lookup(name), ClassLoaderData::boot(), CHECK_NULL);
  return k == nullptr ? nullptr : static_cast<jclass>(local(THREAD, k->java_mirror()));
}

JNIEXPORT jclass JNICALL JVM_FindClassFromCaller(JNIEnv* env, const char* name, jboolean init, jobject loader,
                                                 jclass caller) {
  // Class.forName0: ClassNotFoundException (dotted name) when absent; initialized if asked.
  JNI_ENTRY_BODY(env);
  if (name == nullptr || strlen(name) > 0xffff) {
    Exceptions::throw_msg(THREAD, "java/lang/ClassNotFoundException", name);
    return nullptr;
  }
  oop l = resolve(loader);
  ClassLoaderData* cld = l == nullptr ? ClassLoaderData::boot() : ClassLoaderData::for_loader(l);
  Klass* k = SystemDictionary::resolve_or_null(SymbolTable::lookup(name), cld, CHECK_NULL);
  if (k == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/ClassNotFoundException", external_name(name).c_str());
    return nullptr;
  }
  if (init && k->is_instance_klass()) SystemDictionary::initialize_class(InstanceKlass_cast(k), CHECK_NULL);
  return static_cast<jclass>(local(THREAD, k->java_mirror()));
}

JNIEXPORT jclass JNICALL JVM_FindClassFromClass(JNIEnv* env, const char* name, jboolean init, jclass from) {
  JNI_ENTRY_BODY(env);
  Klass* fk = klass(resolve(from));
  oop loader = fk != nullptr && fk->class_loader_data() != nullptr ? fk->class_loader_data()->loader() : nullptr;
  jobject l = local(THREAD, loader);
  return JVM_FindClassFromCaller(env, name, init, l, from);
}

JNIEXPORT jclass JNICALL JVM_FindLoadedClass(JNIEnv* env, jobject loader, jstring name) {
  // A class for which `loader` is the defining or an initiating loader, else null.
  JNI_ENTRY_BODY(env);
  oop s = resolve(name);
  if (s == nullptr) return nullptr;
  std::string n = java_lang_String::as_utf8(s);
  for (char& c : n) if (c == '.') c = '/';
  if (n.size() > 0xffff) return nullptr;
  Symbol* sym = SymbolTable::probe(n);
  if (sym == nullptr) return nullptr;
  oop l = resolve(loader);
  ClassLoaderData* cld = l == nullptr ? ClassLoaderData::boot() : ClassLoaderData::for_loader(l);
  Klass* k = cld->find(sym);
  return k == nullptr ? nullptr : static_cast<jclass>(local(THREAD, k->java_mirror()));
}

JNIEXPORT jclass JNICALL JVM_DefineClassWithSource(JNIEnv* env, const char* name, jobject loader, const jbyte* buf,
                                                   jsize len, jobject pd, const char* source) {
  JNI_ENTRY_BODY(env);
  if (len < 0) {
    Exceptions::throw_msg(THREAD, "java/lang/ClassFormatError", "Invalid length");
    return nullptr;
  }
  oop l = resolve(loader);
  ClassLoaderData* cld = l == nullptr ? ClassLoaderData::boot() : ClassLoaderData::for_loader(l);
  InstanceKlass* k = SystemDictionary::define_class(reinterpret_cast<const u1*>(buf), size_t(len), name, cld, CHECK_NULL);
  oop mirror = k->java_mirror();
  if (mirror != nullptr) {
    if (pd != nullptr) oop_store_at(mirror, java_lang_Class::protection_domain_offset, resolve(pd));
    if (mirror->obj_field(java_lang_Class::module_offset) == nullptr) {
      oop m = module_for_class(k);
      if (m != nullptr) oop_store_at(mirror, java_lang_Class::module_offset, m);
    }
  }
  return static_cast<jclass>(local(THREAD, mirror));
}

JNIEXPORT jclass JNICALL JVM_DefineClass(JNIEnv* env, const char* name, jobject loader, const jbyte* buf, jsize len,
                                         jobject pd) {
  return JVM_DefineClassWithSource(env, name, loader, buf, len, pd, nullptr);
}

JNIEXPORT jclass JNICALL JVM_LookupDefineClass(JNIEnv* env, jclass lookup, const char* name, const jbyte* buf,
                                               jsize len, jobject pd, jboolean init, int flags, jobject classData) {
  // Lookup.defineClass (flags without HIDDEN_CLASS = 0x2): a normal class in the lookup class's
  // loader and protection domain. Hidden classes are not supported yet.
  constexpr int kHiddenClass = 0x2;
  {
    JNI_ENTRY_BODY(env);
    if (resolve(lookup) == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Lookup class is null");
      return nullptr;
    }
    if (flags & kHiddenClass) {
      // Lookup.defineHiddenClass (JEP 371): MethodHandleNatives.Constants NESTMATE_CLASS = 1.
      constexpr int kNestmateClass = 0x1;
      InstanceKlass* lk = InstanceKlass_cast(klass(resolve(lookup)));
      InstanceKlass* k = SystemDictionary::define_hidden_class(reinterpret_cast<const u1*>(buf), size_t(len), lk,
                                                               flags & kNestmateClass, CHECK_NULL);
      static int class_data_offset = find_field_offset(vmClasses::Class_klass(), "classData", "Ljava/lang/Object;");
      oop_store_at(k->java_mirror(), class_data_offset, resolve(classData));
      if (init) {
        SystemDictionary::initialize_class(k, CHECK_NULL);
      } else {
        SystemDictionary::link_class(k, CHECK_NULL);
      }
      return static_cast<jclass>(local(THREAD, k->java_mirror()));
    }
  }
  jobject loader;
  jobject domain;
  {
    JNI_ENTRY_BODY(env);
    Klass* lk = klass(resolve(lookup));
    loader = local(THREAD, lk->class_loader_data()->loader());
    domain = local(THREAD, lk->java_mirror()->obj_field(java_lang_Class::protection_domain_offset));
  }
  jclass c = JVM_DefineClassWithSource(env, name, loader, buf, len, domain, nullptr);
  if (c != nullptr && init) {
    JNI_ENTRY_BODY(env);
    SystemDictionary::initialize_class(InstanceKlass_cast(klass(resolve(c))), CHECK_NULL);
  }
  return c;
}

// ---- Assertions ----------------------------------------------------------------------------------

JNIEXPORT jboolean JNICALL JVM_DesiredAssertionStatus(JNIEnv* env, jclass unused, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass(resolve(cls));
  if (k == nullptr) return JNI_FALSE;
  if (k->is_array_klass()) return JNI_FALSE;
  bool system = k->class_loader_data() == nullptr || k->class_loader_data()->is_boot();
  return assertion_status(external_name(k->name()->view()), system);
}

JNIEXPORT jobject JNICALL JVM_AssertionStatusDirectives(JNIEnv* env, jclass unused) {
  // java.lang.AssertionStatusDirectives in command-line order (later entries override earlier).
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  auto v17_ = SystemDictionary::resolve_boot("java/lang/AssertionStatusDirectives", CHECK_NULL);
  InstanceKlass* k = InstanceKlass_cast(v17_);
  std::vector<const AssertionOption*> classes, pkgs;
  if (jvm_arguments() != nullptr)
    for (const AssertionOption& o : jvm_arguments()->assertion_options()) (o.package ? pkgs : classes).push_back(&o);
  auto v18_ = JavaCalls::construct(k, "()V", JavaArgs(), CHECK_NULL);
  Handle obj(THREAD, v18_);
  auto fill = [&](const std::vector<const AssertionOption*>& v, const char* names, const char* enabled) {
    Handle a(THREAD, new_string_array(int(v.size()), THREAD));
    if (HAS_PENDING_EXCEPTION) return;
    for (size_t i = 0; i < v.size(); i++) {
      oop s = java_lang_String::create_from_utf8(v[i]->name.c_str(), THREAD);
      if (HAS_PENDING_EXCEPTION) return;
      obj_array_put(a(), int(i), s);
    }
    oop_store_at(obj(), find_field_offset(k, names, "[Ljava/lang/String;"), a());
    arrayOop b = oopFactory::new_typeArray(T_BOOLEAN, int(v.size()), THREAD);
    if (HAS_PENDING_EXCEPTION) return;
    for (size_t i = 0; i < v.size(); i++) b->elements<jboolean>()[i] = v[i]->enabled;
    oop_store_at(obj(), find_field_offset(k, enabled, "[Z"), b);
  };
  fill(classes, "classes", "classEnabled");
  if (HAS_PENDING_EXCEPTION) return nullptr;
  fill(pkgs, "packages", "packageEnabled");
  if (HAS_PENDING_EXCEPTION) return nullptr;
  obj()->put<jboolean>(find_field_offset(k, "deflt", "Z"), jvm_arguments() != nullptr && jvm_arguments()->user_assertions_default());
  return local(THREAD, obj());
}

// ---- jdk.internal.reflect.ConstantPool -------------------------------------------------------------

JNIEXPORT jobject JNICALL JVM_GetClassConstantPool(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Handle mirror(THREAD, resolve(cls));
  if (instance_klass(mirror()) == nullptr) return nullptr;
  auto v19_ = SystemDictionary::resolve_boot("jdk/internal/reflect/ConstantPool", CHECK_NULL);
  InstanceKlass* k = InstanceKlass_cast(v19_);
  oop cp = JavaCalls::construct(k, "()V", JavaArgs(), CHECK_NULL);
  oop_store_at(cp, find_field_offset(k, "constantPoolOop", "Ljava/lang/Object;"), mirror());
  return local(THREAD, cp);
}

JNIEXPORT jint JNICALL JVM_ConstantPoolGetSize(JNIEnv* env, jobject unused, jobject jcpool) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  return k == nullptr ? 0 : k->constants()->length();
}

JNIEXPORT jclass JNICALL JVM_ConstantPoolGetClassAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_class_at(env, jcpool, index, true);
}

JNIEXPORT jclass JNICALL JVM_ConstantPoolGetClassAtIfLoaded(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_class_at(env, jcpool, index, false);
}

// jvm.h names the two object arguments of this one and of the NameAndType ones the other way
// round, but libjava passes (ConstantPool object, constantPoolOop) to all of them alike.
JNIEXPORT jint JNICALL JVM_ConstantPoolGetClassRefIndexAt(JNIEnv* env, jobject obj, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_Fieldref, JVM_CONSTANT_Methodref, JVM_CONSTANT_InterfaceMethodref}))
    return 0;
  return k->constants()->member_class_index(index);
}

JNIEXPORT jobject JNICALL JVM_ConstantPoolGetMethodAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_member_at(env, jcpool, index, true, false);
}
JNIEXPORT jobject JNICALL JVM_ConstantPoolGetMethodAtIfLoaded(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_member_at(env, jcpool, index, false, false);
}
JNIEXPORT jobject JNICALL JVM_ConstantPoolGetFieldAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_member_at(env, jcpool, index, true, true);
}
JNIEXPORT jobject JNICALL JVM_ConstantPoolGetFieldAtIfLoaded(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  return cp_member_at(env, jcpool, index, false, true);
}

JNIEXPORT jobjectArray JNICALL JVM_ConstantPoolGetMemberRefInfoAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  // {class name (internal form), member name, descriptor}.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_Fieldref, JVM_CONSTANT_Methodref, JVM_CONSTANT_InterfaceMethodref}))
    return nullptr;
  ConstantPool* cp = k->constants();
  HandleMark hm(THREAD);
  auto v20_ = new_string_array(3, CHECK_NULL);
  Handle a(THREAD, v20_);
  Symbol* parts[3] = {cp->member_class_name(index), cp->member_name(index), cp->member_signature(index)};
  for (int i = 0; i < 3; i++) {
    oop s = string_from(parts[i], CHECK_NULL);
    obj_array_put(a(), i, s);
  }
  return static_cast<jobjectArray>(local(THREAD, a()));
}

JNIEXPORT jint JNICALL JVM_ConstantPoolGetNameAndTypeRefIndexAt(JNIEnv* env, jobject obj, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_Fieldref, JVM_CONSTANT_Methodref, JVM_CONSTANT_InterfaceMethodref,
                                 JVM_CONSTANT_Dynamic, JVM_CONSTANT_InvokeDynamic}))
    return 0;
  return k->constants()->high_at(index);
}

JNIEXPORT jobjectArray JNICALL JVM_ConstantPoolGetNameAndTypeRefInfoAt(JNIEnv* env, jobject obj, jobject jcpool,
                                                                       jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_NameAndType})) return nullptr;
  ConstantPool* cp = k->constants();
  HandleMark hm(THREAD);
  auto v21_ = new_string_array(2, CHECK_NULL);
  Handle a(THREAD, v21_);
  oop n = string_from(cp->nat_name(index), CHECK_NULL);
  obj_array_put(a(), 0, n);
  oop s = string_from(cp->nat_signature(index), CHECK_NULL);
  obj_array_put(a(), 1, s);
  return static_cast<jobjectArray>(local(THREAD, a()));
}

JNIEXPORT jint JNICALL JVM_ConstantPoolGetIntAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  return cp_tag(THREAD, k, index, {JVM_CONSTANT_Integer}) ? k->constants()->int_at(index) : 0;
}

JNIEXPORT jlong JNICALL JVM_ConstantPoolGetLongAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  return cp_tag(THREAD, k, index, {JVM_CONSTANT_Long}) ? k->constants()->long_at(index) : 0;
}

JNIEXPORT jfloat JNICALL JVM_ConstantPoolGetFloatAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  return cp_tag(THREAD, k, index, {JVM_CONSTANT_Float}) ? k->constants()->float_at(index) : 0.0f;
}

JNIEXPORT jdouble JNICALL JVM_ConstantPoolGetDoubleAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  return cp_tag(THREAD, k, index, {JVM_CONSTANT_Double}) ? k->constants()->double_at(index) : 0.0;
}

JNIEXPORT jstring JNICALL JVM_ConstantPoolGetStringAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  // The interned String, as ldc would give.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_String})) return nullptr;
  Symbol* s = k->constants()->string_at(index);
  auto v22_ = StringTable::intern(s->bytes(), s->length(), CHECK_NULL);
  return static_cast<jstring>(local(THREAD, v22_));
}

JNIEXPORT jstring JNICALL JVM_ConstantPoolGetUTF8At(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_tag(THREAD, k, index, {JVM_CONSTANT_Utf8})) return nullptr;
  auto v23_ = string_from(k->constants()->symbol_at(index), CHECK_NULL);
  return static_cast<jstring>(local(THREAD, v23_));
}

JNIEXPORT jbyte JNICALL JVM_ConstantPoolGetTagAt(JNIEnv* env, jobject unused, jobject jcpool, jint index) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = cp_holder(jcpool);
  if (!cp_check(THREAD, k, index)) return 0;
  return jbyte(k->constants()->tag_at(index));
}

}  // extern "C"
