// The interpreter on real javac output: tests/unit/runtime/java/Interp.java is compiled at test
// time and loaded through -Xbootclasspath/a with the JDK's own java.lang classes from lib/modules.
// The heap is small so that Interp.garbage collects many times with live interpreter frames.
#include <gtest/gtest.h>

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "interpreter/bytecodes.hpp"
#include "gc/serial/serialHeap.hpp"
#include "oops/instanceKlass.hpp"
#include "runtime/javaCalls.hpp"
#include "vm/globals.hpp"
#include "vm/vmInit.hpp"
#include "testVM.hpp"

#include <cstdlib>
#include <string>

namespace {
JavaThread* boot() { return test_vm(); }  // shared with other test files (testVM.hpp)

JavaValue call(const char* name, const char* sig, const JavaArgs& args = JavaArgs()) {
  JavaThread* t = boot();
  JavaValue r;
  EXPECT_NE(t, nullptr);
  if (t == nullptr) return r;
  Klass* k = SystemDictionary::resolve_boot("Interp", t);
  EXPECT_FALSE(t->has_pending_exception());
  if (k == nullptr) return r;
  JavaCalls::call_static(&r, InstanceKlass_cast(k), name, sig, args, t);
  if (t->has_pending_exception()) {
    ADD_FAILURE() << name << " threw " << t->pending_exception()->klass()->name()->str();
    t->clear_pending_exception();
  }
  return r;
}
}  // namespace

TEST(Interpreter, RecursionAndLoops) {
  JavaArgs a;
  a.push_int(20);
  EXPECT_EQ(call("fib", "(I)I", a).v.i, 6765);
  JavaArgs b;
  b.push_int(1000);
  EXPECT_EQ(call("loopSum", "(I)I", b).v.i, 499500);
}

TEST(Interpreter, ArithmeticFollowsJavaRules) {
  JavaArgs a;
  a.push_long(123456789012LL);
  a.push_int(-7);
  jlong x = 123456789012LL;
  jlong expect = (x * -7) ^ jlong(uint64_t(x) >> 3) ^ ((1LL << 40) / 3 + (x % 7));
  EXPECT_EQ(call("longMath", "(JI)J", a).v.j, expect);
  JavaArgs d;
  d.push_double(7.0);
  d.push_float(2.0f);
  EXPECT_DOUBLE_EQ(call("doubles", "(DF)D", d).v.d, 3.5 + 3.0);
  EXPECT_EQ(call("intOverflow", "()I").v.i, 1);
  EXPECT_EQ(call("conversions", "()I").v.i, 31);
}

TEST(Interpreter, ArraysObjectsStaticsSwitches) {
  EXPECT_EQ(call("arrays", "()I").v.i, 81 + 7 + 3 + 2);
  EXPECT_EQ(call("objects", "()I").v.i, 4950);
  EXPECT_EQ(call("statics", "()I").v.i, 15);
  JavaArgs a;
  a.push_int(2);
  EXPECT_EQ(call("switches", "(I)I", a).v.i, 23);
  JavaArgs b;
  b.push_int(500);
  EXPECT_EQ(call("switches", "(I)I", b).v.i, 1);
}

TEST(Interpreter, VirtualAndInterfaceDispatch) {
  EXPECT_EQ(call("virtuals", "()I").v.i, 9 + 4 + 3 + 0 + 4 + 4);
}

TEST(Interpreter, StringLiteralIsInterned) {
  JavaValue r = call("strings", "()Ljava/lang/String;");
  ASSERT_NE(r.v.l, nullptr);
  EXPECT_EQ(java_lang_String::as_utf8(r.v.l), "hello");
  JavaValue r2 = call("strings", "()Ljava/lang/String;");
  EXPECT_EQ(r.v.l, r2.v.l);
}

TEST(Interpreter, SynchronizedMethodsAndBlocks) {
  JavaArgs a;
  a.push_int(41);
  EXPECT_EQ(call("locked", "(I)I", a).v.i, 42);
}

TEST(Interpreter, CollectionsWithLiveFramesKeepEveryReachableObject) {
  // 200,000 objects of 24 bytes plus int[64] each: ~60 MB through a 16 MB heap.
  JavaArgs a;
  a.push_int(200000);
  int kept = 0;
  for (int i = 0; i < 200000; i += 1000) kept += i;
  ASSERT_NE(boot(), nullptr);
  unsigned before = static_cast<SerialHeap*>(CollectedHeap::heap())->total_collections();
  EXPECT_EQ(call("garbage", "(I)I", a).v.i, kept + 100000);
  EXPECT_GT(static_cast<SerialHeap*>(CollectedHeap::heap())->total_collections(), before + 3);
}

TEST(Interpreter, SurvivesCollectionAtEveryRefillWithHeapVerification) {
  // -XX:GCStressInterval=1 -XX:+VerifyBeforeGC -XX:+VerifyAfterGC: a collection at every
  // allocation slow path, each checked, so a missing or stale root in a frame shows at once.
  ASSERT_NE(boot(), nullptr);
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  unsigned before = heap->total_collections();
  GCStressInterval = 1;
  UseTLAB = false;  // every allocation takes the slow path
  VerifyBeforeGC = VerifyAfterGC = true;
  EXPECT_EQ(call("objects", "()I").v.i, 4950);
  EXPECT_EQ(call("virtuals", "()I").v.i, 24);
  JavaArgs a;
  a.push_int(3000);
  EXPECT_EQ(call("garbage", "(I)I", a).v.i, 0 + 1000 + 2000 + 1500);
  JavaValue s = call("strings", "()Ljava/lang/String;");
  ASSERT_NE(s.v.l, nullptr);
  EXPECT_EQ(java_lang_String::as_utf8(s.v.l), "hello");
  GCStressInterval = 0;
  UseTLAB = true;
  VerifyBeforeGC = VerifyAfterGC = false;
  EXPECT_GT(heap->total_collections(), before + 5000);
}

TEST(Interpreter, FinalizableClassesAndObjectInitRewrite) {
  // HotSpot's has_finalizer: a non-empty finalize()V declared or inherited; Object's own and an
  // empty override (which also cancels an inherited one) do not count.
  JavaThread* t = boot();
  ASSERT_NE(t, nullptr);
  auto has_finalizer = [&](const char* name) {
    Klass* k = SystemDictionary::resolve_boot(name, t);
    EXPECT_NE(k, nullptr) << name;
    return k != nullptr && k->has_finalizer();
  };
  EXPECT_FALSE(vmClasses::Object_klass()->has_finalizer());
  EXPECT_FALSE(has_finalizer("Interp"));
  EXPECT_TRUE(has_finalizer("Interp$Finalizable"));
  EXPECT_TRUE(has_finalizer("Interp$InheritsFinalizer"));
  EXPECT_FALSE(has_finalizer("Interp$EmptyFinalizer"));
  EXPECT_FALSE(has_finalizer("Interp$EmptyFinalizerSub"));
  // Object.<init> returns through return_register_finalizer (-XX:+RegisterFinalizersAtInit).
  Method* init = vmClasses::Object_klass()->find_local_method(SymbolTable::lookup("<init>"), SymbolTable::lookup("()V"));
  ASSERT_NE(init, nullptr);
  ASSERT_EQ(init->code_length(), 1);
  EXPECT_EQ(init->code()[0], u1(Bytecodes::_return_register_finalizer));
}
