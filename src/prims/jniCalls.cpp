// JNI method IDs and calls (JNI spec "Calling Instance Methods", "Calling Static Methods",
// "Object Operations"): GetMethodID / GetStaticMethodID, the Call<Type>Method(V/A),
// CallNonvirtual<Type>Method(V/A) and CallStatic<Type>Method(V/A) families, AllocObject and
// NewObject(V/A). Arguments arrive as C varargs or a jvalue array and are converted into
// interpreter slots by walking the method descriptor; JavaCalls runs the method.
#include "prims/jniInternal.hpp"

#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "runtime/javaCalls.hpp"

#include <cstdarg>
#include <cstring>
#include <type_traits>

using namespace jni;

namespace {

enum class CallKind { Virtual, Nonvirtual, Static };

// Appends the Java arguments of m, read from `ap` or `av` (exactly one is non-null), as
// interpreter slots. C varargs promote boolean/byte/char/short to int and float to double.
void push_arguments(JavaArgs& args, const Method* m, va_list* ap, const jvalue* av) {
  std::string_view sig = m->signature()->view();
  int n = 0;
  for (size_t i = 1; i < sig.size() && sig[i] != ')'; i++, n++) {
    char c = sig[i];
    if (c == '[' || c == 'L') {
      while (sig[i] == '[') i++;
      if (sig[i] == 'L') i = sig.find(';', i);
      args.push_oop(resolve(ap != nullptr ? va_arg(*ap, jobject) : av[n].l));
      continue;
    }
    switch (c) {
      case 'Z': {  // JNI booleans are normalized: any non-zero byte is true
        jboolean z = ap != nullptr ? jboolean(va_arg(*ap, jint)) : av[n].z;
        args.push_int(z != 0 ? 1 : 0);
        break;
      }
      case 'B': args.push_int(ap != nullptr ? jbyte(va_arg(*ap, jint)) : av[n].b); break;
      case 'C': args.push_int(ap != nullptr ? jchar(va_arg(*ap, jint)) : av[n].c); break;
      case 'S': args.push_int(ap != nullptr ? jshort(va_arg(*ap, jint)) : av[n].s); break;
      case 'I': args.push_int(ap != nullptr ? va_arg(*ap, jint) : av[n].i); break;
      case 'J': args.push_long(ap != nullptr ? va_arg(*ap, jlong) : av[n].j); break;
      case 'F': args.push_float(ap != nullptr ? jfloat(va_arg(*ap, jdouble)) : av[n].f); break;
      case 'D': args.push_double(ap != nullptr ? va_arg(*ap, jdouble) : av[n].d); break;
      default: break;
    }
  }
}

// JVMS §5.4.6 selection for a virtual call through a JNI method ID.
Method* select_method(Method* m, oop receiver) {
  if (m->is_private() || m->is_static() || m->name()->equals("<init>")) return m;
  Klass* rk = receiver->klass();
  InstanceKlass* ik = rk->is_instance_klass() ? InstanceKlass_cast(rk) : vmClasses::Object_klass();
  Method* s = m->holder()->is_interface() ? ik->select_interface(m) : ik->select_virtual(m);
  return s != nullptr ? s : m;
}

// Calls m (receiver first for instance methods). A pending exception on entry or a failure
// leaves a zero result; the Java method's own exception stays pending for the caller.
JavaValue invoke(JavaThread* THREAD, jobject receiver, Method* m, CallKind kind, va_list* ap, const jvalue* av) {
  JavaValue result;
  if (HAS_PENDING_EXCEPTION) return result;  // JNI spec: calling Java with a pending exception is an error
  if (m == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "JNI method ID is null");
    return result;
  }
  result.type = m->result_type();
  JavaArgs args;
  Method* target = m;
  if (kind == CallKind::Static) {
    if (!m->is_static()) {
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", m->name()->bytes());
      return result;
    }
    InstanceKlass* holder = m->holder();
    if (!holder->is_initialized()) {
      SystemDictionary::initialize_class(holder, THREAD);
      if (HAS_PENDING_EXCEPTION) return result;
    }
  } else {
    oop recv = resolve(receiver);
    if (recv == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
      return result;
    }
    if (m->is_static()) {
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", m->name()->bytes());
      return result;
    }
    if (kind == CallKind::Virtual) target = select_method(m, recv);
    args.push_oop(recv);
  }
  if (target->is_abstract()) {
    std::string msg = external_method_name(target->holder(), target->name()->view(), target->signature()->view());
    Exceptions::throw_msg(THREAD, "java/lang/AbstractMethodError", msg.c_str());
    return result;
  }
  if (ap != nullptr) {
    va_list copy;
    va_copy(copy, *ap);
    push_arguments(args, target, &copy, nullptr);
    va_end(copy);
  } else {
    push_arguments(args, target, nullptr, av);
  }
  JavaCalls::call(&result, target, args, THREAD);
  if (HAS_PENDING_EXCEPTION) { result.v.j = 0; }
  return result;
}

template <typename R> R convert(JavaThread* THREAD, const JavaValue& r) {
  if constexpr (std::is_void_v<R>) {
    return;
  } else if constexpr (std::is_same_v<R, jobject>) {
    return r.type == T_OBJECT || r.type == T_ARRAY ? local(THREAD, r.v.l) : nullptr;
  } else if constexpr (std::is_same_v<R, jlong>) {
    return r.v.j;
  } else if constexpr (std::is_same_v<R, jfloat>) {
    return r.v.f;
  } else if constexpr (std::is_same_v<R, jdouble>) {
    return r.v.d;
  } else {
    return R(r.v.i);
  }
}

// ---- method IDs ----------------------------------------------------------------------------

std::string signature_name(jclass clazz, Klass* k) {
  if (k == nullptr) return "<primitive>";
  if (k->is_array_klass()) return k->name()->str();
  return "L" + k->name()->str() + ";";
}

// HotSpot's get_method_id: the class is initialized first; constructors and <clinit> are only
// looked up in the class itself, other names in the superclasses and then the superinterfaces;
// a static/instance mismatch is NoSuchMethodError "[static ]LFoo;.name(sig)".
jmethodID get_method_id(JavaThread* THREAD, jclass clazz, const char* name, const char* sig, bool is_static) {
  if (clazz == nullptr || name == nullptr || sig == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  Symbol* n = SymbolTable::probe(name);
  Symbol* s = SymbolTable::probe(sig);
  if (n == nullptr || s == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", name);
    return nullptr;
  }
  Klass* k = klass_of(clazz);
  std::string msg = std::string(is_static ? "static " : "") + signature_name(clazz, k) + "." + name + sig;
  if (k == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", msg.c_str());
    return nullptr;
  }
  InstanceKlass* ik = k->is_instance_klass() ? InstanceKlass_cast(k) : nullptr;
  if (ik != nullptr && !ik->is_initialized()) SystemDictionary::initialize_class(ik, CHECK_NULL);
  Method* m = nullptr;
  if (n->equals("<init>") || n->equals("<clinit>")) {
    if (ik != nullptr) m = ik->find_local_method(n, s);
  } else {
    InstanceKlass* search = ik != nullptr ? ik : vmClasses::Object_klass();  // arrays: Object's methods
    m = search->lookup_method_in_classes(n, s);
    if (m == nullptr) m = search->lookup_method_in_interfaces(n, s);
  }
  if (m == nullptr || m->is_static() != is_static) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", msg.c_str());
    return nullptr;
  }
  return method_id(m);
}

jmethodID JNICALL jni_GetMethodID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  JNI_ENTRY_BODY(env);
  return get_method_id(THREAD, clazz, name, sig, false);
}

jmethodID JNICALL jni_GetStaticMethodID(JNIEnv* env, jclass clazz, const char* name, const char* sig) {
  JNI_ENTRY_BODY(env);
  return get_method_id(THREAD, clazz, name, sig, true);
}

// ---- objects -------------------------------------------------------------------------------

// The class of AllocObject / NewObject: an initialized, concrete, non-interface class, else
// InstantiationException with the class name (as HotSpot's check_valid_instantiation).
InstanceKlass* instantiable_klass(JavaThread* THREAD, jclass clazz) {
  Klass* k = klass_of(clazz);
  if (k == nullptr || !k->is_instance_klass() || k->is_interface() || (k->access_flags() & JVM_ACC_ABSTRACT) ||
      k == vmClasses::Class_klass()) {
    std::string name = k != nullptr ? external_name(k) : "primitive class";
    Exceptions::throw_msg(THREAD, "java/lang/InstantiationException", name.c_str());
    return nullptr;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  if (!ik->is_initialized()) SystemDictionary::initialize_class(ik, CHECK_NULL);
  return ik;
}

jobject JNICALL jni_AllocObject(JNIEnv* env, jclass clazz) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* ik = instantiable_klass(THREAD, clazz);
  if (ik == nullptr) return nullptr;
  oop o = oopFactory::new_instance(ik, CHECK_NULL);
  return local(THREAD, o);
}

jobject new_object(JavaThread* THREAD, jclass clazz, jmethodID mid, va_list* ap, const jvalue* av) {
  if (HAS_PENDING_EXCEPTION) return nullptr;
  InstanceKlass* ik = instantiable_klass(THREAD, clazz);
  if (ik == nullptr) return nullptr;
  Method* m = method_of(mid);
  if (m == nullptr || !m->name()->equals("<init>")) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", "<init>");
    return nullptr;
  }
  oop o = oopFactory::new_instance(ik, CHECK_NULL);
  jobject result = local(THREAD, o);  // the local reference keeps it across the constructor
  invoke(THREAD, result, m, CallKind::Nonvirtual, ap, av);
  if (HAS_PENDING_EXCEPTION) {
    JNIHandles::destroy_local(result);
    return nullptr;
  }
  return result;
}

jobject JNICALL jni_NewObject(JNIEnv* env, jclass clazz, jmethodID mid, ...) {
  JNI_ENTRY_BODY(env);
  va_list ap;
  va_start(ap, mid);
  jobject r = new_object(THREAD, clazz, mid, &ap, nullptr);
  va_end(ap);
  return r;
}

jobject JNICALL jni_NewObjectV(JNIEnv* env, jclass clazz, jmethodID mid, va_list args) {
  JNI_ENTRY_BODY(env);
  va_list ap;
  va_copy(ap, args);
  jobject r = new_object(THREAD, clazz, mid, &ap, nullptr);
  va_end(ap);
  return r;
}

jobject JNICALL jni_NewObjectA(JNIEnv* env, jclass clazz, jmethodID mid, const jvalue* args) {
  JNI_ENTRY_BODY(env);
  return new_object(THREAD, clazz, mid, nullptr, args);
}

// ---- Call<Type>Method families --------------------------------------------------------------

#define JNI_CALL_TYPES_DO(F) \
  F(Object, jobject) F(Boolean, jboolean) F(Byte, jbyte) F(Char, jchar) F(Short, jshort) \
  F(Int, jint) F(Long, jlong) F(Float, jfloat) F(Double, jdouble) F(Void, void)

#define DEFINE_JNI_CALLS(Name, RT)                                                                        \
  RT JNICALL jni_Call##Name##Method(JNIEnv* env, jobject obj, jmethodID mid, ...) {                      \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_start(ap, mid);                                                                                    \
    JavaValue r = invoke(THREAD, obj, method_of(mid), CallKind::Virtual, &ap, nullptr);                  \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_Call##Name##MethodV(JNIEnv* env, jobject obj, jmethodID mid, va_list args) {            \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_copy(ap, args);                                                                                    \
    JavaValue r = invoke(THREAD, obj, method_of(mid), CallKind::Virtual, &ap, nullptr);                  \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_Call##Name##MethodA(JNIEnv* env, jobject obj, jmethodID mid, const jvalue* args) {      \
    JNI_ENTRY_BODY(env);                                                                                  \
    return convert<RT>(THREAD, invoke(THREAD, obj, method_of(mid), CallKind::Virtual, nullptr, args));   \
  }                                                                                                       \
  RT JNICALL jni_CallNonvirtual##Name##Method(JNIEnv* env, jobject obj, jclass, jmethodID mid, ...) {    \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_start(ap, mid);                                                                                    \
    JavaValue r = invoke(THREAD, obj, method_of(mid), CallKind::Nonvirtual, &ap, nullptr);               \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_CallNonvirtual##Name##MethodV(JNIEnv* env, jobject obj, jclass, jmethodID mid,          \
                                               va_list args) {                                            \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_copy(ap, args);                                                                                    \
    JavaValue r = invoke(THREAD, obj, method_of(mid), CallKind::Nonvirtual, &ap, nullptr);               \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_CallNonvirtual##Name##MethodA(JNIEnv* env, jobject obj, jclass, jmethodID mid,          \
                                               const jvalue* args) {                                      \
    JNI_ENTRY_BODY(env);                                                                                  \
    return convert<RT>(THREAD, invoke(THREAD, obj, method_of(mid), CallKind::Nonvirtual, nullptr, args)); \
  }                                                                                                       \
  RT JNICALL jni_CallStatic##Name##Method(JNIEnv* env, jclass, jmethodID mid, ...) {                     \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_start(ap, mid);                                                                                    \
    JavaValue r = invoke(THREAD, nullptr, method_of(mid), CallKind::Static, &ap, nullptr);               \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_CallStatic##Name##MethodV(JNIEnv* env, jclass, jmethodID mid, va_list args) {           \
    JNI_ENTRY_BODY(env);                                                                                  \
    va_list ap;                                                                                           \
    va_copy(ap, args);                                                                                    \
    JavaValue r = invoke(THREAD, nullptr, method_of(mid), CallKind::Static, &ap, nullptr);               \
    va_end(ap);                                                                                           \
    return convert<RT>(THREAD, r);                                                                        \
  }                                                                                                       \
  RT JNICALL jni_CallStatic##Name##MethodA(JNIEnv* env, jclass, jmethodID mid, const jvalue* args) {     \
    JNI_ENTRY_BODY(env);                                                                                  \
    return convert<RT>(THREAD, invoke(THREAD, nullptr, method_of(mid), CallKind::Static, nullptr, args)); \
  }

JNI_CALL_TYPES_DO(DEFINE_JNI_CALLS)
#undef DEFINE_JNI_CALLS

}  // namespace

void jni_fill_calls(JNINativeInterface_* t) {
  t->GetMethodID = jni_GetMethodID;
  t->GetStaticMethodID = jni_GetStaticMethodID;
  t->AllocObject = jni_AllocObject;
  t->NewObject = jni_NewObject;
  t->NewObjectV = jni_NewObjectV;
  t->NewObjectA = jni_NewObjectA;
#define FILL_JNI_CALLS(Name, RT)                                       \
  t->Call##Name##Method = jni_Call##Name##Method;                     \
  t->Call##Name##MethodV = jni_Call##Name##MethodV;                   \
  t->Call##Name##MethodA = jni_Call##Name##MethodA;                   \
  t->CallNonvirtual##Name##Method = jni_CallNonvirtual##Name##Method;   \
  t->CallNonvirtual##Name##MethodV = jni_CallNonvirtual##Name##MethodV; \
  t->CallNonvirtual##Name##MethodA = jni_CallNonvirtual##Name##MethodA; \
  t->CallStatic##Name##Method = jni_CallStatic##Name##Method;         \
  t->CallStatic##Name##MethodV = jni_CallStatic##Name##MethodV;       \
  t->CallStatic##Name##MethodA = jni_CallStatic##Name##MethodA;
  JNI_CALL_TYPES_DO(FILL_JNI_CALLS)
#undef FILL_JNI_CALLS
}
