// jdk.internal.misc.Unsafe natives (prims/unsafe.cpp) on the JDK's own Unsafe class: the test
// classes in tests/unit/prims/java are compiled at test time (the same checks pass on HotSpot:
// their main() prints them) and run by the interpreter; natives that need objects the test VM
// cannot make from Java (Field objects, heap-array copies that Unsafe's Java checks would do with
// Object.getClass) are called directly with the thread's JNIEnv.
#include <gtest/gtest.h>

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/serial/serialHeap.hpp"
#include "gc/serial/defNewGeneration.hpp"
#include "gc/serial/tenuredGeneration.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "prims/jniHandles.hpp"
#include "prims/nativeLookup.hpp"
#include "prims/unsafe.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/park.hpp"
#include "vm/globals.hpp"
#include "vm/vmInit.hpp"
#include "../classfile/imageSupport.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {
const std::string kOut = "/tmp/jvmlab_unit_unsafe";

// Exceptions are made by Java code, which the test VM cannot run without a few natives of
// other units (libjava binds them to JVM_* functions in the real VM): Class.<clinit>'s
// registerNatives, Throwable.<clinit>'s desiredAssertionStatus0, the constructors'
// fillInStackTrace, and Class.getPrimitiveClass for Integer.TYPE etc. Test stand-ins, bound only where nothing is bound yet.
void JNICALL no_op(JNIEnv*, jclass) {}
jboolean JNICALL no_assertions(JNIEnv*, jclass, jclass) { return false; }
jobject JNICALL no_stack_trace(JNIEnv*, jobject self, jint) { return self; }
// Class.getPrimitiveClass(name) (JVM_FindPrimitiveClass): Integer.TYPE and friends.
jclass JNICALL primitive_class(JNIEnv* env, jclass, jstring name) {
  JavaThread* t = reinterpret_cast<JavaThread*>(env);
  std::string n = java_lang_String::as_utf8(JNIHandles::resolve(name));
  for (int bt = T_BOOLEAN; bt <= T_VOID; bt++) {
    if (bt != T_OBJECT && bt != T_ARRAY && n == type2name(BasicType(bt)))
      return static_cast<jclass>(JNIHandles::make_local(t, java_lang_Class::primitive_mirror(BasicType(bt))));
  }
  return nullptr;
}

void bind_if_unbound(InstanceKlass* k, const char* name, const char* sig, void* fn) {
  Method* m = k->find_local_method(SymbolTable::lookup(name), SymbolTable::lookup(sig));
  if (m != nullptr && m->_native_entry == nullptr) NativeLookup::register_native(k, name, sig, fn);
}

JavaThread* boot() {
  static JavaThread* thread = [] {
    std::string src = JVMLAB_SOURCE_DIR "/tests/unit/prims/java";
    std::string cmd = "rm -rf " + kOut + " && mkdir -p " + kOut + " && javac -XDstringConcat=inline " +
                      "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED -d " + kOut + "/main " + src +
                      "/UnsafeTest*.java && javac -d " + kOut + "/defined -cp " + kOut + "/main " + src + "/defined/*.java";
    if (std::system(cmd.c_str()) != 0) return static_cast<JavaThread*>(nullptr);
    ensure_libjvm_loaded();
    MaxHeapSize = 16 * M;  // as tests/unit/runtime/test_interpreter.cpp: one VM per test binary
    InitialHeapSize = 16 * M;
    VMBootOptions opts;
    opts.jdk_home = JVMLAB_JDK_HOME;
    opts.boot_append.push_back(kOut + "/main");
    opts.boot_append.push_back("/tmp/jvmlab_unit_interp");  // the interpreter tests' classes
    std::string error;
    JavaThread* t = create_vm_core(opts, &error);
    if (t == nullptr) {
      ADD_FAILURE() << error;
      return t;
    }
    bind_if_unbound(vmClasses::Class_klass(), "registerNatives", "()V", reinterpret_cast<void*>(&no_op));
    bind_if_unbound(vmClasses::Class_klass(), "desiredAssertionStatus0", "(Ljava/lang/Class;)Z",
                    reinterpret_cast<void*>(&no_assertions));
    bind_if_unbound(vmClasses::Class_klass(), "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;",
                    reinterpret_cast<void*>(&primitive_class));
    bind_if_unbound(vmClasses::Throwable_klass(), "fillInStackTrace", "(I)Ljava/lang/Throwable;",
                    reinterpret_cast<void*>(&no_stack_trace));
    // What the VM does at startup for Unsafe (see prims/unsafe.hpp).
    unsafe_register_special_natives();
    unsafe_constants_fixup(t);
    if (t->has_pending_exception()) {
      ADD_FAILURE() << "UnsafeConstants: " << t->pending_exception()->klass()->name()->str();
      t->clear_pending_exception();
    }
    return t;
  }();
  return thread;
}

std::string pending_name(JavaThread* t) {
  oop e = t->pending_exception();
  std::string s = e->klass()->name()->str();
  oop msg = java_lang_Throwable::message(e);
  if (msg != nullptr) s += ": " + java_lang_String::as_utf8(msg);
  return s;
}

InstanceKlass* klass(const char* name) {
  JavaThread* t = boot();
  Klass* k = SystemDictionary::resolve_boot(name, t);
  EXPECT_FALSE(t->has_pending_exception()) << name;
  if (t->has_pending_exception()) t->clear_pending_exception();
  return k != nullptr ? InstanceKlass_cast(k) : nullptr;
}

JavaValue call(const char* name, const char* sig, const JavaArgs& args = JavaArgs()) {
  JavaThread* t = boot();
  JavaValue r;
  EXPECT_NE(t, nullptr);
  if (t == nullptr) return r;
  InstanceKlass* k = klass("UnsafeTest");
  if (k == nullptr) return r;
  JavaCalls::call_static(&r, k, name, sig, args, t);
  if (t->has_pending_exception()) {
    ADD_FAILURE() << name << " threw " << pending_name(t);
    t->clear_pending_exception();
  }
  return r;
}

jint call_int(const char* name) { return call(name, "()I").v.i; }

std::string call_string(const char* name, const char* sig, const JavaArgs& args = JavaArgs()) {
  JavaValue r = call(name, sig, args);
  return r.v.l == nullptr ? "<null>" : java_lang_String::as_utf8(r.v.l);
}

JavaArgs one_oop(oop o) {
  JavaArgs a;
  a.push_oop(o);
  return a;
}

// A native of Unsafe called directly, the way nativeCall.cpp calls it (receiver unused).
template <typename R, typename... A> R native(const char* name, const char* sig, A... args) {
  void* fn = unsafe_native_entry(name, sig);
  EXPECT_NE(fn, nullptr) << name << sig;
  return reinterpret_cast<R (*)(JNIEnv*, jobject, A...)>(fn)(&boot()->_jni_env, nullptr, args...);
}

int field_index(InstanceKlass* k, const char* name) {
  for (int i = 0; i < k->fields_count(); i++)
    if (k->field_at(i).name->equals(name)) return i;
  return -1;
}

// A java.lang.reflect.Field as reflection would make it (clazz, slot, modifiers); the class is
// not initialized (its initializer needs the reflection factory), which these natives never see.
oop make_field(InstanceKlass* holder, const char* name) {
  JavaThread* t = boot();
  InstanceKlass* fk = klass("java/lang/reflect/Field");
  int slot = field_index(holder, name);
  EXPECT_GE(slot, 0) << name;
  oop f = oopFactory::new_instance(fk, t);
  oop_store_at(f, find_field_offset(fk, "clazz", "Ljava/lang/Class;"), holder->java_mirror());
  f->put<jint>(find_field_offset(fk, "slot", "I"), slot);
  f->put<jint>(find_field_offset(fk, "modifiers", "I"), holder->field_at(slot).access_flags);
  return f;
}

std::vector<u1> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<u1>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

oop byte_array(const std::vector<u1>& bytes) {
  arrayOop a = oopFactory::new_typeArray(T_BYTE, int(bytes.size()), boot());
  std::memcpy(a->elements<u1>(), bytes.data(), bytes.size());
  return a;
}
}  // namespace

TEST(Unsafe, RegisterNativesBindsEveryNativeMethod) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  InstanceKlass* u = klass("jdk/internal/misc/Unsafe");
  ASSERT_NE(u, nullptr);
  SystemDictionary::initialize_class(u, t);  // <clinit> calls registerNatives()
  ASSERT_FALSE(t->has_pending_exception()) << pending_name(t);
  int natives = 0, unbound = 0;
  for (int i = 0; i < u->methods_count(); i++) {
    Method* m = u->method_at(i);
    if (!m->is_native()) continue;
    natives++;
    if (m->_native_entry == nullptr) {
      unbound++;
      ADD_FAILURE() << "unbound: " << m->name()->str() << m->signature()->str();
    } else if (!m->name()->equals("registerNatives")) {
      EXPECT_EQ(m->_native_entry, unsafe_native_entry(m->name()->bytes(), m->signature()->bytes()))
          << m->name()->str();
    }
  }
  EXPECT_EQ(natives, 70);  // JDK 17: registerNatives and 69 others
  EXPECT_EQ(unbound, 0);
}

TEST(Unsafe, UnsafeConstantsHoldTheMachineValues) {
  ASSERT_NE(boot(), nullptr);
  InstanceKlass* k = klass("jdk/internal/misc/UnsafeConstants");
  ASSERT_NE(k, nullptr);
  EXPECT_TRUE(k->is_initialized());
  oop m = k->java_mirror();
  EXPECT_EQ(m->get<jint>(find_field_offset(k, "ADDRESS_SIZE0", "I", true)), 8);
  EXPECT_EQ(m->get<jint>(find_field_offset(k, "PAGE_SIZE", "I", true)), jint(sysconf(_SC_PAGESIZE)));
  EXPECT_EQ(m->get<jboolean>(find_field_offset(k, "BIG_ENDIAN", "Z", true)), 0);
  EXPECT_EQ(m->get<jboolean>(find_field_offset(k, "UNALIGNED_ACCESS", "Z", true)), 1);
  EXPECT_EQ(m->get<jint>(find_field_offset(k, "DATA_CACHE_LINE_FLUSH_SIZE", "I", true)), 64);  // as HotSpot here
  // And Unsafe's Java side sees them (addressSize(), pageSize(), ...).
  EXPECT_EQ(call_int("constants"), 0);
}

TEST(Unsafe, InstanceFieldsOfEveryType) {
  EXPECT_EQ(call_int("instanceFields"), 0);
  InstanceKlass* k = klass("UnsafeTest$Fields");
  ASSERT_NE(k, nullptr);
  const char* names[] = {"z", "b", "s", "c", "i", "j", "f", "d", "l", "vi"};
  for (const char* n : names) {
    JavaThread* t = boot();
    oop name = java_lang_String::create_from_utf8(n, t);
    JavaValue off = call("fieldOffset", "(Ljava/lang/String;)J", one_oop(name));
    EXPECT_EQ(off.v.j, k->field_at(field_index(k, n)).offset) << n;
  }
}

TEST(Unsafe, ObjectFieldOffsetOfUnknownNameIsInternalError) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  InstanceKlass* k = klass("UnsafeTest$Fields");
  HandleMark hm(t);
  jobject cls = JNIHandles::make_local(t, k->java_mirror());
  jobject name = JNIHandles::make_local(t, java_lang_String::create_from_utf8("nope", t));
  native<jlong>("objectFieldOffset1", "(Ljava/lang/Class;Ljava/lang/String;)J", cls, name);
  ASSERT_TRUE(t->has_pending_exception());
  EXPECT_EQ(pending_name(t), "java/lang/InternalError");
  t->clear_pending_exception();
}

TEST(Unsafe, StaticFieldsLiveInTheMirror) {
  EXPECT_EQ(call_int("staticFields"), 0);
  JavaThread* t = boot();
  InstanceKlass* k = klass("UnsafeTest");
  ASSERT_NE(k, nullptr);
  oop name = java_lang_String::create_from_utf8("sj", t);
  EXPECT_EQ(call("staticOffset", "(Ljava/lang/String;)J", one_oop(name)).v.j, find_field_offset(k, "sj", "J", true));
  // Through Field objects: staticFieldOffset(Field) and staticFieldBase(Field).
  oop f = make_field(k, "si");
  Handle fh(t, f);
  EXPECT_EQ(call("staticFieldOffsetOf", "(Ljava/lang/reflect/Field;)J", one_oop(fh())).v.j,
            find_field_offset(k, "si", "I", true));
  EXPECT_EQ(call("staticFieldBaseOf", "(Ljava/lang/reflect/Field;)Ljava/lang/Object;", one_oop(fh())).v.l,
            k->java_mirror());
}

TEST(Unsafe, FieldObjectsGiveOffsetsAndCheckStaticness) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  InstanceKlass* fields = klass("UnsafeTest$Fields");
  InstanceKlass* test = klass("UnsafeTest");
  jobject inst = JNIHandles::make_local(t, make_field(fields, "j"));
  jobject stat = JNIHandles::make_local(t, make_field(test, "sd"));
  const char* sig = "(Ljava/lang/reflect/Field;)J";
  EXPECT_EQ(native<jlong>("objectFieldOffset0", sig, inst), find_field_offset(fields, "j", "J"));
  EXPECT_EQ(native<jlong>("staticFieldOffset0", sig, stat), find_field_offset(test, "sd", "D", true));
  // HotSpot: IllegalArgumentException when the field's staticness is the wrong one.
  native<jlong>("objectFieldOffset0", sig, stat);
  ASSERT_TRUE(t->has_pending_exception());
  EXPECT_EQ(pending_name(t), "java/lang/IllegalArgumentException");
  t->clear_pending_exception();
  native<jlong>("staticFieldOffset0", sig, inst);
  ASSERT_TRUE(t->has_pending_exception());
  EXPECT_EQ(pending_name(t), "java/lang/IllegalArgumentException");
  t->clear_pending_exception();
  native<jobject>("staticFieldBase0", "(Ljava/lang/reflect/Field;)Ljava/lang/Object;", inst);
  ASSERT_TRUE(t->has_pending_exception());
  t->clear_pending_exception();
}

TEST(Unsafe, ArraysOfEveryType) {
  EXPECT_EQ(call_int("arrays"), 0);
  ASSERT_NE(boot(), nullptr);
  for (BasicType bt : {T_BOOLEAN, T_CHAR, T_FLOAT, T_DOUBLE, T_BYTE, T_SHORT, T_INT, T_LONG}) {
    oop mirror = vmClasses::type_array_klass(bt)->java_mirror();
    EXPECT_EQ(call("arrayBase", "(Ljava/lang/Object;)I", one_oop(mirror)).v.i, 16) << type2name(bt);
    EXPECT_EQ(call("arrayScale", "(Ljava/lang/Object;)I", one_oop(mirror)).v.i, type2aelembytes(bt)) << type2name(bt);
  }
  Klass* strings = SystemDictionary::array_klass_of(vmClasses::String_klass(), boot());
  EXPECT_EQ(call("arrayBase", "(Ljava/lang/Object;)I", one_oop(strings->java_mirror())).v.i, 16);
  EXPECT_EQ(call("arrayScale", "(Ljava/lang/Object;)I", one_oop(strings->java_mirror())).v.i, 4);
  // A non-array class: HotSpot throws the non-existent java.lang.InvalidClassException.
  EXPECT_EQ(call_string("arrayBaseOfNonArray", "()Ljava/lang/String;"), "java/lang/InvalidClassException");
}

TEST(Unsafe, OffHeapMemoryIsReadableFromCAndAccounted) {
  EXPECT_EQ(call_int("offHeap"), 0);
  ASSERT_NE(boot(), nullptr);
  size_t bytes = unsafe_malloc_bytes(), count = unsafe_malloc_count();
  JavaArgs a;
  a.push_long(61);  // rounded up to 64 by Unsafe.allocateMemory
  jlong addr = call("allocate", "(J)J", a).v.j;
  ASSERT_NE(addr, 0);
  EXPECT_EQ(addr % 16, 0);
  EXPECT_EQ(unsafe_malloc_bytes(), bytes + 64);
  EXPECT_EQ(unsafe_malloc_count(), count + 1);
  JavaArgs p;
  p.push_long(addr);
  call("fillPattern", "(J)V", p);
  auto* mem = reinterpret_cast<const u1*>(uintptr_t(addr));
  uint64_t l;
  std::memcpy(&l, mem, 8);
  EXPECT_EQ(l, 0x0102030405060708ull);
  uint32_t i;
  std::memcpy(&i, mem + 8, 4);
  EXPECT_EQ(i, 0xcafebabeu);
  EXPECT_EQ(mem[14], 0x56);
  EXPECT_EQ(mem[15], 'A');
  EXPECT_EQ(mem[16], 0);
  double d;
  std::memcpy(&d, mem + 24, 8);
  EXPECT_EQ(d, 3.0);
  EXPECT_EQ(mem[36], 1);
  JavaArgs r;
  r.push_long(addr);
  r.push_long(1 << 20);
  jlong bigger = call("reallocate", "(JJ)J", r).v.j;
  ASSERT_NE(bigger, 0);
  EXPECT_EQ(unsafe_malloc_bytes(), bytes + (1 << 20));
  EXPECT_EQ(std::memcmp(reinterpret_cast<const void*>(uintptr_t(bigger)), "\x08\x07\x06\x05\x04\x03\x02\x01", 8), 0);
  JavaArgs f;
  f.push_long(bigger);
  call("free", "(J)V", f);
  EXPECT_EQ(unsafe_malloc_bytes(), bytes);
  EXPECT_EQ(unsafe_malloc_count(), count);
  // malloc failure returns 0, which Unsafe's Java code turns into OutOfMemoryError("Unable to
  // allocate N bytes") (allocateTooMuch on HotSpot; its message needs natives the test VM lacks).
  size_t huge = (size_t(1) << 62);
  EXPECT_EQ(native<jlong>("allocateMemory0", "(J)J", jlong(huge)), 0);
  EXPECT_EQ(native<jlong>("allocateMemory0", "(J)J", jlong(INT64_MAX - 64)), 0);
  jlong small = native<jlong>("allocateMemory0", "(J)J", jlong(8));
  ASSERT_NE(small, 0);
  *reinterpret_cast<jlong*>(uintptr_t(small)) = 1234;
  EXPECT_EQ(native<jlong>("reallocateMemory0", "(JJ)J", small, jlong(huge)), 0);
  EXPECT_EQ(*reinterpret_cast<jlong*>(uintptr_t(small)), 1234);  // still valid
  EXPECT_EQ(unsafe_malloc_bytes(), bytes + 8);
  native<void>("freeMemory0", "(J)V", small);
  EXPECT_EQ(unsafe_malloc_bytes(), bytes);
  EXPECT_EQ(unsafe_malloc_count(), count);
}

TEST(Unsafe, HeapArrayCopySwapAndFill) {
  // copyMemory/setMemory on heap arrays: Unsafe's Java checks call Object.getClass, so the
  // natives are called directly.
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  jobject ints = JNIHandles::make_local(t, oopFactory::new_typeArray(T_INT, 4, t));
  jobject bytes = JNIHandles::make_local(t, oopFactory::new_typeArray(T_BYTE, 16, t));
  jint* iv = static_cast<arrayOop>(JNIHandles::resolve(ints))->elements<jint>();
  iv[0] = 0x01020304;
  iv[1] = 0x05060708;
  iv[2] = -1;
  iv[3] = 0x7f000001;
  const char* copy_sig = "(Ljava/lang/Object;JLjava/lang/Object;JJ)V";
  native<void>("copyMemory0", copy_sig, ints, jlong(16), bytes, jlong(16), jlong(16));
  u1* bv = static_cast<arrayOop>(JNIHandles::resolve(bytes))->elements<u1>();
  EXPECT_EQ(bv[0], 0x04);
  EXPECT_EQ(bv[3], 0x01);
  EXPECT_EQ(bv[8], 0xff);
  EXPECT_EQ(bv[15], 0x7f);
  // heap -> native -> heap
  std::vector<u1> native_buf(16);
  native<void>("copyMemory0", copy_sig, bytes, jlong(16), jobject(nullptr), jlong(uintptr_t(native_buf.data())),
               jlong(16));
  EXPECT_EQ(native_buf[4], 0x08);
  const char* swap_sig = "(Ljava/lang/Object;JLjava/lang/Object;JJJ)V";
  native<void>("copySwapMemory0", swap_sig, jobject(nullptr), jlong(uintptr_t(native_buf.data())), ints, jlong(16),
               jlong(16), jlong(4));
  EXPECT_EQ(iv[0], 0x04030201);
  EXPECT_EQ(iv[1], 0x08070605);
  EXPECT_EQ(iv[3], 0x0100007f);
  native<void>("setMemory0", "(Ljava/lang/Object;JJB)V", bytes, jlong(17), jlong(14), jbyte(0x5a));
  EXPECT_EQ(bv[0], 0x04);
  EXPECT_EQ(bv[1], 0x5a);
  EXPECT_EQ(bv[14], 0x5a);
  EXPECT_EQ(bv[15], 0x7f);
}

TEST(Unsafe, CompareAndSetLoops) { EXPECT_EQ(call("cas", "()J").v.j, 0); }

TEST(Unsafe, ReferenceStoresIntoOldObjectsDirtyTheirCards) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  call("setupOld", "()V");
  heap->collect(GCCause::SystemGC);  // promotes the holder
  oop holder = call("holderObject", "()Ljava/lang/Object;").v.l;
  ASSERT_TRUE(heap->old_gen()->is_in_reserved(holder));
  call("storeYoung", "()V");  // young arrays into the old holder: only the cards find them
  VerifyAfterGC = true;
  heap->do_young_collection(GCCause::AllocationFailure);
  heap->do_young_collection(GCCause::AllocationFailure);
  VerifyAfterGC = false;
  EXPECT_EQ(call_int("checkYoung"), 0);
}

TEST(Unsafe, AllocateInstanceInitializesButRunsNoConstructor) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  InstanceKlass* k = klass("UnsafeTest$InitMe");
  ASSERT_NE(k, nullptr);
  EXPECT_TRUE(call("shouldBeInitialized", "(Ljava/lang/Object;)Z", one_oop(k->java_mirror())).v.i);
  oop o = call("allocate", "(Ljava/lang/Object;)Ljava/lang/Object;", one_oop(k->java_mirror())).v.l;
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->klass(), k);
  EXPECT_EQ(o->get<jint>(find_field_offset(k, "x", "I")), 0);  // neither initializer nor constructor ran
  EXPECT_TRUE(k->is_initialized());
  EXPECT_TRUE(k->java_mirror()->get<jboolean>(find_field_offset(k, "initialized", "Z", true)));
  EXPECT_FALSE(call("shouldBeInitialized", "(Ljava/lang/Object;)Z", one_oop(k->java_mirror())).v.i);

  auto fails = [](oop mirror) { return call_string("allocateFails", "(Ljava/lang/Object;)Ljava/lang/String;", one_oop(mirror)); };
  EXPECT_EQ(fails(klass("UnsafeTest$Abstract")->java_mirror()), "UnsafeTest$Abstract");
  EXPECT_EQ(fails(klass("java/lang/Runnable")->java_mirror()), "java.lang.Runnable");
  EXPECT_EQ(fails(java_lang_Class::primitive_mirror(T_INT)), "InstantiationException");
  EXPECT_EQ(fails(vmClasses::type_array_klass(T_INT)->java_mirror()), "[I");
  EXPECT_EQ(fails(vmClasses::Class_klass()->java_mirror()), "IllegalAccessException");
}

TEST(Unsafe, EnsureClassInitialized) {
  ASSERT_NE(boot(), nullptr);
  InstanceKlass* k = klass("UnsafeTest$Lazy");
  ASSERT_NE(k, nullptr);
  EXPECT_FALSE(k->is_initialized());
  call("ensureInitialized", "(Ljava/lang/Object;)V", one_oop(k->java_mirror()));
  EXPECT_TRUE(k->is_initialized());
  EXPECT_EQ(k->java_mirror()->get<jint>(find_field_offset(k, "v", "I", true)), 7);
  // Primitive and array classes need no initialization.
  EXPECT_FALSE(call("shouldBeInitialized", "(Ljava/lang/Object;)Z", one_oop(java_lang_Class::primitive_mirror(T_LONG))).v.i);
}

TEST(Unsafe, DefineClassFromBytes) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  std::vector<u1> bytes = read_file(kOut + "/defined/UnsafeTestDefined.class");
  ASSERT_GT(bytes.size(), 100u);
  // Defined by the boot loader (null loader), initialized by allocateInstance; value() = 40 + 2 + 0.
  EXPECT_EQ(call("defineAndUse", "([B)I", one_oop(byte_array(bytes))).v.i, 42);
  // A second definition of the same name by the same loader.
  JavaValue r;
  JavaArgs again = one_oop(byte_array(bytes));
  JavaCalls::call_static(&r, klass("UnsafeTest"), "defineAndUse", "([B)I", again, t);
  ASSERT_TRUE(t->has_pending_exception());
  EXPECT_EQ(pending_name(t).rfind("java/lang/LinkageError", 0), 0u) << pending_name(t);
  t->clear_pending_exception();
  // A name that is not the class's.
  Handle array(t, byte_array(bytes));
  Handle name(t, java_lang_String::create_from_utf8("some.Other", t));
  JavaArgs wrong;
  wrong.push_oop(name());
  wrong.push_oop(array());
  JavaCalls::call_static(&r, klass("UnsafeTest"), "defineClass", "(Ljava/lang/String;[B)Ljava/lang/Object;", wrong, t);
  ASSERT_TRUE(t->has_pending_exception());
  EXPECT_EQ(pending_name(t), "java/lang/NoClassDefFoundError: some/Other (wrong name: UnsafeTestDefined)");
  t->clear_pending_exception();
  // The byte region is checked as JNI's GetByteArrayRegion checks it.
  std::string expect = "Array region 1.." + std::to_string(bytes.size() + 1) + " out of bounds for length " +
                       std::to_string(bytes.size());
  EXPECT_EQ(call_string("defineOutOfBounds", "([B)Ljava/lang/String;", one_oop(byte_array(bytes))), expect);
}

TEST(Unsafe, ThrowExceptionFencesLoadAverage) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  oop e = JavaCalls::construct(vmClasses::RuntimeException_klass(), "()V", JavaArgs(), t);
  ASSERT_FALSE(t->has_pending_exception());
  EXPECT_EQ(call_string("throwIt", "(Ljava/lang/Throwable;)Ljava/lang/String;", one_oop(e)), "same");
  EXPECT_EQ(call_int("fences"), 0);
  EXPECT_EQ(call_int("loadAverage"), 0);
}

namespace {
struct ThreadObjects {
  int interrupted, status;
  ThreadObjects() {
    interrupted = find_field_offset(vmClasses::Thread_klass(), "interrupted", "Z");
    status = find_field_offset(vmClasses::Thread_klass(), "threadStatus", "I");
  }
};

void park(JavaThread* t, bool absolute, jlong time) {
  auto fn = reinterpret_cast<void (*)(JNIEnv*, jobject, jboolean, jlong)>(unsafe_native_entry("park", "(ZJ)V"));
  fn(&t->_jni_env, nullptr, absolute, time);
}
void unpark(JavaThread* t, jobject thread) {
  auto fn = reinterpret_cast<void (*)(JNIEnv*, jobject, jobject)>(unsafe_native_entry("unpark", "(Ljava/lang/Object;)V"));
  fn(&t->_jni_env, nullptr, thread);
}
double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

TEST(Unsafe, ParkUsesThePermitTimesOutAndSeesInterrupts) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  ThreadObjects f;
  jobject me = JNIHandles::make_local(t, oopFactory::new_instance(vmClasses::Thread_klass(), t));
  t->set_threadObj(JNIHandles::resolve(me));
  java_lang_Thread::set_thread(JNIHandles::resolve(me), t);  // as Thread.start binds eetop

  // The permit from an unpark makes the next park return at once, and only the next one.
  auto start = std::chrono::steady_clock::now();
  unpark(t, me);
  park(t, false, 0);
  EXPECT_LT(ms_since(start), 1000);
  start = std::chrono::steady_clock::now();
  park(t, false, 20 * 1000 * 1000);  // relative: 20 ms in ns
  EXPECT_GE(ms_since(start), 19);
  EXPECT_EQ(t->state(), ThreadState::InVM);
  // Absolute: ms since the epoch.
  jlong now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  start = std::chrono::steady_clock::now();
  park(t, true, now_ms + 30);
  EXPECT_GE(ms_since(start), 20);
  // Past deadlines and negative times return at once.
  start = std::chrono::steady_clock::now();
  park(t, true, now_ms - 1000);
  park(t, false, -1);
  park(t, true, 0);
  EXPECT_LT(ms_since(start), 1000);
  // An interrupted thread does not block.
  JNIHandles::resolve(me)->put<jboolean>(f.interrupted, 1);
  start = std::chrono::steady_clock::now();
  park(t, false, 0);
  EXPECT_LT(ms_since(start), 1000);
  JNIHandles::resolve(me)->put<jboolean>(f.interrupted, 0);
  // unpark(null) and unpark of a Thread that never started do nothing.
  unpark(t, nullptr);
  unpark(t, JNIHandles::make_local(t, oopFactory::new_instance(vmClasses::Thread_klass(), t)));
  EXPECT_FALSE(t->has_pending_exception());
  java_lang_Thread::set_thread(JNIHandles::resolve(me), nullptr);
  t->set_threadObj(nullptr);
}

TEST(Unsafe, UnparkWakesAnotherThreadAndParkedThreadsLetSafepointsThrough) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  ThreadObjects f;
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  jobject thread_obj = JNIHandles::make_global(oopFactory::new_instance(vmClasses::Thread_klass(), t));
  oop before_gc = JNIHandles::resolve(thread_obj);
  std::atomic<JavaThread*> helper{nullptr};
  std::atomic<bool> returned{false};
  std::thread other([&] {
    JavaThread* jt = JavaThread::create_for_current_os_thread(256 * K);
    jt->set_threadObj(JNIHandles::resolve(thread_obj));
    java_lang_Thread::set_thread(JNIHandles::resolve(thread_obj), jt);
    helper = jt;
    park(jt, false, 0);  // no deadline: only the unpark ends it
    returned = true;
    jt->set_state(ThreadState::InNative);
    Parker::release(jt);
    jt->destroy();
  });
  auto start = std::chrono::steady_clock::now();
  while ((helper.load() == nullptr || !Parker::for_thread(helper.load())->is_parked()) && ms_since(start) < 10000)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_TRUE(helper.load() != nullptr && Parker::for_thread(helper.load())->is_parked());
  EXPECT_EQ(helper.load()->state(), ThreadState::Blocked);
  // Thread.getState() reads WAITING from threadStatus (JVMTI bits: alive, waiting, indefinitely, parked).
  EXPECT_EQ(JNIHandles::resolve(thread_obj)->get<jint>(f.status), 0x291);
  // A full collection must not wait for the parked thread; it moves the Thread object.
  heap->collect(GCCause::SystemGC);
  EXPECT_NE(JNIHandles::resolve(thread_obj), before_gc);
  EXPECT_FALSE(returned.load());
  {
    HandleMark hm(t);
    unpark(t, JNIHandles::make_local(t, JNIHandles::resolve(thread_obj)));
  }
  other.join();
  EXPECT_TRUE(returned.load());
  EXPECT_LT(ms_since(start), 10000);
  EXPECT_EQ(JNIHandles::resolve(thread_obj)->get<jint>(f.status), 0);  // restored
  JNIHandles::destroy_global(thread_obj);
}

TEST(Unsafe, RawAddressesHoldNarrowAndUncompressedReferences) {
  // A null base makes the offset an absolute address; a reference there is a narrow oop (no card:
  // the slot is not in the heap), except for getUncompressedObject, which reads a full oop.
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  HandleMark hm(t);
  jobject obj = JNIHandles::make_local(t, oopFactory::new_typeArray(T_INT, 1, t));
  jobject other = JNIHandles::make_local(t, oopFactory::new_typeArray(T_INT, 2, t));
  narrowOop slot[2] = {0, 0};
  jlong addr = jlong(uintptr_t(&slot[1]));
  const char* obj_sig = "(Ljava/lang/Object;JLjava/lang/Object;)V";
  native<void>("putReference", obj_sig, jobject(nullptr), addr, obj);
  EXPECT_EQ(slot[1], CompressedOops::encode(JNIHandles::resolve(obj)));
  EXPECT_EQ(slot[0], 0u);
  jobject back = native<jobject>("getReference", "(Ljava/lang/Object;J)Ljava/lang/Object;", jobject(nullptr), addr);
  EXPECT_EQ(JNIHandles::resolve(back), JNIHandles::resolve(obj));
  const char* cas_sig = "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z";
  EXPECT_FALSE(native<jboolean>("compareAndSetReference", cas_sig, jobject(nullptr), addr, other, other));
  EXPECT_TRUE(native<jboolean>("compareAndSetReference", cas_sig, jobject(nullptr), addr, obj, other));
  EXPECT_EQ(slot[1], CompressedOops::encode(JNIHandles::resolve(other)));
  native<void>("putReferenceVolatile", obj_sig, jobject(nullptr), addr, jobject(nullptr));
  EXPECT_EQ(slot[1], 0u);
  oop full = JNIHandles::resolve(obj);
  jobject got = native<jobject>("getUncompressedObject", "(J)Ljava/lang/Object;", jlong(uintptr_t(&full)));
  EXPECT_EQ(JNIHandles::resolve(got), JNIHandles::resolve(obj));
}

TEST(Unsafe, WritebackFlushesCacheLinesAndKeepsTheData) {
  // MappedByteBuffer.force on a MAP_SYNC mapping: writebackPreSync0, writeback0 per line,
  // writebackPostSync0. On ordinary memory the data is simply unchanged.
  ASSERT_NE(boot(), nullptr);
  alignas(64) static u1 lines[256];
  for (int i = 0; i < 256; i++) lines[i] = u1(i);
  native<void>("writebackPreSync0", "()V");
  for (int i = 0; i < 256; i += 64) native<void>("writeback0", "(J)V", jlong(uintptr_t(lines + i)));
  native<void>("writebackPostSync0", "()V");
  for (int i = 0; i < 256; i++) EXPECT_EQ(lines[i], u1(i));
}

TEST(Unsafe, CompareAndSetIsAtomicAcrossThreads) {
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  jobject counters = JNIHandles::make_global(oopFactory::new_typeArray(T_LONG, 2, t));
  constexpr int kThreads = 4, kIncrements = 20000;
  std::vector<std::thread> threads;
  for (int n = 0; n < kThreads; n++) {
    threads.emplace_back([counters] {
      JavaThread* jt = JavaThread::create_for_current_os_thread(256 * K);
      auto get_int = reinterpret_cast<jint (*)(JNIEnv*, jobject, jobject, jlong)>(
          unsafe_native_entry("getIntVolatile", "(Ljava/lang/Object;J)I"));
      auto cas_int = reinterpret_cast<jboolean (*)(JNIEnv*, jobject, jobject, jlong, jint, jint)>(
          unsafe_native_entry("compareAndSetInt", "(Ljava/lang/Object;JII)Z"));
      auto cax_long = reinterpret_cast<jlong (*)(JNIEnv*, jobject, jobject, jlong, jlong, jlong)>(
          unsafe_native_entry("compareAndExchangeLong", "(Ljava/lang/Object;JJJ)J"));
      for (int i = 0; i < kIncrements; i++) {
        jint v;
        do {
          v = get_int(&jt->_jni_env, nullptr, counters, 16);
        } while (!cas_int(&jt->_jni_env, nullptr, counters, 16, v, v + 1));
        jlong seen = 0, w;
        while ((w = cax_long(&jt->_jni_env, nullptr, counters, 24, seen, seen + 3)) != seen) seen = w;
      }
      jt->set_state(ThreadState::InNative);
      jt->destroy();
    });
  }
  for (std::thread& th : threads) th.join();
  arrayOop a = static_cast<arrayOop>(JNIHandles::resolve(counters));
  EXPECT_EQ(a->get<jint>(16), kThreads * kIncrements);  // the low half of element 0
  EXPECT_EQ(a->elements<jlong>()[1], jlong(3) * kThreads * kIncrements);
  JNIHandles::destroy_global(counters);
}
