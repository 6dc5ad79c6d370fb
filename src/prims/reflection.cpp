// Reflection support (see reflection.hpp). Messages are HotSpot 17's (reflection.cpp).
#include "prims/reflection.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/descriptors.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "runtime/javaCalls.hpp"

#include <cstring>
#include <string>
#include <vector>

int Reflection::method_clazz_offset = -1, Reflection::method_slot_offset, Reflection::ctor_clazz_offset;
int Reflection::ctor_slot_offset, Reflection::field_clazz_offset, Reflection::field_slot_offset;

namespace {
// JVM_RECOGNIZED_{METHOD,FIELD}_MODIFIERS (jvm_constants.h).
constexpr int kMethodModifiers = 0x1DFF;
constexpr int kFieldModifiers = 0x50DF;

int method_ptypes_offset, ctor_ptypes_offset, method_rtype_offset;
int box_value_offset[T_VOID + 1];
InstanceKlass* method_klass, *ctor_klass, *field_klass, *parameter_klass;

InstanceKlass* box_klass(BasicType t) {
  switch (t) {
    case T_BOOLEAN: return vmClasses::Boolean_klass();
    case T_CHAR: return vmClasses::Character_klass();
    case T_FLOAT: return vmClasses::Float_klass();
    case T_DOUBLE: return vmClasses::Double_klass();
    case T_BYTE: return vmClasses::Byte_klass();
    case T_SHORT: return vmClasses::Short_klass();
    case T_INT: return vmClasses::Integer_klass();
    case T_LONG: return vmClasses::Long_klass();
    default: return nullptr;
  }
}

InstanceKlass* load(const char* name, TRAPS) {
  Klass* k = SystemDictionary::resolve_boot(name, CHECK_NULL);
  return InstanceKlass_cast(k);
}

oop interned(Symbol* s, TRAPS) { return StringTable::intern(s->bytes(), s->length(), THREAD); }
oop string_or_null(Symbol* s, TRAPS) {
  return s == nullptr ? nullptr : java_lang_String::create_from_utf8(s->bytes(), s->length(), THREAD);
}

oop class_array(int n, TRAPS) { return oopFactory::new_objArray(vmClasses::Class_klass(), n, THREAD); }

void store_element(oop array, int i, oop value) {
  oop_store(static_cast<arrayOop>(array)->elements<narrowOop>() + i, value);
}

jvalue read_value(oop obj, int offset, BasicType t) {
  jvalue v{};
  switch (t) {
    case T_BOOLEAN: v.z = obj->get<jboolean>(offset); break;
    case T_CHAR: v.c = obj->get<jchar>(offset); break;
    case T_FLOAT: v.f = obj->get<jfloat>(offset); break;
    case T_DOUBLE: v.d = obj->get<jdouble>(offset); break;
    case T_BYTE: v.b = obj->get<jbyte>(offset); break;
    case T_SHORT: v.s = obj->get<jshort>(offset); break;
    case T_INT: v.i = obj->get<jint>(offset); break;
    case T_LONG: v.j = obj->get<jlong>(offset); break;
    default: break;
  }
  return v;
}

void push_value(JavaArgs* a, const jvalue& v, BasicType t) {
  switch (t) {
    case T_BOOLEAN: a->push_int(v.z); break;
    case T_CHAR: a->push_int(v.c); break;
    case T_BYTE: a->push_int(v.b); break;
    case T_SHORT: a->push_int(v.s); break;
    case T_INT: a->push_int(v.i); break;
    case T_FLOAT: a->push_float(v.f); break;
    case T_LONG: a->push_long(v.j); break;
    case T_DOUBLE: a->push_double(v.d); break;
    default: break;
  }
}

jvalue result_value(const JavaValue& r, BasicType t) {
  jvalue v{};
  switch (t) {
    case T_BOOLEAN: v.z = jboolean(r.v.i & 1); break;
    case T_CHAR: v.c = jchar(r.v.i); break;
    case T_BYTE: v.b = jbyte(r.v.i); break;
    case T_SHORT: v.s = jshort(r.v.i); break;
    case T_INT: v.i = r.v.i; break;
    case T_FLOAT: v.f = r.v.f; break;
    case T_LONG: v.j = r.v.j; break;
    case T_DOUBLE: v.d = r.v.d; break;
    default: break;
  }
  return v;
}

// Converts args (an Object[] or null) into JavaArgs after `a`'s receiver, checking them against
// ptypes (Class[]) as HotSpot's Reflection::invoke does.
bool convert_arguments(JavaArgs* a, oop ptypes, oop args, TRAPS) {
  int nargs = args == nullptr ? 0 : static_cast<arrayOop>(args)->length();
  int nparams = static_cast<arrayOop>(ptypes)->length();
  if (nargs != nparams) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "wrong number of arguments");
    return false;
  }
  for (int i = 0; i < nparams; i++) {
    oop ptype = CompressedOops::decode(static_cast<arrayOop>(ptypes)->elements<narrowOop>()[i]);
    oop arg = CompressedOops::decode(static_cast<arrayOop>(args)->elements<narrowOop>()[i]);
    BasicType pt = java_lang_Class::primitive_type(ptype);
    if (pt != T_ILLEGAL) {
      jvalue v;
      if (!Reflection::unbox(arg, pt, &v)) {
        // HotSpot's unbox_for_primitive: null has no message, a wrong box type does.
        Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", arg == nullptr ? nullptr : "argument type mismatch");
        return false;
      }
      push_value(a, v, pt);
    } else {
      if (arg != nullptr && !arg->klass()->is_subtype_of(java_lang_Class::as_klass(ptype))) {
        Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "argument type mismatch");
        return false;
      }
      a->push_oop(arg);
    }
  }
  return true;
}

// Calls m and wraps whatever it throws in InvocationTargetException.
bool call_wrapped(JavaValue* result, Method* m, const JavaArgs& a, TRAPS) {
  JavaCalls::call(result, m, a, THREAD);
  if (!HAS_PENDING_EXCEPTION) return true;
  Handle target(THREAD, THREAD->pending_exception());
  THREAD->clear_pending_exception();
  InstanceKlass* ite = load("java/lang/reflect/InvocationTargetException", CHECK_false);
  JavaArgs ea;
  ea.push_oop(target());
  oop e = JavaCalls::construct(ite, "(Ljava/lang/Throwable;)V", ea, CHECK_false);
  Exceptions::throw_oop(THREAD, e);
  return false;
}

}  // namespace

void Reflection::compute_offsets(TRAPS) {
  if (method_clazz_offset >= 0) return;
  method_klass = load("java/lang/reflect/Method", CHECK);
  ctor_klass = load("java/lang/reflect/Constructor", CHECK);
  field_klass = load("java/lang/reflect/Field", CHECK);
  parameter_klass = load("java/lang/reflect/Parameter", CHECK);
  method_slot_offset = find_field_offset(method_klass, "slot", "I");
  method_ptypes_offset = find_field_offset(method_klass, "parameterTypes", "[Ljava/lang/Class;");
  method_rtype_offset = find_field_offset(method_klass, "returnType", "Ljava/lang/Class;");
  ctor_clazz_offset = find_field_offset(ctor_klass, "clazz", "Ljava/lang/Class;");
  ctor_slot_offset = find_field_offset(ctor_klass, "slot", "I");
  ctor_ptypes_offset = find_field_offset(ctor_klass, "parameterTypes", "[Ljava/lang/Class;");
  field_clazz_offset = find_field_offset(field_klass, "clazz", "Ljava/lang/Class;");
  field_slot_offset = find_field_offset(field_klass, "slot", "I");
  for (int t = T_BOOLEAN; t <= T_LONG; t++) {
    char sig[2] = {type2char(BasicType(t)), 0};
    box_value_offset[t] = find_field_offset(box_klass(BasicType(t)), "value", sig);
  }
  method_clazz_offset = find_field_offset(method_klass, "clazz", "Ljava/lang/Class;");
}

oop Reflection::mirror_for_descriptor(std::string_view d, InstanceKlass* accessor, TRAPS) {
  if (d.size() == 1) return java_lang_Class::primitive_mirror(char2type(d[0]));
  Symbol* name = d[0] == 'L' ? SymbolTable::lookup(d.substr(1, d.size() - 2)) : SymbolTable::lookup(d);
  ClassLoaderData* cld = accessor != nullptr ? accessor->class_loader_data() : ClassLoaderData::boot();
  Klass* k = SystemDictionary::resolve_or_fail(name, cld, CHECK_NULL);
  return k->java_mirror();
}

oop Reflection::parameter_types(Method* m, TRAPS) {
  std::vector<std::string_view> types;
  Descriptors::MethodDescriptorStream s(m->signature()->view());
  for (; !s.at_return_type(); s.next()) types.push_back(s.descriptor());
  auto v24_ = class_array(int(types.size()), CHECK_NULL);
  Handle array(THREAD, v24_);
  for (size_t i = 0; i < types.size(); i++) {
    oop mirror = mirror_for_descriptor(types[i], m->holder(), CHECK_NULL);
    store_element(array(), int(i), mirror);
  }
  return array();
}

oop Reflection::exception_types(Method* m, TRAPS) {
  auto v25_ = class_array(m->_checked_exception_count, CHECK_NULL);
  Handle array(THREAD, v25_);
  ConstantPool* cp = m->constants();
  for (int i = 0; i < m->_checked_exception_count; i++) {
    Symbol* name = cp->klass_name_at(m->_checked_exceptions[i]);
    Klass* k = SystemDictionary::resolve_or_fail(name, m->holder()->class_loader_data(), CHECK_NULL);
    store_element(array(), i, k->java_mirror());
  }
  return array();
}

oop Reflection::byte_array(const u1* data, int length, TRAPS) {
  if (data == nullptr) return nullptr;
  arrayOop a = oopFactory::new_typeArray(T_BYTE, length, CHECK_NULL);
  memcpy(a->elements<jbyte>(), data, size_t(length));
  return a;
}

oop Reflection::new_method(Method* m, TRAPS) {
  compute_offsets(CHECK_NULL);
  HandleMark hm(THREAD);
  auto v26_ = parameter_types(m, CHECK_NULL);
  Handle ptypes(THREAD, v26_);
  Descriptors::MethodDescriptorStream s(m->signature()->view());
  while (!s.at_return_type()) s.next();
  Handle rtype(THREAD, s.type() == T_VOID ? java_lang_Class::primitive_mirror(T_VOID)
                                          : mirror_for_descriptor(s.descriptor(), m->holder(), THREAD));
  if (HAS_PENDING_EXCEPTION) return nullptr;
  auto v28_ = exception_types(m, CHECK_NULL);
  Handle etypes(THREAD, v28_);
  auto v29_ = interned(m->name(), CHECK_NULL);
  Handle name(THREAD, v29_);
  auto v30_ = string_or_null(m->_generic_signature, CHECK_NULL);
  Handle sig(THREAD, v30_);
  auto v31_ = byte_array(m->_annotations.data, m->_annotations.length, CHECK_NULL);
  Handle ann(THREAD, v31_);
  auto v32_ = byte_array(m->_parameter_annotations.data, m->_parameter_annotations.length, CHECK_NULL);
  Handle pann(THREAD, v32_);
  auto v33_ = byte_array(m->_annotation_default.data, m->_annotation_default.length, CHECK_NULL);
  Handle dflt(THREAD, v33_);
  JavaArgs a;
  a.push_oop(m->holder()->java_mirror());
  a.push_oop(name());
  a.push_oop(ptypes());
  a.push_oop(rtype());
  a.push_oop(etypes());
  a.push_int(m->access_flags() & kMethodModifiers);
  a.push_int(m->_method_idnum);
  a.push_oop(sig());
  a.push_oop(ann());
  a.push_oop(pann());
  a.push_oop(dflt());
  return JavaCalls::construct(method_klass,
                              "(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;"
                              "[Ljava/lang/Class;IILjava/lang/String;[B[B[B)V", a, THREAD);
}

oop Reflection::new_constructor(Method* m, TRAPS) {
  compute_offsets(CHECK_NULL);
  HandleMark hm(THREAD);
  auto v34_ = parameter_types(m, CHECK_NULL);
  Handle ptypes(THREAD, v34_);
  auto v35_ = exception_types(m, CHECK_NULL);
  Handle etypes(THREAD, v35_);
  auto v36_ = string_or_null(m->_generic_signature, CHECK_NULL);
  Handle sig(THREAD, v36_);
  auto v37_ = byte_array(m->_annotations.data, m->_annotations.length, CHECK_NULL);
  Handle ann(THREAD, v37_);
  auto v38_ = byte_array(m->_parameter_annotations.data, m->_parameter_annotations.length, CHECK_NULL);
  Handle pann(THREAD, v38_);
  JavaArgs a;
  a.push_oop(m->holder()->java_mirror());
  a.push_oop(ptypes());
  a.push_oop(etypes());
  a.push_int(m->access_flags() & kMethodModifiers);
  a.push_int(m->_method_idnum);
  a.push_oop(sig());
  a.push_oop(ann());
  a.push_oop(pann());
  return JavaCalls::construct(ctor_klass, "(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V",
                              a, THREAD);
}

oop Reflection::new_field(InstanceKlass* holder, int index, TRAPS) {
  compute_offsets(CHECK_NULL);
  HandleMark hm(THREAD);
  const FieldInfo& f = holder->field_at(index);
  auto v39_ = mirror_for_descriptor(f.signature->view(), holder, CHECK_NULL);
  Handle type(THREAD, v39_);
  auto v40_ = interned(f.name, CHECK_NULL);
  Handle name(THREAD, v40_);
  auto v41_ = string_or_null(f.generic_signature, CHECK_NULL);
  Handle sig(THREAD, v41_);
  auto v42_ = byte_array(f.annotations.data, f.annotations.length, CHECK_NULL);
  Handle ann(THREAD, v42_);
  // fieldDescriptor::is_trusted_final: final and (static, or in a record or hidden class).
  bool is_final = f.access_flags & JVM_ACC_FINAL;
  bool trusted = is_final && ((f.access_flags & JVM_ACC_STATIC) || holder->parsed()->is_record);
  JavaArgs a;
  a.push_oop(holder->java_mirror());
  a.push_oop(name());
  a.push_oop(type());
  a.push_int(f.access_flags & kFieldModifiers);
  a.push_int(trusted ? 1 : 0);
  a.push_int(index);
  a.push_oop(sig());
  a.push_oop(ann());
  return JavaCalls::construct(field_klass, "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V",
                              a, THREAD);
}

oop Reflection::new_parameter(Handle executable, oop name, int modifiers, int index, TRAPS) {
  compute_offsets(CHECK_NULL);
  JavaArgs a;
  a.push_oop(name);
  a.push_int(modifiers);
  a.push_oop(executable());
  a.push_int(index);
  return JavaCalls::construct(parameter_klass, "(Ljava/lang/String;ILjava/lang/reflect/Executable;I)V", a, THREAD);
}

BasicType Reflection::box_type(Klass* k) {
  for (int t = T_BOOLEAN; t <= T_LONG; t++)
    if (box_klass(BasicType(t)) == k) return BasicType(t);
  return T_ILLEGAL;
}

oop Reflection::box(const jvalue& v, BasicType t, TRAPS) {
  if (t == T_VOID) return nullptr;
  if (box_klass(t) == nullptr) return nullptr;
  compute_offsets(CHECK_NULL);
  oop b = oopFactory::new_instance(box_klass(t), CHECK_NULL);
  int off = box_value_offset[t];
  switch (t) {
    case T_BOOLEAN: b->put<jboolean>(off, v.z); break;
    case T_CHAR: b->put<jchar>(off, v.c); break;
    case T_FLOAT: b->put<jfloat>(off, v.f); break;
    case T_DOUBLE: b->put<jdouble>(off, v.d); break;
    case T_BYTE: b->put<jbyte>(off, v.b); break;
    case T_SHORT: b->put<jshort>(off, v.s); break;
    case T_INT: b->put<jint>(off, v.i); break;
    case T_LONG: b->put<jlong>(off, v.j); break;
    default: break;
  }
  return b;
}

bool Reflection::widen(jvalue* v, BasicType from, BasicType to) {
  if (from == to) return true;
  // JLS §5.1.2: byte->short,int,long,float,double; short,char->int,long,float,double;
  // int->long,float,double; long->float,double; float->double.
  auto as_long = [&](jlong* out) {
    switch (from) {
      case T_BYTE: *out = v->b; return true;
      case T_SHORT: *out = v->s; return true;
      case T_CHAR: *out = v->c; return true;
      case T_INT: *out = v->i; return true;
      case T_LONG: *out = v->j; return true;
      default: return false;
    }
  };
  jlong x;
  switch (to) {
    case T_SHORT:
      if (from != T_BYTE) return false;
      v->s = v->b; return true;
    case T_INT:
      if (from != T_BYTE && from != T_SHORT && from != T_CHAR) return false;
      as_long(&x); v->i = jint(x); return true;
    case T_LONG:
      if (from != T_BYTE && from != T_SHORT && from != T_CHAR && from != T_INT) return false;
      as_long(&x); v->j = x; return true;
    case T_FLOAT:
      if (!as_long(&x)) return false;
      v->f = jfloat(x); return true;
    case T_DOUBLE:
      if (from == T_FLOAT) { v->d = v->f; return true; }
      if (!as_long(&x)) return false;
      v->d = jdouble(x); return true;
    default:
      return false;
  }
}

bool Reflection::unbox(oop b, BasicType want, jvalue* out) {
  if (b == nullptr) return false;
  BasicType from = box_type(b->klass());
  if (from == T_ILLEGAL) return false;
  *out = read_value(b, box_value_offset[from], from);
  return widen(out, from, want);
}

oop Reflection::invoke_method(oop method_mirror, Handle receiver, Handle args, TRAPS) {
  compute_offsets(CHECK_NULL);
  HandleMark hm(THREAD);
  Handle mh(THREAD, method_mirror);
  InstanceKlass* holder = InstanceKlass_cast(java_lang_Class::as_klass(method_mirror->obj_field(method_clazz_offset)));
  Method* m = holder->method_at(method_mirror->get<jint>(method_slot_offset));
  Method* target = m;
  if (m->is_static()) {
    SystemDictionary::initialize_class(holder, CHECK_NULL);
  } else {
    if (receiver.is_null()) {
      Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
      return nullptr;
    }
    Klass* rk = receiver()->klass();
    if (!rk->is_subtype_of(holder)) {
      Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "object is not an instance of declaring class");
      return nullptr;
    }
    // Virtual dispatch (JVMS §5.4.6) unless private or a constructor.
    if (!m->is_private() && !m->name()->equals("<init>")) {
      InstanceKlass* sel = rk->is_instance_klass() ? InstanceKlass_cast(rk) : vmClasses::Object_klass();
      Method* s = holder->is_interface() ? sel->select_interface(m) : sel->select_virtual(m);
      if (s != nullptr) target = s;
      if (s == nullptr || target->is_abstract()) {
        std::string msg = rk->name()->as_external_name() + "." + m->name()->str() + m->signature()->str();
        Exceptions::throw_msg(THREAD, "java/lang/AbstractMethodError", msg.c_str());
        return nullptr;
      }
    }
  }
  if (target->is_abstract()) {
    std::string msg = holder->name()->as_external_name() + "." + m->name()->str() + m->signature()->str();
    Exceptions::throw_msg(THREAD, "java/lang/AbstractMethodError", msg.c_str());
    return nullptr;
  }
  JavaArgs a;
  if (!m->is_static()) a.push_oop(receiver());
  if (!convert_arguments(&a, mh()->obj_field(method_ptypes_offset), args(), THREAD)) return nullptr;
  JavaValue r;
  if (!call_wrapped(&r, target, a, THREAD)) return nullptr;
  BasicType rt = m->result_type();
  if (rt == T_OBJECT || rt == T_ARRAY) return r.v.l;
  if (rt == T_VOID) return nullptr;
  return box(result_value(r, rt), rt, THREAD);
}

oop Reflection::invoke_constructor(oop ctor_mirror, Handle args, TRAPS) {
  compute_offsets(CHECK_NULL);
  HandleMark hm(THREAD);
  Handle ch(THREAD, ctor_mirror);
  InstanceKlass* holder = InstanceKlass_cast(java_lang_Class::as_klass(ctor_mirror->obj_field(ctor_clazz_offset)));
  Method* m = holder->method_at(ctor_mirror->get<jint>(ctor_slot_offset));
  // InstanceKlass::check_valid_for_instantiation.
  if (holder->is_interface() || (holder->access_flags() & JVM_ACC_ABSTRACT)) {
    std::string name = holder->name()->as_external_name();
    Exceptions::throw_msg(THREAD, "java/lang/InstantiationException", name.c_str());
    return nullptr;
  }
  if (holder == vmClasses::Class_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessException", nullptr);
    return nullptr;
  }
  SystemDictionary::initialize_class(holder, CHECK_NULL);
  auto v43_ = oopFactory::new_instance(holder, CHECK_NULL);
  Handle obj(THREAD, v43_);
  JavaArgs a;
  a.push_oop(obj());
  if (!convert_arguments(&a, ch()->obj_field(ctor_ptypes_offset), args(), THREAD)) return nullptr;
  JavaValue r;
  if (!call_wrapped(&r, m, a, THREAD)) return nullptr;
  return obj();
}

// ---- JvmSupport ---------------------------------------------------------------------------------

Klass* JvmSupport::klass(oop mirror) { return mirror == nullptr ? nullptr : java_lang_Class::as_klass(mirror); }

InstanceKlass* JvmSupport::instance_klass(oop mirror) {
  Klass* k = klass(mirror);
  return k != nullptr && k->is_instance_klass() ? InstanceKlass_cast(k) : nullptr;
}

oop JvmSupport::new_class_array(int n, TRAPS) { return oopFactory::new_objArray(vmClasses::Class_klass(), n, THREAD); }
oop JvmSupport::new_string_array(int n, TRAPS) { return oopFactory::new_objArray(vmClasses::String_klass(), n, THREAD); }
oop JvmSupport::new_object_array(int n, TRAPS) { return oopFactory::new_objArray(vmClasses::Object_klass(), n, THREAD); }
void JvmSupport::obj_array_put(oop array, int i, oop value) { store_element(array, i, value); }
oop JvmSupport::obj_array_get(oop array, int i) {
  return CompressedOops::decode(static_cast<arrayOop>(array)->elements<narrowOop>()[i]);
}

std::string JvmSupport::external_name(std::string_view s) {
  std::string r(s);
  for (char& c : r) if (c == '/') c = '.';
  return r;
}

Method* JvmSupport::method_of(oop reflected) {
  JavaThread* THREAD = JavaThread::current();
  Reflection::compute_offsets(THREAD);
  if (reflected->klass() == ctor_klass) {
    InstanceKlass* k = instance_klass(reflected->obj_field(Reflection::ctor_clazz_offset));
    return k->method_at(reflected->get<jint>(Reflection::ctor_slot_offset));
  }
  InstanceKlass* k = instance_klass(reflected->obj_field(Reflection::method_clazz_offset));
  return k->method_at(reflected->get<jint>(Reflection::method_slot_offset));
}
