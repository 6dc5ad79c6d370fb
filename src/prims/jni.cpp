// The JNI function table (JNI spec chapter 4) except calls, fields, strings and arrays (in
// jniCalls.cpp, jniFields.cpp, jniArrays.cpp) and reflection (jniReflection.cpp); and the
// invocation interface (chapter 5: DestroyJavaVM, Attach/DetachCurrentThread, GetEnv).
// Every entry begins with JNI_ENTRY_BODY: the thread leaves "in native" for the VM state.
#include "prims/jniInternal.hpp"

#include "classfile/descriptors.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "interpreter/frame.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/synchronizer.hpp"
#include "runtime/threads.hpp"
#include "vm/vmExit.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>



using namespace jni;

namespace {

// FindClass's loader when no Java frame is on the stack (set by VM creation: the system loader).
oop (*find_class_default_loader)(JavaThread*) = nullptr;

}  // namespace

// ---- shared helpers (jniInternal.hpp) --------------------------------------------------------

Klass* jni::klass_of(jclass c) {
  oop m = resolve(c);
  return m == nullptr ? nullptr : java_lang_Class::as_klass(m);
}

std::string jni::external_name(const Klass* k) {
  return k->name()->as_external_name();
}

std::string jni::external_method_name(const Klass* k, std::string_view name, std::string_view sig) {
  return Descriptors::external_method_name(external_name(k), name, sig);
}

void jni_set_find_class_default_loader(oop (*loader)(JavaThread* thread)) { find_class_default_loader = loader; }

namespace {

// ---- version, classes -------------------------------------------------------------------------

jint JNICALL jni_GetVersion(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  return JNI_VERSION_10;  // JDK 17's JNI version
}

jclass JNICALL jni_DefineClass(JNIEnv* env, const char* name, jobject loader, const jbyte* buf, jsize len) {
  JNI_ENTRY_BODY(env);
  if (buf == nullptr || len < 0) {
    Exceptions::throw_msg(THREAD, "java/lang/ClassFormatError", "Truncated class file");
    return nullptr;
  }
  ClassLoaderData* cld = ClassLoaderData::for_loader(resolve(loader));
  InstanceKlass* k = SystemDictionary::define_class(reinterpret_cast<const u1*>(buf), size_t(len), name, cld, CHECK_NULL);
  return local<jclass>(THREAD, k->java_mirror());
}

// The loader FindClass uses (JNI spec FindClass; HotSpot's jni_FindClass): that of the class
// declaring the youngest Java method on the stack (the native method that called us). When that
// is jdk.internal.loader.NativeLibraries (JNI_OnLoad / JNI_OnUnload running), the class whose
// library is being loaded, from NativeLibraries.getFromClass(). With no Java frame (a thread
// attached by AttachCurrentThread), the hook set by jni_set_find_class_default_loader — the
// system class loader once it exists — else the boot loader.
oop find_class_loader(JavaThread* THREAD) {
  Frame* f = THREAD->last_frame();
  while (f != nullptr && f->_method == nullptr) f = f->_prev;
  if (f == nullptr) return find_class_default_loader != nullptr ? find_class_default_loader(THREAD) : nullptr;
  InstanceKlass* holder = f->_method->holder();
  if (holder->class_loader_data()->is_boot() && holder->name()->equals("jdk/internal/loader/NativeLibraries")) {
    JavaValue r;
    JavaCalls::call_static(&r, holder, "getFromClass", "()Ljava/lang/Class;", JavaArgs(), THREAD);
    if (HAS_PENDING_EXCEPTION) return nullptr;
    if (r.v.l != nullptr) {
      Klass* from = java_lang_Class::as_klass(r.v.l);
      if (from != nullptr) return from->class_loader_data()->loader();
    }
  }
  return holder->class_loader_data()->loader();
}

jclass JNICALL jni_FindClass(JNIEnv* env, const char* name) {
  JNI_ENTRY_BODY(env);
  if (name == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoClassDefFoundError", nullptr);
    return nullptr;
  }
  oop loader = find_class_loader(THREAD);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  ClassLoaderData* cld = ClassLoaderData::for_loader(loader);
  Klass* k = SystemDictionary::resolve_or_fail(SymbolTable::lookup(name), cld, CHECK_NULL);
  if (k->is_instance_klass() && !InstanceKlass_cast(k)->is_initialized()) {
    SystemDictionary::initialize_class(InstanceKlass_cast(k), CHECK_NULL);  // as HotSpot's FindClass
  }
  return local<jclass>(THREAD, k->java_mirror());
}

jclass JNICALL jni_GetSuperclass(JNIEnv* env, jclass clazz) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass_of(clazz);
  if (k == nullptr || k->is_interface() || k->super() == nullptr) return nullptr;
  return local<jclass>(THREAD, k->super()->java_mirror());
}

jboolean JNICALL jni_IsAssignableFrom(JNIEnv* env, jclass from, jclass to) {
  JNI_ENTRY_BODY(env);
  oop m1 = resolve(from), m2 = resolve(to);
  if (m1 == nullptr || m2 == nullptr) return JNI_FALSE;
  Klass* k1 = java_lang_Class::as_klass(m1);
  Klass* k2 = java_lang_Class::as_klass(m2);
  if (k1 == nullptr || k2 == nullptr) return m1 == m2 ? JNI_TRUE : JNI_FALSE;  // primitive types
  return k1->is_subtype_of(k2) ? JNI_TRUE : JNI_FALSE;
}

// ---- exceptions -------------------------------------------------------------------------------

jint JNICALL jni_Throw(JNIEnv* env, jthrowable obj) {
  JNI_ENTRY_BODY(env);
  oop e = resolve(obj);
  if (e == nullptr) return JNI_ERR;
  Exceptions::throw_oop(THREAD, e);
  return JNI_OK;
}

jint JNICALL jni_ThrowNew(JNIEnv* env, jclass clazz, const char* msg) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass_of(clazz);
  if (k == nullptr || !k->is_instance_klass() || !k->is_subtype_of(vmClasses::Throwable_klass())) return JNI_ERR;
  InstanceKlass* ik = InstanceKlass_cast(k);
  if (!ik->is_initialized()) {
    SystemDictionary::initialize_class(ik, THREAD);
    if (HAS_PENDING_EXCEPTION) return JNI_ERR;
  }
  Exceptions::throw_msg(THREAD, ik, msg);
  return JNI_OK;
}

jthrowable JNICALL jni_ExceptionOccurred(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  return local<jthrowable>(THREAD, THREAD->pending_exception());
}

std::string thread_name(JavaThread* THREAD) {
  oop t = THREAD->threadObj();
  if (t == nullptr) return "";
  oop name = t->obj_field(find_field_offset(vmClasses::Thread_klass(), "name", "Ljava/lang/String;"));
  return name == nullptr ? "" : java_lang_String::as_utf8(name);
}

// HotSpot's jni_ExceptionDescribe: "Exception in thread "main" " then Throwable.printStackTrace()
// (to System.err); an exception from printStackTrace itself is dropped. Here, when
// printStackTrace cannot run (System.err not set up yet), the throwable's class and message are
// printed instead so the report is not lost.
void JNICALL jni_ExceptionDescribe(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  if (!HAS_PENDING_EXCEPTION) return;
  HandleMark hm(THREAD);
  Handle ex(THREAD, THREAD->pending_exception());
  THREAD->clear_pending_exception();
  if (ex()->klass()->name()->equals("java/lang/ThreadDeath")) return;
  fprintf(stderr, "Exception ");
  if (THREAD->threadObj() != nullptr) fprintf(stderr, "in thread \"%s\" ", thread_name(THREAD).c_str());
  fflush(stderr);
  JavaArgs args;
  args.push_oop(ex());
  JavaValue r;
  JavaCalls::call_virtual(&r, vmClasses::Throwable_klass(), "printStackTrace", "()V", args, THREAD);
  if (HAS_PENDING_EXCEPTION) {
    THREAD->clear_pending_exception();
    oop msg = java_lang_Throwable::message(ex());
    fprintf(stderr, "%s", external_name(ex()->klass()).c_str());
    if (msg != nullptr) fprintf(stderr, ": %s", java_lang_String::as_utf8(msg).c_str());
    fprintf(stderr, "\n");
  }
}

void JNICALL jni_ExceptionClear(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  THREAD->clear_pending_exception();
}

void JNICALL jni_FatalError(JNIEnv* env, const char* msg) {
  JNI_ENTRY_BODY(env);
  fprintf(stderr, "FATAL ERROR in native method: %s\n", msg != nullptr ? msg : "");
  fflush(stderr);
  abort();
}

jboolean JNICALL jni_ExceptionCheck(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  return HAS_PENDING_EXCEPTION ? JNI_TRUE : JNI_FALSE;
}

// ---- references -------------------------------------------------------------------------------

// Local frames: the size of the thread's handle list at each PushLocalFrame. A native method's
// local references are released when it returns (HandleMark in the native call), so marks left
// by a native that forgot PopLocalFrame are only ever above the list's size and are dropped.
thread_local std::vector<size_t> local_frame_marks;

jint JNICALL jni_PushLocalFrame(JNIEnv* env, jint capacity) {
  JNI_ENTRY_BODY(env);
  if (capacity < 0) return JNI_ERR;
  local_frame_marks.push_back(THREAD->jni_locals().size());
  return JNI_OK;
}

jobject JNICALL jni_PopLocalFrame(JNIEnv* env, jobject result) {
  JNI_ENTRY_BODY(env);
  oop r = resolve(result);
  auto& handles = THREAD->jni_locals();
  while (!local_frame_marks.empty() && local_frame_marks.back() > handles.size()) local_frame_marks.pop_back();
  if (!local_frame_marks.empty()) {
    handles.resize(local_frame_marks.back());
    local_frame_marks.pop_back();
  }
  return local(THREAD, r);
}

jint JNICALL jni_EnsureLocalCapacity(JNIEnv* env, jint capacity) {
  JNI_ENTRY_BODY(env);
  return capacity >= 0 ? JNI_OK : JNI_ERR;  // the handle list grows on demand
}

jobject JNICALL jni_NewLocalRef(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  return local(THREAD, resolve(ref));
}

void JNICALL jni_DeleteLocalRef(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  if (ref != nullptr && JNIHandles::ref_type(ref) == JNILocalRefType) JNIHandles::destroy_local(ref);
}

jobject JNICALL jni_NewGlobalRef(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_jni_global(resolve(ref));
}

void JNICALL jni_DeleteGlobalRef(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  JNIHandles::destroy_jni_global(ref);
}

jweak JNICALL jni_NewWeakGlobalRef(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_weak_global(resolve(ref));
}

void JNICALL jni_DeleteWeakGlobalRef(JNIEnv* env, jweak ref) {
  JNI_ENTRY_BODY(env);
  JNIHandles::destroy_weak_global(ref);
}

jboolean JNICALL jni_IsSameObject(JNIEnv* env, jobject a, jobject b) {
  JNI_ENTRY_BODY(env);
  return resolve(a) == resolve(b) ? JNI_TRUE : JNI_FALSE;
}

jobjectRefType JNICALL jni_GetObjectRefType(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::ref_type(ref);
}

// ---- objects ----------------------------------------------------------------------------------

jclass JNICALL jni_GetObjectClass(JNIEnv* env, jobject obj) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(obj);
  if (o == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  return local<jclass>(THREAD, o->klass()->java_mirror());
}

jboolean JNICALL jni_IsInstanceOf(JNIEnv* env, jobject obj, jclass clazz) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(obj);
  if (o == nullptr) return JNI_TRUE;  // JNI spec: a null object can be cast to any class
  Klass* k = klass_of(clazz);
  return k != nullptr && o->klass()->is_subtype_of(k) ? JNI_TRUE : JNI_FALSE;
}

// ---- natives, monitors, VM --------------------------------------------------------------------

// HotSpot's register_native: NoSuchMethodError "Method 'void Foo.bar(int)' name or signature does
// not match" / "... is not declared as native".
jint JNICALL jni_RegisterNatives(JNIEnv* env, jclass clazz, const JNINativeMethod* methods, jint n) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass_of(clazz);
  if (k == nullptr || methods == nullptr) return JNI_ERR;
  for (jint i = 0; i < n; i++) {
    const char* name = methods[i].name;
    const char* sig = methods[i].signature;
    Symbol* ns = SymbolTable::probe(name);
    Symbol* ss = SymbolTable::probe(sig);
    Method* m = ns != nullptr && ss != nullptr && k->is_instance_klass() ? InstanceKlass_cast(k)->find_local_method(ns, ss)
                                                                         : nullptr;
    if (m == nullptr || !m->is_native() || !NativeLookup::register_native(k, name, sig, methods[i].fnPtr)) {
      std::string msg = "Method '" + external_method_name(k, name, sig) +
                        (m == nullptr ? "' name or signature does not match" : "' is not declared as native");
      Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", msg.c_str());
      return JNI_ERR;
    }
  }
  return JNI_OK;
}

jint JNICALL jni_UnregisterNatives(JNIEnv* env, jclass clazz) {
  JNI_ENTRY_BODY(env);
  Klass* k = klass_of(clazz);
  if (k == nullptr || !k->is_instance_klass()) return JNI_OK;
  InstanceKlass* ik = InstanceKlass_cast(k);
  for (int i = 0; i < ik->methods_count(); i++) {
    Method* m = ik->method_at(i);
    if (m->is_native()) m->_native_entry = nullptr;  // looked up again (by name) at the next call
  }
  return JNI_OK;
}

jint JNICALL jni_MonitorEnter(JNIEnv* env, jobject obj) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(obj);
  if (o == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return JNI_ERR;
  }
  // The object may move while we wait for the monitor: lock through a handle slot.
  HandleMark hm(THREAD);
  THREAD->handles().push_back(o);
  ObjectSynchronizer::enter(THREAD, &THREAD->handles().back());
  return JNI_OK;
}

jint JNICALL jni_MonitorExit(JNIEnv* env, jobject obj) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(obj);
  if (o == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return JNI_ERR;
  }
  ObjectSynchronizer::exit(THREAD, o);
  return HAS_PENDING_EXCEPTION ? JNI_ERR : JNI_OK;
}

jint JNICALL jni_GetJavaVM(JNIEnv* env, JavaVM** vm) {
  JNI_ENTRY_BODY(env);
  if (vm == nullptr) return JNI_ERR;
  *vm = jni_java_vm();
  return JNI_OK;
}

jobject JNICALL jni_GetModule(JNIEnv* env, jclass clazz) {
  JNI_ENTRY_BODY(env);
  oop m = resolve(clazz);
  if (m == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  return local(THREAD, m->obj_field(java_lang_Class::module_offset));
}

// ---- direct buffers (JNI spec "NIO Support") --------------------------------------------------

// new java.nio.DirectByteBuffer(long addr, int cap), the private constructor JDK 17 keeps for
// JNI. The capacity is narrowed to int as HotSpot does.
jobject JNICALL jni_NewDirectByteBuffer(JNIEnv* env, void* address, jlong capacity) {
  JNI_ENTRY_BODY(env);
  Klass* k = SystemDictionary::resolve_boot("java/nio/DirectByteBuffer", CHECK_NULL);
  JavaArgs args;
  args.push_long(jlong(reinterpret_cast<uintptr_t>(address)));
  args.push_int(jint(capacity));
  oop buf = JavaCalls::construct(InstanceKlass_cast(k), "(JI)V", args, CHECK_NULL);
  return local(THREAD, buf);
}

// A direct buffer implements sun.nio.ch.DirectBuffer; its address and capacity are fields of
// java.nio.Buffer. Null / -1 for anything else.
bool is_direct_buffer(JavaThread* THREAD, oop o) {
  if (o == nullptr) return false;
  Klass* db = SystemDictionary::resolve_boot("sun/nio/ch/DirectBuffer", THREAD);
  if (HAS_PENDING_EXCEPTION) { THREAD->clear_pending_exception(); return false; }
  return o->klass()->is_subtype_of(db);
}

void* JNICALL jni_GetDirectBufferAddress(JNIEnv* env, jobject buf) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(buf);
  if (!is_direct_buffer(THREAD, o)) return nullptr;
  Klass* b = SystemDictionary::resolve_boot("java/nio/Buffer", CHECK_NULL);
  return reinterpret_cast<void*>(o->get<jlong>(find_field_offset(b, "address", "J")));
}

jlong JNICALL jni_GetDirectBufferCapacity(JNIEnv* env, jobject buf) {
  JNI_ENTRY_BODY(env);
  oop o = resolve(buf);
  if (!is_direct_buffer(THREAD, o)) return -1;
  Klass* b = SystemDictionary::resolve_boot("java/nio/Buffer", THREAD);
  if (HAS_PENDING_EXCEPTION) return -1;
  return o->get<jint>(find_field_offset(b, "capacity", "I"));
}

// ---- the invocation interface (JNI spec chapter 5) --------------------------------------------

jint JNICALL jni_DestroyJavaVM(JavaVM*) {
  return jvmlab_destroy_java_vm();
}

jint attach(void** penv, void* args, bool daemon) {
  if (penv == nullptr) return JNI_ERR;
  if (JavaThread* t = JavaThread::current()) {  // already attached: its env (JNI spec)
    *penv = &t->_jni_env;
    return JNI_OK;
  }
  return Threads::attach_current_thread(penv, args, daemon);
}

jint JNICALL jni_AttachCurrentThread(JavaVM*, void** penv, void* args) { return attach(penv, args, false); }
jint JNICALL jni_AttachCurrentThreadAsDaemon(JavaVM*, void** penv, void* args) { return attach(penv, args, true); }

jint JNICALL jni_DetachCurrentThread(JavaVM*) {
  if (JavaThread::current() == nullptr) return JNI_OK;  // JDK 9+: detaching a detached thread is a no-op
  return Threads::detach_current_thread();
}

bool is_supported_jni_version(jint v) {
  return v == JNI_VERSION_1_1 || v == JNI_VERSION_1_2 || v == JNI_VERSION_1_4 || v == JNI_VERSION_1_6 ||
         v == JNI_VERSION_1_8 || v == JNI_VERSION_9 || v == JNI_VERSION_10;
}

// JVMTI environments (version 0x30xxxxxx) are not available yet: JNI_EVERSION.
jint JNICALL jni_GetEnv(JavaVM*, void** penv, jint version) {
  if (penv == nullptr) return JNI_ERR;
  JavaThread* t = JavaThread::current();
  if (t == nullptr) {
    *penv = nullptr;
    return JNI_EDETACHED;
  }
  if (!is_supported_jni_version(version)) {
    *penv = nullptr;
    return JNI_EVERSION;
  }
  *penv = &t->_jni_env;
  return JNI_OK;
}

const JNIInvokeInterface_ invoke_interface = {
    nullptr, nullptr, nullptr,
    jni_DestroyJavaVM, jni_AttachCurrentThread, jni_DetachCurrentThread, jni_GetEnv,
    jni_AttachCurrentThreadAsDaemon,
};
JavaVM main_vm = {&invoke_interface};

JNINativeInterface_ make_table() {
  JNINativeInterface_ t = {};
  t.GetVersion = jni_GetVersion;
  t.DefineClass = jni_DefineClass;
  t.FindClass = jni_FindClass;
  t.GetSuperclass = jni_GetSuperclass;
  t.IsAssignableFrom = jni_IsAssignableFrom;
  t.Throw = jni_Throw;
  t.ThrowNew = jni_ThrowNew;
  t.ExceptionOccurred = jni_ExceptionOccurred;
  t.ExceptionDescribe = jni_ExceptionDescribe;
  t.ExceptionClear = jni_ExceptionClear;
  t.FatalError = jni_FatalError;
  t.ExceptionCheck = jni_ExceptionCheck;
  t.PushLocalFrame = jni_PushLocalFrame;
  t.PopLocalFrame = jni_PopLocalFrame;
  t.EnsureLocalCapacity = jni_EnsureLocalCapacity;
  t.NewLocalRef = jni_NewLocalRef;
  t.DeleteLocalRef = jni_DeleteLocalRef;
  t.NewGlobalRef = jni_NewGlobalRef;
  t.DeleteGlobalRef = jni_DeleteGlobalRef;
  t.NewWeakGlobalRef = jni_NewWeakGlobalRef;
  t.DeleteWeakGlobalRef = jni_DeleteWeakGlobalRef;
  t.IsSameObject = jni_IsSameObject;
  t.GetObjectRefType = jni_GetObjectRefType;
  t.GetObjectClass = jni_GetObjectClass;
  t.IsInstanceOf = jni_IsInstanceOf;
  t.RegisterNatives = jni_RegisterNatives;
  t.UnregisterNatives = jni_UnregisterNatives;
  t.MonitorEnter = jni_MonitorEnter;
  t.MonitorExit = jni_MonitorExit;
  t.GetJavaVM = jni_GetJavaVM;
  t.GetModule = jni_GetModule;
  t.NewDirectByteBuffer = jni_NewDirectByteBuffer;
  t.GetDirectBufferAddress = jni_GetDirectBufferAddress;
  t.GetDirectBufferCapacity = jni_GetDirectBufferCapacity;
  jni_fill_calls(&t);
  jni_fill_fields(&t);
  jni_fill_arrays(&t);
  jni_fill_reflection(&t);
  return t;
}

}  // namespace

const JNINativeInterface_* jni_functions() {
  static const JNINativeInterface_ table = make_table();
  return &table;
}

JavaVM* jni_java_vm() { return &main_vm; }
