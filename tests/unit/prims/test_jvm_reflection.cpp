// The class, reflection, constant-pool, array and module entry points of jvm.h, called directly
// as the JDK's libjava would (JNIEnv = the thread's, arguments as JNI local references, the
// thread "in native"). Subjects: tests/unit/prims/java/*.java, compiled with -parameters and
// defined into the shared test VM (tests/unit/runtime/testVM.hpp) by the boot loader.
#include <gtest/gtest.h>

#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/moduleEntry.hpp"
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
#include "prims/jvm.hpp"
#include "prims/reflection.hpp"
#include "runtime/javaCalls.hpp"
#include "vm/arguments.hpp"
#include "../runtime/testVM.hpp"

#include <dirent.h>
#include <fstream>
#include <iterator>
#include <map>
#include <vector>

extern "C" {
JNIEXPORT jboolean JNICALL JVM_IsHiddenClass(JNIEnv* env, jclass cls);
jstring JVM_InitClassName(JNIEnv*, jclass);
jobjectArray JVM_GetClassInterfaces(JNIEnv*, jclass);
jboolean JVM_IsInterface(JNIEnv*, jclass);
jboolean JVM_IsArrayClass(JNIEnv*, jclass);
jboolean JVM_IsPrimitiveClass(JNIEnv*, jclass);
jint JVM_GetClassModifiers(JNIEnv*, jclass);
jint JVM_GetClassAccessFlags(JNIEnv*, jclass);
jobjectArray JVM_GetDeclaredClasses(JNIEnv*, jclass);
jclass JVM_GetDeclaringClass(JNIEnv*, jclass);
jstring JVM_GetSimpleBinaryName(JNIEnv*, jclass);
jobjectArray JVM_GetEnclosingMethodInfo(JNIEnv*, jclass);
jstring JVM_GetClassSignature(JNIEnv*, jclass);
jbyteArray JVM_GetClassAnnotations(JNIEnv*, jclass);
jclass JVM_GetNestHost(JNIEnv*, jclass);
jobjectArray JVM_GetNestMembers(JNIEnv*, jclass);
jboolean JVM_AreNestMates(JNIEnv*, jclass, jclass);
jobjectArray JVM_GetPermittedSubclasses(JNIEnv*, jclass);
jboolean JVM_IsRecord(JNIEnv*, jclass);
jobjectArray JVM_GetRecordComponents(JNIEnv*, jclass);
jclass JVM_FindPrimitiveClass(JNIEnv*, const char*);
jclass JVM_FindClassFromBootLoader(JNIEnv*, const char*);
jclass JVM_FindClassFromCaller(JNIEnv*, const char*, jboolean, jobject, jclass);
jclass JVM_FindLoadedClass(JNIEnv*, jobject, jstring);
jclass JVM_DefineClass(JNIEnv*, const char*, jobject, const jbyte*, jsize, jobject);
jclass JVM_LookupDefineClass(JNIEnv*, jclass, const char*, const jbyte*, jsize, jobject, jboolean, int, jobject);
jboolean JVM_DesiredAssertionStatus(JNIEnv*, jclass, jclass);
jobject JVM_AssertionStatusDirectives(JNIEnv*, jclass);
jint JVM_ConstantPoolGetSize(JNIEnv*, jobject, jobject);
jbyte JVM_ConstantPoolGetTagAt(JNIEnv*, jobject, jobject, jint);
jstring JVM_ConstantPoolGetUTF8At(JNIEnv*, jobject, jobject, jint);
jstring JVM_ConstantPoolGetStringAt(JNIEnv*, jobject, jobject, jint);
jclass JVM_ConstantPoolGetClassAt(JNIEnv*, jobject, jobject, jint);
jint JVM_ConstantPoolGetIntAt(JNIEnv*, jobject, jobject, jint);
jobjectArray JVM_ConstantPoolGetMemberRefInfoAt(JNIEnv*, jobject, jobject, jint);
jobjectArray JVM_GetClassDeclaredMethods(JNIEnv*, jclass, jboolean);
jobjectArray JVM_GetClassDeclaredFields(JNIEnv*, jclass, jboolean);
jobjectArray JVM_GetClassDeclaredConstructors(JNIEnv*, jclass, jboolean);
jobject JVM_InvokeMethod(JNIEnv*, jobject, jobject, jobjectArray);
jobject JVM_NewInstanceFromConstructor(JNIEnv*, jobject, jobjectArray);
jclass JVM_GetCallerClass(JNIEnv*);
jint JVM_GetArrayLength(JNIEnv*, jobject);
jobject JVM_GetArrayElement(JNIEnv*, jobject, jint);
void JVM_SetArrayElement(JNIEnv*, jobject, jint, jobject);
jvalue JVM_GetPrimitiveArrayElement(JNIEnv*, jobject, jint, jint);
void JVM_SetPrimitiveArrayElement(JNIEnv*, jobject, jint, jvalue, unsigned char);
jobject JVM_NewArray(JNIEnv*, jclass, jint);
jobject JVM_NewMultiArray(JNIEnv*, jclass, jintArray);
void JVM_DefineModule(JNIEnv*, jobject, jboolean, jstring, jstring, jobjectArray);
void JVM_SetBootLoaderUnnamedModule(JNIEnv*, jobject);
void JVM_AddModuleExports(JNIEnv*, jobject, jstring, jobject);
void JVM_AddModuleExportsToAll(JNIEnv*, jobject, jstring);
void JVM_AddReadsModule(JNIEnv*, jobject, jobject);
}

namespace {
const char* kClasses = "/tmp/jvmlab_unit_refl";
const char* kDefined = "/tmp/jvmlab_unit_refl_defined";

std::vector<u1> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<u1>(std::istreambuf_iterator<char>(in), {});
}

jobject no_stack_trace(JNIEnv*, jobject self, jint) { return self; }
void no_op(JNIEnv*, jclass) {}

// Boots the shared VM and defines every test class (supers first: retry until all are in).
JavaThread* vm() {
  static JavaThread* thread = [] {
    JavaThread* t = test_vm();
    if (t == nullptr) return t;
    std::string src = JVMLAB_SOURCE_DIR "/tests/unit/prims/java/";
    std::string cmd = std::string("rm -rf ") + kClasses + " " + kDefined + " && mkdir -p " + kClasses + " " + kDefined +
                      " && javac -parameters --add-exports java.base/jdk.internal.reflect=ALL-UNNAMED -d " + kClasses +
                      " " + src + "ReflSample.java " + src + "CallerCheck.java && javac -d " + kDefined + " " + src +
                      "Defined.java";
    if (std::system(cmd.c_str()) != 0) { ADD_FAILURE() << "javac failed"; return static_cast<JavaThread*>(nullptr); }
    // Exceptions are constructed by Java code: Throwable.<clinit> asks desiredAssertionStatus0
    // (bound to JVM_DesiredAssertionStatus, as libjava's Class.c does), which initializes Class,
    // whose <clinit> calls libjava's Class.registerNatives (not loaded here: a no-op, the natives
    // used are bound one by one); Throwable's constructors call fillInStackTrace(int), whose
    // JVM_FillInStackTrace is not part of this unit: a stub that records no trace.
    NativeLookup::register_native(vmClasses::Class_klass(), "registerNatives", "()V", reinterpret_cast<void*>(&no_op));
    NativeLookup::register_native(vmClasses::Class_klass(), "desiredAssertionStatus0", "(Ljava/lang/Class;)Z",
                                  reinterpret_cast<void*>(&JVM_DesiredAssertionStatus));
    NativeLookup::register_native(vmClasses::Throwable_klass(), "fillInStackTrace", "(I)Ljava/lang/Throwable;",
                                  reinterpret_cast<void*>(&no_stack_trace));
    std::vector<std::string> names;
    DIR* d = opendir(kClasses);
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 6 && n.ends_with(".class")) names.push_back(n.substr(0, n.size() - 6));
    }
    closedir(d);
    for (int round = 0; round < 5 && !names.empty(); round++) {
      std::vector<std::string> left;
      for (const std::string& n : names) {
        std::vector<u1> b = read_bytes(std::string(kClasses) + "/" + n + ".class");
        SystemDictionary::define_class(b.data(), b.size(), n.c_str(), ClassLoaderData::boot(), t);
        if (t->has_pending_exception()) { t->clear_pending_exception(); left.push_back(n); }
      }
      names = left;
    }
    if (!names.empty()) ADD_FAILURE() << "could not define " << names[0];
    return t;
  }();
  return thread;
}

JNIEnv* env() { return &vm()->_jni_env; }

// Runs a JVM_ call as native code does: the thread is "in native" during the call.
template <typename F> auto native(F f) {
  JavaThread* t = vm();
  ThreadState saved = t->state();
  t->set_state(ThreadState::InNative);
  auto r = f();
  t->set_state(saved);
  return r;
}
template <typename F> void native_void(F f) {
  native([&] { f(); return 0; });
}

Klass* klass(const char* name) {
  Klass* k = SystemDictionary::resolve_or_null(SymbolTable::lookup(name), ClassLoaderData::boot(), vm());
  EXPECT_NE(k, nullptr) << name;
  return k;
}
jclass mirror(const char* name) { return static_cast<jclass>(JNIHandles::make_local(vm(), klass(name)->java_mirror())); }
jclass prim(BasicType t) { return static_cast<jclass>(JNIHandles::make_local(vm(), java_lang_Class::primitive_mirror(t))); }
oop R(jobject o) { return JNIHandles::resolve(o); }
std::string str(jobject s) { return s == nullptr ? "<null>" : java_lang_String::as_utf8(R(s)); }
std::string str(oop s) { return s == nullptr ? "<null>" : java_lang_String::as_utf8(s); }
Klass* mirror_klass(oop mirror) { return mirror == nullptr ? nullptr : java_lang_Class::as_klass(mirror); }
int len(jobject a) { return static_cast<arrayOop>(R(a))->length(); }
oop at(jobject a, int i) { return JvmSupport::obj_array_get(R(a), i); }
jstring jstr(const char* s) {
  return static_cast<jstring>(JNIHandles::make_local(vm(), java_lang_String::create_from_utf8(s, vm())));
}

// The pending exception's class and message, cleared.
std::string take_exception() {
  JavaThread* t = vm();
  if (!t->has_pending_exception()) return "none";
  oop e = t->pending_exception();
  t->clear_pending_exception();
  oop m = java_lang_Throwable::message(e);
  return e->klass()->name()->str() + (m == nullptr ? "" : ": " + java_lang_String::as_utf8(m));
}

int field_int(oop o, const char* name) { return o->get<jint>(find_field_offset(o->klass(), name, "I")); }
oop field_obj(oop o, const char* name, const char* sig) { return o->obj_field(find_field_offset(o->klass(), name, sig)); }

class JvmReflection : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(vm(), nullptr); hm_size = vm()->handles().size(); }
  void TearDown() override {
    EXPECT_EQ(take_exception(), "none");
    vm()->handles().resize(hm_size);
  }
  size_t hm_size = 0;
};
}  // namespace

TEST_F(JvmReflection, InitClassNameIsTheInternedBinaryName) {
  jstring n = native([&] { return JVM_InitClassName(env(), mirror("ReflSample$Member")); });
  EXPECT_EQ(str(n), "ReflSample$Member");
  EXPECT_EQ(R(n), StringTable::intern("ReflSample$Member", 17, vm()));
  EXPECT_EQ(klass("ReflSample$Member")->java_mirror()->obj_field(java_lang_Class::name_offset), R(n));
  EXPECT_EQ(str(native([&] { return JVM_InitClassName(env(), prim(T_INT)); })), "int");
  jclass sa = mirror("[Ljava/lang/String;");
  EXPECT_EQ(str(native([&] { return JVM_InitClassName(env(), sa); })), "[Ljava.lang.String;");
}

TEST_F(JvmReflection, KindsModifiersAndInterfaces) {
  EXPECT_TRUE(native([&] { return JVM_IsInterface(env(), mirror("Shape")); }));
  EXPECT_FALSE(native([&] { return JVM_IsInterface(env(), mirror("ReflSample")); }));
  EXPECT_TRUE(native([&] { return JVM_IsArrayClass(env(), mirror("[I")); }));
  EXPECT_TRUE(native([&] { return JVM_IsPrimitiveClass(env(), prim(T_LONG)); }));
  EXPECT_FALSE(native([&] { return JVM_IsPrimitiveClass(env(), mirror("java/lang/Long")); }));
  // Inner-class flags come from InnerClasses: public static (no ACC_SUPER).
  EXPECT_EQ(native([&] { return JVM_GetClassModifiers(env(), mirror("ReflSample$Member")); }), 0x0009);
  EXPECT_EQ(native([&] { return JVM_GetClassModifiers(env(), mirror("ReflSample$Abs")); }), 0x0409);
  EXPECT_EQ(native([&] { return JVM_GetClassAccessFlags(env(), mirror("ReflSample$Member")); }), 0x0021);
  EXPECT_EQ(native([&] { return JVM_GetClassModifiers(env(), prim(T_INT)); }), 0x0411);
  EXPECT_EQ(native([&] { return JVM_GetClassModifiers(env(), mirror("[LReflSample$Member;")); }), 0x0411);
  jobjectArray is = native([&] { return JVM_GetClassInterfaces(env(), mirror("ReflSample")); });
  ASSERT_EQ(len(is), 2);
  EXPECT_EQ(mirror_klass(at(is, 0))->name()->str(), "java/lang/Runnable");
  EXPECT_EQ(mirror_klass(at(is, 1))->name()->str(), "java/lang/Comparable");
  jobjectArray ai = native([&] { return JVM_GetClassInterfaces(env(), mirror("[I")); });
  ASSERT_EQ(len(ai), 2);
  EXPECT_EQ(mirror_klass(at(ai, 0)), vmClasses::Cloneable_klass());
}

TEST_F(JvmReflection, InnerAndEnclosingClasses) {
  jobjectArray dc = native([&] { return JVM_GetDeclaredClasses(env(), mirror("ReflSample")); });
  std::vector<std::string> names;
  for (int i = 0; i < len(dc); i++) names.push_back(mirror_klass(at(dc, i))->name()->str());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"ReflSample$Abs", "ReflSample$Inner", "ReflSample$Marker", "ReflSample$Member"}));
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_GetDeclaringClass(env(), mirror("ReflSample$Inner")); }))), klass("ReflSample"));
  EXPECT_EQ(native([&] { return JVM_GetDeclaringClass(env(), mirror("ReflSample$1")); }), nullptr);
  EXPECT_EQ(str(native([&] { return JVM_GetSimpleBinaryName(env(), mirror("ReflSample$Member")); })), "Member");
  EXPECT_EQ(str(native([&] { return JVM_GetSimpleBinaryName(env(), mirror("ReflSample$1Local")); })), "Local");
  EXPECT_EQ(native([&] { return JVM_GetSimpleBinaryName(env(), mirror("ReflSample$1")); }), nullptr);
  jobjectArray em = native([&] { return JVM_GetEnclosingMethodInfo(env(), mirror("ReflSample$1")); });
  ASSERT_NE(em, nullptr);
  EXPECT_EQ(mirror_klass(at(em, 0)), klass("ReflSample"));
  EXPECT_EQ(str(at(em, 1)), "anon");
  EXPECT_EQ(str(at(em, 2)), "()Ljava/lang/Runnable;");
  EXPECT_EQ(native([&] { return JVM_GetEnclosingMethodInfo(env(), mirror("ReflSample")); }), nullptr);
}

TEST_F(JvmReflection, SignatureAnnotationsNestsRecordsSealed) {
  EXPECT_EQ(str(native([&] { return JVM_GetClassSignature(env(), mirror("ReflSample")); })),
            "<T:Ljava/lang/Object;>Ljava/lang/Object;Ljava/lang/Runnable;Ljava/lang/Comparable<LReflSample<TT;>;>;");
  jbyteArray ann = native([&] { return JVM_GetClassAnnotations(env(), mirror("ReflSample")); });
  ASSERT_NE(ann, nullptr);
  EXPECT_EQ(static_cast<arrayOop>(R(ann))->elements<jbyte>()[1], 1);  // num_annotations = 1
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_GetNestHost(env(), mirror("ReflSample$Member")); }))), klass("ReflSample"));
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_GetNestHost(env(), mirror("Point")); }))), klass("Point"));
  jobjectArray nm = native([&] { return JVM_GetNestMembers(env(), mirror("ReflSample$Inner")); });
  ASSERT_GE(len(nm), 7);
  EXPECT_EQ(mirror_klass(at(nm, 0)), klass("ReflSample"));
  EXPECT_TRUE(native([&] { return JVM_AreNestMates(env(), mirror("ReflSample$1"), mirror("ReflSample$Abs")); }));
  EXPECT_FALSE(native([&] { return JVM_AreNestMates(env(), mirror("ReflSample"), mirror("Point")); }));
  EXPECT_TRUE(native([&] { return JVM_IsRecord(env(), mirror("Point")); }));
  EXPECT_FALSE(native([&] { return JVM_IsRecord(env(), mirror("ReflSample")); }));
  jobjectArray ps = native([&] { return JVM_GetPermittedSubclasses(env(), mirror("Shape")); });
  ASSERT_NE(ps, nullptr);
  ASSERT_EQ(len(ps), 2);
  EXPECT_EQ(mirror_klass(at(ps, 0)), klass("Circle"));
  EXPECT_EQ(mirror_klass(at(ps, 1)), klass("Square"));
  EXPECT_EQ(native([&] { return JVM_GetPermittedSubclasses(env(), mirror("ReflSample")); }), nullptr);
}

TEST_F(JvmReflection, FindingAndDefiningClasses) {
  EXPECT_EQ(R(native([&] { return JVM_FindPrimitiveClass(env(), "double"); })), java_lang_Class::primitive_mirror(T_DOUBLE));
  // Not covered here: the ClassNotFoundException of FindPrimitiveClass("Integer") and
  // FindClassFromCaller("no/Such"): ClassNotFoundException.<clinit> needs String.intern, a libjava
  // native the unit-test VM does not have.
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_FindClassFromBootLoader(env(), "java/lang/String"); }))), vmClasses::String_klass());
  EXPECT_EQ(native([&] { return JVM_FindClassFromBootLoader(env(), "no/Such"); }), nullptr);
  EXPECT_EQ(take_exception(), "none");
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_FindClassFromCaller(env(), "ReflSample", JNI_TRUE, nullptr, nullptr); }))),
            klass("ReflSample"));
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_FindLoadedClass(env(), nullptr, jstr("ReflSample$Member")); }))),
            klass("ReflSample$Member"));
  EXPECT_EQ(native([&] { return JVM_FindLoadedClass(env(), nullptr, jstr("Defined")); }), nullptr);

  std::vector<u1> b = read_bytes(std::string(kDefined) + "/Defined.class");
  jclass c = native([&] {
    return JVM_DefineClass(env(), "Defined", nullptr, reinterpret_cast<const jbyte*>(b.data()), jsize(b.size()), nullptr);
  });
  ASSERT_NE(c, nullptr) << take_exception();
  EXPECT_EQ(mirror_klass(R(c))->name()->str(), "Defined");
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_FindLoadedClass(env(), nullptr, jstr("Defined")); }))), mirror_klass(R(c)));
  // A second definition by the same loader is a LinkageError; a wrong name NoClassDefFoundError.
  native([&] {
    return JVM_DefineClass(env(), "Defined", nullptr, reinterpret_cast<const jbyte*>(b.data()), jsize(b.size()), nullptr);
  });
  EXPECT_EQ(take_exception().rfind("java/lang/LinkageError", 0), 0u);
  native([&] {
    return JVM_DefineClass(env(), "Other", nullptr, reinterpret_cast<const jbyte*>(b.data()), jsize(b.size()), nullptr);
  });
  EXPECT_EQ(take_exception(), "java/lang/NoClassDefFoundError: Other (wrong name: Defined)");
  // A hidden class (JEP 371): defined again under a new name, not findable, reported hidden.
  jclass hidden = native([&] {
    return JVM_LookupDefineClass(env(), mirror("ReflSample"), "Defined", reinterpret_cast<const jbyte*>(b.data()),
                                 jsize(b.size()), nullptr, JNI_FALSE, 0x2, nullptr);
  });
  EXPECT_EQ(take_exception(), "none");
  ASSERT_NE(hidden, nullptr);
  EXPECT_TRUE(native([&] { return JVM_IsHiddenClass(env(), hidden); }));
  Klass* hk = java_lang_Class::as_klass(JNIHandles::resolve(hidden));
  EXPECT_TRUE(hk->name()->starts_with("Defined+0x"));
}

TEST_F(JvmReflection, AssertionStatusFollowsTheCommandLine) {
  EXPECT_FALSE(native([&] { return JVM_DesiredAssertionStatus(env(), nullptr, mirror("ReflSample")); }));
  static Arguments args;  // -ea:ReflSample -da:Point -ea:... (the unnamed package) -esa
  JavaVMOption opts[] = {{const_cast<char*>("-ea:ReflSample"), nullptr}, {const_cast<char*>("-da:Point"), nullptr},
                         {const_cast<char*>("-ea:..."), nullptr}, {const_cast<char*>("-esa"), nullptr}};
  JavaVMInitArgs init{JNI_VERSION_1_8, 4, opts, JNI_FALSE};
  ASSERT_EQ(args.parse(&init, [](const char*) -> const char* { return nullptr; }), JNI_OK);
  jvm_set_arguments(&args);
  EXPECT_TRUE(native([&] { return JVM_DesiredAssertionStatus(env(), nullptr, mirror("ReflSample")); }));
  EXPECT_FALSE(native([&] { return JVM_DesiredAssertionStatus(env(), nullptr, mirror("Point")); }));
  EXPECT_TRUE(native([&] { return JVM_DesiredAssertionStatus(env(), nullptr, mirror("Circle")); }));  // unnamed package
  EXPECT_TRUE(native([&] { return JVM_DesiredAssertionStatus(env(), nullptr, mirror("java/lang/String")); }));  // -esa
  jobject d = native([&] { return JVM_AssertionStatusDirectives(env(), nullptr); });
  ASSERT_NE(d, nullptr) << take_exception();
  oop classes = field_obj(R(d), "classes", "[Ljava/lang/String;");
  ASSERT_EQ(static_cast<arrayOop>(classes)->length(), 2);
  EXPECT_EQ(str(JvmSupport::obj_array_get(classes, 0)), "ReflSample");
  oop enabled = field_obj(R(d), "classEnabled", "[Z");
  EXPECT_EQ(static_cast<arrayOop>(enabled)->elements<jboolean>()[1], 0);
  oop pkgs = field_obj(R(d), "packages", "[Ljava/lang/String;");
  ASSERT_EQ(static_cast<arrayOop>(pkgs)->length(), 1);
  EXPECT_EQ(str(JvmSupport::obj_array_get(pkgs, 0)), "");
  jvm_set_arguments(nullptr);
}

TEST_F(JvmReflection, ConstantPoolEntries) {
  // jcpool is what ConstantPool.constantPoolOop holds: the class mirror.
  jclass c = mirror("ReflSample");
  ConstantPool* cp = InstanceKlass_cast(klass("ReflSample"))->constants();
  EXPECT_EQ(native([&] { return JVM_ConstantPoolGetSize(env(), nullptr, c); }), cp->length());
  int utf = -1, str_i = -1, cls = -1, mref = -1;
  for (int i = 1; i < cp->length(); i++) {
    if (cp->tag_at(i) == JVM_CONSTANT_Utf8 && cp->symbol_at(i)->equals("greet")) utf = i;
    if (cp->tag_at(i) == JVM_CONSTANT_String && cp->string_at(i)->equals("neg")) str_i = i;
    if (cp->tag_at(i) == JVM_CONSTANT_Class && cp->klass_name_at(i)->equals("java/io/IOException")) cls = i;
    if (cp->tag_at(i) == JVM_CONSTANT_Methodref && cp->member_name(i)->equals("<init>") && mref < 0) mref = i;
  }
  ASSERT_GT(utf, 0);
  EXPECT_EQ(native([&] { return JVM_ConstantPoolGetTagAt(env(), nullptr, c, utf); }), JVM_CONSTANT_Utf8);
  EXPECT_EQ(str(native([&] { return JVM_ConstantPoolGetUTF8At(env(), nullptr, c, utf); })), "greet");
  ASSERT_GT(str_i, 0);
  jstring s = native([&] { return JVM_ConstantPoolGetStringAt(env(), nullptr, c, str_i); });
  EXPECT_EQ(R(s), StringTable::intern("neg", 3, vm()));
  ASSERT_GT(cls, 0);
  EXPECT_EQ(mirror_klass(R(native([&] { return JVM_ConstantPoolGetClassAt(env(), nullptr, c, cls); })))->name()->str(), "java/io/IOException");
  ASSERT_GT(mref, 0);
  jobjectArray info = native([&] { return JVM_ConstantPoolGetMemberRefInfoAt(env(), nullptr, c, mref); });
  EXPECT_EQ(str(at(info, 1)), "<init>");
  native([&] { return JVM_ConstantPoolGetIntAt(env(), nullptr, c, utf); });
  EXPECT_EQ(take_exception(), "java/lang/IllegalArgumentException: Wrong type at constant pool index");
  native([&] { return JVM_ConstantPoolGetIntAt(env(), nullptr, c, cp->length()); });
  EXPECT_EQ(take_exception(), "java/lang/IllegalArgumentException: Constant pool index out of bounds");
}

TEST_F(JvmReflection, ReflectArrayNatives) {
  jobject ia = native([&] { return JVM_NewArray(env(), prim(T_INT), 3); });
  ASSERT_NE(ia, nullptr) << take_exception();
  EXPECT_EQ(R(ia)->klass(), vmClasses::type_array_klass(T_INT));
  EXPECT_EQ(native([&] { return JVM_GetArrayLength(env(), ia); }), 3);
  jvalue v{};
  v.b = -5;
  native_void([&] { JVM_SetPrimitiveArrayElement(env(), ia, 1, v, T_BYTE); });  // byte widens to int
  EXPECT_EQ(static_cast<arrayOop>(R(ia))->elements<jint>()[1], -5);
  jvalue w = native([&] { return JVM_GetPrimitiveArrayElement(env(), ia, 1, T_DOUBLE); });
  EXPECT_EQ(w.d, -5.0);
  native([&] { return JVM_GetPrimitiveArrayElement(env(), ia, 1, T_SHORT); });  // narrowing
  EXPECT_EQ(take_exception(), "java/lang/IllegalArgumentException: argument type mismatch");
  jobject boxed = native([&] { return JVM_GetArrayElement(env(), ia, 1); });
  EXPECT_EQ(R(boxed)->klass(), vmClasses::Integer_klass());
  native_void([&] { JVM_SetArrayElement(env(), ia, 2, boxed); });
  EXPECT_EQ(static_cast<arrayOop>(R(ia))->elements<jint>()[2], -5);
  native([&] { return JVM_GetArrayElement(env(), ia, 3); });
  EXPECT_EQ(take_exception(), "java/lang/ArrayIndexOutOfBoundsException");
  native([&] { return JVM_GetArrayLength(env(), boxed); });
  EXPECT_EQ(take_exception(), "java/lang/IllegalArgumentException: Argument is not an array");

  jobject sa = native([&] { return JVM_NewArray(env(), mirror("java/lang/String"), 2); });
  native_void([&] { JVM_SetArrayElement(env(), sa, 0, boxed); });
  EXPECT_EQ(take_exception(), "java/lang/IllegalArgumentException: array element type mismatch");
  native([&] { return JVM_NewArray(env(), prim(T_INT), -1); });
  EXPECT_EQ(take_exception(), "java/lang/NegativeArraySizeException: -1");

  arrayOop dims = oopFactory::new_typeArray(T_INT, 2, vm());
  dims->elements<jint>()[0] = 2;
  dims->elements<jint>()[1] = 3;
  jintArray jd = static_cast<jintArray>(JNIHandles::make_local(vm(), dims));
  jobject m = native([&] { return JVM_NewMultiArray(env(), prim(T_LONG), jd); });
  ASSERT_NE(m, nullptr) << take_exception();
  EXPECT_EQ(R(m)->klass()->name()->str(), "[[J");
  EXPECT_EQ(static_cast<arrayOop>(at(m, 1))->length(), 3);
}

TEST_F(JvmReflection, CallerClassSkipsTheCallerSensitiveFrame) {
  ASSERT_TRUE(NativeLookup::register_native(klass("CallerCheck"), "getCallerClass", "()Ljava/lang/Class;",
                                            reinterpret_cast<void*>(&JVM_GetCallerClass)));
  JavaValue r;
  JavaCalls::call_static(&r, InstanceKlass_cast(klass("CallerCheck")), "viaSensitive", "()Ljava/lang/Class;", JavaArgs(), vm());
  ASSERT_EQ(take_exception(), "none");
  EXPECT_EQ(mirror_klass(r.v.l), klass("CallerUser"));
  JavaCalls::call_static(&r, InstanceKlass_cast(klass("CallerCheck")), "viaNotSensitive", "()Ljava/lang/Class;", JavaArgs(), vm());
  EXPECT_EQ(take_exception(), "java/lang/InternalError: CallerSensitive annotation expected at frame 1");
}
