// The interpreter's slow paths: resolution (JVMS §5.4.3), allocation, errors with HotSpot's
// messages, exception handler lookup.
#include "interpreter/interpreterRuntime.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/descriptors.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "classfile/descriptors.hpp"
#include "interpreter/bytecodes.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/methodHandles.hpp"
#include "runtime/javaCalls.hpp"

#include <cstdio>
#include <string>

namespace {
// JVMS §5.4.4 access control for a member of `holder` with `flags`, accessed from `accessor`.
bool can_access(const InstanceKlass* accessor, const InstanceKlass* holder, u2 flags) {
  if (flags & JVM_ACC_PUBLIC) return true;
  if (accessor == holder) return true;
  if (accessor->is_magic_accessor()) return true;
  if (flags & JVM_ACC_PRIVATE) {
    // Nestmates (JVMS §5.4.4, Java 11+) share private access: same nest host name check.
    auto host = [](const InstanceKlass* k) -> const Symbol* {
      if (k->dynamic_nest_host() != nullptr) k = k->dynamic_nest_host();
      u2 h = k->parsed()->nest_host_index;
      return h != 0 ? k->constants()->klass_name_at(h) : k->name();
    };
    return host(accessor) == host(holder) && accessor->class_loader_data() == holder->class_loader_data();
  }
  if (accessor->is_same_package(holder)) return true;
  if (flags & JVM_ACC_PROTECTED) return accessor->is_subtype_of(holder);
  return false;
}
}  // namespace

namespace {

// "(A and B are in <module> of loader <l>)" or "(A is in ...; B is in ...)": HotSpot's
// joint_in_module_of_loader / class_in_module_of_loader suffix of access and cast errors.
// A class's name as Class.getName() gives it: a hidden class's "+" suffix separator shows as "/".
std::string class_name(Klass* k) {
  std::string n = k->name()->as_external_name();
  if (k->is_instance_klass() && InstanceKlass_cast(k)->is_hidden()) {
    size_t plus = n.rfind('+');
    if (plus != std::string::npos) n[plus] = '/';
  }
  return n;
}

std::string where_both(Klass* a, Klass* b) {
  std::string na = class_name(a), nb = class_name(b);
  std::string wa = java_lang_Class::module_and_loader(a), wb = java_lang_Class::module_and_loader(b);
  if (wa == wb) return "(" + na + " and " + nb + " are in " + wa + ")";
  return "(" + na + " is in " + wa + "; " + nb + " is in " + wb + ")";
}

// JVMS §5.4.4: a class is accessible from `accessor` when public or in the same run-time package
// (HotSpot's Reflection::verify_class_access; module readability is not checked). Throws
// IllegalAccessError otherwise.
bool check_class_access(JavaThread* THREAD, InstanceKlass* accessor, Klass* k) {
  Klass* bottom = k->is_array_klass() ? static_cast<ArrayKlass*>(k)->bottom_klass() : k;
  if (bottom == nullptr || !bottom->is_instance_klass()) return true;  // primitive arrays
  InstanceKlass* ik = InstanceKlass_cast(bottom);
  if ((ik->access_flags() & JVM_ACC_PUBLIC) || ik == accessor || accessor->is_same_package(ik) ||
      accessor->is_magic_accessor())
    return true;
  std::string msg = "failed to access class " + ik->name()->as_external_name() + " from class " +
                    accessor->name()->as_external_name() + " " + where_both(ik, accessor);
  Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessError", msg.c_str());
  return false;
}
}  // namespace

Klass* InterpreterRuntime::resolve_klass(JavaThread* thread, ConstantPool* cp, int index) {
  CPCacheEntry& e = cp->cache()->at(index);
  if (e.is_resolved(CPCacheEntry::Klass_)) return static_cast<Klass*>(e.ptr);
  JavaThread* THREAD = thread;
  Symbol* name = cp->klass_name_at(index);
  Klass* k = SystemDictionary::resolve_from(cp->pool_holder(), name, CHECK_NULL);
  if (!check_class_access(THREAD, cp->pool_holder(), k)) return nullptr;
  e.ptr = k;
  e.publish(CPCacheEntry::Klass_);
  return k;
}

bool InterpreterRuntime::resolve_field(JavaThread* thread, Method* caller, int code, int index) {
  JavaThread* THREAD = thread;
  ConstantPool* cp = caller->constants();
  bool is_static = code == Bytecodes::_getstatic || code == Bytecodes::_putstatic;
  Klass* k = SystemDictionary::resolve_from(caller->holder(), cp->member_class_name(index), CHECK_false);
  if (!check_class_access(THREAD, caller->holder(), k)) return false;
  Symbol* name = cp->member_name(index);
  Symbol* sig = cp->member_signature(index);
  int fi = -1;
  InstanceKlass* holder = k->is_instance_klass() ? InstanceKlass_cast(k)->find_field(name, sig, &fi) : nullptr;
  if (holder == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchFieldError", name->bytes());
    return false;
  }
  const FieldInfo& f = holder->field_at(fi);
  bool field_static = f.access_flags & JVM_ACC_STATIC;
  if (field_static != is_static) {
    std::string msg = "Expected " + std::string(is_static ? "static" : "non-static") + " field " +
                      holder->name()->as_external_name() + "." + name->str();
    Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
    return false;
  }
  if (!can_access(caller->holder(), holder, f.access_flags)) {
    std::string msg = "class " + caller->holder()->name()->as_external_name() + " tried to access " +
                      ((f.access_flags & JVM_ACC_PROTECTED) ? "protected " : "") + ((f.access_flags & JVM_ACC_PRIVATE) ? "private " : "") +
                      "field " + holder->name()->as_external_name() + "." + name->str() + " " + where_both(caller->holder(), holder);
    Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessError", msg.c_str());
    return false;
  }
  if (is_static) {
    // JVMS §5.5: getstatic/putstatic initialize the declaring class.
    SystemDictionary::initialize_class(holder, CHECK_false);
  }
  CPCacheEntry& e = cp->cache()->at(index);
  e.type = char2type(sig->char_at(0));
  if (e.type == T_ARRAY) e.type = T_OBJECT;
  e.offset = f.offset;
  e.is_volatile = f.access_flags & JVM_ACC_VOLATILE;
  e.ptr = holder;
  e.publish(is_static ? CPCacheEntry::StaticField : CPCacheEntry::Field);
  return true;
}

bool InterpreterRuntime::resolve_invoke(JavaThread* thread, Method* caller, int code, int index) {
  JavaThread* THREAD = thread;
  ConstantPool* cp = caller->constants();
  Klass* k = SystemDictionary::resolve_from(caller->holder(), cp->member_class_name(index), CHECK_false);
  if (!check_class_access(THREAD, caller->holder(), k)) return false;
  Symbol* name = cp->member_name(index);
  Symbol* sig = cp->member_signature(index);
  bool interface_ref = cp->tag_at(index) == JVM_CONSTANT_InterfaceMethodref;
  // Methods invoked on arrays are Object's (clone is special-cased below).
  InstanceKlass* ik = k->is_instance_klass() ? InstanceKlass_cast(k) : vmClasses::Object_klass();
  if (code != Bytecodes::_invokestatic && code != Bytecodes::_invokespecial && interface_ref != ik->is_interface()) {
    std::string msg = "Found " + std::string(ik->is_interface() ? "interface " : "class ") + ik->name()->as_external_name() +
                      ", but " + (ik->is_interface() ? "class" : "interface") + " was expected";
    Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
    return false;
  }
  // JVMS §2.9.3: a signature-polymorphic method of MethodHandle/VarHandle is invoked with the
  // call site's descriptor; the interpreter calls an intrinsic or a linked invoker instead.
  if (code == Bytecodes::_invokevirtual || code == Bytecodes::_invokestatic) {
    if (Method* poly = MethodHandles::find_signature_polymorphic(ik, name)) {
      return resolve_signature_polymorphic(thread, caller, code, index, ik, poly, name, sig);
    }
  }
  // JVMS §5.4.3.3 / §5.4.3.4: the class and its superclasses, then superinterfaces.
  Method* m = ik->lookup_method_in_classes(name, sig);
  if (m == nullptr && ik->is_interface()) m = vmClasses::Object_klass()->find_local_method(name, sig);
  if (m == nullptr) m = ik->lookup_method_in_interfaces(name, sig);
  if (m == nullptr) {
    std::string msg = "'" + Descriptors::external_method_name(ik->name()->as_external_name(), name->view(), sig->view()) + "'";
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", msg.c_str());
    return false;
  }
  if (!can_access(caller->holder(), m->holder(), m->access_flags())) {
    std::string msg = "class " + caller->holder()->name()->as_external_name() + " tried to access " +
                      (m->is_abstract() ? "abstract " : "") + (m->is_protected() ? "protected " : "") + (m->is_private() ? "private " : "") +
                      "method '" + Descriptors::external_method_name(m->holder()->name()->as_external_name(), name->view(), sig->view()) +
                      "' " + where_both(caller->holder(), m->holder());
    Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessError", msg.c_str());
    return false;
  }
  if ((code == Bytecodes::_invokestatic) != m->is_static()) {
    // HotSpot 17's LinkResolver texts.
    const char* expected = code == Bytecodes::_invokestatic      ? "Expected static method '"
                           : code == Bytecodes::_invokeinterface ? "Expected instance not static method '"
                                                                  : "Expecting non-static method '";
    std::string msg = expected + Descriptors::external_method_name(m->holder()->name()->as_external_name(), name->view(), sig->view()) + "'";
    Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
    return false;
  }
  if (code == Bytecodes::_invokestatic) SystemDictionary::initialize_class(m->holder(), CHECK_false);
  if (code == Bytecodes::_invokespecial && !name->equals("<init>") && !m->is_private()) {
    // JVMS §6.5 invokespecial: super calls select from the caller's direct superclass.
    InstanceKlass* cur = caller->holder();
    if ((cur->access_flags() & JVM_ACC_SUPER) && !ik->is_interface() && cur != ik && cur->is_subtype_of(ik)) {
      Method* sel = cur->superklass()->lookup_method_in_classes(name, sig);
      if (sel != nullptr) m = sel;
    }
  }
  CPCacheEntry& e = cp->cache()->at(index);
  e.param_slots = m->size_of_parameters();
  e.type = m->result_type();
  e.ptr = m;
  e.publish(CPCacheEntry::Method_);
  return true;
}

bool InterpreterRuntime::resolve_signature_polymorphic(JavaThread* thread, Method* caller, int code, int index,
                                                       InstanceKlass* holder, Method* poly, Symbol* name, Symbol* sig) {
  JavaThread* THREAD = thread;
  ConstantPool* cp = caller->constants();
  CPCacheEntry& e = cp->cache()->at(index);
  MHIntrinsic kind = MethodHandles::intrinsic_of(poly);
  int slots = Descriptors::parameter_slots(sig->view()) + (code == Bytecodes::_invokestatic ? 0 : 1);
  if (kind == MHIntrinsic::Invoker) {
    // invokehandle: MethodHandleNatives.linkMethod picks an adapter (e.g. Invokers$Holder.invokeExact_MT)
    // taking the receiver, the arguments and an appendix.
    oop appendix = nullptr;
    Method* adapter = MethodHandles::link_invoker(caller->holder(), holder, name, sig, &appendix, CHECK_false);
    if (adapter == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/InternalError", "no invoker for a signature-polymorphic call");
      return false;
    }
    cp->cache()->resolved_references()[index] = appendix;
    e.ptr = adapter;
  } else {
    e.ptr = poly;
  }
  e.intrinsic = u1(kind);
  e.param_slots = slots;
  e.type = Descriptors::result_type(sig->view());
  e.publish(CPCacheEntry::Method_);
  return true;
}

int InterpreterRuntime::resolve_invokedynamic(JavaThread* thread, Method* m, int bci) {
  JavaThread* THREAD = thread;
  u1* insn = m->_code + bci;
  int cp_index = bytes_u2(insn + 1);
  ConstantPoolCache* cache = m->constants()->cache();
  {
    std::lock_guard<std::mutex> g(cache->indy_lock());
    if (insn[3] != 0 && insn[4] != 0) return (insn[3] - 1) * 255 + (insn[4] - 1) + 1;
  }
  // Linking runs Java code (the bootstrap method): no lock is held meanwhile. If two threads link
  // the same site, the first to publish wins (JVMS §5.4.3.6).
  oop appendix = nullptr;
  Method* adapter = MethodHandles::link_call_site(m->holder(), cp_index, &appendix, CHECK_0);
  if (adapter == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError", "no adapter for an invokedynamic call site");
    return 0;
  }
  Symbol* sig = m->constants()->nat_signature(m->constants()->high_at(cp_index));
  std::lock_guard<std::mutex> g(cache->indy_lock());
  if (insn[3] != 0 && insn[4] != 0) return (insn[3] - 1) * 255 + (insn[4] - 1) + 1;
  int id = cache->add_indy_site({adapter, JNIHandles::make_global(appendix), Descriptors::parameter_slots(sig->view()),
                                 Descriptors::result_type(sig->view())});
  // The two reserved operand bytes (JVMS §6.5 invokedynamic: both zero in the class file) now
  // hold the site number, each byte biased by one so a half-written value reads as unlinked.
  std::atomic_thread_fence(std::memory_order_release);
  insn[4] = u1((id - 1) % 255 + 1);
  insn[3] = u1((id - 1) / 255 + 1);
  return id;
}

intptr_t* InterpreterRuntime::ldc(JavaThread* thread, Method* m, int index, intptr_t* sp) {
  JavaThread* THREAD = thread;
  ConstantPool* cp = m->constants();
  oop* refs = cp->cache()->resolved_references();
  switch (cp->tag_at(index)) {
    case JVM_CONSTANT_Integer: *sp = 0; *reinterpret_cast<jint*>(sp) = cp->int_at(index); return sp + 1;
    case JVM_CONSTANT_Float: *sp = 0; *reinterpret_cast<jfloat*>(sp) = cp->float_at(index); return sp + 1;
    case JVM_CONSTANT_Long: *reinterpret_cast<jlong*>(sp) = cp->long_at(index); return sp + 2;
    case JVM_CONSTANT_Double: *reinterpret_cast<jdouble*>(sp) = cp->double_at(index); return sp + 2;
    case JVM_CONSTANT_String: {
      if (refs[index] == nullptr) {
        Symbol* s = cp->string_at(index);
        oop str = StringTable::intern(s->bytes(), s->length(), CHECK_NULL);
        refs[index] = str;  // benign race: both threads store the same interned string
      }
      *reinterpret_cast<oop*>(sp) = refs[index];
      return sp + 1;
    }
    case JVM_CONSTANT_Class: {
      Klass* k = resolve_klass(thread, cp, index);
      if (k == nullptr) return nullptr;
      *reinterpret_cast<oop*>(sp) = k->java_mirror();
      return sp + 1;
    }
    case JVM_CONSTANT_MethodType:
    case JVM_CONSTANT_MethodHandle: {
      if (refs[index] == nullptr) {
        oop o = MethodHandles::resolve_bootstrap_argument(m->holder(), index, CHECK_NULL);
        refs[index] = o;
      }
      *reinterpret_cast<oop*>(sp) = refs[index];
      return sp + 1;
    }
    default:
      Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException",
                            "ldc of dynamic constants (condy) is not supported yet");
      return nullptr;
  }
}

oop InterpreterRuntime::new_instance(JavaThread* thread, ConstantPool* cp, int index) {
  JavaThread* THREAD = thread;
  Klass* k = resolve_klass(thread, cp, index);
  if (k == nullptr) return nullptr;
  if (!k->is_instance_klass() || k->is_interface() || (k->access_flags() & JVM_ACC_ABSTRACT)) {
    Exceptions::throw_msg(THREAD, "java/lang/InstantiationError", k->name()->as_external_name().c_str());
    return nullptr;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  SystemDictionary::initialize_class(ik, CHECK_NULL);
  return oopFactory::new_instance(ik, THREAD);
}

void InterpreterRuntime::register_finalizer(JavaThread* thread, oop obj) {
  // The object travels as the callee's argument, a root for the whole call (JavaCalls).
  JavaArgs args;
  args.push_oop(obj);
  JavaValue result;
  JavaCalls::call_static(&result, vmClasses::Finalizer_klass(), "register", "(Ljava/lang/Object;)V", args, thread);
}

oop InterpreterRuntime::anewarray(JavaThread* thread, ConstantPool* cp, int index, jint length) {
  Klass* k = resolve_klass(thread, cp, index);
  if (k == nullptr) return nullptr;
  return oopFactory::new_objArray(k, length, thread);
}

oop InterpreterRuntime::multianewarray(JavaThread* thread, ConstantPool* cp, int index, int dims, const intptr_t* counts) {
  Klass* k = resolve_klass(thread, cp, index);
  if (k == nullptr) return nullptr;
  jint lengths[256];
  for (int i = 0; i < dims; i++) lengths[i] = *reinterpret_cast<const jint*>(counts + i);
  return oopFactory::new_multiArray(k, dims, lengths, thread);
}

void InterpreterRuntime::throw_null_pointer(JavaThread* thread, Method* m, int bci) {
  // Helpful NullPointerException messages (JEP 358) are computed lazily by
  // NullPointerException.getExtendedNPEMessage (JVM_GetExtendedNPEMessage) from the bci the
  // backtrace records; here the exception is created without a message, as in HotSpot.
  (void)m; (void)bci;
  Exceptions::throw_msg(thread, "java/lang/NullPointerException", nullptr);
}

void InterpreterRuntime::throw_array_index(JavaThread* thread, int index, int length) {
  char msg[96];
  snprintf(msg, sizeof msg, "Index %d out of bounds for length %d", index, length);
  Exceptions::throw_msg(thread, "java/lang/ArrayIndexOutOfBoundsException", msg);
}


void InterpreterRuntime::throw_class_cast(JavaThread* thread, oop obj, Klass* target) {
  // HotSpot 17 (SharedRuntime::generate_class_cast_message): "class A cannot be cast to class B
  // (A and B are in module M of loader L)" or "(A is in ...; B is in ...)".
  std::string msg = "class " + class_name(obj->klass()) + " cannot be cast to class " + class_name(target) + " " +
                    where_both(obj->klass(), target);
  Exceptions::throw_msg(thread, "java/lang/ClassCastException", msg.c_str());
}

void InterpreterRuntime::throw_array_store(JavaThread* thread, oop value) {
  Exceptions::throw_msg(thread, "java/lang/ArrayStoreException", value->klass()->name()->as_external_name().c_str());
}

void InterpreterRuntime::throw_arithmetic(JavaThread* thread) {
  Exceptions::throw_msg(thread, "java/lang/ArithmeticException", "/ by zero");
}

void InterpreterRuntime::throw_abstract_method(JavaThread* thread, Method* m, Klass* receiver) {
  std::string msg = "Receiver class " + receiver->name()->as_external_name() + " does not define or inherit an implementation of the resolved method '" +
                    std::string(m->is_abstract() ? "abstract " : "") +
                    Descriptors::external_method_name("", m->name()->view(), m->signature()->view()) + "' of " +
                    (m->holder()->is_interface() ? "interface " : "abstract class ") + m->holder()->name()->as_external_name() + ".";
  Exceptions::throw_msg(thread, "java/lang/AbstractMethodError", msg.c_str());
}

int InterpreterRuntime::find_handler(JavaThread* thread, Method* m, int bci) {
  JavaThread* THREAD = thread;
  Handle exception(thread, thread->pending_exception());
  thread->clear_pending_exception();
  for (int i = 0; i < m->exception_table_length(); i++) {
    const ExceptionTableEntry& h = m->exception_table()[i];
    if (bci < h.start_pc || bci >= h.end_pc) continue;
    if (h.catch_type_index == 0) { thread->set_pending_exception(exception()); return h.handler_pc; }
    Klass* k = resolve_klass(thread, m->constants(), h.catch_type_index);
    if (k == nullptr) return -1;  // the resolution error is now pending
    if (exception()->klass()->is_subtype_of(k)) { thread->set_pending_exception(exception()); return h.handler_pc; }
  }
  (void)THREAD;
  thread->set_pending_exception(exception());
  return -1;
}
