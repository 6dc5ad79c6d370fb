// The JNI function table on real javac output (tests/unit/prims/java/JniTest.java), called the way
// native code calls it: through env->functions with the thread "in native". Natives of JniTest
// are bound with RegisterNatives to the C++ functions below, which call back into JNI.
#include <gtest/gtest.h>

#include "gc/serial/serialHeap.hpp"
#include "oops/instanceKlass.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/javaClasses.hpp"
#include "prims/jni.hpp"
#include "prims/jniHandles.hpp"
#include "classfile/symbolTable.hpp"
#include "runtime/javaThread.hpp"
#include "vm/globals.hpp"
#include "vm/vmInit.hpp"
#include "../classfile/imageSupport.hpp"

#include <cmath>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace {

JNIEnv* env_of(JavaThread* t) { return &t->_jni_env; }

// ---- natives bound with RegisterNatives ----------------------------------------------------------

// Throwable.fillInStackTrace(int): the JDK's is in libjava, which the test VM does not load.
jobject JNICALL fill_in_stack_trace(JNIEnv*, jobject self, jint) { return self; }
void JNICALL class_register_natives(JNIEnv*, jclass) {}
// jdk.internal.misc.Unsafe's array layout queries, needed by java.nio's static initializers.
jint JNICALL unsafe_array_base_offset(JNIEnv*, jobject, jclass) { return 16; }
jint JNICALL unsafe_array_index_scale(JNIEnv*, jobject, jclass array_class) {
  Klass* k = java_lang_Class::as_klass(JNIHandles::resolve(array_class));
  return k->is_objArray_klass() ? 4 : 1 << k->log2_element_size();
}
jboolean JNICALL desired_assertion_status(JNIEnv*, jclass, jclass) { return JNI_FALSE; }

jint JNICALL native_callback(JNIEnv* env, jclass cls, jint x, jstring s, jdouble d1, jdouble d2, jdouble d3,
                             jdouble d4, jdouble d5, jdouble d6, jdouble d7, jdouble d8, jdouble d9, jint i6, jint i7) {
  // Stack-passed arguments arrive intact: d9 is the 9th double, i6/i7 the 7th/8th integer args.
  if (d1 != 1 || d8 != 8 || d9 != 9 || i6 != 6 || i7 != 7) return -1;
  if (env->functions->GetStringLength(env, s) != 15) return -2;
  jmethodID retI = env->functions->GetStaticMethodID(env, cls, "retI", "(I)I");
  jint r = env->functions->CallStaticIntMethod(env, cls, retI, x);  // a Java call from inside a native
  const char* utf = env->functions->GetStringUTFChars(env, s, nullptr);
  jint first = jint(static_cast<unsigned char>(utf[0]));  // 'ž' = c5 be in (modified) UTF-8
  env->functions->ReleaseStringUTFChars(env, s, utf);
  return r * 1000 + first;
}

void JNICALL native_throw(JNIEnv* env, jclass, jstring msg) {
  jclass iae = env->functions->FindClass(env, "java/lang/IllegalArgumentException");
  const char* m = env->functions->GetStringUTFChars(env, msg, nullptr);
  env->functions->ThrowNew(env, iae, m);
  env->functions->ReleaseStringUTFChars(env, msg, m);
}

// Holds local references across many collections (NewObjectArray under -XX:GCStressInterval).
jobject JNICALL native_gc(JNIEnv* env, jclass cls, jint n) {
  const JNINativeInterface_* f = env->functions;
  jclass object = f->FindClass(env, "java/lang/Object");
  jstring marker = f->NewStringUTF(env, "marker");
  jobject self = f->AllocObject(env, cls);
  jobjectArray keep = f->NewObjectArray(env, n, object, marker);
  for (int round = 0; round < 200; round++) {
    if (f->PushLocalFrame(env, 4) != JNI_OK) return nullptr;
    jobjectArray garbage = f->NewObjectArray(env, 2000, object, self);
    f->SetObjectArrayElement(env, keep, round % (n - 1), garbage);  // the last element keeps the marker
    f->PopLocalFrame(env, nullptr);
  }
  // Every local reference still names its (moved) object.
  jstring again = static_cast<jstring>(f->GetObjectArrayElement(env, keep, n - 1));
  if (!f->IsSameObject(env, again, marker)) return nullptr;
  if (!f->IsInstanceOf(env, self, cls)) return nullptr;
  const char* m = f->GetStringUTFChars(env, marker, nullptr);
  bool ok = strcmp(m, "marker") == 0;
  f->ReleaseStringUTFChars(env, marker, m);
  return ok ? keep : nullptr;
}

jint JNICALL native_instance(JNIEnv* env, jobject self, jint x) {
  jclass cls = env->functions->GetObjectClass(env, self);
  jfieldID i = env->functions->GetFieldID(env, cls, "i", "I");
  return env->functions->GetIntField(env, self, i) + x;
}

JavaThread* boot() {
  static JavaThread* thread = [] {
    std::string out = "/tmp/jvmlab_unit_jni";
    std::string cmd = "mkdir -p " + out + " && javac -d " + out + " " JVMLAB_SOURCE_DIR "/tests/unit/prims/java/JniTest.java";
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
    t->_jni_env.functions = jni_functions();
    JNIEnv* env = env_of(t);
    t->set_state(ThreadState::InNative);
    // java.lang.Class's and Throwable's natives are in libjava, which the test VM does not load:
    // stand-ins bound with RegisterNatives (which itself initializes nothing).
    jclass object = env->functions->FindClass(env, "java/lang/Object");
    jclass class_class = env->functions->GetObjectClass(env, object);
    JNINativeMethod class_natives[] = {
        {const_cast<char*>("registerNatives"), const_cast<char*>("()V"), reinterpret_cast<void*>(class_register_natives)},
        {const_cast<char*>("desiredAssertionStatus0"), const_cast<char*>("(Ljava/lang/Class;)Z"),
         reinterpret_cast<void*>(desired_assertion_status)},
    };
    EXPECT_EQ(env->functions->RegisterNatives(env, class_class, class_natives, 2), JNI_OK);
    jclass throwable = env->functions->FindClass(env, "java/lang/Throwable");
    JNINativeMethod fill = {const_cast<char*>("fillInStackTrace"), const_cast<char*>("(I)Ljava/lang/Throwable;"),
                            reinterpret_cast<void*>(fill_in_stack_trace)};
    EXPECT_EQ(env->functions->RegisterNatives(env, throwable, &fill, 1), JNI_OK);
    jclass test = env->functions->FindClass(env, "JniTest");
    JNINativeMethod natives[] = {
        {const_cast<char*>("nativeCallback"), const_cast<char*>("(ILjava/lang/String;DDDDDDDDDII)I"),
         reinterpret_cast<void*>(native_callback)},
        {const_cast<char*>("nativeThrow"), const_cast<char*>("(Ljava/lang/String;)V"), reinterpret_cast<void*>(native_throw)},
        {const_cast<char*>("nativeGc"), const_cast<char*>("(I)Ljava/lang/Object;"), reinterpret_cast<void*>(native_gc)},
        {const_cast<char*>("nativeInstance"), const_cast<char*>("(I)I"), reinterpret_cast<void*>(native_instance)},
    };
    EXPECT_EQ(env->functions->RegisterNatives(env, test, natives, 4), JNI_OK);
    EXPECT_FALSE(t->has_pending_exception());
    t->set_state(ThreadState::InVM);
    return t;
  }();
  return thread;
}

// A stretch of "native code": the thread is in native, local references die at the end.
class NativeScope {
 public:
  NativeScope() : _thread(boot()), _hm(_thread) {
    _thread->set_state(ThreadState::InNative);
    env = env_of(_thread);
    f = env->functions;
  }
  ~NativeScope() {
    _thread->clear_pending_exception();
    _thread->set_state(ThreadState::InVM);
  }
  // Class name of the pending exception ("" if none), and clears it.
  std::string take_exception(std::string* message = nullptr) {
    jthrowable e = f->ExceptionOccurred(env);
    if (e == nullptr) return "";
    f->ExceptionClear(env);
    // Class.getName() needs a JDK native: the test reads the VM's class name instead.
    std::string name = JNIHandles::resolve(e)->klass()->name()->str();
    for (char& ch : name) if (ch == '/') ch = '.';
    if (message != nullptr) {
      jclass throwable = f->FindClass(env, "java/lang/Throwable");
      jfieldID dm = f->GetFieldID(env, throwable, "detailMessage", "Ljava/lang/String;");
      jstring m = static_cast<jstring>(f->GetObjectField(env, e, dm));
      *message = m == nullptr ? "<null>" : utf(m);
    }
    return name;
  }
  std::string utf(jstring s) {
    if (s == nullptr) return "<null>";
    const char* p = f->GetStringUTFChars(env, s, nullptr);
    std::string r(p);
    f->ReleaseStringUTFChars(env, s, p);
    return r;
  }
  jclass test_class() { return f->FindClass(env, "JniTest"); }

  JNIEnv* env;
  const JNINativeInterface_* f;

 private:
  JavaThread* _thread;
  HandleMark _hm;
};

jint call_static_int_v(JNIEnv* env, jclass c, jmethodID m, ...) {
  va_list ap;
  va_start(ap, m);
  jint r = env->functions->CallStaticIntMethodV(env, c, m, ap);
  va_end(ap);
  return r;
}

jlong call_static_long_v(JNIEnv* env, jclass c, jmethodID m, ...) {
  va_list ap;
  va_start(ap, m);
  jlong r = env->functions->CallStaticLongMethodV(env, c, m, ap);
  va_end(ap);
  return r;
}

jdouble call_static_double_v(JNIEnv* env, jclass c, jmethodID m, ...) {
  va_list ap;
  va_start(ap, m);
  jdouble r = env->functions->CallStaticDoubleMethodV(env, c, m, ap);
  va_end(ap);
  return r;
}

jobject new_object_v(JNIEnv* env, jclass c, jmethodID m, ...) {
  va_list ap;
  va_start(ap, m);
  jobject r = env->functions->NewObjectV(env, c, m, ap);
  va_end(ap);
  return r;
}

// Test-only: the static initializers of some JDK classes need libjava's natives (CDS, Unsafe),
// which the test VM lacks, while the constructors JNI runs (reflection objects, DirectByteBuffer)
// are plain Java. Such classes are linked and then marked initialized without running <clinit>.
void mark_initialized(std::initializer_list<const char*> names) {
  JavaThread* t = boot();
  for (const char* n : names) {
    Klass* k = SystemDictionary::resolve_boot(n, t);
    ASSERT_NE(k, nullptr) << n;
    InstanceKlass* ik = InstanceKlass_cast(k);
    SystemDictionary::link_class(ik, t);
    ASSERT_FALSE(t->has_pending_exception()) << n;
    if (!ik->is_initialized()) ik->set_init_state(InstanceKlass::State::FullyInitialized);
  }
}

}  // namespace

TEST(JNI, FunctionTableIsComplete) {
  const JNINativeInterface_* t = jni_functions();
  void* const* entries = reinterpret_cast<void* const*>(t);
  size_t n = sizeof(JNINativeInterface_) / sizeof(void*);
  EXPECT_EQ(n, 4u + 230u);  // reserved0..3, then the 230 functions of JDK 17's jni.h
  for (size_t i = 4; i < n; i++) EXPECT_NE(entries[i], nullptr) << "entry " << i;
  const JNIInvokeInterface_* vm = jni_java_vm()->functions;
  EXPECT_NE(vm->GetEnv, nullptr);
  EXPECT_NE(vm->AttachCurrentThread, nullptr);
  EXPECT_NE(vm->AttachCurrentThreadAsDaemon, nullptr);
  EXPECT_NE(vm->DetachCurrentThread, nullptr);
  EXPECT_NE(vm->DestroyJavaVM, nullptr);
}

TEST(JNI, VersionClassesAndTypeTests) {
  NativeScope s;
  EXPECT_EQ(s.f->GetVersion(s.env), JNI_VERSION_10);
  jclass test = s.test_class();
  ASSERT_NE(test, nullptr);
  jclass sub = s.f->FindClass(s.env, "JniTest$Sub");
  jclass object = s.f->FindClass(s.env, "java/lang/Object");
  jclass string = s.f->FindClass(s.env, "java/lang/String");
  jclass ints = s.f->FindClass(s.env, "[I");
  ASSERT_NE(ints, nullptr);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetSuperclass(s.env, sub), test));
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetSuperclass(s.env, ints), object));
  EXPECT_EQ(s.f->GetSuperclass(s.env, object), nullptr);
  EXPECT_EQ(s.f->GetSuperclass(s.env, s.f->FindClass(s.env, "JniTest$Shape")), nullptr);
  EXPECT_TRUE(s.f->IsAssignableFrom(s.env, sub, test));
  EXPECT_FALSE(s.f->IsAssignableFrom(s.env, test, sub));
  EXPECT_TRUE(s.f->IsAssignableFrom(s.env, ints, object));
  EXPECT_FALSE(s.f->IsAssignableFrom(s.env, string, test));
  jobject o = s.f->AllocObject(s.env, sub);
  EXPECT_TRUE(s.f->IsInstanceOf(s.env, o, test));
  EXPECT_FALSE(s.f->IsInstanceOf(s.env, o, string));
  EXPECT_TRUE(s.f->IsInstanceOf(s.env, nullptr, string));
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetObjectClass(s.env, o), sub));
  EXPECT_EQ(s.f->FindClass(s.env, "no/such/Klass"), nullptr);
  std::string msg;
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoClassDefFoundError");
  EXPECT_EQ(msg, "no/such/Klass");
  // AllocObject of an abstract class or an interface: InstantiationException.
  EXPECT_EQ(s.f->AllocObject(s.env, s.f->FindClass(s.env, "JniTest$Abstract")), nullptr);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.InstantiationException");
  EXPECT_EQ(msg, "JniTest$Abstract");
  // GetModule reads Class.module.
  jclass cls = s.f->GetObjectClass(s.env, test);
  jfieldID module = s.f->GetFieldID(s.env, cls, "module", "Ljava/lang/Module;");
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetModule(s.env, test), s.f->GetObjectField(s.env, test, module)));
}

TEST(JNI, StaticAndInstanceFieldsOfEveryType) {
  NativeScope s;
  jclass test = s.test_class();
  jfieldID sI = s.f->GetStaticFieldID(s.env, test, "sI", "I");
  ASSERT_NE(sI, nullptr);
  jfieldID count = s.f->GetStaticFieldID(s.env, test, "clinitCount", "I");
  EXPECT_EQ(s.f->GetStaticIntField(s.env, test, count), 1);  // initialized once
  s.f->SetStaticIntField(s.env, test, sI, 7);
  EXPECT_EQ(s.f->GetStaticIntField(s.env, test, sI), 7);
  // Statics are reachable through a subclass too.
  jclass sub = s.f->FindClass(s.env, "JniTest$Sub");
  EXPECT_EQ(s.f->GetStaticFieldID(s.env, sub, "sI", "I"), sI);
  EXPECT_EQ(s.f->GetStaticIntField(s.env, sub, sI), 7);

#define CHECK_STATIC(Name, T, field, sig, value)                          \
  {                                                                       \
    jfieldID id = s.f->GetStaticFieldID(s.env, test, field, sig);        \
    ASSERT_NE(id, nullptr) << field;                                      \
    s.f->SetStatic##Name##Field(s.env, test, id, value);                  \
    EXPECT_EQ(s.f->GetStatic##Name##Field(s.env, test, id), T(value)) << field; \
  }
  CHECK_STATIC(Boolean, jboolean, "sZ", "Z", JNI_TRUE)
  CHECK_STATIC(Byte, jbyte, "sB", "B", -5)
  CHECK_STATIC(Char, jchar, "sC", "C", 0x4e2d)
  CHECK_STATIC(Short, jshort, "sS", "S", -30000)
  CHECK_STATIC(Long, jlong, "sJ", "J", 0x123456789abcdefLL)
  CHECK_STATIC(Float, jfloat, "sF", "F", 1.5f)
  CHECK_STATIC(Double, jdouble, "sD", "D", -2.25)

  jobject o = s.f->AllocObject(s.env, test);
#define CHECK_FIELD(Name, T, field, sig, value)                           \
  {                                                                       \
    jfieldID id = s.f->GetFieldID(s.env, test, field, sig);              \
    ASSERT_NE(id, nullptr) << field;                                      \
    s.f->Set##Name##Field(s.env, o, id, value);                           \
    EXPECT_EQ(s.f->Get##Name##Field(s.env, o, id), T(value)) << field;    \
  }
  CHECK_FIELD(Boolean, jboolean, "z", "Z", JNI_TRUE)
  CHECK_FIELD(Byte, jbyte, "b", "B", 100)
  CHECK_FIELD(Char, jchar, "c", "C", 0xffff)
  CHECK_FIELD(Short, jshort, "s", "S", 12345)
  CHECK_FIELD(Int, jint, "i", "I", -77)
  CHECK_FIELD(Long, jlong, "j", "J", -1LL << 40)
  CHECK_FIELD(Float, jfloat, "f", "F", -0.5f)
  CHECK_FIELD(Double, jdouble, "d", "D", 1e300)
#undef CHECK_FIELD
#undef CHECK_STATIC
  jstring str = s.f->NewStringUTF(s.env, "value");
  jfieldID l = s.f->GetFieldID(s.env, test, "l", "Ljava/lang/Object;");
  s.f->SetObjectField(s.env, o, l, str);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetObjectField(s.env, o, l), str));
  jfieldID sL = s.f->GetStaticFieldID(s.env, test, "sL", "Ljava/lang/Object;");
  s.f->SetStaticObjectField(s.env, test, sL, str);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetStaticObjectField(s.env, test, sL), str));
  s.f->SetStaticObjectField(s.env, test, sL, nullptr);

  // Static vs instance and missing fields: NoSuchFieldError with the name.
  std::string msg;
  EXPECT_EQ(s.f->GetFieldID(s.env, test, "sI", "I"), nullptr);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchFieldError");
  EXPECT_EQ(msg, "sI");
  EXPECT_EQ(s.f->GetStaticFieldID(s.env, test, "nope", "I"), nullptr);
  EXPECT_EQ(s.take_exception(), "java.lang.NoSuchFieldError");
  // A null object: NullPointerException, no crash.
  s.f->GetIntField(s.env, nullptr, s.f->GetFieldID(s.env, test, "i", "I"));
  EXPECT_EQ(s.take_exception(), "java.lang.NullPointerException");
}

TEST(JNI, MethodIDsFollowHotSpotRules) {
  NativeScope s;
  jclass test = s.test_class();
  std::string msg;
  // A name that is not even a symbol yet: the message is just the name (as HotSpot).
  EXPECT_EQ(s.f->GetMethodID(s.env, test, "noSuchMethodAnywhere", "()V"), nullptr);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "noSuchMethodAnywhere");
  EXPECT_EQ(s.f->GetMethodID(s.env, test, "retI", "()V"), nullptr);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "LJniTest;.retI()V");
  EXPECT_EQ(s.f->GetStaticMethodID(s.env, test, "add", "(I)I"), nullptr);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "static LJniTest;.add(I)I");
  EXPECT_EQ(s.f->GetMethodID(s.env, test, "<clinit>", "()V"), nullptr);  // static: never an instance method
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "LJniTest;.<clinit>()V");
  EXPECT_NE(s.f->GetStaticMethodID(s.env, test, "<clinit>", "()V"), nullptr);
  // Constructors are not inherited; other methods are found in superclasses and superinterfaces.
  jclass sub = s.f->FindClass(s.env, "JniTest$Sub");
  EXPECT_EQ(s.f->GetMethodID(s.env, sub, "<init>", "(ILjava/lang/String;)V"), nullptr);
  EXPECT_EQ(s.take_exception(), "java.lang.NoSuchMethodError");
  EXPECT_EQ(s.f->GetMethodID(s.env, sub, "add", "(I)I"), s.f->GetMethodID(s.env, test, "add", "(I)I"));
  EXPECT_NE(s.f->GetMethodID(s.env, s.f->FindClass(s.env, "JniTest$Square"), "twice", "()I"), nullptr);
  EXPECT_NE(s.f->GetMethodID(s.env, s.f->FindClass(s.env, "[I"), "hashCode", "()I"), nullptr);
  EXPECT_EQ(s.take_exception(), "");
}

TEST(JNI, StaticCallsOfEveryReturnType) {
  NativeScope s;
  jclass c = s.test_class();
  auto id = [&](const char* n, const char* sig) { return s.f->GetStaticMethodID(s.env, c, n, sig); };
  EXPECT_EQ(s.f->CallStaticBooleanMethod(s.env, c, id("retZ", "(Z)Z"), JNI_FALSE), JNI_TRUE);
  EXPECT_EQ(s.f->CallStaticByteMethod(s.env, c, id("retB", "(B)B"), jbyte(127)), jbyte(-128));
  EXPECT_EQ(s.f->CallStaticCharMethod(s.env, c, id("retC", "(C)C"), jchar(0xfffe)), jchar(0xffff));
  EXPECT_EQ(s.f->CallStaticShortMethod(s.env, c, id("retS", "(S)S"), jshort(-2)), jshort(-1));
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, c, id("retI", "(I)I"), 41), 42);
  EXPECT_EQ(s.f->CallStaticLongMethod(s.env, c, id("retJ", "(J)J"), jlong(1) << 40), (jlong(1) << 40) + 1);
  EXPECT_EQ(s.f->CallStaticFloatMethod(s.env, c, id("retF", "(F)F"), 1.25f), 2.5f);
  EXPECT_EQ(s.f->CallStaticDoubleMethod(s.env, c, id("retD", "(D)D"), 1e100), 2e100);
  jstring str = s.f->NewStringUTF(s.env, "x");
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->CallStaticObjectMethod(s.env, c, id("retL", "(Ljava/lang/Object;)Ljava/lang/Object;"), str), str));
  jfieldID sI = s.f->GetStaticFieldID(s.env, c, "sI", "I");
  s.f->SetStaticIntField(s.env, c, sI, 10);
  s.f->CallStaticVoidMethod(s.env, c, id("retV", "()V"));
  EXPECT_EQ(s.f->GetStaticIntField(s.env, c, sI), 11);
  // The jvalue (A) and va_list (V) forms.
  jvalue v[1];
  v[0].z = 2;  // JNI booleans are normalized: non-zero is true
  EXPECT_EQ(s.f->CallStaticBooleanMethodA(s.env, c, id("retZ", "(Z)Z"), v), JNI_FALSE);
  v[0].j = -5;
  EXPECT_EQ(s.f->CallStaticLongMethodA(s.env, c, id("retJ", "(J)J"), v), -4);
  v[0].f = 3.0f;
  EXPECT_EQ(s.f->CallStaticFloatMethodA(s.env, c, id("retF", "(F)F"), v), 6.0f);
  EXPECT_EQ(call_static_int_v(s.env, c, id("retI", "(I)I"), -1), 0);
  EXPECT_EQ(call_static_double_v(s.env, c, id("retD", "(D)D"), 0.25), 0.5);
}

TEST(JNI, ManyArgumentsInRegistersAndOnTheStack) {
  NativeScope s;
  jclass c = s.test_class();
  jmethodID ints = s.f->GetStaticMethodID(s.env, c, "manyInts", "(IIIIIIIIII)J");
  jlong expect_ints = 0;
  for (int k = 1; k <= 10; k++) expect_ints += jlong(k) * (k * 100 + k);
  EXPECT_EQ(s.f->CallStaticLongMethod(s.env, c, ints, 101, 202, 303, 404, 505, 606, 707, 808, 909, 1010), expect_ints);
  EXPECT_EQ(call_static_long_v(s.env, c, ints, 101, 202, 303, 404, 505, 606, 707, 808, 909, 1010), expect_ints);
  jvalue iv[10];
  for (int k = 0; k < 10; k++) iv[k].i = (k + 1) * 101;
  EXPECT_EQ(s.f->CallStaticLongMethodA(s.env, c, ints, iv), expect_ints);

  jmethodID doubles = s.f->GetStaticMethodID(s.env, c, "manyDoubles", "(DDDDDDDDDD)D");
  double expect_d = 0;
  for (int k = 1; k <= 10; k++) expect_d += k * (k + 0.5);
  EXPECT_DOUBLE_EQ(s.f->CallStaticDoubleMethod(s.env, c, doubles, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5), expect_d);
  EXPECT_DOUBLE_EQ(call_static_double_v(s.env, c, doubles, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5), expect_d);

  jmethodID mixed = s.f->GetStaticMethodID(s.env, c, "mixed", "(IDJFBCSZLjava/lang/Object;DDDDDDDIJ)D");
  ASSERT_NE(mixed, nullptr);
  jobject o = s.f->NewStringUTF(s.env, "o");
  double expect_m = 1 + 2.5 + 3 + 4.5f + (-5) + 6 + 7 + 1000 + 10000 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9e9;
  EXPECT_DOUBLE_EQ(s.f->CallStaticDoubleMethod(s.env, c, mixed, 1, 2.5, jlong(3), 4.5f, jbyte(-5), jchar(6), jshort(7),
                                               jboolean(1), o, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8, jlong(9e9)),
                   expect_m);
  jvalue mv[18];
  mv[0].i = 1; mv[1].d = 2.5; mv[2].j = 3; mv[3].f = 4.5f; mv[4].b = -5; mv[5].c = 6; mv[6].s = 7; mv[7].z = 1;
  mv[8].l = o;
  for (int k = 0; k < 7; k++) mv[9 + k].d = k + 1;
  mv[16].i = 8; mv[17].j = jlong(9e9);
  EXPECT_DOUBLE_EQ(s.f->CallStaticDoubleMethodA(s.env, c, mixed, mv), expect_m);
}

TEST(JNI, VirtualNonvirtualAndInterfaceDispatch) {
  NativeScope s;
  jclass test = s.test_class();
  jclass sub = s.f->FindClass(s.env, "JniTest$Sub");
  jmethodID name = s.f->GetMethodID(s.env, test, "name", "()Ljava/lang/String;");
  jmethodID init = s.f->GetMethodID(s.env, sub, "<init>", "()V");
  jobject o = s.f->NewObject(s.env, sub, init);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(s.utf(static_cast<jstring>(s.f->CallObjectMethod(s.env, o, name))), "sub");
  EXPECT_EQ(s.utf(static_cast<jstring>(s.f->CallNonvirtualObjectMethod(s.env, o, test, name))), "base");
  jmethodID add = s.f->GetMethodID(s.env, test, "add", "(I)I");
  EXPECT_EQ(s.f->CallIntMethod(s.env, o, add, 10), 11);  // JniTest() sets i = 1
  jmethodID add_all = s.f->GetMethodID(s.env, test, "addAll", "(IJDF)J");
  EXPECT_EQ(s.f->CallLongMethod(s.env, o, add_all, 2, jlong(3), 4.0, 5.0f), 15);
  jvalue a[4];
  a[0].i = 2; a[1].j = 3; a[2].d = 4.0; a[3].f = 5.0f;
  EXPECT_EQ(s.f->CallNonvirtualLongMethodA(s.env, o, test, add_all, a), 15);

  jclass shape = s.f->FindClass(s.env, "JniTest$Shape");
  jclass square = s.f->FindClass(s.env, "JniTest$Square");
  jobject sq = s.f->NewObject(s.env, square, s.f->GetMethodID(s.env, square, "<init>", "()V"));
  EXPECT_EQ(s.f->CallIntMethod(s.env, sq, s.f->GetMethodID(s.env, shape, "sides", "()I")), 4);
  EXPECT_EQ(s.f->CallIntMethod(s.env, sq, s.f->GetMethodID(s.env, shape, "twice", "()I")), 8);  // default method
  // Object methods on an array receiver.
  jintArray arr = s.f->NewIntArray(s.env, 3);
  jmethodID get_class = s.f->GetMethodID(s.env, s.f->FindClass(s.env, "java/lang/Object"), "getClass", "()Ljava/lang/Class;");
  (void)get_class;
  EXPECT_EQ(s.f->GetArrayLength(s.env, arr), 3);
  // A null receiver: NullPointerException.
  s.f->CallIntMethod(s.env, nullptr, add, 1);
  EXPECT_EQ(s.take_exception(), "java.lang.NullPointerException");
}

TEST(JNI, ConstructorsThroughNewObjectForms) {
  NativeScope s;
  jclass test = s.test_class();
  jmethodID init = s.f->GetMethodID(s.env, test, "<init>", "(ILjava/lang/String;)V");
  jfieldID i = s.f->GetFieldID(s.env, test, "i", "I");
  jfieldID l = s.f->GetFieldID(s.env, test, "l", "Ljava/lang/Object;");
  jstring str = s.f->NewStringUTF(s.env, "ctor");
  jobject a = s.f->NewObject(s.env, test, init, 5, str);
  EXPECT_EQ(s.f->GetIntField(s.env, a, i), 5);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetObjectField(s.env, a, l), str));
  jobject b = new_object_v(s.env, test, init, 6, str);
  EXPECT_EQ(s.f->GetIntField(s.env, b, i), 6);
  jvalue args[2];
  args[0].i = 7;
  args[1].l = str;
  jobject c = s.f->NewObjectA(s.env, test, init, args);
  EXPECT_EQ(s.f->GetIntField(s.env, c, i), 7);
  jobject raw = s.f->AllocObject(s.env, test);  // no constructor run
  EXPECT_EQ(s.f->GetIntField(s.env, raw, i), 0);
}

TEST(JNI, ExceptionsCrossJNIBothWays) {
  NativeScope s;
  jclass test = s.test_class();
  jmethodID thrower = s.f->GetStaticMethodID(s.env, test, "thrower", "(I)V");
  s.f->CallStaticVoidMethod(s.env, test, thrower, 0);
  EXPECT_FALSE(s.f->ExceptionCheck(s.env));
  s.f->CallStaticVoidMethod(s.env, test, thrower, 1);
  EXPECT_TRUE(s.f->ExceptionCheck(s.env));
  std::string msg;
  EXPECT_EQ(s.take_exception(&msg), "java.lang.IllegalStateException");
  EXPECT_EQ(msg, "boom");
  EXPECT_FALSE(s.f->ExceptionCheck(s.env));
  // With an exception pending, a call does not run Java code and returns zero.
  jclass ise = s.f->FindClass(s.env, "java/lang/IllegalStateException");
  EXPECT_EQ(s.f->ThrowNew(s.env, ise, "first"), JNI_OK);
  jmethodID retI = s.f->GetStaticMethodID(s.env, test, "retI", "(I)I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, retI, 1), 0);
  jthrowable pending = s.f->ExceptionOccurred(s.env);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.IllegalStateException");
  EXPECT_EQ(msg, "first");
  EXPECT_EQ(s.f->Throw(s.env, pending), JNI_OK);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->ExceptionOccurred(s.env), pending));
  s.f->ExceptionDescribe(s.env);  // prints it and clears it
  EXPECT_FALSE(s.f->ExceptionCheck(s.env));
  // A native throws, Java catches.
  jmethodID catcher = s.f->GetStaticMethodID(s.env, test, "catchFromNative", "()I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, catcher), 1);
  EXPECT_FALSE(s.f->ExceptionCheck(s.env));
}

TEST(JNI, RegisteredNativesCallBackIntoJNI) {
  NativeScope s;
  jclass test = s.test_class();
  jmethodID call = s.f->GetStaticMethodID(s.env, test, "callNative", "(I)I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, call, 5), 6 * 1000 + 0xc5);
  EXPECT_EQ(s.take_exception(), "");
  jmethodID inst = s.f->GetStaticMethodID(s.env, test, "callInstanceNative", "(I)I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, inst, 41), 42);
  // A native called directly through JNI.
  jmethodID native_inst = s.f->GetMethodID(s.env, test, "nativeInstance", "(I)I");
  jobject o = s.f->NewObject(s.env, test, s.f->GetMethodID(s.env, test, "<init>", "()V"));
  EXPECT_EQ(s.f->CallIntMethod(s.env, o, native_inst, 9), 10);

  std::string msg;
  JNINativeMethod bad = {const_cast<char*>("nope"), const_cast<char*>("(I)V"), reinterpret_cast<void*>(native_throw)};
  EXPECT_EQ(s.f->RegisterNatives(s.env, test, &bad, 1), JNI_ERR);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "Method 'void JniTest.nope(int)' name or signature does not match");
  JNINativeMethod not_native = {const_cast<char*>("retI"), const_cast<char*>("(I)I"), reinterpret_cast<void*>(native_throw)};
  EXPECT_EQ(s.f->RegisterNatives(s.env, test, &not_native, 1), JNI_ERR);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.NoSuchMethodError");
  EXPECT_EQ(msg, "Method 'int JniTest.retI(int)' is not declared as native");
}

TEST(JNI, StringsWithNonLatin1Characters) {
  NativeScope s;
  jclass test = s.test_class();
  jmethodID non_latin = s.f->GetStaticMethodID(s.env, test, "nonLatin", "()Ljava/lang/String;");
  jstring java = static_cast<jstring>(s.f->CallStaticObjectMethod(s.env, test, non_latin));
  ASSERT_NE(java, nullptr);
  const jchar expect[] = {0x17e, 'l', 'u', 0x165, 'o', 'u', 0x10d, 'k', 0xfd, ' ', 0x4e2d, 0x6587, ' ', 0xd83d, 0xde00};
  const jsize n = jsize(sizeof expect / sizeof expect[0]);
  EXPECT_EQ(s.f->GetStringLength(s.env, java), n);
  jboolean is_copy = JNI_FALSE;
  const jchar* chars = s.f->GetStringChars(s.env, java, &is_copy);
  EXPECT_TRUE(is_copy);
  EXPECT_EQ(memcmp(chars, expect, sizeof expect), 0);
  s.f->ReleaseStringChars(s.env, java, chars);
  // Modified UTF-8: the supplementary character is two 3-byte surrogates (JVMS §4.4.7).
  const char* mutf8 = "\xc5\xbelu\xc5\xa5ou\xc4\x8dk\xc3\xbd \xe4\xb8\xad\xe6\x96\x87 \xed\xa0\xbd\xed\xb8\x80";
  EXPECT_EQ(s.utf(java), mutf8);
  EXPECT_EQ(s.f->GetStringUTFLength(s.env, java), jsize(strlen(mutf8)));
  jstring from_utf = s.f->NewStringUTF(s.env, mutf8);
  jstring from_utf16 = s.f->NewString(s.env, expect, n);
  jmethodID equals = s.f->GetMethodID(s.env, s.f->FindClass(s.env, "java/lang/Object"), "equals", "(Ljava/lang/Object;)Z");
  EXPECT_TRUE(s.f->CallBooleanMethod(s.env, java, equals, from_utf));
  EXPECT_TRUE(s.f->CallBooleanMethod(s.env, java, equals, from_utf16));
  jchar region[3];
  s.f->GetStringRegion(s.env, java, 10, 3, region);
  EXPECT_EQ(region[0], 0x4e2d);
  EXPECT_EQ(region[2], ' ');
  char utf_region[16];
  s.f->GetStringUTFRegion(s.env, java, 10, 2, utf_region);
  EXPECT_STREQ(utf_region, "\xe4\xb8\xad\xe6\x96\x87");
  s.f->GetStringRegion(s.env, java, 14, 2, region);
  EXPECT_EQ(s.take_exception(), "java.lang.StringIndexOutOfBoundsException");
  const jchar* critical = s.f->GetStringCritical(s.env, java, nullptr);
  EXPECT_EQ(critical[13], 0xd83d);
  s.f->ReleaseStringCritical(s.env, java, critical);
  // The empty string and U+0000 (two bytes in modified UTF-8).
  const jchar zero[] = {0, 'a'};
  jstring z = s.f->NewString(s.env, zero, 2);
  EXPECT_EQ(s.f->GetStringUTFLength(s.env, z), 3);
  EXPECT_EQ(s.f->GetStringLength(s.env, s.f->NewStringUTF(s.env, "")), 0);
}

TEST(JNI, PrimitiveAndObjectArrays) {
  NativeScope s;
  jclass test = s.test_class();
  jintArray ints = s.f->NewIntArray(s.env, 5);
  const jint vals[] = {1, 2, 3, 4, 5};
  s.f->SetIntArrayRegion(s.env, ints, 0, 5, vals);
  jmethodID sum = s.f->GetStaticMethodID(s.env, test, "sum", "([I)I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, sum, ints), 15);
  // Elements: copies; JNI_ABORT discards, JNI_COMMIT writes back and keeps the buffer, 0 both.
  jint* e = s.f->GetIntArrayElements(s.env, ints, nullptr);
  e[0] = 100;
  s.f->ReleaseIntArrayElements(s.env, ints, e, JNI_ABORT);
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, sum, ints), 15);
  e = s.f->GetIntArrayElements(s.env, ints, nullptr);
  e[0] = 101;
  s.f->ReleaseIntArrayElements(s.env, ints, e, JNI_COMMIT);
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, sum, ints), 115);
  e[1] = 102;
  s.f->ReleaseIntArrayElements(s.env, ints, e, 0);
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, sum, ints), 215);
  jint* crit = static_cast<jint*>(s.f->GetPrimitiveArrayCritical(s.env, ints, nullptr));
  EXPECT_EQ(crit[4], 5);
  crit[4] = 0;
  s.f->ReleasePrimitiveArrayCritical(s.env, ints, crit, 0);
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, sum, ints), 210);

  std::string msg;
  jint buf[10];
  s.f->GetIntArrayRegion(s.env, ints, 3, 10, buf);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.ArrayIndexOutOfBoundsException");
  EXPECT_EQ(msg, "Array region 3..13 out of bounds for length 5");
  s.f->SetIntArrayRegion(s.env, ints, 0, -1, buf);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.ArrayIndexOutOfBoundsException");
  EXPECT_EQ(msg, "Length -1 is negative");
  EXPECT_EQ(s.f->NewIntArray(s.env, -1), nullptr);
  EXPECT_EQ(s.take_exception(), "java.lang.NegativeArraySizeException");

#define CHECK_ARRAY(Name, T, v0, v1)                                                \
  {                                                                                 \
    T##Array a = s.f->New##Name##Array(s.env, 2);                                   \
    ASSERT_NE(a, nullptr);                                                          \
    const T in[2] = {v0, v1};                                                       \
    s.f->Set##Name##ArrayRegion(s.env, a, 0, 2, in);                                \
    T out[2] = {};                                                                  \
    s.f->Get##Name##ArrayRegion(s.env, a, 0, 2, out);                               \
    EXPECT_EQ(out[0], in[0]);                                                       \
    EXPECT_EQ(out[1], in[1]);                                                       \
    T* el = s.f->Get##Name##ArrayElements(s.env, a, nullptr);                       \
    EXPECT_EQ(el[1], in[1]);                                                        \
    s.f->Release##Name##ArrayElements(s.env, a, el, JNI_ABORT);                     \
  }
  CHECK_ARRAY(Boolean, jboolean, JNI_TRUE, JNI_FALSE)
  CHECK_ARRAY(Byte, jbyte, -1, 127)
  CHECK_ARRAY(Char, jchar, 0x4e2d, 'a')
  CHECK_ARRAY(Short, jshort, -32768, 32767)
  CHECK_ARRAY(Long, jlong, jlong(1) << 62, -1)
  CHECK_ARRAY(Float, jfloat, 1.5f, -0.0f)
  CHECK_ARRAY(Double, jdouble, 1e-300, 2.5)
#undef CHECK_ARRAY

  jclass string = s.f->FindClass(s.env, "java/lang/String");
  jstring init = s.f->NewStringUTF(s.env, "init");
  jobjectArray strs = s.f->NewObjectArray(s.env, 3, string, init);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetObjectArrayElement(s.env, strs, 2), init));
  jstring other = s.f->NewStringUTF(s.env, "other");
  s.f->SetObjectArrayElement(s.env, strs, 1, other);
  EXPECT_TRUE(s.f->IsSameObject(s.env, s.f->GetObjectArrayElement(s.env, strs, 1), other));
  s.f->SetObjectArrayElement(s.env, strs, 1, nullptr);
  EXPECT_EQ(s.f->GetObjectArrayElement(s.env, strs, 1), nullptr);
  s.f->SetObjectArrayElement(s.env, strs, 1, s.f->AllocObject(s.env, test));
  EXPECT_EQ(s.take_exception(&msg), "java.lang.ArrayStoreException");
  EXPECT_EQ(msg, "type mismatch: can not store JniTest to java.lang.String[1]");
  s.f->GetObjectArrayElement(s.env, strs, 5);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.ArrayIndexOutOfBoundsException");
  EXPECT_EQ(msg, "Index 5 out of bounds for length 3");
  jclass int_array = s.f->FindClass(s.env, "[I");
  jobjectArray nested = s.f->NewObjectArray(s.env, 2, int_array, nullptr);
  s.f->SetObjectArrayElement(s.env, nested, 0, ints);
  s.f->SetObjectArrayElement(s.env, nested, 1, init);
  EXPECT_EQ(s.take_exception(&msg), "java.lang.ArrayStoreException");
  EXPECT_EQ(msg, "type mismatch: can not store java.lang.String to int[1][]");
}

TEST(JNI, ReferencesAndLocalFrames) {
  NativeScope s;
  jstring str = s.f->NewStringUTF(s.env, "ref");
  EXPECT_EQ(s.f->GetObjectRefType(s.env, str), JNILocalRefType);
  jobject global = s.f->NewGlobalRef(s.env, str);
  jweak weak = s.f->NewWeakGlobalRef(s.env, str);
  EXPECT_EQ(s.f->GetObjectRefType(s.env, global), JNIGlobalRefType);
  EXPECT_EQ(s.f->GetObjectRefType(s.env, weak), JNIWeakGlobalRefType);
  EXPECT_EQ(s.f->GetObjectRefType(s.env, nullptr), JNIInvalidRefType);
  EXPECT_TRUE(s.f->IsSameObject(s.env, global, str));
  EXPECT_TRUE(s.f->IsSameObject(s.env, weak, str));
  EXPECT_TRUE(s.f->IsSameObject(s.env, nullptr, nullptr));
  jobject copy = s.f->NewLocalRef(s.env, global);
  EXPECT_TRUE(s.f->IsSameObject(s.env, copy, str));
  s.f->DeleteLocalRef(s.env, copy);
  EXPECT_TRUE(s.f->IsSameObject(s.env, copy, nullptr));
  s.f->DeleteLocalRef(s.env, global);  // not a local reference: left alone
  EXPECT_TRUE(s.f->IsSameObject(s.env, global, str));

  EXPECT_EQ(s.f->EnsureLocalCapacity(s.env, 100), JNI_OK);
  EXPECT_EQ(s.f->PushLocalFrame(s.env, 10), JNI_OK);
  jstring inner = s.f->NewStringUTF(s.env, "inner");
  for (int k = 0; k < 100; k++) s.f->NewStringUTF(s.env, "garbage");
  jobject survivor = s.f->PopLocalFrame(s.env, inner);
  EXPECT_EQ(s.utf(static_cast<jstring>(survivor)), "inner");
  EXPECT_EQ(s.f->PopLocalFrame(s.env, nullptr), nullptr);  // unbalanced: harmless
  EXPECT_EQ(s.f->PushLocalFrame(s.env, -1), JNI_ERR);

  // A collection keeps globals and live weak globals up to date.
  jclass object = s.f->FindClass(s.env, "java/lang/Object");
  for (int k = 0; k < 50; k++) {
    s.f->PushLocalFrame(s.env, 1);
    s.f->NewObjectArray(s.env, 20000, object, nullptr);
    s.f->PopLocalFrame(s.env, nullptr);
  }
  EXPECT_EQ(s.utf(static_cast<jstring>(global)), "ref");
  EXPECT_TRUE(s.f->IsSameObject(s.env, weak, global));
  s.f->DeleteWeakGlobalRef(s.env, weak);
  s.f->DeleteGlobalRef(s.env, global);
}

TEST(JNI, MonitorsThroughJNI) {
  NativeScope s;
  jclass test = s.test_class();
  jobject o = s.f->AllocObject(s.env, test);
  EXPECT_EQ(s.f->MonitorEnter(s.env, o), JNI_OK);
  EXPECT_EQ(s.f->MonitorEnter(s.env, o), JNI_OK);  // reentrant
  jmethodID locked = s.f->GetStaticMethodID(s.env, test, "locked", "(I)I");
  EXPECT_EQ(s.f->CallStaticIntMethod(s.env, test, locked, 1), 2);
  EXPECT_EQ(s.f->MonitorExit(s.env, o), JNI_OK);
  EXPECT_EQ(s.f->MonitorExit(s.env, o), JNI_OK);
  EXPECT_EQ(s.f->MonitorExit(s.env, o), JNI_ERR);
  EXPECT_EQ(s.take_exception(), "java.lang.IllegalMonitorStateException");
}

TEST(JNI, LocalReferencesSurviveCollectionsInsideANativeMethod) {
  NativeScope s;
  jclass test = s.test_class();
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  unsigned before = heap->total_collections();
  intx saved = GCStressInterval;
  GCStressInterval = 5;  // a collection every fifth slow-path allocation
  jmethodID gc = s.f->GetStaticMethodID(s.env, test, "gcUnderNative", "(I)Ljava/lang/Object;");
  jobject keep = s.f->CallStaticObjectMethod(s.env, test, gc, 64);
  GCStressInterval = saved;
  EXPECT_EQ(s.take_exception(), "");
  ASSERT_NE(keep, nullptr);
  EXPECT_EQ(s.f->GetArrayLength(s.env, static_cast<jarray>(keep)), 64);
  jobjectArray first = static_cast<jobjectArray>(s.f->GetObjectArrayElement(s.env, static_cast<jobjectArray>(keep), 0));
  EXPECT_EQ(s.f->GetArrayLength(s.env, first), 2000);
  EXPECT_TRUE(s.f->IsInstanceOf(s.env, s.f->GetObjectArrayElement(s.env, first, 1999), test));
  EXPECT_GT(heap->total_collections(), before + 3);
}

TEST(JNI, ReflectionRoundTrips) {
  mark_initialized({"java/lang/reflect/AccessibleObject", "java/lang/reflect/Executable", "java/lang/reflect/Method",
                    "java/lang/reflect/Constructor", "java/lang/reflect/Field"});
  NativeScope s;
  jclass test = s.test_class();
  jmethodID add = s.f->GetMethodID(s.env, test, "add", "(I)I");
  jobject m = s.f->ToReflectedMethod(s.env, test, add, JNI_FALSE);
  std::string msg;
  std::string ex = s.take_exception(&msg) + ": " + msg;
  ASSERT_NE(m, nullptr) << ex;
  EXPECT_EQ(s.f->FromReflectedMethod(s.env, m), add);
  jmethodID init = s.f->GetMethodID(s.env, test, "<init>", "(ILjava/lang/String;)V");
  jobject c = s.f->ToReflectedMethod(s.env, test, init, JNI_FALSE);
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(s.f->IsInstanceOf(s.env, c, s.f->FindClass(s.env, "java/lang/reflect/Constructor")));
  EXPECT_EQ(s.f->FromReflectedMethod(s.env, c), init);
  jfieldID j = s.f->GetFieldID(s.env, test, "j", "J");
  jobject fj = s.f->ToReflectedField(s.env, test, j, JNI_FALSE);
  ASSERT_NE(fj, nullptr);
  EXPECT_EQ(s.f->FromReflectedField(s.env, fj), j);
  jfieldID sD = s.f->GetStaticFieldID(s.env, test, "sD", "D");
  jobject fs = s.f->ToReflectedField(s.env, test, sD, JNI_TRUE);
  ASSERT_NE(fs, nullptr);
  EXPECT_EQ(s.f->FromReflectedField(s.env, fs), sD);
}

TEST(JNI, DirectBuffersAndNonBuffers) {
  NativeScope s;
  // java.nio's static initializers reach Unsafe and ScopedMemoryAccess, whose natives are stand-ins
  // here; their classes are named without FindClass, which would initialize them first.
  auto mirror = [&](const char* name) {
    return static_cast<jclass>(JNIHandles::make_local(boot(), SystemDictionary::resolve_boot(name, boot())->java_mirror()));
  };
  jclass unsafe = mirror("jdk/internal/misc/Unsafe");
  JNINativeMethod scoped_natives[] = {
      {const_cast<char*>("registerNatives"), const_cast<char*>("()V"), reinterpret_cast<void*>(class_register_natives)}};
  EXPECT_EQ(s.f->RegisterNatives(s.env, mirror("jdk/internal/misc/ScopedMemoryAccess"), scoped_natives, 1), JNI_OK);
  JNINativeMethod unsafe_natives[] = {
      {const_cast<char*>("registerNatives"), const_cast<char*>("()V"), reinterpret_cast<void*>(class_register_natives)},
      {const_cast<char*>("arrayBaseOffset0"), const_cast<char*>("(Ljava/lang/Class;)I"), reinterpret_cast<void*>(unsafe_array_base_offset)},
      {const_cast<char*>("arrayIndexScale0"), const_cast<char*>("(Ljava/lang/Class;)I"), reinterpret_cast<void*>(unsafe_array_index_scale)},
  };
  EXPECT_EQ(s.f->RegisterNatives(s.env, unsafe, unsafe_natives, 3), JNI_OK);
  // The buffer classes' own static initializers reach CDS and more of libjava: skipped.
  mark_initialized({"java/nio/Buffer", "java/nio/ByteBuffer", "java/nio/MappedByteBuffer", "java/nio/DirectByteBuffer"});
  jobject str = s.f->NewStringUTF(s.env, "not a buffer");
  EXPECT_EQ(s.f->GetDirectBufferAddress(s.env, str), nullptr);
  EXPECT_EQ(s.f->GetDirectBufferCapacity(s.env, str), -1);
  static char memory[64];
  jobject buf = s.f->NewDirectByteBuffer(s.env, memory, sizeof memory);
  std::string msg;
  std::string ex = s.take_exception(&msg) + ": " + msg;
  ASSERT_NE(buf, nullptr) << ex;
  EXPECT_EQ(s.f->GetDirectBufferAddress(s.env, buf), memory);
  EXPECT_EQ(s.f->GetDirectBufferCapacity(s.env, buf), jlong(sizeof memory));
}

TEST(JNI, InvocationInterface) {
  NativeScope s;
  JavaVM* vm = nullptr;
  EXPECT_EQ(s.f->GetJavaVM(s.env, &vm), JNI_OK);
  EXPECT_EQ(vm, jni_java_vm());
  void* env = nullptr;
  for (jint v : {JNI_VERSION_1_1, JNI_VERSION_1_2, JNI_VERSION_1_4, JNI_VERSION_1_6, JNI_VERSION_1_8, JNI_VERSION_9,
                 JNI_VERSION_10}) {
    env = nullptr;
    EXPECT_EQ(vm->functions->GetEnv(vm, &env, v), JNI_OK);
    EXPECT_EQ(env, s.env);
  }
  EXPECT_EQ(vm->functions->GetEnv(vm, &env, 0x00010003), JNI_EVERSION);
  EXPECT_EQ(env, nullptr);
  // Attaching an attached thread hands back its env.
  EXPECT_EQ(vm->functions->AttachCurrentThread(vm, &env, nullptr), JNI_OK);
  EXPECT_EQ(env, s.env);
  // Another OS thread without a JavaThread is detached.
  jint detached = JNI_OK;
  void* other_env = reinterpret_cast<void*>(1);
  std::thread([&] { detached = vm->functions->GetEnv(vm, &other_env, JNI_VERSION_10); }).join();
  EXPECT_EQ(detached, JNI_EDETACHED);
  EXPECT_EQ(other_env, nullptr);
}
