// jvm.h (JDK 17) reflection entry points: a class's declared methods, fields and constructors as
// java.lang.reflect objects, Method.invoke / Constructor.newInstance, the caller-class stack
// walks (Reflection.getCallerClass, SecurityManager.getClassContext), and the natives of
// java.lang.reflect.Array. Behaviour and messages follow HotSpot 17 (jvm.cpp, reflection.cpp).
#include "classfile/annotations.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/frame.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/reflection.hpp"
#include "runtime/interfaceSupport.hpp"

#include <string>
#include <vector>

using namespace JvmSupport;

namespace {
jobject local(JavaThread* t, oop o) { return JNIHandles::make_local(t, o); }
oop resolve(jobject o) { return JNIHandles::resolve(o); }

enum class MemberKind : uint8_t { Methods, Constructors };

jobjectArray declared_methods(JNIEnv* env, jclass ofClass, jboolean public_only, MemberKind kind) {
  // HotSpot's get_class_declared_methods_helper: primitives and arrays have none; the class is
  // linked first; <clinit> is never shown. Order: the class file's.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  const char* elem = kind == MemberKind::Methods ? "java/lang/reflect/Method" : "java/lang/reflect/Constructor";
  Klass* ek = SystemDictionary::resolve_boot(elem, CHECK_NULL);
  Klass* ak = SystemDictionary::array_klass_of(ek, CHECK_NULL);
  if (k == nullptr) {
    oop empty = oopFactory::new_array(ak, 0, CHECK_NULL);
    return static_cast<jobjectArray>(local(THREAD, empty));
  }
  SystemDictionary::link_class(k, CHECK_NULL);
  std::vector<Method*> selected;
  for (int i = 0; i < k->methods_count(); i++) {
    Method* m = k->method_at(i);
    bool is_init = m->name()->equals("<init>");
    if (m->name()->equals("<clinit>")) continue;
    if (is_init != (kind == MemberKind::Constructors)) continue;
    if (public_only && !m->is_public()) continue;
    selected.push_back(m);
  }
  HandleMark hm(THREAD);
  auto v45_ = oopFactory::new_array(ak, int(selected.size()), CHECK_NULL);
  Handle result(THREAD, v45_);
  for (size_t i = 0; i < selected.size(); i++) {
    oop r = kind == MemberKind::Methods ? Reflection::new_method(selected[i], THREAD)
                                        : Reflection::new_constructor(selected[i], THREAD);
    if (HAS_PENDING_EXCEPTION) return nullptr;
    obj_array_put(result(), int(i), r);
  }
  return static_cast<jobjectArray>(local(THREAD, result()));
}

bool is_privileged(const InstanceKlass* k) {
  // HotSpot honours @CallerSensitive only in classes of the boot and platform loaders.
  ClassLoaderData* cld = k->class_loader_data();
  if (cld == nullptr || cld->is_boot()) return true;
  oop l = cld->loader();
  return l != nullptr && l->klass()->name()->equals("jdk/internal/loader/ClassLoaders$PlatformClassLoader");
}

bool is_caller_sensitive(const Method* m) {
  return is_privileged(m->holder()) &&
         Annotations::has(m->_annotations, m->constants(), "Ljdk/internal/reflect/CallerSensitive;");
}

// Method::is_ignored_by_security_stack_walk: Method.invoke and the reflection accessor frames.
bool is_ignored_by_security_stack_walk(const Method* m) {
  const InstanceKlass* h = m->holder();
  if (h->name()->equals("java/lang/reflect/Method") && m->name()->equals("invoke")) return true;
  for (const Klass* s = h; s != nullptr; s = s->super())
    if (s->name()->equals("jdk/internal/reflect/MethodAccessorImpl")) return true;
  return false;
}

arrayOop checked_array(JavaThread* THREAD, jobject arr) {
  oop a = resolve(arr);
  if (a == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  if (!a->klass()->is_array_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Argument is not an array");
    return nullptr;
  }
  return static_cast<arrayOop>(a);
}

bool in_bounds(JavaThread* THREAD, arrayOop a, jint index) {
  if (index < 0 || index >= a->length()) {
    Exceptions::throw_msg(THREAD, "java/lang/ArrayIndexOutOfBoundsException", nullptr);
    return false;
  }
  return true;
}

jvalue get_element(arrayOop a, jint i, BasicType t) {
  jvalue v{};
  switch (t) {
    case T_BOOLEAN: v.z = a->elements<jboolean>()[i]; break;
    case T_CHAR: v.c = a->elements<jchar>()[i]; break;
    case T_FLOAT: v.f = a->elements<jfloat>()[i]; break;
    case T_DOUBLE: v.d = a->elements<jdouble>()[i]; break;
    case T_BYTE: v.b = a->elements<jbyte>()[i]; break;
    case T_SHORT: v.s = a->elements<jshort>()[i]; break;
    case T_INT: v.i = a->elements<jint>()[i]; break;
    case T_LONG: v.j = a->elements<jlong>()[i]; break;
    default: break;
  }
  return v;
}

void set_element(arrayOop a, jint i, BasicType t, const jvalue& v) {
  switch (t) {
    case T_BOOLEAN: a->elements<jboolean>()[i] = v.z; break;
    case T_CHAR: a->elements<jchar>()[i] = v.c; break;
    case T_FLOAT: a->elements<jfloat>()[i] = v.f; break;
    case T_DOUBLE: a->elements<jdouble>()[i] = v.d; break;
    case T_BYTE: a->elements<jbyte>()[i] = v.b; break;
    case T_SHORT: a->elements<jshort>()[i] = v.s; break;
    case T_INT: a->elements<jint>()[i] = v.i; break;
    case T_LONG: a->elements<jlong>()[i] = v.j; break;
    default: break;
  }
}

// The array class with `dims` more dimensions than the component mirror's type.
Klass* array_class_of(JavaThread* THREAD, oop component, int dims) {
  if (component == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  BasicType pt = java_lang_Class::primitive_type(component);
  Klass* k;
  if (pt != T_ILLEGAL) {
    if (pt == T_VOID) {
      Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
      return nullptr;
    }
    k = vmClasses::type_array_klass(pt);
    dims--;
  } else {
    k = java_lang_Class::as_klass(component);
  }
  int existing = k->is_array_klass() ? static_cast<ArrayKlass*>(k)->dimension() : 0;
  if (existing + dims > 255) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  for (int i = 0; i < dims; i++) {
    k = SystemDictionary::array_klass_of(k, THREAD);
    if (HAS_PENDING_EXCEPTION) return nullptr;
  }
  return k;
}
}  // namespace

extern "C" {

JNIEXPORT jobjectArray JNICALL JVM_GetClassDeclaredMethods(JNIEnv* env, jclass ofClass, jboolean publicOnly) {
  return declared_methods(env, ofClass, publicOnly, MemberKind::Methods);
}

JNIEXPORT jobjectArray JNICALL JVM_GetClassDeclaredConstructors(JNIEnv* env, jclass ofClass, jboolean publicOnly) {
  return declared_methods(env, ofClass, publicOnly, MemberKind::Constructors);
}

JNIEXPORT jobjectArray JNICALL JVM_GetClassDeclaredFields(JNIEnv* env, jclass ofClass, jboolean publicOnly) {
  // Declaration order; the VM's injected fields (java.lang.Class's) are never shown.
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = instance_klass(resolve(ofClass));
  Klass* fk = SystemDictionary::resolve_boot("java/lang/reflect/Field", CHECK_NULL);
  Klass* ak = SystemDictionary::array_klass_of(fk, CHECK_NULL);
  if (k == nullptr) {
    oop empty = oopFactory::new_array(ak, 0, CHECK_NULL);
    return static_cast<jobjectArray>(local(THREAD, empty));
  }
  SystemDictionary::link_class(k, CHECK_NULL);
  std::vector<int> selected;
  for (int i = 0; i < k->fields_count(); i++) {
    const FieldInfo& f = k->field_at(i);
    if (f.injected) continue;
    if (publicOnly && !(f.access_flags & JVM_ACC_PUBLIC)) continue;
    selected.push_back(i);
  }
  HandleMark hm(THREAD);
  auto v48_ = oopFactory::new_array(ak, int(selected.size()), CHECK_NULL);
  Handle result(THREAD, v48_);
  for (size_t i = 0; i < selected.size(); i++) {
    oop f = Reflection::new_field(k, selected[i], CHECK_NULL);
    obj_array_put(result(), int(i), f);
  }
  return static_cast<jobjectArray>(local(THREAD, result()));
}

JNIEXPORT jobject JNICALL JVM_InvokeMethod(JNIEnv* env, jobject method, jobject obj, jobjectArray args0) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle receiver(THREAD, resolve(obj));
  Handle args(THREAD, resolve(args0));
  oop r = Reflection::invoke_method(resolve(method), receiver, args, THREAD);
  return HAS_PENDING_EXCEPTION ? nullptr : local(THREAD, r);
}

JNIEXPORT jobject JNICALL JVM_NewInstanceFromConstructor(JNIEnv* env, jobject c, jobjectArray args0) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle args(THREAD, resolve(args0));
  oop r = Reflection::invoke_constructor(resolve(c), args, THREAD);
  return HAS_PENDING_EXCEPTION ? nullptr : local(THREAD, r);
}

JNIEXPORT jclass JNICALL JVM_GetCallerClass(JNIEnv* env) {
  // Frame 0 is the native Reflection.getCallerClass, frame 1 the @CallerSensitive method that
  // called it; the answer is the class of the next frame that is not reflection machinery.
  JNI_ENTRY_BODY(env);
  int n = 0;
  for (Frame* f = THREAD->last_frame(); f != nullptr; f = f->_prev) {
    Method* m = f->_method;
    if (m == nullptr) continue;
    if (n == 0) {
      // HotSpot checks the intrinsic id of Reflection.getCallerClass; here: a caller-sensitive
      // native named getCallerClass.
      if (!m->is_native() || !m->name()->equals("getCallerClass")) {
        Exceptions::throw_msg(THREAD, "java/lang/InternalError",
                              "JVM_GetCallerClass must only be called from Reflection.getCallerClass");
        return nullptr;
      }
    }
    if (n <= 1) {
      if (!is_caller_sensitive(m)) {
        Exceptions::throw_fmt(THREAD, "java/lang/InternalError", "CallerSensitive annotation expected at frame %d", n);
        return nullptr;
      }
    } else if (!is_ignored_by_security_stack_walk(m)) {
      return static_cast<jclass>(local(THREAD, m->holder()->java_mirror()));
    }
    n++;
  }
  return nullptr;
}

JNIEXPORT jobjectArray JNICALL JVM_GetClassContext(JNIEnv* env) {
  // SecurityManager.getClassContext: the classes of the Java frames on the stack, innermost
  // first, without native frames and reflection machinery.
  JNI_ENTRY_BODY(env);
  Frame* top = THREAD->last_frame();
  while (top != nullptr && top->_method == nullptr) top = top->_prev;
  if (top == nullptr || !top->_method->holder()->name()->equals("java/lang/SecurityManager") ||
      !top->_method->name()->equals("getClassContext")) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError",
                          "JVM_GetClassContext must only be called from SecurityManager.getClassContext");
    return nullptr;
  }
  std::vector<InstanceKlass*> holders;
  for (Frame* f = top; f != nullptr; f = f->_prev) {
    Method* m = f->_method;
    if (m == nullptr || m->is_native() || is_ignored_by_security_stack_walk(m)) continue;
    holders.push_back(m->holder());
  }
  oop a = new_class_array(int(holders.size()), CHECK_NULL);
  for (size_t i = 0; i < holders.size(); i++) obj_array_put(a, int(i), holders[i]->java_mirror());
  return static_cast<jobjectArray>(local(THREAD, a));
}

JNIEXPORT jboolean JNICALL JVM_IsSameClassPackage(JNIEnv* env, jclass class1, jclass class2) {
  JNI_ENTRY_BODY(env);
  auto bottom = [](oop mirror) -> Klass* {
    Klass* k = klass(mirror);
    if (k != nullptr && k->is_array_klass()) k = static_cast<ArrayKlass*>(k)->bottom_klass();
    return k;
  };
  Klass* a = bottom(resolve(class1));
  Klass* b = bottom(resolve(class2));
  if (a == nullptr || b == nullptr) return a == b;  // primitives: java.lang of the boot loader
  return InstanceKlass_cast(a)->is_same_package(b);
}

// ---- java.lang.reflect.Array ----------------------------------------------------------------------

JNIEXPORT jint JNICALL JVM_GetArrayLength(JNIEnv* env, jobject arr) {
  JNI_ENTRY_BODY(env);
  arrayOop a = checked_array(THREAD, arr);
  return a == nullptr ? 0 : a->length();
}

JNIEXPORT jobject JNICALL JVM_GetArrayElement(JNIEnv* env, jobject arr, jint index) {
  JNI_ENTRY_BODY(env);
  arrayOop a = checked_array(THREAD, arr);
  if (a == nullptr || !in_bounds(THREAD, a, index)) return nullptr;
  if (a->klass()->is_objArray_klass()) return local(THREAD, obj_array_get(a, index));
  BasicType t = a->klass()->element_type();
  return local(THREAD, Reflection::box(get_element(a, index, t), t, THREAD));
}

JNIEXPORT jvalue JNICALL JVM_GetPrimitiveArrayElement(JNIEnv* env, jobject arr, jint index, jint wCode) {
  JNI_ENTRY_BODY(env);
  jvalue v{};
  arrayOop a = checked_array(THREAD, arr);
  if (a == nullptr) return v;
  if (!a->klass()->is_typeArray_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Argument is not an array of primitive type");
    return v;
  }
  if (!in_bounds(THREAD, a, index)) return v;
  BasicType t = a->klass()->element_type();
  v = get_element(a, index, t);
  if (!Reflection::widen(&v, t, BasicType(wCode))) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "argument type mismatch");
    return jvalue{};
  }
  return v;
}

JNIEXPORT void JNICALL JVM_SetArrayElement(JNIEnv* env, jobject arr, jint index, jobject val) {
  JNI_ENTRY_BODY(env);
  arrayOop a = checked_array(THREAD, arr);
  if (a == nullptr || !in_bounds(THREAD, a, index)) return;
  oop value = resolve(val);
  if (a->klass()->is_objArray_klass()) {
    Klass* element = static_cast<ArrayKlass*>(a->klass())->element_klass();
    if (value != nullptr && !value->klass()->is_subtype_of(element)) {
      Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "array element type mismatch");
      return;
    }
    obj_array_put(a, index, value);
    return;
  }
  BasicType t = a->klass()->element_type();
  jvalue v;
  if (!Reflection::unbox(value, t, &v)) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", value == nullptr ? nullptr : "argument type mismatch");
    return;
  }
  set_element(a, index, t, v);
}

JNIEXPORT void JNICALL JVM_SetPrimitiveArrayElement(JNIEnv* env, jobject arr, jint index, jvalue v,
                                                    unsigned char vCode) {
  JNI_ENTRY_BODY(env);
  arrayOop a = checked_array(THREAD, arr);
  if (a == nullptr) return;
  if (!a->klass()->is_typeArray_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Argument is not an array of primitive type");
    return;
  }
  if (!in_bounds(THREAD, a, index)) return;
  BasicType t = a->klass()->element_type();
  if (!Reflection::widen(&v, BasicType(vCode), t)) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "argument type mismatch");
    return;
  }
  set_element(a, index, t, v);
}

JNIEXPORT jobject JNICALL JVM_NewArray(JNIEnv* env, jclass eltClass, jint length) {
  JNI_ENTRY_BODY(env);
  if (length < 0) {
    Exceptions::throw_fmt(THREAD, "java/lang/NegativeArraySizeException", "%d", length);
    return nullptr;
  }
  Klass* ak = array_class_of(THREAD, resolve(eltClass), 1);
  if (ak == nullptr) return nullptr;
  return local(THREAD, oopFactory::new_array(ak, length, THREAD));
}

JNIEXPORT jobject JNICALL JVM_NewMultiArray(JNIEnv* env, jclass eltClass, jintArray dim) {
  JNI_ENTRY_BODY(env);
  oop d = resolve(dim);
  if (d == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  arrayOop dims = static_cast<arrayOop>(d);
  int n = dims->length();
  if (n == 0) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  if (n > 255) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  std::vector<jint> lengths(dims->elements<jint>(), dims->elements<jint>() + n);
  for (jint l : lengths) {
    if (l < 0) {
      Exceptions::throw_fmt(THREAD, "java/lang/NegativeArraySizeException", "%d", l);
      return nullptr;
    }
  }
  Klass* ak = array_class_of(THREAD, resolve(eltClass), n);
  if (ak == nullptr) return nullptr;
  return local(THREAD, oopFactory::new_multiArray(ak, n, lengths.data(), THREAD));
}

}  // extern "C"
