// The general-purpose JVM_* entry points (prims/jvm.cpp, prims/jvmStackTrace.cpp) on a booted VM
// core: System.arraycopy with every HotSpot 17 error message, Object.clone and hashCode,
// properties, time, memory, and stack traces of exceptions made in javac-compiled code
// (tests/unit/prims/java/JvmMiscProbe.java). The natives are bound here as libjava binds them.
#include <gtest/gtest.h>

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/serial/serialHeap.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/jvm.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/stackTrace.hpp"
#include "vm/arguments.hpp"
#include "vm/flags.hpp"
#include "vm/globals.hpp"
#include "vm/vmInit.hpp"
#include "../classfile/imageSupport.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <map>
#include <string>

extern "C" {
jlong JNICALL JVM_CurrentTimeMillis(JNIEnv*, jclass);
jlong JNICALL JVM_NanoTime(JNIEnv*, jclass);
jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv*, jclass, jlong);
void JNICALL JVM_ArrayCopy(JNIEnv*, jclass, jobject, jint, jobject, jint, jint);
jint JNICALL JVM_IHashCode(JNIEnv*, jobject);
jobject JNICALL JVM_Clone(JNIEnv*, jobject);
void JNICALL JVM_GC(void);
jlong JNICALL JVM_TotalMemory(void);
jlong JNICALL JVM_FreeMemory(void);
jlong JNICALL JVM_MaxMemory(void);
jlong JNICALL JVM_MaxObjectInspectionAge(void);
jint JNICALL JVM_ActiveProcessorCount(void);
jobjectArray JNICALL JVM_GetProperties(JNIEnv*);
jstring JNICALL JVM_GetTemporaryDirectory(JNIEnv*);
jobjectArray JNICALL JVM_GetVmArguments(JNIEnv*);
char* JNICALL JVM_NativePath(char*);
void* JNICALL JVM_LoadLibrary(const char*, jboolean);
void* JNICALL JVM_FindLibraryEntry(void*, const char*);
jboolean JNICALL JVM_IsSupportedJNIVersion(jint);
jint JNICALL JVM_FindSignal(const char*);
void* JNICALL JVM_RegisterSignal(jint, void*);
jboolean JNICALL JVM_RaiseSignal(jint);
void* JNICALL JVM_RawMonitorCreate(void);
jint JNICALL JVM_RawMonitorEnter(void*);
void JNICALL JVM_RawMonitorExit(void*);
void JNICALL JVM_RawMonitorDestroy(void*);
int jio_snprintf(char*, size_t, const char*, ...);
void JNICALL JVM_FillInStackTrace(JNIEnv*, jobject);
void JNICALL JVM_InitStackTraceElementArray(JNIEnv*, jobjectArray, jobject);
}

namespace {
// The natives as libjava implements them (Throwable.c, Object.c, StackTraceElement.c).
jobject JNICALL fill_in_stack_trace(JNIEnv* env, jobject self, jint) {
  JVM_FillInStackTrace(env, self);
  return self;
}
void JNICALL init_stack_trace_elements(JNIEnv* env, jclass, jobjectArray elements, jobject t) {
  JVM_InitStackTraceElementArray(env, elements, t);
}
jint JNICALL object_hash_code(JNIEnv* env, jobject self) { return JVM_IHashCode(env, self); }
jobject JNICALL object_clone(JNIEnv* env, jobject self) { return JVM_Clone(env, self); }
jobject JNICALL current_trace(JNIEnv* env, jclass) {
  JNI_ENTRY_BODY(env);
  arrayOop a = java_stack_trace_of(THREAD, 0, THREAD);
  return a == nullptr ? nullptr : JNIHandles::make_local(THREAD, a);
}

// Natives of JDK classes the exceptions' initializers reach, whose real versions (libjava + JNI
// RegisterNatives) this test VM does not load: their registration is a no-op here.
void JNICALL no_op_register_natives(JNIEnv*, jclass) {}
jboolean JNICALL no_assertions(JNIEnv*, jclass, jclass) { return JNI_FALSE; }  // no -ea

void bind(InstanceKlass* k, const char* name, const char* sig, void* fn) {
  ASSERT_TRUE(NativeLookup::register_native(k, name, sig, fn)) << name << sig;
}

JavaThread* boot() {
  static JavaThread* thread = [] {
    // The interpreter test's boot directory and heap size: the test VM is one per process, so
    // whichever test boots it first, the other's classes are on the same path.
    std::string out = "/tmp/jvmlab_unit_interp";
    std::string cmd = "mkdir -p " + out + " && javac -g -d " + out + " " JVMLAB_SOURCE_DIR "/tests/unit/prims/java/JvmMiscProbe.java";
    if (std::system(cmd.c_str()) != 0) return static_cast<JavaThread*>(nullptr);
    ensure_libjvm_loaded();
    MaxHeapSize = 16 * M;
    InitialHeapSize = 16 * M;
    VMBootOptions opts;
    opts.jdk_home = JVMLAB_JDK_HOME;
    opts.boot_append.push_back(out);
    std::string error;
    JavaThread* t = create_vm_core(opts, &error);
    if (t == nullptr) {
      ADD_FAILURE() << error;
      return t;
    }
    NativeLookup::register_special("Java_java_lang_Class_registerNatives", (void*)&no_op_register_natives);
    NativeLookup::register_special("Java_java_lang_System_registerNatives", (void*)&no_op_register_natives);
    NativeLookup::register_special("Java_jdk_internal_misc_VM_initialize", (void*)&no_op_register_natives);
    bind(vmClasses::Class_klass(), "desiredAssertionStatus0", "(Ljava/lang/Class;)Z", (void*)&no_assertions);
    bind(vmClasses::Throwable_klass(), "fillInStackTrace", "(I)Ljava/lang/Throwable;", (void*)&fill_in_stack_trace);
    bind(vmClasses::StackTraceElement_klass(), "initStackTraceElements",
         "([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V", (void*)&init_stack_trace_elements);
    bind(vmClasses::Object_klass(), "hashCode", "()I", (void*)&object_hash_code);
    bind(vmClasses::Object_klass(), "clone", "()Ljava/lang/Object;", (void*)&object_clone);
    bind(vmClasses::System_klass(), "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", (void*)&JVM_ArrayCopy);
    Klass* probe = SystemDictionary::resolve_boot("JvmMiscProbe", t);
    if (probe == nullptr) { ADD_FAILURE() << "JvmMiscProbe not found"; return static_cast<JavaThread*>(nullptr); }
    bind(InstanceKlass_cast(probe), "currentTrace", "()[Ljava/lang/Object;", (void*)&current_trace);
    return t;
  }();
  return thread;
}

JNIEnv* env() { return &boot()->_jni_env; }
jobject local(oop o) { return JNIHandles::make_local(boot(), o); }

// Calls a static method of JvmMiscProbe; a pending exception fails the test.
oop call(const char* name, const char* sig) {
  JavaThread* t = boot();
  Klass* k = SystemDictionary::resolve_boot("JvmMiscProbe", t);
  JavaValue r;
  JavaCalls::call_static(&r, InstanceKlass_cast(k), name, sig, JavaArgs(), t);
  if (t->has_pending_exception()) {
    oop msg = java_lang_Throwable::message(t->pending_exception());
    ADD_FAILURE() << name << " threw " << t->pending_exception()->klass()->name()->str() << ": "
                  << (msg == nullptr ? "" : java_lang_String::as_utf8(msg));
    t->clear_pending_exception();
    return nullptr;
  }
  return r.v.l;
}

// "java.lang.Foo: message" for the pending exception (cleared), "" if none.
std::string take_exception() {
  JavaThread* t = boot();
  if (!t->has_pending_exception()) return "";
  oop e = t->pending_exception();
  t->clear_pending_exception();
  std::string s = e->klass()->name()->str();
  for (char& c : s) if (c == '/') c = '.';
  oop msg = java_lang_Throwable::message(e);
  return msg == nullptr ? s : s + ": " + java_lang_String::as_utf8(msg);
}

std::string copy(oop s, int sp, oop d, int dp, int n) {
  JVM_ArrayCopy(env(), nullptr, local(s), sp, local(d), dp, n);
  return take_exception();
}

arrayOop obj_array(Klass* element, int n) {
  return oopFactory::new_objArray(element, n, boot());
}
Klass* boot_class(const char* name) { return SystemDictionary::resolve_boot(name, boot()); }
oop element(oop a, int i) { return CompressedOops::decode(static_cast<arrayOop>(a)->elements<narrowOop>()[i]); }
}  // namespace

TEST(JvmArrayCopy, HotSpotMessagesForEveryCheck) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle i10(t, oopFactory::new_typeArray(T_INT, 10, t));
  Handle l5(t, oopFactory::new_typeArray(T_LONG, 5, t));
  Handle l3(t, oopFactory::new_typeArray(T_LONG, 3, t));
  Handle o10(t, obj_array(vmClasses::Object_klass(), 10));
  Handle s3(t, obj_array(vmClasses::String_klass(), 3));
  Handle str(t, java_lang_String::create_from_utf8("x", t));
  Handle plain(t, oopFactory::new_instance(vmClasses::Object_klass(), t));

  EXPECT_EQ(copy(nullptr, 0, i10(), 0, 1), "java.lang.NullPointerException");
  EXPECT_EQ(copy(i10(), 0, nullptr, 0, 1), "java.lang.NullPointerException");
  EXPECT_EQ(copy(str(), 0, i10(), 0, 1), "java.lang.ArrayStoreException: arraycopy: source type java.lang.String is not an array");
  EXPECT_EQ(copy(plain(), 0, plain(), 0, 0), "java.lang.ArrayStoreException: arraycopy: source type java.lang.Object is not an array");
  EXPECT_EQ(copy(i10(), 0, str(), 0, 1), "java.lang.ArrayStoreException: arraycopy: destination type java.lang.String is not an array");
  EXPECT_EQ(copy(o10(), 0, str(), 0, 1), "java.lang.ArrayStoreException: arraycopy: destination type java.lang.String is not an array");
  EXPECT_EQ(copy(i10(), 0, l5(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy int[] into long[]");
  EXPECT_EQ(copy(i10(), 0, o10(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy int[] into object array[]");
  EXPECT_EQ(copy(o10(), 0, i10(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy object array[] into int[]");
  EXPECT_EQ(copy(i10(), -1, i10(), 0, 1), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for int[10]");
  EXPECT_EQ(copy(i10(), 0, i10(), -2, 1), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: destination index -2 out of bounds for int[10]");
  EXPECT_EQ(copy(i10(), 0, i10(), 0, -3), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: length -3 is negative");
  EXPECT_EQ(copy(i10(), 5, i10(), 0, 6), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last source index 11 out of bounds for int[10]");
  EXPECT_EQ(copy(l5(), 0, l3(), 0, 4), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last destination index 4 out of bounds for long[3]");
  EXPECT_EQ(copy(i10(), 0x7fffffff, i10(), 0, 5), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last source index 2147483652 out of bounds for int[10]");
  EXPECT_EQ(copy(o10(), -1, o10(), 0, 1), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for object array[10]");
  EXPECT_EQ(copy(o10(), 0, o10(), -2, 1), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: destination index -2 out of bounds for object array[10]");
  EXPECT_EQ(copy(o10(), 0, o10(), 0, -3), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: length -3 is negative");
  EXPECT_EQ(copy(o10(), 5, o10(), 0, 6), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last source index 11 out of bounds for object array[10]");
  EXPECT_EQ(copy(o10(), 0, s3(), 0, 4), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last destination index 4 out of bounds for object array[3]");
  Handle b1(t, oopFactory::new_typeArray(T_BOOLEAN, 1, t));
  Handle y1(t, oopFactory::new_typeArray(T_BYTE, 1, t));
  EXPECT_EQ(copy(b1(), 0, y1(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy boolean[] into byte[]");
  Handle c2(t, oopFactory::new_typeArray(T_CHAR, 2, t));
  Handle c1(t, oopFactory::new_typeArray(T_CHAR, 1, t));
  EXPECT_EQ(copy(c2(), 0, c1(), 0, 2), "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last destination index 2 out of bounds for char[1]");
  EXPECT_EQ(copy(i10(), 0, i10(), 10, 0), "");  // empty copy at the end is fine
}

TEST(JvmArrayCopy, ReferenceElementsAreCheckedOneByOne) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle o10(t, obj_array(vmClasses::Object_klass(), 10));
  Handle s3(t, obj_array(vmClasses::String_klass(), 3));
  Handle in4(t, obj_array(vmClasses::Integer_klass(), 4));
  Handle n3(t, obj_array(boot_class("java/lang/Number"), 3));
  Handle a(t, java_lang_String::create_from_utf8("a", t));
  Handle one(t, oopFactory::new_instance(vmClasses::Integer_klass(), t));
  Handle dbl(t, oopFactory::new_instance(vmClasses::Double_klass(), t));
  oop_store(&static_cast<arrayOop>(o10())->elements<narrowOop>()[0], a());
  oop_store(&static_cast<arrayOop>(o10())->elements<narrowOop>()[1], one());
  // The first element fits and is copied before the second one fails.
  EXPECT_EQ(copy(o10(), 0, s3(), 0, 2), "java.lang.ArrayStoreException: arraycopy: element type mismatch: can not cast one of "
                                        "the elements of java.lang.Object[] to the type of the destination array, java.lang.String");
  EXPECT_EQ(element(s3(), 0), a());
  EXPECT_EQ(element(s3(), 1), nullptr);
  // Unrelated element types: HotSpot's "type mismatch" text, only when an element fails.
  EXPECT_EQ(copy(s3(), 0, in4(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy java.lang.String[] into java.lang.Integer[]");
  EXPECT_EQ(copy(in4(), 0, s3(), 1, 2), "");  // nulls fit anywhere
  EXPECT_EQ(copy(in4(), 0, n3(), 0, 3), "");  // Integer[] into Number[]: statically fine
  oop_store(&static_cast<arrayOop>(n3())->elements<narrowOop>()[0], dbl());
  EXPECT_EQ(copy(n3(), 0, in4(), 0, 1), "java.lang.ArrayStoreException: arraycopy: element type mismatch: can not cast one of "
                                        "the elements of java.lang.Number[] to the type of the destination array, java.lang.Integer");
  Klass* long_array = vmClasses::type_array_klass(T_LONG);
  Handle ll(t, obj_array(long_array, 1));
  Handle holder(t, obj_array(vmClasses::Object_klass(), 1));
  Handle ints(t, oopFactory::new_typeArray(T_INT, 0, t));
  oop_store(&static_cast<arrayOop>(holder())->elements<narrowOop>()[0], ints());
  EXPECT_EQ(copy(holder(), 0, ll(), 0, 1), "java.lang.ArrayStoreException: arraycopy: element type mismatch: can not cast one of "
                                           "the elements of java.lang.Object[] to the type of the destination array, [J");
  Handle sh(t, oopFactory::new_typeArray(T_SHORT, 1, t));
  Handle o1(t, obj_array(vmClasses::Object_klass(), 1));
  EXPECT_EQ(copy(sh(), 0, o1(), 0, 1), "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy short[] into object array[]");
}

TEST(JvmArrayCopy, OverlappingCopiesBehaveAsMemmove) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  // Through the bound System.arraycopy from Java code.
  oop r = call("copyInts", "()[I");
  ASSERT_NE(r, nullptr);
  const jint* e = static_cast<arrayOop>(r)->elements<jint>();
  EXPECT_EQ(std::vector<jint>(e, e + 5), (std::vector<jint>{1, 1, 2, 3, 4}));
  // References, both directions within one array.
  Handle o(t, obj_array(vmClasses::Object_klass(), 5));
  for (int i = 0; i < 5; i++) {
    oop boxed = oopFactory::new_instance(vmClasses::Integer_klass(), t);
    oop_store(&static_cast<arrayOop>(o())->elements<narrowOop>()[i], boxed);
  }
  std::vector<oop> before;
  for (int i = 0; i < 5; i++) before.push_back(element(o(), i));
  EXPECT_EQ(copy(o(), 0, o(), 1, 4), "");
  EXPECT_EQ(element(o(), 0), before[0]);
  for (int i = 1; i < 5; i++) EXPECT_EQ(element(o(), i), before[i - 1]);
  EXPECT_EQ(copy(o(), 1, o(), 0, 4), "");
  for (int i = 0; i < 4; i++) EXPECT_EQ(element(o(), i), before[i]);
}

TEST(JvmArrayCopy, ExceptionFromJavaHasTheNativeFrameOnTop) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  oop e = call("copyFails", "()Ljava/lang/Throwable;");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(java_lang_String::as_utf8(java_lang_Throwable::message(e)), "arraycopy: last source index 11 out of bounds for int[10]");
  Handle h(t, e);
  std::vector<RecordedFrame> none;
  oop bt = h()->obj_field(java_lang_Throwable::backtrace_offset);
  ASSERT_NE(bt, nullptr);
  EXPECT_GE(h()->get<jint>(java_lang_Throwable::depth_offset), 2);
}

TEST(JvmObject, CloneCopiesFieldsAndChecksCloneable) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle c(t, call("cloneMe", "()Ljava/lang/Object;"));
  ASSERT_FALSE(c.is_null());
  Klass* k = c()->klass();
  ASSERT_EQ(k->name()->str(), "JvmMiscProbe");
  int number = find_field_offset(k, "number", "I");
  int wide = find_field_offset(k, "wide", "J");
  int ref = find_field_offset(k, "ref", "Ljava/lang/Object;");
  EXPECT_EQ(c()->get<jint>(number), 99);
  EXPECT_EQ(c()->get<jlong>(wide), 42);
  ASSERT_NE(c()->obj_field(ref), nullptr);
  EXPECT_EQ(java_lang_String::as_utf8(c()->obj_field(ref)), "referent");
  EXPECT_TRUE(c()->mark().is_unlocked());
  EXPECT_EQ(c()->mark().hash(), 0u);

  // The copy survives collections with its reference intact.
  JVM_GC();
  EXPECT_EQ(java_lang_String::as_utf8(c()->obj_field(ref)), "referent");

  // A hashed original: the clone gets a fresh header, so its own identity hash.
  Handle orig(t, oopFactory::new_instance(InstanceKlass_cast(k), t));
  jint h1 = JVM_IHashCode(env(), local(orig()));
  jobject cl = JVM_Clone(env(), local(orig()));
  ASSERT_NE(cl, nullptr);
  EXPECT_EQ(JNIHandles::resolve(cl)->mark().hash(), 0u);
  EXPECT_NE(JNIHandles::resolve(cl), orig());
  EXPECT_EQ(JVM_IHashCode(env(), local(orig())), h1);

  Handle plain(t, oopFactory::new_instance(vmClasses::Object_klass(), t));
  EXPECT_EQ(JVM_Clone(env(), local(plain())), nullptr);
  EXPECT_EQ(take_exception(), "java.lang.CloneNotSupportedException: java.lang.Object");
  Handle weak(t, oopFactory::new_instance(vmClasses::WeakReference_klass(), t));
  EXPECT_EQ(JVM_Clone(env(), local(weak())), nullptr);
  EXPECT_EQ(take_exception(), "java.lang.CloneNotSupportedException: java.lang.ref.WeakReference");
}

TEST(JvmObject, CloneOfArrays) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle ints(t, oopFactory::new_typeArray(T_INT, 7, t));
  for (int i = 0; i < 7; i++) static_cast<arrayOop>(ints())->elements<jint>()[i] = i * i;
  oop ci = JNIHandles::resolve(JVM_Clone(env(), local(ints())));
  ASSERT_NE(ci, nullptr);
  ASSERT_EQ(static_cast<arrayOop>(ci)->length(), 7);
  for (int i = 0; i < 7; i++) EXPECT_EQ(static_cast<arrayOop>(ci)->elements<jint>()[i], i * i);

  Handle objs(t, obj_array(vmClasses::Object_klass(), 3));
  Handle s(t, java_lang_String::create_from_utf8("element", t));
  oop_store(&static_cast<arrayOop>(objs())->elements<narrowOop>()[1], s());
  Handle co(t, JNIHandles::resolve(JVM_Clone(env(), local(objs()))));
  ASSERT_FALSE(co.is_null());
  EXPECT_EQ(co()->klass(), objs()->klass());
  EXPECT_EQ(element(co(), 1), s());
  JVM_GC();
  EXPECT_EQ(java_lang_String::as_utf8(element(co(), 1)), "element");
}

TEST(JvmObject, IdentityHashIsStableAcrossCollections) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle o(t, oopFactory::new_instance(vmClasses::Object_klass(), t));
  jint h = JVM_IHashCode(env(), local(o()));
  EXPECT_NE(h, 0);
  JVM_GC();
  EXPECT_EQ(JVM_IHashCode(env(), local(o())), h);
  EXPECT_EQ(JVM_IHashCode(env(), nullptr), 0);
  // Object.hashCode from Java reaches the same hash.
  Klass* k = SystemDictionary::resolve_boot("JvmMiscProbe", t);
  JavaArgs a;
  a.push_oop(o());
  JavaValue r;
  JavaCalls::call_static(&r, InstanceKlass_cast(k), "hash", "(Ljava/lang/Object;)I", a, t);
  ASSERT_FALSE(t->has_pending_exception());
  EXPECT_EQ(r.v.i, h);
}

TEST(JvmRuntime, TimeMemoryProcessors) {
  ASSERT_NE(boot(), nullptr);
  auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::system_clock::now().time_since_epoch()).count();
  EXPECT_LE(std::abs(JVM_CurrentTimeMillis(nullptr, nullptr) - now_ms), 1000);
  jlong n1 = JVM_NanoTime(nullptr, nullptr);
  jlong n2 = JVM_NanoTime(nullptr, nullptr);
  EXPECT_LE(n1, n2);
  jlong adj = JVM_GetNanoTimeAdjustment(nullptr, nullptr, 0);
  EXPECT_LE(std::abs(adj / 1000000 - now_ms), 1000);
  jlong secs = now_ms / 1000;
  jlong near = JVM_GetNanoTimeAdjustment(nullptr, nullptr, secs - 10);
  EXPECT_GE(near, 9LL * 1000000000);
  EXPECT_LE(near, 12LL * 1000000000);
  EXPECT_EQ(JVM_GetNanoTimeAdjustment(nullptr, nullptr, secs + (1LL << 32) + 5), -1);
  EXPECT_EQ(JVM_GetNanoTimeAdjustment(nullptr, nullptr, secs - (1LL << 32) - 5), -1);

  EXPECT_EQ(JVM_MaxMemory(), jlong(CollectedHeap::heap()->max_capacity()));
  EXPECT_LE(JVM_TotalMemory(), JVM_MaxMemory());
  EXPECT_LE(JVM_FreeMemory(), JVM_TotalMemory());
  EXPECT_GT(JVM_FreeMemory(), 0);
  EXPECT_GE(JVM_ActiveProcessorCount(), 1);

  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  unsigned full = heap->total_full_collections();
  JVM_GC();
  EXPECT_EQ(heap->total_full_collections(), full + 1);
  EXPECT_GE(JVM_MaxObjectInspectionAge(), 0);
  DisableExplicitGC = true;
  JVM_GC();
  DisableExplicitGC = false;
  EXPECT_EQ(heap->total_full_collections(), full + 1);
}

namespace {
std::map<std::string, std::string> properties() {
  JavaThread* t = boot();
  HandleMark hm(t);
  jobjectArray r = JVM_GetProperties(env());
  std::map<std::string, std::string> m;
  EXPECT_FALSE(t->has_pending_exception());
  if (r == nullptr) return m;
  arrayOop a = static_cast<arrayOop>(JNIHandles::resolve(r));
  EXPECT_EQ(a->klass(), vmClasses::String_klass()->array_klass_or_null());
  EXPECT_EQ(a->length() % 2, 0);
  for (int i = 0; i + 1 < a->length(); i += 2)
    m[java_lang_String::as_utf8(element(a, i))] = java_lang_String::as_utf8(element(a, i + 1));
  return m;
}
}  // namespace

TEST(JvmProperties, VmPropertiesAndCommandLine) {
  ASSERT_NE(boot(), nullptr);
  auto p = properties();
  EXPECT_EQ(p["java.vm.specification.name"], "Java Virtual Machine Specification");
  EXPECT_EQ(p["java.vm.specification.vendor"], "Oracle Corporation");
  EXPECT_EQ(p["java.vm.specification.version"], "17");
  EXPECT_EQ(p["java.vm.name"], "jvmlab 64-Bit VM");
  EXPECT_EQ(p["java.vm.info"], "interpreted mode");
  EXPECT_TRUE(p["java.vm.version"].starts_with("17")) << p["java.vm.version"];
  EXPECT_EQ(p["java.home"], JVMLAB_JDK_HOME);
  EXPECT_EQ(p["sun.boot.library.path"], std::string(JVMLAB_JDK_HOME) + "/lib");
  EXPECT_NE(p["java.library.path"].find("/usr/lib"), std::string::npos);
  EXPECT_EQ(p.count("sun.nio.MaxDirectMemorySize"), 0u);
  EXPECT_EQ(p.count("sun.management.compiler"), 0u);

  // With parsed arguments: -D properties, java.home from the launcher, the direct memory flag.
  Arguments args;
  JavaVMOption opts[] = {{const_cast<char*>("-Dfoo=bar"), nullptr},
                         {const_cast<char*>("-Djava.class.path=/x/y.jar"), nullptr},
                         {const_cast<char*>("-Djava.vm.info=overridden"), nullptr},
                         {const_cast<char*>("-Djava.home=" JVMLAB_JDK_HOME), nullptr}};
  JavaVMInitArgs init{JNI_VERSION_1_8, 4, opts, JNI_FALSE};
  ASSERT_EQ(args.parse(&init, [](const char*) -> const char* { return nullptr; }), JNI_OK);
  jvm_set_arguments(&args);
  JVMFlag* f = JVMFlag::find("MaxDirectMemorySize");
  uint64_t saved = MaxDirectMemorySize;
  ASSERT_EQ(f->set_unsigned(64 * M, JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  p = properties();
  ASSERT_EQ(f->set_unsigned(saved, JVMFlagOrigin::Default), JVMFlagError::Success);
  oop vm_args = JNIHandles::resolve(JVM_GetVmArguments(env()));
  jvm_set_arguments(nullptr);
  ASSERT_NE(vm_args, nullptr);
  std::vector<std::string> given;
  for (int i = 0; i < static_cast<arrayOop>(vm_args)->length(); i++)
    given.push_back(java_lang_String::as_utf8(element(vm_args, i)));
  EXPECT_EQ(given, (std::vector<std::string>{"-Dfoo=bar", "-Djava.vm.info=overridden"}));
  EXPECT_EQ(p["foo"], "bar");
  EXPECT_EQ(p["java.class.path"], "/x/y.jar");
  EXPECT_EQ(p["java.vm.info"], "overridden");
  EXPECT_EQ(p["java.home"], JVMLAB_JDK_HOME);
  EXPECT_EQ(p["sun.nio.MaxDirectMemorySize"], "67108864");

  oop tmp = JNIHandles::resolve(JVM_GetTemporaryDirectory(env()));
  EXPECT_EQ(java_lang_String::as_utf8(tmp), "/tmp");
}

TEST(JvmLibraries, LoadFindAndFailWithHotSpotMessage) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  void* h = JVM_LoadLibrary("libz.so.1", JNI_TRUE);
  ASSERT_NE(h, nullptr);
  EXPECT_NE(JVM_FindLibraryEntry(h, "deflate"), nullptr);
  EXPECT_EQ(JVM_FindLibraryEntry(h, "no_such_symbol_here"), nullptr);
  EXPECT_EQ(JVM_LoadLibrary("/nonexistent/libnothing.so", JNI_FALSE), nullptr);
  EXPECT_FALSE(t->has_pending_exception());
  EXPECT_EQ(JVM_LoadLibrary("/nonexistent/libnothing.so", JNI_TRUE), nullptr);
  EXPECT_EQ(take_exception(), "java.lang.UnsatisfiedLinkError: /nonexistent/libnothing.so: /nonexistent/libnothing.so: "
                              "cannot open shared object file: No such file or directory");
  EXPECT_TRUE(JVM_IsSupportedJNIVersion(JNI_VERSION_1_8));
  EXPECT_TRUE(JVM_IsSupportedJNIVersion(JNI_VERSION_10));
  EXPECT_FALSE(JVM_IsSupportedJNIVersion(0x00130000));
}

TEST(JvmSignals, FindRegisterRaise) {
  EXPECT_EQ(JVM_FindSignal("INT"), SIGINT);
  EXPECT_EQ(JVM_FindSignal("USR2"), SIGUSR2);
  EXPECT_EQ(JVM_FindSignal("NOPE"), -1);
  EXPECT_EQ(JVM_RegisterSignal(SIGSEGV, reinterpret_cast<void*>(2)), reinterpret_cast<void*>(-1));
  EXPECT_EQ(JVM_RegisterSignal(SIGQUIT, reinterpret_cast<void*>(2)), reinterpret_cast<void*>(-1));
  // The Java-level handler: raising USR2 records it for the Signal Dispatcher.
  void* old = JVM_RegisterSignal(SIGUSR2, reinterpret_cast<void*>(2));
  EXPECT_EQ(old, reinterpret_cast<void*>(SIG_DFL));
  int before = jvm_signal_pending_count(SIGUSR2);
  EXPECT_TRUE(JVM_RaiseSignal(SIGUSR2));
  EXPECT_EQ(jvm_signal_pending_count(SIGUSR2), before + 1);
  EXPECT_EQ(jvm_signal_wait(), SIGUSR2);
  EXPECT_EQ(JVM_RegisterSignal(SIGUSR2, reinterpret_cast<void*>(SIG_DFL)), reinterpret_cast<void*>(2));
}

TEST(JvmMisc, RawMonitorsAndJio) {
  void* m = JVM_RawMonitorCreate();
  EXPECT_EQ(JVM_RawMonitorEnter(m), 0);
  JVM_RawMonitorExit(m);
  JVM_RawMonitorDestroy(m);
  char buf[8];
  EXPECT_EQ(jio_snprintf(buf, sizeof buf, "%d", 1234), 4);
  EXPECT_STREQ(buf, "1234");
  EXPECT_EQ(jio_snprintf(buf, sizeof buf, "%s", "too long for it"), -1);
  EXPECT_EQ(jio_snprintf(buf, 0, "x"), -1);
  char path[] = "/a/b/../c";
  EXPECT_EQ(JVM_NativePath(path), path);
  EXPECT_STREQ(path, "/a/b/../c");
}

// ---- Stack traces --------------------------------------------------------------------------------

namespace {
struct Ste {
  std::string declaring_class, method, file, loader, module;
  int line;
  oop mirror;
};

std::string str_field(oop o, const char* name) {
  oop s = o->obj_field(find_field_offset(vmClasses::StackTraceElement_klass(), name, "Ljava/lang/String;"));
  return s == nullptr ? "<null>" : java_lang_String::as_utf8(s);
}

Ste read_ste(oop e) {
  Klass* k = vmClasses::StackTraceElement_klass();
  return Ste{str_field(e, "declaringClass"), str_field(e, "methodName"), str_field(e, "fileName"),
             str_field(e, "classLoaderName"), str_field(e, "moduleName"),
             e->get<jint>(find_field_offset(k, "lineNumber", "I")),
             e->obj_field(find_field_offset(k, "declaringClassObject", "Ljava/lang/Class;"))};
}

// StackTraceElement.of(throwable, depth) as the JDK does it, without computeFormat.
std::vector<Ste> trace_of(oop throwable) {
  JavaThread* t = boot();
  HandleMark hm(t);
  Handle th(t, throwable);
  int depth = th()->get<jint>(java_lang_Throwable::depth_offset);
  Handle elements(t, obj_array(vmClasses::StackTraceElement_klass(), depth));
  for (int i = 0; i < depth; i++) {
    oop e = oopFactory::new_instance(vmClasses::StackTraceElement_klass(), t);
    oop_store(&static_cast<arrayOop>(elements())->elements<narrowOop>()[i], e);
  }
  JVM_InitStackTraceElementArray(env(), static_cast<jobjectArray>(local(elements())), local(th()));
  std::vector<Ste> out;
  EXPECT_EQ(take_exception(), "");
  for (int i = 0; i < depth; i++) out.push_back(read_ste(element(elements(), i)));
  return out;
}
}  // namespace

TEST(JvmStackTrace, StartsAtTheCreationSiteWithLines) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle e(t, call("nested", "()Ljava/lang/Throwable;"));
  ASSERT_FALSE(e.is_null());
  EXPECT_EQ(e()->klass()->name()->str(), "JvmMiscProbe$ProbeException");
  auto st = trace_of(e());
  ASSERT_EQ(st.size(), 3u);  // level2, level1, nested: called from C++, nothing below
  EXPECT_EQ(st[0].declaring_class, "JvmMiscProbe");
  EXPECT_EQ(st[0].method, "level2");
  EXPECT_EQ(st[0].line, 22);
  EXPECT_EQ(st[1].method, "level1");
  EXPECT_EQ(st[1].line, 25);
  EXPECT_EQ(st[2].method, "nested");
  EXPECT_EQ(st[2].line, 28);
  for (const Ste& s : st) {
    EXPECT_EQ(s.file, "JvmMiscProbe.java");
    EXPECT_EQ(s.loader, "<null>");  // the boot loader has no name
    EXPECT_EQ(s.mirror, SystemDictionary::resolve_boot("JvmMiscProbe", t)->java_mirror());
  }
}

TEST(JvmStackTrace, ConstructorsOfOtherClassesStay) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle e(t, call("fromConstructor", "()Ljava/lang/Throwable;"));
  ASSERT_FALSE(e.is_null());
  auto st = trace_of(e());
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].declaring_class, "JvmMiscProbe$Holder");
  EXPECT_EQ(st[0].method, "<init>");
  EXPECT_EQ(st[0].line, 17);
  EXPECT_EQ(st[1].method, "fromConstructor");
  EXPECT_EQ(st[1].line, 31);
}

TEST(JvmStackTrace, NativeFramesHaveLineMinusTwo) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle e(t, call("copyFails", "()Ljava/lang/Throwable;"));
  ASSERT_FALSE(e.is_null());
  auto st = trace_of(e());
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].declaring_class, "java.lang.System");
  EXPECT_EQ(st[0].method, "arraycopy");
  EXPECT_EQ(st[0].line, -2);
  EXPECT_EQ(st[0].file, "System.java");
  EXPECT_EQ(st[1].method, "copyFails");
  EXPECT_EQ(st[1].line, 49);
}

TEST(JvmStackTrace, DepthLimitAndDisabledTraces) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  MaxJavaStackTraceDepth = 2;
  Handle e(t, call("nested", "()Ljava/lang/Throwable;"));
  MaxJavaStackTraceDepth = 1024;
  ASSERT_FALSE(e.is_null());
  auto st = trace_of(e());
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[1].method, "level1");

  StackTraceInThrowable = false;
  Handle none(t, call("nested", "()Ljava/lang/Throwable;"));
  StackTraceInThrowable = true;
  ASSERT_FALSE(none.is_null());
  EXPECT_EQ(none()->obj_field(java_lang_Throwable::backtrace_offset), nullptr);
  EXPECT_EQ(none()->get<jint>(java_lang_Throwable::depth_offset), 0);

  // Elements array of the wrong length.
  Handle elements(t, obj_array(vmClasses::StackTraceElement_klass(), 1));
  JVM_InitStackTraceElementArray(env(), static_cast<jobjectArray>(local(elements())), local(e()));
  EXPECT_EQ(take_exception(), "java.lang.IndexOutOfBoundsException");
}

TEST(JvmStackTrace, BacktraceSurvivesCollections) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle e(t, call("nested", "()Ljava/lang/Throwable;"));
  ASSERT_FALSE(e.is_null());
  JVM_GC();
  JVM_GC();
  auto st = trace_of(e());
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].method, "level2");
  EXPECT_EQ(st[2].line, 28);
}

TEST(JvmStackTrace, ThreadStackTraceForTheThreadCode) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  oop a = call("traceHere", "()[Ljava/lang/Object;");
  ASSERT_NE(a, nullptr);
  Handle arr(t, a);
  ASSERT_EQ(static_cast<arrayOop>(arr())->length(), 2);
  Ste top = read_ste(element(arr(), 0));
  EXPECT_EQ(top.method, "currentTrace");
  EXPECT_EQ(top.line, -2);
  Ste caller = read_ste(element(arr(), 1));
  EXPECT_EQ(caller.method, "traceHere");
  EXPECT_EQ(caller.line, 62);
  // From C++ with no Java frame: empty.
  arrayOop empty = java_stack_trace_of(t, 0, t);
  ASSERT_NE(empty, nullptr);
  EXPECT_EQ(empty->length(), 0);
}

TEST(JvmStackTrace, ThrowableGetStackTraceThroughTheJdkCode) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  // Throwable.getStackTrace -> StackTraceElement.of -> initStackTraceElements (bound above).
  Handle a(t, call("javaLevelTrace", "()[Ljava/lang/StackTraceElement;"));
  ASSERT_FALSE(a.is_null());
  ASSERT_EQ(static_cast<arrayOop>(a())->length(), 3);  // level2, level1, javaLevelTrace
  Ste top = read_ste(element(a(), 0));
  EXPECT_EQ(top.method, "level2");
  EXPECT_EQ(top.line, 22);
  EXPECT_EQ(read_ste(element(a(), 2)).method, "javaLevelTrace");
  // StackTraceElement.toString needs StringBuilder, which needs Unsafe: checked once the JDK boots.
}

// Every allocation in the entry points may move objects: with a collection at every slow-path
// allocation and heap verification, traces, clones and properties must come out intact.
TEST(JvmStackTrace, EntriesUnderGCStressWithVerification) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  unsigned before = heap->total_collections();
  GCStressInterval = 1;
  UseTLAB = false;  // every allocation takes the slow path
  VerifyBeforeGC = VerifyAfterGC = true;
  JVM_GC();  // retires the thread's TLAB, so the slow path starts now
  Handle e(t, call("nested", "()Ljava/lang/Throwable;"));
  auto st = e.is_null() ? std::vector<Ste>() : trace_of(e());
  Handle c(t, call("cloneMe", "()Ljava/lang/Object;"));
  auto p = properties();
  Handle objs(t, obj_array(vmClasses::Object_klass(), 2000));
  for (int i = 0; i < 2000; i += 100) {
    oop s = java_lang_String::create_from_utf8("e", t);
    oop_store(&static_cast<arrayOop>(objs())->elements<narrowOop>()[i], s);
  }
  Handle copy(t, JNIHandles::resolve(JVM_Clone(env(), local(objs()))));
  JVM_GC();
  GCStressInterval = 0;
  UseTLAB = true;
  VerifyBeforeGC = VerifyAfterGC = false;
  EXPECT_GT(heap->total_collections(), before + 100);
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].method, "level2");
  EXPECT_EQ(st[2].line, 28);
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(java_lang_String::as_utf8(c()->obj_field(find_field_offset(c()->klass(), "ref", "Ljava/lang/Object;"))), "referent");
  EXPECT_EQ(p["java.vm.specification.version"], "17");
  ASSERT_FALSE(copy.is_null());
  for (int i = 0; i < 2000; i++) {
    oop x = element(copy(), i);
    if (i % 100 == 0) {
      ASSERT_NE(x, nullptr);
      EXPECT_EQ(java_lang_String::as_utf8(x), "e");
    } else {
      EXPECT_EQ(x, nullptr);
    }
  }
}

TEST(JvmStackTrace, RefillFromNativeCodeKeepsThePendingException) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  Handle e(t, call("nested", "()Ljava/lang/Throwable;"));
  ASSERT_FALSE(e.is_null());
  Handle pending(t, oopFactory::new_instance(vmClasses::Error_klass(), t));
  t->set_pending_exception(pending());
  // Refilled from C++ (no Java frame): an empty trace, the Java-level array dropped.
  JVM_FillInStackTrace(env(), local(e()));
  EXPECT_EQ(t->pending_exception(), pending());
  t->clear_pending_exception();
  EXPECT_EQ(e()->get<jint>(java_lang_Throwable::depth_offset), 0);
  EXPECT_NE(e()->obj_field(java_lang_Throwable::backtrace_offset), nullptr);
  EXPECT_EQ(e()->obj_field(java_lang_Throwable::stackTrace_offset), nullptr);
  EXPECT_TRUE(trace_of(e()).empty());
}
