// MemberName resolution, the MethodHandleNatives natives, and the VM side of invokedynamic and
// invokehandle linkage (JVMS §5.4.3.5, §5.4.3.6; HotSpot's methodHandles.cpp, facts only).
#include "prims/methodHandles.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/javaCalls.hpp"

#include <vector>

using JLI = java_lang_invoke;

namespace {
// MethodHandleNatives.Constants
constexpr jint MN_IS_METHOD = 0x00010000, MN_IS_CONSTRUCTOR = 0x00020000, MN_IS_FIELD = 0x00040000;
constexpr jint MN_CALLER_SENSITIVE = 0x00100000, MN_TRUSTED_FINAL = 0x00200000;
constexpr int MN_REFERENCE_KIND_SHIFT = 24, MN_REFERENCE_KIND_MASK = 0xF;
enum RefKind { REF_getField = 1, REF_getStatic, REF_putField, REF_putStatic, REF_invokeVirtual,
               REF_invokeStatic, REF_invokeSpecial, REF_newInvokeSpecial, REF_invokeInterface };
constexpr jint RECOGNIZED_MODIFIERS = 0x0dff;  // JVM_RECOGNIZED_METHOD_MODIFIERS & field ones

// Loaded at boot (a vmClass), so naming it here never loads a class, which could collect while
// a caller holds raw oops in its JavaArgs.
InstanceKlass* mhn_klass() { return vmClasses::MethodHandleNatives_klass(); }

// The field descriptor of a class mirror: "I", "Ljava/lang/String;", "[I".
std::string descriptor_of_mirror(oop mirror) {
  BasicType t = java_lang_Class::primitive_type(mirror);
  if (t != T_ILLEGAL) return std::string(1, type2char(t));
  Klass* k = java_lang_Class::as_klass(mirror);
  if (k->is_array_klass()) return k->name()->str();
  return "L" + k->name()->str() + ";";
}

// The class mirror for one field descriptor, resolved by `loader`.
oop mirror_for_descriptor(std::string_view d, ClassLoaderData* loader, TRAPS) {
  BasicType t = char2type(d[0]);
  if (t != T_OBJECT && t != T_ARRAY) return java_lang_Class::primitive_mirror(t);
  std::string_view name = t == T_OBJECT ? d.substr(1, d.size() - 2) : d;
  Klass* k = SystemDictionary::resolve_or_fail(SymbolTable::lookup(name), loader, CHECK_NULL);
  return k->java_mirror();
}

// Splits "(IJLjava/lang/String;)V" into parameter descriptors and the return descriptor.
void split_method_descriptor(std::string_view sig, std::vector<std::string_view>* params, std::string_view* ret) {
  size_t i = 1;
  auto one = [&]() {
    size_t start = i;
    while (sig[i] == '[') i++;
    if (sig[i] == 'L') i = sig.find(';', i);
    i++;
    return sig.substr(start, i - start);
  };
  while (sig[i] != ')') params->push_back(one());
  i++;
  *ret = one();
}

Handle make_resolved_method_name(JavaThread* THREAD, Method* m) {
  InstanceKlass* rmn = InstanceKlass_cast(SystemDictionary::resolve_boot("java/lang/invoke/ResolvedMethodName", THREAD));
  if (HAS_PENDING_EXCEPTION) return Handle();
  oop o = oopFactory::new_instance(rmn, THREAD);
  if (o == nullptr) return Handle();
  o->put<jlong>(JLI::ResolvedMethodName_vmtarget, reinterpret_cast<jlong>(m));
  oop_store_at(o, JLI::ResolvedMethodName_vmholder, m->holder()->java_mirror());
  return Handle(THREAD, o);
}

// Fills a MemberName for method m invoked with ref_kind (HotSpot's MethodHandles::init_method_MemberName).
void init_method_member_name(JavaThread* THREAD, Handle mn, Method* m, int ref_kind) {
  jint flags = jint(m->access_flags()) & RECOGNIZED_MODIFIERS;
  bool is_ctor = m->name()->equals("<init>");
  if (is_ctor) {
    ref_kind = REF_newInvokeSpecial;
    flags |= MN_IS_CONSTRUCTOR;
  } else {
    flags |= MN_IS_METHOD;
    if (m->is_static()) ref_kind = REF_invokeStatic;
    else if (ref_kind == REF_invokeVirtual && (m->is_private() || m->is_final() || (m->holder()->access_flags() & JVM_ACC_FINAL)) &&
             !m->holder()->is_interface())
      ref_kind = REF_invokeSpecial;  // no dispatch needed (HotSpot does the same)
    else if (ref_kind == REF_invokeInterface && !m->holder()->is_interface())
      ref_kind = REF_invokeVirtual;
  }
  flags |= ref_kind << MN_REFERENCE_KIND_SHIFT;
  Handle rmn = make_resolved_method_name(THREAD, m);
  if (HAS_PENDING_EXCEPTION) return;
  mn()->put<jint>(JLI::MemberName_flags, flags);
  oop_store_at(mn(), JLI::MemberName_method, rmn());
  oop_store_at(mn(), JLI::MemberName_clazz, m->holder()->java_mirror());
  mn()->put<jlong>(JLI::MemberName_vmindex, m->_vtable_index >= 0 ? m->_vtable_index : -1);
}

void init_field_member_name(JavaThread* THREAD, Handle mn, InstanceKlass* holder, int index, bool is_setter) {
  const FieldInfo& f = holder->field_at(index);
  bool is_static = f.access_flags & JVM_ACC_STATIC;
  int ref_kind = is_static ? (is_setter ? REF_putStatic : REF_getStatic) : (is_setter ? REF_putField : REF_getField);
  jint flags = jint(f.access_flags) & RECOGNIZED_MODIFIERS;
  flags |= MN_IS_FIELD | (ref_kind << MN_REFERENCE_KIND_SHIFT);
  // Trusted finals (JDK 17): static finals, and finals of records and hidden classes.
  if ((f.access_flags & JVM_ACC_FINAL) && (is_static || holder->parsed()->is_record)) flags |= MN_TRUSTED_FINAL;
  mn()->put<jint>(JLI::MemberName_flags, flags);
  oop_store_at(mn(), JLI::MemberName_clazz, holder->java_mirror());
  mn()->put<jlong>(JLI::MemberName_vmindex, jlong(f.offset));
  (void)THREAD;
}

Method* lookup_method(InstanceKlass* k, Symbol* name, Symbol* sig, int ref_kind) {
  Method* m = nullptr;
  if (ref_kind == REF_invokeInterface || (k->is_interface() && ref_kind != REF_invokeStatic)) {
    m = k->find_local_method(name, sig);
    if (m == nullptr) m = k->lookup_method_in_interfaces(name, sig);
    if (m == nullptr) m = vmClasses::Object_klass()->find_local_method(name, sig);
  } else {
    m = k->lookup_method_in_classes(name, sig);
    if (m == nullptr) m = k->lookup_method_in_interfaces(name, sig);
  }
  return m;
}

// MethodHandles::resolve_MemberName: the member a MemberName names (clazz, name, type, flags).
oop resolve_member_name(JavaThread* THREAD, Handle mn, bool speculative) {
  JLI::compute_offsets();
  if (HAS_PENDING_EXCEPTION) return nullptr;
  oop clazz = mn()->obj_field(JLI::MemberName_clazz);
  oop name_str = mn()->obj_field(JLI::MemberName_name);
  oop type = mn()->obj_field(JLI::MemberName_type);
  jint flags = mn()->get<jint>(JLI::MemberName_flags);
  if (clazz == nullptr || name_str == nullptr || type == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "nothing to resolve");
    return nullptr;
  }
  Klass* k = java_lang_Class::as_klass(clazz);
  if (k == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "primitive class");
    return nullptr;
  }
  InstanceKlass* ik = k->is_instance_klass() ? InstanceKlass_cast(k) : vmClasses::Object_klass();
  SystemDictionary::link_class(ik, CHECK_NULL);
  std::string name = java_lang_String::as_utf8(name_str);
  int ref_kind = (flags >> MN_REFERENCE_KIND_SHIFT) & MN_REFERENCE_KIND_MASK;
  // type: a MethodType, a Class (fields) or a descriptor String.
  std::string sig;
  if (type->klass() == vmClasses::String_klass()) sig = java_lang_String::as_utf8(type);
  else if (type->klass() == vmClasses::Class_klass()) sig = descriptor_of_mirror(type);
  else sig = MethodHandles::method_type_descriptor(type);
  Symbol* name_sym = SymbolTable::lookup(name);
  Symbol* sig_sym = SymbolTable::lookup(sig);

  if (flags & MN_IS_FIELD) {
    int index = -1;
    InstanceKlass* holder = ik->find_field(name_sym, sig_sym, &index);
    if (holder == nullptr) {
      if (speculative) return nullptr;
      Exceptions::throw_msg(THREAD, "java/lang/NoSuchFieldError", name.c_str());
      return nullptr;
    }
    init_field_member_name(THREAD, mn, holder, index, ref_kind == REF_putField || ref_kind == REF_putStatic);
    return mn();
  }
  Method* m = nullptr;
  // Signature-polymorphic methods of MethodHandle/VarHandle match any descriptor (JVMS §2.9.3).
  m = MethodHandles::find_signature_polymorphic(ik, name_sym);
  if (m == nullptr) m = lookup_method(ik, name_sym, sig_sym, ref_kind);
  if (m == nullptr || (ref_kind == REF_invokeStatic) != m->is_static()) {
    if (speculative) return nullptr;
    std::string msg = "'" + ik->name()->str() + "." + name + sig + "'";
    for (char& c : msg) if (c == '/') c = '.';
    Exceptions::throw_msg(THREAD, m == nullptr ? "java/lang/NoSuchMethodError" : "java/lang/IncompatibleClassChangeError", msg.c_str());
    return nullptr;
  }
  init_method_member_name(THREAD, mn, m, ref_kind);
  return HAS_PENDING_EXCEPTION ? nullptr : mn();
}

// ---- MethodHandleNatives natives (JNI ABI) ------------------------------------------------------

void JNICALL MHN_init(JNIEnv* env, jclass, jobject mname, jobject ref) {
  JNI_ENTRY_BODY(env);
  JLI::compute_offsets();
  Handle mn(THREAD, JNIHandles::resolve(mname));
  oop r = JNIHandles::resolve(ref);
  std::string cls = r->klass()->name()->str();
  Klass* holder = java_lang_Class::as_klass(r->obj_field(find_field_offset(r->klass(), "clazz", "Ljava/lang/Class;")));
  int slot = r->get<jint>(find_field_offset(r->klass(), "slot", "I"));
  InstanceKlass* ik = InstanceKlass_cast(holder);
  if (cls == "java/lang/reflect/Field") {
    init_field_member_name(THREAD, mn, ik, slot, false);
  } else {
    Method* m = ik->method_at(slot);
    int ref_kind = m->is_static() ? REF_invokeStatic : ik->is_interface() ? REF_invokeInterface : REF_invokeVirtual;
    init_method_member_name(THREAD, mn, m, ref_kind);
  }
}

void JNICALL MHN_expand(JNIEnv* env, jclass, jobject mname) {
  JNI_ENTRY_BODY(env);
  Handle mn(THREAD, JNIHandles::resolve(mname));
  oop rmn = mn()->obj_field(JLI::MemberName_method);
  if (rmn == nullptr) return;
  Method* m = reinterpret_cast<Method*>(rmn->get<jlong>(JLI::ResolvedMethodName_vmtarget));
  if (mn()->obj_field(JLI::MemberName_name) == nullptr) {
    oop s = StringTable::intern(m->name()->bytes(), m->name()->length(), THREAD);
    if (!HAS_PENDING_EXCEPTION) oop_store_at(mn(), JLI::MemberName_name, s);
  }
  if (mn()->obj_field(JLI::MemberName_type) == nullptr) {
    oop s = StringTable::intern(m->signature()->bytes(), m->signature()->length(), THREAD);
    if (!HAS_PENDING_EXCEPTION) oop_store_at(mn(), JLI::MemberName_type, s);
  }
}

jobject JNICALL MHN_resolve(JNIEnv* env, jclass, jobject mname, jclass caller, jint lookup_mode, jboolean speculative) {
  JNI_ENTRY_BODY(env);
  Handle mn(THREAD, JNIHandles::resolve(mname));
  oop r = resolve_member_name(THREAD, mn, speculative);
  if (HAS_PENDING_EXCEPTION) {
    if (speculative) { THREAD->clear_pending_exception(); }
    return nullptr;
  }
  return JNIHandles::make_local(THREAD, r);
}

jint JNICALL MHN_getMembers(JNIEnv* env, jclass, jclass, jstring, jstring, jint, jclass, jint, jobjectArray) {
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "MethodHandleNatives.getMembers not implemented yet");
  return 0;
}

jlong JNICALL MHN_fieldOffset(JNIEnv* env, jclass, jobject mname) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::resolve(mname)->get<jlong>(JLI::MemberName_vmindex);
}

jobject JNICALL MHN_staticFieldBase(JNIEnv* env, jclass, jobject mname) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_local(THREAD, JNIHandles::resolve(mname)->obj_field(JLI::MemberName_clazz));
}

jobject JNICALL MHN_getMemberVMInfo(JNIEnv* env, jclass, jobject mname) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle mn(THREAD, JNIHandles::resolve(mname));
  JavaArgs args;
  args.push_long(mn()->get<jlong>(JLI::MemberName_vmindex));
  JavaValue boxed;
  JavaCalls::call_static(&boxed, vmClasses::Long_klass(), "valueOf", "(J)Ljava/lang/Long;", args, CHECK_NULL);
  Handle index(THREAD, boxed.v.l);
  arrayOop a = oopFactory::new_objArray(vmClasses::Object_klass(), 2, CHECK_NULL);
  oop_store(&a->elements<narrowOop>()[0], index());
  oop_store(&a->elements<narrowOop>()[1], mn()->obj_field(JLI::MemberName_clazz));
  return JNIHandles::make_local(THREAD, a);
}

void JNICALL MHN_setCallSiteTarget(JNIEnv* env, jclass, jobject site, jobject target) {
  JNI_ENTRY_BODY(env);
  std::atomic_thread_fence(std::memory_order_seq_cst);
  oop_store_at(JNIHandles::resolve(site), JLI::CallSite_target, JNIHandles::resolve(target));
  std::atomic_thread_fence(std::memory_order_seq_cst);
}

void JNICALL MHN_copyOutBootstrapArguments(JNIEnv* env, jclass, jclass caller, jintArray index_info, jint start,
                                           jint end, jobjectArray buf, jint pos, jboolean resolve, jobject if_na) {
  JNI_ENTRY_BODY(env);
  // jvmlab always passes bootstrap arguments resolved (never the int[] "pull" form).
  Exceptions::throw_msg(THREAD, "java/lang/InternalError", "copyOutBootstrapArguments: arguments are always pushed");
}

void JNICALL MHN_clearCallSiteContext(JNIEnv*, jclass, jobject) {}

jint JNICALL MHN_getNamedCon(JNIEnv*, jclass, jint, jobjectArray) { return 0; }  // no constants to verify

void JNICALL MHN_registerNatives(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = java_lang_Class::as_klass(JNIHandles::resolve(cls));
  struct { const char* name; const char* sig; void* fn; } natives[] = {
    {"init", "(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V", (void*)MHN_init},
    {"expand", "(Ljava/lang/invoke/MemberName;)V", (void*)MHN_expand},
    {"resolve", "(Ljava/lang/invoke/MemberName;Ljava/lang/Class;IZ)Ljava/lang/invoke/MemberName;", (void*)MHN_resolve},
    {"getMembers", "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;ILjava/lang/Class;I[Ljava/lang/invoke/MemberName;)I", (void*)MHN_getMembers},
    {"objectFieldOffset", "(Ljava/lang/invoke/MemberName;)J", (void*)MHN_fieldOffset},
    {"staticFieldOffset", "(Ljava/lang/invoke/MemberName;)J", (void*)MHN_fieldOffset},
    {"staticFieldBase", "(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;", (void*)MHN_staticFieldBase},
    {"getMemberVMInfo", "(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;", (void*)MHN_getMemberVMInfo},
    {"setCallSiteTargetNormal", "(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V", (void*)MHN_setCallSiteTarget},
    {"setCallSiteTargetVolatile", "(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V", (void*)MHN_setCallSiteTarget},
    {"copyOutBootstrapArguments", "(Ljava/lang/Class;[III[Ljava/lang/Object;IZLjava/lang/Object;)V", (void*)MHN_copyOutBootstrapArguments},
    {"clearCallSiteContext", "(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V", (void*)MHN_clearCallSiteContext},
    {"getNamedCon", "(I[Ljava/lang/Object;)I", (void*)MHN_getNamedCon},
  };
  for (auto& n : natives) NativeLookup::register_native(k, n.name, n.sig, n.fn);
}
}  // namespace

// ---- Public API -------------------------------------------------------------------------------------

void MethodHandles::register_special_natives() {
  NativeLookup::register_special("Java_java_lang_invoke_MethodHandleNatives_registerNatives", (void*)MHN_registerNatives);
}

bool MethodHandles::is_signature_polymorphic(const Method* m) {
  // JVMS §2.9.3: declared in MethodHandle or VarHandle, native, varargs (and, for MethodHandle's
  // invokeBasic/linkTo*, the VM-internal ones which are native without varargs).
  if (m == nullptr || !m->is_native()) return false;
  Symbol* h = m->holder()->name();
  if (!h->equals("java/lang/invoke/MethodHandle") && !h->equals("java/lang/invoke/VarHandle")) return false;
  return m->is_varargs() || intrinsic_of(m) != MHIntrinsic::None;
}

Method* MethodHandles::find_signature_polymorphic(InstanceKlass* k, Symbol* name) {
  if (!k->name()->equals("java/lang/invoke/MethodHandle") && !k->name()->equals("java/lang/invoke/VarHandle")) return nullptr;
  for (int i = 0; i < k->methods_count(); i++) {
    Method* c = k->method_at(i);
    if (c->name() == name && is_signature_polymorphic(c)) return c;
  }
  return nullptr;
}

MHIntrinsic MethodHandles::intrinsic_of(const Method* m) {
  if (!m->holder()->name()->equals("java/lang/invoke/MethodHandle")) {
    return m->holder()->name()->equals("java/lang/invoke/VarHandle") && m->is_native() ? MHIntrinsic::Invoker : MHIntrinsic::None;
  }
  std::string_view n = m->name()->view();
  if (n == "invokeBasic") return MHIntrinsic::InvokeBasic;
  if (n == "linkToStatic") return MHIntrinsic::LinkToStatic;
  if (n == "linkToSpecial") return MHIntrinsic::LinkToSpecial;
  if (n == "linkToVirtual") return MHIntrinsic::LinkToVirtual;
  if (n == "linkToInterface") return MHIntrinsic::LinkToInterface;
  if (n == "linkToNative") return MHIntrinsic::None;
  return m->is_native() && m->is_varargs() ? MHIntrinsic::Invoker : MHIntrinsic::None;
}

void MethodHandles::init_method_member_name(Handle member_name, Method* m, TRAPS) {
  JLI::compute_offsets();
  if (HAS_PENDING_EXCEPTION) return;
  int ref_kind = m->holder()->is_interface() ? REF_invokeInterface : REF_invokeVirtual;
  ::init_method_member_name(THREAD, member_name, m, ref_kind);
}

Method* MethodHandles::vmtarget(oop member_name) {
  oop rmn = member_name->obj_field(JLI::MemberName_method);
  return rmn == nullptr ? nullptr : reinterpret_cast<Method*>(rmn->get<jlong>(JLI::ResolvedMethodName_vmtarget));
}

std::string MethodHandles::method_type_descriptor(oop mt) {
  std::string d = "(";
  arrayOop ptypes = static_cast<arrayOop>(mt->obj_field(JLI::MethodType_ptypes));
  for (int i = 0; i < ptypes->length(); i++)
    d += descriptor_of_mirror(CompressedOops::decode(ptypes->elements<narrowOop>()[i]));
  d += ")";
  d += descriptor_of_mirror(mt->obj_field(JLI::MethodType_rtype));
  return d;
}

oop MethodHandles::resolve_method_type(InstanceKlass* caller, Symbol* descriptor, TRAPS) {
  JLI::compute_offsets();
  if (HAS_PENDING_EXCEPTION) return nullptr;
  HandleMark hm(THREAD);
  std::vector<std::string_view> params;
  std::string_view ret;
  split_method_descriptor(descriptor->view(), &params, &ret);
  ClassLoaderData* loader = caller->class_loader_data();
  oop rtype_oop = mirror_for_descriptor(ret, loader, CHECK_NULL);
  Handle rtype(THREAD, rtype_oop);
  oop ptypes_oop = oopFactory::new_objArray(vmClasses::Class_klass(), int(params.size()), CHECK_NULL);
  Handle ptypes(THREAD, ptypes_oop);
  for (size_t i = 0; i < params.size(); i++) {
    oop m = mirror_for_descriptor(params[i], loader, CHECK_NULL);
    oop_store(&static_cast<arrayOop>(ptypes())->elements<narrowOop>()[i], m);
  }
  JavaArgs args;
  args.push_oop(rtype());
  args.push_oop(ptypes());
  JavaValue r;
  JavaCalls::call_static(&r, mhn_klass(), "findMethodHandleType",
                         "(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;", args, CHECK_NULL);
  return r.v.l;
}

oop MethodHandles::resolve_method_handle_constant(InstanceKlass* caller, int cp_index, TRAPS) {
  HandleMark hm(THREAD);
  ConstantPool* cp = caller->constants();
  int ref_kind = cp->low_at(cp_index);
  int member = cp->high_at(cp_index);
  Klass* defc = SystemDictionary::resolve_or_fail(cp->member_class_name(member), caller->class_loader_data(), CHECK_NULL);
  Handle defc_mirror(THREAD, defc->java_mirror());
  oop name_oop = StringTable::intern(cp->member_name(member)->bytes(), cp->member_name(member)->length(), CHECK_NULL);
  Handle name(THREAD, name_oop);
  Symbol* sig = cp->member_signature(member);
  Handle type;
  if (ref_kind <= REF_putStatic) {
    { oop tmp = mirror_for_descriptor(sig->view(), caller->class_loader_data(), CHECK_NULL); type = Handle(THREAD, tmp); }
  } else {
    { oop tmp = resolve_method_type(caller, sig, CHECK_NULL); type = Handle(THREAD, tmp); }
  }
  JavaArgs args;
  args.push_oop(caller->java_mirror());
  args.push_int(ref_kind);
  args.push_oop(defc_mirror());
  args.push_oop(name());
  args.push_oop(type());
  JavaValue r;
  JavaCalls::call_static(&r, mhn_klass(), "linkMethodHandleConstant",
                         "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;",
                         args, CHECK_NULL);
  return r.v.l;
}

oop MethodHandles::resolve_bootstrap_argument(InstanceKlass* caller, int i, TRAPS) {
  ConstantPool* cp = caller->constants();
  JavaArgs args;
  JavaValue r;
  const char* box = nullptr;
  const char* sig = nullptr;
  switch (cp->tag_at(i)) {
    case JVM_CONSTANT_String: return StringTable::intern(cp->string_at(i)->bytes(), cp->string_at(i)->length(), THREAD);
    case JVM_CONSTANT_Class: {
      Klass* k = SystemDictionary::resolve_or_fail(cp->klass_name_at(i), caller->class_loader_data(), CHECK_NULL);
      return k->java_mirror();
    }
    case JVM_CONSTANT_MethodType: return resolve_method_type(caller, cp->symbol_at(cp->low_at(i)), THREAD);
    case JVM_CONSTANT_MethodHandle: return resolve_method_handle_constant(caller, i, THREAD);
    case JVM_CONSTANT_Integer: args.push_int(cp->int_at(i)); box = "java/lang/Integer"; sig = "(I)Ljava/lang/Integer;"; break;
    case JVM_CONSTANT_Float: args.push_float(cp->float_at(i)); box = "java/lang/Float"; sig = "(F)Ljava/lang/Float;"; break;
    case JVM_CONSTANT_Long: args.push_long(cp->long_at(i)); box = "java/lang/Long"; sig = "(J)Ljava/lang/Long;"; break;
    case JVM_CONSTANT_Double: args.push_double(cp->double_at(i)); box = "java/lang/Double"; sig = "(D)Ljava/lang/Double;"; break;
    default:
      Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "dynamic constants (condy) are not supported yet");
      return nullptr;
  }
  JavaCalls::call_static(&r, InstanceKlass_cast(SystemDictionary::resolve_boot(box, THREAD)), "valueOf", sig, args, CHECK_NULL);
  return r.v.l;
}

Method* MethodHandles::link_invoker(InstanceKlass* caller, Klass* holder, Symbol* name, Symbol* sig, oop* appendix, TRAPS) {
  HandleMark hm(THREAD);
  oop type_oop = resolve_method_type(caller, sig, CHECK_NULL);
  Handle type(THREAD, type_oop);
  oop name_str_oop = StringTable::intern(name->bytes(), name->length(), CHECK_NULL);
  Handle name_str(THREAD, name_str_oop);
  oop result_box_oop = oopFactory::new_objArray(vmClasses::Object_klass(), 1, CHECK_NULL);
  Handle result_box(THREAD, result_box_oop);
  JavaArgs args;
  args.push_oop(caller->java_mirror());
  args.push_int(REF_invokeVirtual);
  args.push_oop(holder->java_mirror());
  args.push_oop(name_str());
  args.push_oop(type());
  args.push_oop(result_box());
  JavaValue r;
  JavaCalls::call_static(&r, mhn_klass(), "linkMethod",
                         "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
                         args, CHECK_NULL);
  *appendix = CompressedOops::decode(static_cast<arrayOop>(result_box())->elements<narrowOop>()[0]);
  return vmtarget(r.v.l);
}

Method* MethodHandles::link_call_site(InstanceKlass* caller, int indy_index, oop* appendix, TRAPS) {
  HandleMark hm(THREAD);
  ConstantPool* cp = caller->constants();
  int bsm_index = cp->low_at(indy_index);
  int nat = cp->high_at(indy_index);
  const auto& bsms = caller->parsed()->bootstrap_methods;
  if (bsm_index >= int(bsms.size())) {
    Exceptions::throw_msg(THREAD, "java/lang/BootstrapMethodError", "bootstrap method index out of range");
    return nullptr;
  }
  const std::vector<u2>& spec = bsms[bsm_index];
  oop bsm_oop = resolve_method_handle_constant(caller, spec[0], CHECK_NULL);
  Handle bsm(THREAD, bsm_oop);
  Symbol* name = cp->nat_name(nat);
  Symbol* sig = cp->nat_signature(nat);
  oop name_str_oop = StringTable::intern(name->bytes(), name->length(), CHECK_NULL);
  Handle name_str(THREAD, name_str_oop);
  oop type_oop = resolve_method_type(caller, sig, CHECK_NULL);
  Handle type(THREAD, type_oop);
  // Static arguments: none -> null, one -> itself, more -> Object[] (BootstrapMethodInvoker).
  Handle static_args;
  int argc = int(spec.size()) - 1;
  if (argc == 1) {
    { oop tmp = resolve_bootstrap_argument(caller, spec[1], CHECK_NULL); static_args = Handle(THREAD, tmp); }
  } else if (argc > 1) {
    { oop tmp = oopFactory::new_objArray(vmClasses::Object_klass(), argc, CHECK_NULL); static_args = Handle(THREAD, tmp); }
    for (int i = 0; i < argc; i++) {
      oop a = resolve_bootstrap_argument(caller, spec[1 + i], CHECK_NULL);
      oop_store(&static_cast<arrayOop>(static_args())->elements<narrowOop>()[i], a);
    }
  }
  oop result_box_oop = oopFactory::new_objArray(vmClasses::Object_klass(), 1, CHECK_NULL);
  Handle result_box(THREAD, result_box_oop);
  JavaArgs args;
  args.push_oop(caller->java_mirror());
  args.push_int(indy_index);
  args.push_oop(bsm());
  args.push_oop(name_str());
  args.push_oop(type());
  args.push_oop(static_args());
  args.push_oop(result_box());
  JavaValue r;
  JavaCalls::call_static(&r, mhn_klass(), "linkCallSite",
                         "(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
                         args, THREAD);
  if (HAS_PENDING_EXCEPTION) {
    // JVMS §5.4.3.6: anything but an Error is wrapped in BootstrapMethodError.
    Handle e(THREAD, THREAD->pending_exception());
    if (!e()->klass()->is_subtype_of(vmClasses::Error_klass())) {
      THREAD->clear_pending_exception();
      Exceptions::throw_msg_cause(THREAD, "java/lang/BootstrapMethodError", "bootstrap method initialization exception", e());
    }
    return nullptr;
  }
  *appendix = CompressedOops::decode(static_cast<arrayOop>(result_box())->elements<narrowOop>()[0]);
  return vmtarget(r.v.l);
}
