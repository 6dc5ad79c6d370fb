// Interpreter oop maps on hand-assembled methods: each test states which JVMS rule (§6.5
// opcode, §4.10 type rule) it checks. Maps are written "locals|stack", 'R' = oop.
#include <gtest/gtest.h>

#include "interpreter/generateOopMap.hpp"
#include "oopMapTestSupport.hpp"

#include <atomic>
#include <set>
#include <thread>

using namespace oopmap_test;

namespace {
constexpr const char* kObject = "java/lang/Object";
}

TEST(OopMap, StraightLineLoadsAndStores) {
  CodeBuilder c;
  c.op(BC::_aload_0).op(BC::_astore_2).op(BC::_iload_1).op(BC::_istore_3);
  c.op(BC::_aconst_null).op(BC::_astore_0).op(BC::_return);
  Method* m = make_method("(Ljava/lang/Object;I)V", true, 4, 2, c.finish());
  EXPECT_EQ(map_at(m, 0), "R...|");  // entry: parameters only, other locals are junk
  EXPECT_EQ(map_at(m, 1), "R...|R");
  EXPECT_EQ(map_at(m, 2), "R.R.|");
  EXPECT_EQ(map_at(m, 3), "R.R.|.");
  EXPECT_EQ(map_at(m, 5), "R.R.|R");
  EXPECT_EQ(map_at(m, 6), "R.R.|");
}

TEST(OopMap, EntryStateFollowsDescriptorWithTwoSlotLongs) {
  CodeBuilder c;
  c.op(BC::_return);
  Method* m = make_method("(Ljava/lang/Object;JD[I)V", false, 8, 0, c.finish());
  EXPECT_EQ(map_at(m, 0), "RR....R.|");
  Method* too_small = make_method("(Ljava/lang/Object;JD[I)V", false, 6, 0, c.finish());
  EXPECT_EQ(map_at(too_small, 0), "FAIL");
}

TEST(OopMap, ReferenceLiveAcrossBackEdge) {
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  CodeBuilder c;
  int loop = c.new_label();
  c.op(BC::_aload_0).op(BC::_astore_1).bind(loop);
  c.op(BC::_aload_1);
  int call = c.bci();
  c.op2(BC::_invokevirtual, hash).op(BC::_pop);
  int back = c.bci();
  c.branch(BC::_goto, loop);
  Method* m = make_method("(Ljava/lang/Object;)V", true, 2, 1, c.finish(), pool.build());
  EXPECT_EQ(map_at(m, c.label_bci(loop)), "RR|");
  EXPECT_EQ(map_at(m, call), "RR|R");  // receiver still on the stack at the call site
  EXPECT_EQ(map_at(m, back), "RR|");
}

TEST(OopMap, IntOnOnePathRefOnAnotherIsNotAnOop) {
  // §4.10.1.2: the merge of int and reference is top; the verifier forbids reading it, so
  // reporting "not an oop" is safe.
  CodeBuilder c;
  int other = c.new_label(), join = c.new_label();
  c.op(BC::_aconst_null).op(BC::_astore_2).op(BC::_iload_0).branch(BC::_ifeq, other);
  c.op(BC::_aconst_null).op(BC::_astore_1);
  int jump = c.bci();
  c.branch(BC::_goto, join).bind(other).op(BC::_iconst_1);
  int store = c.bci();
  c.op(BC::_istore_1).bind(join).op(BC::_return);
  Method* m = make_method("(I)V", true, 3, 1, c.finish());
  EXPECT_EQ(map_at(m, jump), ".RR|");
  EXPECT_EQ(map_at(m, store), "..R|.");
  EXPECT_EQ(map_at(m, c.label_bci(join)), "..R|");
}

TEST(OopMap, LongAndDoubleLocalsTakeTwoSlots) {
  CodeBuilder c;
  c.op(BC::_aconst_null).op(BC::_astore_1);
  int before = c.bci();
  c.op(BC::_lconst_0).op(BC::_lstore_0);  // overwrites local 1's reference (second half)
  c.op(BC::_dconst_1).op(BC::_dstore_2).op(BC::_aconst_null).op(BC::_astore, 4);
  c.op(BC::_lload_0).op(BC::_aload, 4).op(BC::_dload_2);
  int end = c.bci();
  c.op(BC::_return);
  Method* m = make_method("()V", true, 5, 5, c.finish());
  EXPECT_EQ(map_at(m, before), ".R...|");
  EXPECT_EQ(map_at(m, end), "....R|..R..");
}

TEST(OopMap, DupFamilyMovesSlotsForEveryForm) {
  struct Shape {
    std::vector<BC::Code> pushes;
    BC::Code op;
    const char* after;
  };
  std::vector<Shape> shapes = {
      {{BC::_lconst_0, BC::_aconst_null}, BC::_dup_x2, "|R..R"},        // form 2: v1 cat1, v2 cat2
      {{BC::_aconst_null, BC::_iconst_0, BC::_aconst_null}, BC::_dup_x2, "|RR.R"},  // form 1
      {{BC::_aconst_null, BC::_lconst_0}, BC::_dup2_x1, "|..R.."},      // form 2: v1 cat2
      {{BC::_aconst_null, BC::_aconst_null, BC::_iconst_0}, BC::_dup2_x1, "|R.RR."},  // form 1
      {{BC::_aconst_null, BC::_iconst_0, BC::_iconst_0, BC::_aconst_null}, BC::_dup2_x2, "|.RR..R"},
      {{BC::_lconst_0, BC::_aconst_null, BC::_iconst_0}, BC::_dup2_x2, "|R...R."},  // form 3
      {{BC::_aconst_null, BC::_iconst_0, BC::_lconst_0}, BC::_dup2_x2, "|..R..."},  // form 2
      {{BC::_dconst_0, BC::_lconst_0}, BC::_dup2_x2, "|......"},        // form 4
      {{BC::_aconst_null, BC::_iconst_0}, BC::_dup2, "|R.R."},
      {{BC::_aconst_null, BC::_iconst_0}, BC::_swap, "|.R"},
      {{BC::_iconst_0, BC::_aconst_null}, BC::_dup_x1, "|R.R"},
      {{BC::_lconst_0, BC::_aconst_null}, BC::_pop, "|.."},
      {{BC::_aconst_null, BC::_lconst_0}, BC::_pop2, "|R"},
  };
  for (const Shape& s : shapes) {
    CodeBuilder c;
    for (BC::Code p : s.pushes) c.op(p);
    c.op(s.op);
    int end = c.bci();
    c.op(BC::_return);
    Method* m = make_method("()V", true, 0, 8, c.finish());
    EXPECT_EQ(map_at(m, end), s.after) << BC::name(s.op);
  }
}

TEST(OopMap, ExceptionHandlerMergesLocalsOverItsRange) {
  // §4.10.1.6: the handler sees the locals of every instruction in the range and a stack
  // holding only the exception.
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  ConstantPool* cp = pool.build();
  CodeBuilder c;
  c.op(BC::_aload_0).op(BC::_astore_1);
  int start = c.bci();
  c.op(BC::_aload_1).op2(BC::_invokevirtual, hash).op(BC::_pop);
  int end = c.bci();
  c.op(BC::_return);
  int handler = c.bci();
  c.op(BC::_astore_1).op(BC::_return);
  std::vector<u1> code = c.finish();
  Method* narrow = make_method("(Ljava/lang/Object;)V", true, 2, 1, code, cp,
                               {{u2(start), u2(end), u2(handler), 0}});
  EXPECT_EQ(map_at(narrow, handler), "RR|R");
  EXPECT_EQ(map_at(narrow, handler + 1), "RR|");
  // A range that starts before local 1 is set: junk there, so the handler must not see an oop.
  Method* wide = make_method("(Ljava/lang/Object;)V", true, 2, 1, code, cp, {{0, u2(end), u2(handler), 0}});
  EXPECT_EQ(map_at(wide, handler), "R.|R");
  // A handler needs one stack slot for the exception.
  Method* no_stack = make_method("(Ljava/lang/Object;)V", true, 2, 0,
                                 {BC::_aload_0, BC::_pop, BC::_return, BC::_return}, nullptr, {{0, 2, 3, 0}});
  EXPECT_EQ(map_at(no_stack, 0), "FAIL");
}

TEST(OopMap, TableswitchAndLookupswitchTargetsMerge) {
  CodeBuilder c;
  int a = c.new_label(), b = c.new_label(), d = c.new_label(), join = c.new_label();
  c.op(BC::_iload_0);
  int sw = c.bci();
  c.tableswitch(d, 0, {a, b});
  c.bind(a).op(BC::_aconst_null).op(BC::_astore_1).branch(BC::_goto, join);
  c.bind(b).op(BC::_aconst_null).op(BC::_astore_1).branch(BC::_goto, join);
  c.bind(d).op(BC::_aconst_null).op(BC::_astore_1);
  c.bind(join).op(BC::_return);
  Method* m = make_method("(I)V", true, 2, 1, c.finish());
  EXPECT_EQ(map_at(m, sw), "..|.");
  EXPECT_EQ(map_at(m, c.label_bci(join)), ".R|");

  CodeBuilder l;
  int x = l.new_label(), y = l.new_label(), j2 = l.new_label();
  l.op(BC::_aconst_null).op(BC::_astore_1).op(BC::_iload_0).lookupswitch(y, {{-5, x}, {1000, x}});
  l.bind(x).op(BC::_iconst_0).op(BC::_istore_1).branch(BC::_goto, j2);
  l.bind(y).op(BC::_nop);
  l.bind(j2).op(BC::_return);
  Method* m2 = make_method("(I)V", true, 2, 1, l.finish());
  // A lookupswitch with only a default, last but one instruction (javac's empty switch).
  CodeBuilder e;
  int dflt = e.new_label();
  e.op(BC::_iload_0).lookupswitch(dflt, {}).bind(dflt).op(BC::_return);
  EXPECT_EQ(map_at(make_method("(I)V", true, 1, 1, e.finish()), e.label_bci(dflt)), ".|");
  EXPECT_EQ(map_at(m2, l.label_bci(y)), ".R|");
  EXPECT_EQ(map_at(m2, l.label_bci(j2)), "..|");  // int on one path, reference on the other
}

TEST(OopMap, UninitializedObjectsFromNewAreOops) {
  // §6.5 new/invokespecial: between new and <init> the object is real and may move.
  PoolBuilder pool;
  int foo = pool.klass("Foo");
  int init = pool.methodref("Foo", "<init>", "(Ljava/lang/Object;)V");
  CodeBuilder c;
  c.op2(BC::_new, foo).op(BC::_dup).op(BC::_aload_0);
  int call = c.bci();
  c.op2(BC::_invokespecial, init);
  c.op(BC::_astore_1).op(BC::_return);
  Method* m = make_method("()V", false, 2, 3, c.finish(), pool.build());
  EXPECT_EQ(map_at(m, 0), "R.|");
  EXPECT_EQ(map_at(m, 3), "R.|R");
  EXPECT_EQ(map_at(m, call), "R.|RRR");
  EXPECT_EQ(map_at(m, call + 3), "R.|R");
  EXPECT_EQ(map_at(m, call + 4), "RR|");
}

TEST(OopMap, InvokeWithMixedArgumentsKeepsOperandsOnTheStack) {
  PoolBuilder pool;
  int target = pool.methodref("X", "m", "(Ljava/lang/Object;IJLjava/lang/String;D)Ljava/lang/Object;");
  int stat = pool.methodref("X", "s", "(JLjava/lang/Object;[[I)V");
  CodeBuilder c;
  c.op(BC::_aload_1).op(BC::_aload_1).op(BC::_iload_0).op(BC::_lload_2).op(BC::_aload, 4).op(BC::_dload, 5);
  int call = c.bci();
  c.op2(BC::_invokevirtual, target);
  int after = c.bci();
  c.op(BC::_pop).op(BC::_lload_2).op(BC::_aconst_null).op(BC::_aconst_null);
  int scall = c.bci();
  c.op2(BC::_invokestatic, stat).op(BC::_return);
  Method* m = make_method("(ILjava/lang/Object;JLjava/lang/String;D)V", true, 7, 9, c.finish(), pool.build());
  EXPECT_EQ(map_at(m, call), ".R..R..|RR...R..");
  EXPECT_EQ(map_at(m, after), ".R..R..|R");
  EXPECT_EQ(map_at(m, scall), ".R..R..|..RR");
}

TEST(OopMap, JsrRetSubroutineSeesCallersLocals) {
  // Class files < 50 (§4.10.2.4): the return address is not an oop; locals the subroutine
  // does not touch keep their types across it.
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  CodeBuilder c;
  int sub = c.new_label();
  c.op(BC::_aload_0).op(BC::_astore_2).branch(BC::_jsr, sub);
  int back = c.bci();
  c.op(BC::_aload_2).op(BC::_areturn);
  c.bind(sub).op(BC::_astore_3).op(BC::_aload_2);
  int call = c.bci();
  c.op2(BC::_invokevirtual, hash).op(BC::_pop).op(BC::_ret, 3);
  Method* m = make_method("(Ljava/lang/Object;I)Ljava/lang/Object;", true, 4, 2, c.finish(), pool.build());
  EXPECT_EQ(map_at(m, c.label_bci(sub)), "R.R.|.");
  EXPECT_EQ(map_at(m, call), "R.R.|R");
  EXPECT_EQ(map_at(m, back), "R.R.|");
}

TEST(OopMap, JsrFromTwoSitesPicksTheCallSiteMapFromTheFrame) {
  // Local 2 is a reference at one jsr site and an int at the other. Inside the subroutine
  // the merged map cannot call it an oop; the per-site alternatives can, keyed by the
  // return address the frame holds in local 3.
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  CodeBuilder c;
  int sub = c.new_label(), other = c.new_label();
  c.op(BC::_iload_1).branch(BC::_ifeq, other);
  c.op(BC::_aload_0).op(BC::_astore_2).branch(BC::_jsr, sub);
  int back_a = c.bci();
  c.op(BC::_aload_2).op2(BC::_invokevirtual, hash).op(BC::_pop).op(BC::_return);
  c.bind(other).op(BC::_iconst_5).op(BC::_istore_2).branch(BC::_jsr, sub);
  int back_b = c.bci();
  c.op(BC::_iload_2).op(BC::_pop).op(BC::_return);
  c.bind(sub).op(BC::_astore_3).op(BC::_aload_0);
  int call = c.bci();
  c.op2(BC::_invokevirtual, hash).op(BC::_pop).op(BC::_ret, 3);
  Method* m = make_method("(Ljava/lang/Object;I)V", true, 4, 2, c.finish(), pool.build());

  EXPECT_EQ(map_at(m, back_a), "R.R.|");
  EXPECT_EQ(map_at(m, back_b), "R...|");
  InterpreterOopMap map;
  ASSERT_TRUE(OopMapCache::compute(m, call, &map));
  EXPECT_EQ(describe(map), "R...|R");
  EXPECT_EQ(map.to_string(), "bci " + std::to_string(call) + " locals R... stack R +2 jsr");
  ASSERT_EQ(map.jsr_alternatives().size(), 2u);
  auto oops_for = [&](int ret_bci) {
    std::set<int> slots;
    auto read = [&](int slot) { return slot == 3 ? InterpreterOopMap::return_address_value(ret_bci) : int64_t(5); };
    map.iterate_oops_in_frame(read, [&](int slot) { slots.insert(slot); });
    return slots;
  };
  EXPECT_EQ(oops_for(back_a), (std::set<int>{0, 2, 4}));
  EXPECT_EQ(oops_for(back_b), (std::set<int>{0, 4}));
  EXPECT_EQ(oops_for(12345), (std::set<int>{0, 4}));  // unknown: the conservative merge
  std::set<int> plain;
  map.iterate_oops([&](int slot) { plain.insert(slot); });
  EXPECT_EQ(plain, (std::set<int>{0, 4}));
}

TEST(OopMap, ConstantsByPoolTag) {
  PoolBuilder pool;
  int str = pool.string("hi"), num = pool.integer(7), big = pool.long_const(1LL << 40);
  int cls = pool.klass("Foo");
  int mt = pool.add(JVM_CONSTANT_MethodType, uint64_t(pool.utf8("()V")));
  int dyn_ref = pool.dynamic(JVM_CONSTANT_Dynamic, "c", "Ljava/lang/Object;");
  int dyn_long = pool.dynamic(JVM_CONSTANT_Dynamic, "d", "J");
  ConstantPool* cp = pool.build();
  CodeBuilder c;
  c.op(BC::_ldc, str).op(BC::_ldc, num).op2(BC::_ldc2_w, big).op2(BC::_ldc_w, cls).op(BC::_ldc, mt);
  c.op(BC::_ldc, dyn_ref).op2(BC::_ldc2_w, dyn_long);
  int end = c.bci();
  c.op(BC::_return);
  Method* m = make_method("()V", true, 0, 10, c.finish(), cp);
  EXPECT_EQ(map_at(m, end), "|R...RRR..");
  // ldc of a long, ldc2_w of a String, or an index outside the pool is malformed.
  EXPECT_EQ(map_at(make_method("()V", true, 0, 2, {BC::_ldc, u1(big), BC::_return}, cp), 0), "FAIL");
  EXPECT_EQ(map_at(make_method("()V", true, 0, 2, {BC::_ldc2_w, 0, u1(str), BC::_return}, cp), 0), "FAIL");
  EXPECT_EQ(map_at(make_method("()V", true, 0, 2, {BC::_ldc, 200, BC::_return}, cp), 0), "FAIL");
  EXPECT_EQ(map_at(make_method("()V", true, 0, 2, {BC::_ldc, 1, BC::_return}, nullptr), 0), "FAIL");
}

TEST(OopMap, FieldAccessByDescriptor) {
  PoolBuilder pool;
  int sref = pool.fieldref("X", "s", "[Ljava/lang/String;");
  int ilong = pool.fieldref("X", "l", "J");
  int iobj = pool.fieldref("X", "o", "LFoo;");
  CodeBuilder c;
  c.op2(BC::_getstatic, sref).op(BC::_aload_0).op2(BC::_getfield, ilong);
  int put = c.bci();
  c.op(BC::_aload_0).op(BC::_aconst_null).op2(BC::_putfield, iobj);
  int put_at = put + 2;
  c.op(BC::_pop2).op2(BC::_putstatic, sref).op(BC::_return);
  Method* m = make_method("()V", false, 1, 5, c.finish(), pool.build());
  EXPECT_EQ(map_at(m, put), "R|R..");
  EXPECT_EQ(map_at(m, put_at), "R|R..RR");
  EXPECT_EQ(map_at(m, put_at + 3), "R|R..");
}

TEST(OopMap, ArraysInvokedynamicAndWide) {
  PoolBuilder pool;
  int arr = pool.klass("[[I"), str = pool.klass("java/lang/String");
  int indy = pool.dynamic(JVM_CONSTANT_InvokeDynamic, "run", "(I)Ljava/lang/Runnable;");
  CodeBuilder c;
  c.op(BC::_iconst_2).op(BC::_iconst_3);
  int multi = c.bci();
  c.op(BC::_multianewarray).u2_(arr).u1_(2);
  c.op(BC::_iconst_1).op2(BC::_anewarray, str).op(BC::_iconst_1).op(BC::_newarray, T_LONG);
  c.op(BC::_iconst_0).op(BC::_invokedynamic).u2_(indy).u2_(0);
  int wide_store = c.bci();
  c.op(BC::_wide).op(BC::_astore).u2_(300);
  c.op(BC::_wide).op(BC::_iinc).u2_(299).u2_(1);
  int end = c.bci();
  c.op(BC::_return);
  Method* m = make_method("(I)V", true, 301, 5, c.finish(), pool.build());
  std::string locals(301, '.');
  EXPECT_EQ(map_at(m, multi), locals + "|..");
  EXPECT_EQ(map_at(m, wide_store), locals + "|RRRR");
  locals[300] = 'R';
  EXPECT_EQ(map_at(m, end), locals + "|RRR");
}

TEST(OopMap, OnlyReachableInstructionStartsHaveMaps) {
  CodeBuilder c;
  c.op(BC::_sipush).u2_(7).op(BC::_pop).op(BC::_return).op(BC::_aconst_null).op(BC::_pop).op(BC::_return);
  Method* m = make_method("()V", true, 0, 1, c.finish());
  EXPECT_EQ(map_at(m, 0), "|");
  EXPECT_EQ(map_at(m, 1), "FAIL");   // inside sipush
  EXPECT_EQ(map_at(m, 5), "FAIL");   // dead code
  EXPECT_EQ(map_at(m, 99), "FAIL");
  EXPECT_EQ(map_at(m, -1), "FAIL");
}

TEST(OopMap, MalformedCodeIsRejected) {
  auto rejects = [](std::vector<u1> code, int max_locals = 2, int max_stack = 2, ConstantPool* cp = nullptr,
                    std::vector<ExceptionTableEntry> handlers = {}, const char* sig = "(I)V") {
    Method* m = make_method(sig, true, max_locals, max_stack, code, cp, handlers);
    GenerateOopMap gen(m);
    return !gen.compute();
  };
  PoolBuilder pool;
  int field = pool.fieldref("X", "f", "I");
  int meth = pool.methodref("X", "m", "()V");
  int bad_desc = pool.methodref("X", "m", "(Q)V");
  ConstantPool* cp = pool.build();
  EXPECT_TRUE(rejects({BC::_goto, 0, 100}));                               // target beyond the code
  EXPECT_TRUE(rejects({BC::_goto, 0xff, 0xfe}));                           // negative target
  EXPECT_TRUE(rejects({BC::_sipush, 0, 1, BC::_goto, 0xff, 0xfe}));        // into sipush's operand
  EXPECT_TRUE(rejects({BC::_aconst_null, BC::_aconst_null, BC::_return}, 2, 1));  // stack overflow
  EXPECT_TRUE(rejects({BC::_pop, BC::_return}));                           // underflow
  EXPECT_TRUE(rejects({BC::_sipush, 0}));                                  // truncated
  EXPECT_TRUE(rejects({0xfe, BC::_return}));                               // undefined opcode (impdep1)
  EXPECT_FALSE(rejects({BC::_return_register_finalizer}, 1, 0, nullptr, {}, "()V"));  // rewritten `return`
  EXPECT_TRUE(rejects({BC::_breakpoint, BC::_return}));
  EXPECT_TRUE(rejects({BC::_iconst_0}));                                   // falls off the end
  EXPECT_TRUE(rejects({BC::_iconst_0, BC::_istore_0, BC::_aload_0, BC::_pop, BC::_return}));  // int as ref
  EXPECT_TRUE(rejects({BC::_aconst_null, BC::_ineg, BC::_return}));        // ref as int
  EXPECT_TRUE(rejects({BC::_aload, 5, BC::_pop, BC::_return}));            // local beyond max_locals
  EXPECT_TRUE(rejects({BC::_lconst_0, BC::_lstore_1, BC::_return}));       // long in the last local
  EXPECT_TRUE(rejects({BC::_iload_0, BC::_ifeq, 0, 4, BC::_iconst_1, BC::_return}));  // depth 0 vs 1
  EXPECT_TRUE(rejects({BC::_invokevirtual, 0, u1(field), BC::_return}, 2, 2, cp));     // wrong tag
  EXPECT_TRUE(rejects({BC::_getstatic, 0, u1(meth), BC::_return}, 2, 2, cp));
  EXPECT_TRUE(rejects({BC::_invokestatic, 0, u1(bad_desc), BC::_return}, 2, 2, cp));  // bad descriptor
  EXPECT_TRUE(rejects({BC::_invokestatic, 0, 99, BC::_return}, 2, 2, cp));  // index outside the pool
  EXPECT_TRUE(rejects({BC::_iconst_1, BC::_multianewarray, 0, 1, 0, BC::_pop, BC::_return}, 2, 2, cp));
  EXPECT_TRUE(rejects({BC::_return}, 0, 0));                               // parameter beyond max_locals
  EXPECT_TRUE(rejects({BC::_return}, 2, 0, nullptr, {}, "(I"));            // bad method descriptor
  EXPECT_TRUE(rejects({BC::_return, BC::_return}, 2, 1, nullptr, {{1, 1, 0, 0}}));  // empty range
  EXPECT_TRUE(rejects({BC::_sipush, 0, 1, BC::_pop, BC::_return}, 2, 1, nullptr, {{0, 3, 1, 0}}));
  EXPECT_TRUE(rejects({BC::_nop, BC::_return}, 2, 1, nullptr, {{0, 1, 1, 7}}));  // catch type not a Class
  // jsr: a subroutine calling itself (§4.10.2.5), ret through a non-return-address.
  EXPECT_TRUE(rejects({BC::_jsr, 0, 3, BC::_astore_1, BC::_jsr, 0xff, 0xff, BC::_return}));
  EXPECT_TRUE(rejects({BC::_aconst_null, BC::_astore_1, BC::_ret, 1}));
  EXPECT_TRUE(rejects({BC::_jsr, 0, 3}));                                  // return point off the end
  // Sanity: a well-formed method with the same helpers is accepted.
  EXPECT_FALSE(rejects({BC::_iload_0, BC::_pop, BC::_return}));
  Method* native = make_method("()V", true, 0, 0, {});
  InterpreterOopMap map;
  EXPECT_FALSE(OopMapCache::compute(native, 0, &map));
}

TEST(OopMapCache, CachesPerMethodAndBciAndFlushes) {
  CodeBuilder c;
  c.op(BC::_aload_0).op(BC::_astore_1).op(BC::_return);
  Method* m = make_method("(Ljava/lang/Object;)V", true, 2, 1, c.finish());
  OopMapCache::flush_all();
  InterpreterOopMap a, b;
  ASSERT_TRUE(OopMapCache::lookup(m, 2, &a));
  ASSERT_TRUE(OopMapCache::lookup(m, 2, &b));
  EXPECT_EQ(describe(a), "RR|");
  EXPECT_EQ(b.to_string(), "bci 2 locals RR stack");
  EXPECT_EQ(OopMapCache::cached_methods(), 1u);
  EXPECT_EQ(OopMapCache::cached_maps(), 1u);
  EXPECT_FALSE(OopMapCache::lookup(m, 1 + 100, &a));
  ASSERT_TRUE(OopMapCache::lookup(m, 0, &a));
  EXPECT_EQ(OopMapCache::cached_maps(), 2u);
  OopMapCache::flush(m);
  EXPECT_EQ(OopMapCache::cached_methods(), 0u);
  Method* bad = make_method("()V", true, 0, 0, {BC::_pop, BC::_return});
  EXPECT_FALSE(OopMapCache::lookup(bad, 0, &a));
  EXPECT_FALSE(OopMapCache::lookup(bad, 0, &a));  // the failure is remembered
}

TEST(OopMapCache, ConcurrentLookupsAgree) {
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  ConstantPool* cp = pool.build();
  std::vector<Method*> methods;
  for (int i = 0; i < 8; i++) {
    CodeBuilder c;
    int loop = c.new_label();
    c.op(BC::_aload_0).op(BC::_astore_1).bind(loop).op(BC::_aload_1).op2(BC::_invokevirtual, hash);
    c.op(BC::_pop).branch(BC::_goto, loop);
    methods.push_back(make_method("(Ljava/lang/Object;)V", true, 2, 1, c.finish(), cp));
  }
  OopMapCache::flush_all();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; t++) {
    threads.emplace_back([&] {
      for (int round = 0; round < 200; round++) {
        for (Method* m : methods) {
          InterpreterOopMap map;
          if (!OopMapCache::lookup(m, 3, &map) || describe(map) != "RR|R") failures++;
          if (!OopMapCache::lookup(m, 2, &map) || describe(map) != "RR|") failures++;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(OopMapCache::cached_methods(), 8u);
  EXPECT_EQ(OopMapCache::cached_maps(), 16u);
  OopMapCache::flush_all();
}

TEST(OopMap, OldJavacTryFinallyWithJsr) {
  // The shape javac 1.4 emitted for
  //   static Object f(Object o, int k) {
  //     try { if (k == 0) return o; o.hashCode(); } finally { g(); }
  //     return null;
  //   }
  // The finally subroutine is entered from three sites: the early return (local 2 holds the
  // result), the normal exit, and the catch-any handler (local 3 holds the exception).
  PoolBuilder pool;
  int hash = pool.methodref(kObject, "hashCode", "()I");
  int g = pool.methodref("T", "g", "()V");
  CodeBuilder c;
  int fin = c.new_label(), normal = c.new_label(), after = c.new_label();
  c.op(BC::_iload_1).branch(BC::_ifne, normal);
  c.op(BC::_aload_0).op(BC::_astore_2).branch(BC::_jsr, fin);
  int ret_a = c.bci();
  c.op(BC::_aload_2).op(BC::_areturn);
  int try_a_end = ret_a;
  c.bind(normal).op(BC::_aload_0).op2(BC::_invokevirtual, hash).op(BC::_pop);
  int try_b_end = c.bci();
  c.branch(BC::_jsr, fin);
  int ret_b = c.bci();
  c.branch(BC::_goto, after);
  int handler = c.bci();
  c.op(BC::_astore_3).branch(BC::_jsr, fin);
  int ret_c = c.bci();
  c.op(BC::_aload_3).op(BC::_athrow);
  c.bind(fin).op(BC::_astore, 4);
  int call = c.bci();
  c.op2(BC::_invokestatic, g).op(BC::_ret, 4);
  c.bind(after).op(BC::_aconst_null).op(BC::_areturn);
  std::vector<ExceptionTableEntry> table = {{0, u2(try_a_end - 3), u2(handler), 0},
                                            {u2(c.label_bci(normal)), u2(try_b_end), u2(handler), 0}};
  Method* m = make_method("(Ljava/lang/Object;I)Ljava/lang/Object;", true, 5, 1, c.finish(), pool.build(), table);

  EXPECT_EQ(map_at(m, ret_a), "R.R..|");   // the result survives the subroutine
  EXPECT_EQ(map_at(m, ret_b), "R....|");
  EXPECT_EQ(map_at(m, ret_c), "R..R.|");   // so does the exception
  EXPECT_EQ(map_at(m, handler), "R....|R");
  InterpreterOopMap map;
  ASSERT_TRUE(OopMapCache::compute(m, call, &map));
  EXPECT_EQ(describe(map), "R....|");
  EXPECT_EQ(map.jsr_alternatives().size(), 3u);
  auto oops_with = [&](int ret_bci) {
    std::set<int> slots;
    auto read = [&](int slot) { return slot == 4 ? InterpreterOopMap::return_address_value(ret_bci) : int64_t(0); };
    map.iterate_oops_in_frame(read, [&](int slot) { slots.insert(slot); });
    return slots;
  };
  EXPECT_EQ(oops_with(ret_a), (std::set<int>{0, 2}));
  EXPECT_EQ(oops_with(ret_b), (std::set<int>{0}));
  EXPECT_EQ(oops_with(ret_c), (std::set<int>{0, 3}));
}

TEST(OopMap, NestedSubroutinesAreKeyedByEveryLevel) {
  // finally { try { ... } finally { g(); } }: subroutine F calls subroutine G. Inside G the
  // innermost return address is the same for both callers of F, so the key must include
  // F's return address too.
  PoolBuilder pool;
  int g = pool.methodref("T", "g", "()V");
  CodeBuilder c;
  int f = c.new_label(), gsub = c.new_label(), other = c.new_label();
  c.op(BC::_iload_1).branch(BC::_ifeq, other);
  c.op(BC::_aload_0).op(BC::_astore_2).branch(BC::_jsr, f);
  int ret_a = c.bci();
  c.op(BC::_return);
  c.bind(other).op(BC::_iconst_0).op(BC::_istore_2).branch(BC::_jsr, f);
  int ret_b = c.bci();
  c.op(BC::_return);
  c.bind(f).op(BC::_astore_3).branch(BC::_jsr, gsub);
  int ret_g = c.bci();
  c.op(BC::_ret, 3);
  c.bind(gsub).op(BC::_astore, 4);
  int call = c.bci();
  c.op2(BC::_invokestatic, g).op(BC::_ret, 4);
  Method* m = make_method("(Ljava/lang/Object;I)V", true, 5, 1, c.finish(), pool.build());
  InterpreterOopMap map;
  ASSERT_TRUE(OopMapCache::compute(m, call, &map));
  EXPECT_EQ(describe(map), "R....|");
  ASSERT_EQ(map.jsr_alternatives().size(), 2u);
  for (const auto& alt : map.jsr_alternatives()) EXPECT_EQ(alt.keys.size(), 2u);
  auto oops_with = [&](int ret_f) {
    std::set<int> slots;
    auto read = [&](int slot) -> int64_t {
      if (slot == 4) return InterpreterOopMap::return_address_value(ret_g);
      if (slot == 3) return InterpreterOopMap::return_address_value(ret_f);
      return 0;
    };
    map.iterate_oops_in_frame(read, [&](int slot) { slots.insert(slot); });
    return slots;
  };
  EXPECT_EQ(oops_with(ret_a), (std::set<int>{0, 2}));
  EXPECT_EQ(oops_with(ret_b), (std::set<int>{0}));
  EXPECT_EQ(map_at(m, ret_a), "R.R..|");

  // G returning straight out of F with F's return address (a multi-level ret, §4.10.2.5):
  // site A resumes with its locals, and F's code after `jsr G` becomes dead.
  std::vector<u1> code(m->code(), m->code() + m->code_length());
  code[size_t(call + 4)] = 3;  // ret 4 -> ret 3
  Method* m2 = make_method("(Ljava/lang/Object;I)V", true, 5, 1, code, m->constants());
  EXPECT_EQ(map_at(m2, ret_a), "R.R..|");
  EXPECT_EQ(map_at(m2, ret_b), "R....|");
  EXPECT_EQ(map_at(m2, ret_g), "FAIL");
}

TEST(OopMap, SubroutineContextsAreBounded) {
  // Subroutine i calls subroutine i+1 from two sites, so level i runs in 2^i contexts. A few
  // levels are fine; a hostile nesting hits GenerateOopMap::kMaxContexts and is rejected
  // rather than taking exponential time at GC.
  auto nest = [](int levels) {
    CodeBuilder c;
    std::vector<int> subs;
    for (int i = 0; i <= levels; i++) subs.push_back(c.new_label());
    c.branch(BC::_jsr, subs[0]).branch(BC::_jsr, subs[0]).op(BC::_return);
    for (int i = 0; i <= levels; i++) {
      c.bind(subs[size_t(i)]).op(BC::_astore, i);
      if (i < levels) c.branch(BC::_jsr, subs[size_t(i + 1)]).branch(BC::_jsr, subs[size_t(i + 1)]);
      c.op(BC::_ret, i);
    }
    Method* m = make_method("()V", true, levels + 1, 1, c.finish());
    GenerateOopMap gen(m);
    bool ok = gen.compute();
    return ok ? gen.context_count() : -1;
  };
  EXPECT_EQ(nest(4), 1 + 2 + 4 + 8 + 16 + 32);
  EXPECT_EQ(nest(12), -1);
}

TEST(OopMap, HandlerInsideASubroutineStaysInItsContext) {
  // finally { try { g(); } catch (Throwable t) { } }: the handler is part of the subroutine,
  // so it runs in the caller's context and ret still resumes after the right jsr.
  PoolBuilder pool;
  int g = pool.methodref("T", "g", "()V");
  CodeBuilder c;
  int sub = c.new_label(), other = c.new_label(), done = c.new_label();
  c.op(BC::_iload_1).branch(BC::_ifeq, other);
  c.op(BC::_aload_0).op(BC::_astore_2).branch(BC::_jsr, sub);
  int ret_a = c.bci();
  c.op(BC::_return);
  c.bind(other).op(BC::_iconst_0).op(BC::_istore_2).branch(BC::_jsr, sub);
  int ret_b = c.bci();
  c.op(BC::_return);
  c.bind(sub).op(BC::_astore_3);
  int try_start = c.bci();
  c.op2(BC::_invokestatic, g);
  int try_end = c.bci();
  c.branch(BC::_goto, done);
  int handler = c.bci();
  c.op(BC::_astore, 4);
  c.bind(done).op(BC::_ret, 3);
  Method* m = make_method("(Ljava/lang/Object;I)V", true, 5, 1, c.finish(), pool.build(),
                          {{u2(try_start), u2(try_end), u2(handler), 0}});
  InterpreterOopMap map;
  ASSERT_TRUE(OopMapCache::compute(m, handler, &map));
  EXPECT_EQ(describe(map), "R....|R");
  EXPECT_EQ(map.jsr_alternatives().size(), 2u);
  EXPECT_EQ(map_at(m, ret_a), "R.R..|");
  EXPECT_EQ(map_at(m, ret_b), "R....|");
}
