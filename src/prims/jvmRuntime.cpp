// jvm.h entry points about the running program rather than one class: string interning, the
// access-control context (the security manager's view of the stack), the latest user-defined
// loader on the stack, and the stack walker.
#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "interpreter/bytecodeUtils.hpp"
#include "interpreter/frame.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/interfaceSupport.hpp"
#include "vm/globals.hpp"

extern "C" {

JNIEXPORT jstring JNICALL JVM_InternString(JNIEnv* env, jstring str) {
  JNI_ENTRY_BODY(env);
  oop s = JNIHandles::resolve(str);
  if (s == nullptr) return nullptr;
  oop interned = StringTable::intern(s, CHECK_NULL);
  return static_cast<jstring>(JNIHandles::make_local(THREAD, interned));
}

// With no protection domains on the stack (jvmlab has no security manager support yet) the
// context is null, which AccessController reads as "no restrictions", as HotSpot returns when
// every frame is privileged or from the boot loader.
JNIEXPORT jobject JNICALL JVM_GetStackAccessControlContext(JNIEnv* env, jclass cls) { return nullptr; }

JNIEXPORT jobject JNICALL JVM_GetInheritedAccessControlContext(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  oop t = THREAD->threadObj();
  if (t == nullptr) return nullptr;
  static int offset = find_field_offset(vmClasses::Thread_klass(), "inheritedAccessControlContext",
                                        "Ljava/security/AccessControlContext;");
  return JNIHandles::make_local(THREAD, t->obj_field(offset));
}

// The loader of the first Java frame whose class was not loaded by the boot or platform loader
// (ObjectInputStream.latestUserDefinedLoader).
JNIEXPORT jobject JNICALL JVM_LatestUserDefinedLoader(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  for (Frame* f = THREAD->last_frame(); f != nullptr; f = f->_prev) {
    ClassLoaderData* cld = f->_method->holder()->class_loader_data();
    if (cld->is_boot()) continue;
    oop loader = cld->loader();
    if (loader->klass()->name()->equals("jdk/internal/loader/ClassLoaders$PlatformClassLoader")) continue;
    return JNIHandles::make_local(THREAD, loader);
  }
  return nullptr;
}

// The java.lang.management interface (jmm.h) comes with the management work (issue for
// jstat/jcmd/MXBeans); until then libmanagement sees no interface and reports it.
JNIEXPORT void* JNICALL JVM_GetManagement(jint version) { return nullptr; }

}  // extern "C"

extern "C" JNIEXPORT jstring JNICALL JVM_GetExtendedNPEMessage(JNIEnv* env, jthrowable throwable) {
  // Helpful NullPointerException messages (JEP 358): the message is computed from the top frame of
  // the exception's backtrace (interpreter/bytecodeUtils), null when there is none to give.
  JNI_ENTRY_BODY(env);
  if (!ShowCodeDetailsInExceptionMessages) return nullptr;
  oop t = JNIHandles::resolve(throwable);
  oop backtrace = t->obj_field(java_lang_Throwable::backtrace_offset);
  if (backtrace == nullptr || t->get<jint>(java_lang_Throwable::depth_offset) == 0) return nullptr;
  // Object[3] { long[] methods, int[] bcis, Object[] mirrors } (runtime/stackTrace.hpp)
  arrayOop parts = static_cast<arrayOop>(backtrace);
  arrayOop methods = static_cast<arrayOop>(CompressedOops::decode(parts->elements<narrowOop>()[0]));
  arrayOop bcis = static_cast<arrayOop>(CompressedOops::decode(parts->elements<narrowOop>()[1]));
  if (methods == nullptr || bcis == nullptr || methods->length() == 0) return nullptr;
  Method* m = reinterpret_cast<Method*>(methods->elements<jlong>()[0]);
  int bci = bcis->elements<jint>()[0];
  if (m->is_native()) return nullptr;
  std::string message;
  if (!BytecodeUtils::get_npe_message(m, bci, &message)) return nullptr;
  oop s = java_lang_String::create_from_utf8(message.c_str(), int(message.size()), CHECK_NULL);
  return static_cast<jstring>(JNIHandles::make_local(THREAD, s));
}
