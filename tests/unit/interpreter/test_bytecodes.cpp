// Bytecodes: the table must cover every JVMS opcode with the standard names and lengths
// (JVMS §6.5, §7), and length_at must bound-check the variable-length forms.
#include <gtest/gtest.h>

#include "interpreter/bytecodes.hpp"

#include <cstring>
#include <set>
#include <string>
#include <vector>

using BC = Bytecodes;

TEST(Bytecodes, TableCoversEveryOpcodeWithUniqueNames) {
  std::set<std::string> names;
  for (int i = 0; i <= 0xca; i++) {
    ASSERT_TRUE(BC::is_defined(i)) << i;
    names.insert(BC::name(BC::Code(i)));
    const char* effect = BC::stack_effect(BC::Code(i));
    EXPECT_TRUE(effect[0] == '\0' || strchr(effect, '>') != nullptr) << BC::name(BC::Code(i));
  }
  EXPECT_EQ(names.size(), 0xcbu);
  for (int i = 0xcb; i <= 0xff; i++) EXPECT_FALSE(BC::is_defined(i)) << i;  // incl. impdep1/2
  EXPECT_FALSE(BC::is_defined(-1));
  EXPECT_EQ(BC::cast(0xfe), BC::_illegal);
  EXPECT_STREQ(BC::name(BC::_aload_0), "aload_0");
  EXPECT_STREQ(BC::name(BC::_dup2_x2), "dup2_x2");
  EXPECT_STREQ(BC::name(BC::_invokedynamic), "invokedynamic");
  EXPECT_STREQ(BC::name(BC::_jsr_w), "jsr_w");
  EXPECT_STREQ(BC::name(BC::_breakpoint), "breakpoint");
  EXPECT_EQ(int(BC::_goto), 0xa7);
  EXPECT_EQ(int(BC::_multianewarray), 0xc5);
}

TEST(Bytecodes, RewrittenOpcodesAreNotJavaBytecodesButStandForOne) {
  // Object.<init>'s return as rewritten for finalizer registration: not valid in a class file,
  // analysed as `return`, one byte long, a GC point (it calls Finalizer.register).
  int c = BC::_return_register_finalizer;
  EXPECT_FALSE(BC::is_defined(c));
  EXPECT_TRUE(BC::is_rewritten(c));
  EXPECT_EQ(BC::cast(c), BC::_return_register_finalizer);
  EXPECT_EQ(BC::java_code(BC::_return_register_finalizer), BC::_return);
  EXPECT_EQ(BC::java_code(BC::_iadd), BC::_iadd);
  EXPECT_TRUE(BC::is_gc_point(BC::_return_register_finalizer));
  EXPECT_FALSE(BC::can_fall_through(BC::_return_register_finalizer));
  u1 code = u1(c);
  EXPECT_EQ(BC::length_at(&code, 1, 0), 1);
  EXPECT_FALSE(BC::is_rewritten(BC::_breakpoint));
  EXPECT_FALSE(BC::is_rewritten(0xfe));
}

TEST(Bytecodes, FixedLengthsMatchTheSpec) {
  EXPECT_EQ(BC::length_for(BC::_nop), 1);
  EXPECT_EQ(BC::length_for(BC::_bipush), 2);
  EXPECT_EQ(BC::length_for(BC::_sipush), 3);
  EXPECT_EQ(BC::length_for(BC::_ldc), 2);
  EXPECT_EQ(BC::length_for(BC::_ldc2_w), 3);
  EXPECT_EQ(BC::length_for(BC::_iinc), 3);
  EXPECT_EQ(BC::length_for(BC::_invokeinterface), 5);
  EXPECT_EQ(BC::length_for(BC::_invokedynamic), 5);
  EXPECT_EQ(BC::length_for(BC::_multianewarray), 4);
  EXPECT_EQ(BC::length_for(BC::_goto_w), 5);
  EXPECT_EQ(BC::length_for(BC::_tableswitch), 0);
  EXPECT_EQ(BC::length_for(BC::_lookupswitch), 0);
  EXPECT_EQ(BC::length_for(BC::_wide), 0);
}

TEST(Bytecodes, FlagsSayWhatCanTrapCallAndBranch) {
  EXPECT_TRUE(BC::can_trap(BC::_idiv));
  EXPECT_FALSE(BC::can_trap(BC::_iadd));
  EXPECT_TRUE(BC::can_trap(BC::_aaload));
  EXPECT_TRUE(BC::can_call(BC::_invokevirtual));
  EXPECT_TRUE(BC::can_call(BC::_new));
  EXPECT_TRUE(BC::can_call(BC::_ldc));
  EXPECT_TRUE(BC::can_call(BC::_getstatic));
  EXPECT_FALSE(BC::can_call(BC::_iload));
  for (BC::Code c : {BC::_invokevirtual, BC::_invokespecial, BC::_invokestatic, BC::_invokeinterface,
                     BC::_invokedynamic, BC::_new, BC::_newarray, BC::_anewarray, BC::_multianewarray,
                     BC::_ldc, BC::_ldc_w, BC::_ldc2_w, BC::_athrow, BC::_checkcast, BC::_instanceof,
                     BC::_monitorenter, BC::_getfield, BC::_putfield, BC::_getstatic, BC::_putstatic}) {
    EXPECT_TRUE(BC::is_gc_point(c)) << BC::name(c);
  }
  EXPECT_FALSE(BC::is_gc_point(BC::_dup));
  EXPECT_TRUE(BC::is_branch(BC::_ifnull));
  EXPECT_TRUE(BC::is_branch(BC::_jsr));
  EXPECT_TRUE(BC::can_fall_through(BC::_ifeq));
  EXPECT_FALSE(BC::can_fall_through(BC::_goto));
  EXPECT_FALSE(BC::can_fall_through(BC::_areturn));
  EXPECT_FALSE(BC::can_fall_through(BC::_athrow));
  EXPECT_FALSE(BC::can_fall_through(BC::_ret));
  EXPECT_TRUE(BC::is_invoke(BC::_invokeinterface));
  EXPECT_TRUE(BC::is_return(BC::_return));
  EXPECT_TRUE(BC::can_be_widened(BC::_iinc));
  EXPECT_FALSE(BC::can_be_widened(BC::_bipush));
}

TEST(Bytecodes, StackEffectsOfSimpleOpcodes) {
  EXPECT_STREQ(BC::stack_effect(BC::_ladd), "JJ>J");
  EXPECT_STREQ(BC::stack_effect(BC::_lshl), "JI>J");
  EXPECT_STREQ(BC::stack_effect(BC::_aastore), "AIA>");
  EXPECT_STREQ(BC::stack_effect(BC::_invokevirtual), "");
}

TEST(Bytecodes, LengthAtHandlesWideAndSwitchPadding) {
  // wide iload 0x0102 (4 bytes), wide iinc (6 bytes), wide of a non-widenable op.
  std::vector<u1> code = {0xc4, 0x15, 0x01, 0x02, 0xc4, 0x84, 0x00, 0x01, 0x00, 0x05, 0xc4, 0x10, 0, 0};
  EXPECT_EQ(BC::length_at(code.data(), int(code.size()), 0), 4);
  EXPECT_EQ(BC::length_at(code.data(), int(code.size()), 4), 6);
  EXPECT_EQ(BC::length_at(code.data(), int(code.size()), 10), -1);
  EXPECT_EQ(BC::length_at(code.data(), 3, 0), -1);  // truncated
  // tableswitch at bci 1: 2 bytes padding, default, low 0, high 1, two offsets.
  std::vector<u1> ts = {0x00, 0xaa, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 9, 0, 0, 0, 9};
  EXPECT_EQ(BC::length_at(ts.data(), int(ts.size()), 1), 23);
  EXPECT_EQ(BC::length_at(ts.data(), int(ts.size()) - 1, 1), -1);
  ts[15] = 0xff;  // high < low
  ts[12] = ts[13] = ts[14] = 0x7f;
  EXPECT_EQ(BC::length_at(ts.data(), int(ts.size()), 1), -1);
  // lookupswitch at bci 3: no padding, default, npairs 1, one pair.
  std::vector<u1> ls = {0, 0, 0, 0xab, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 5};
  EXPECT_EQ(BC::length_at(ls.data(), int(ls.size()), 3), 17);
  ls[11] = 2;  // npairs beyond the code
  EXPECT_EQ(BC::length_at(ls.data(), int(ls.size()), 3), -1);
  ls[8] = 0x80;  // negative npairs
  EXPECT_EQ(BC::length_at(ls.data(), int(ls.size()), 3), -1);
  // lookupswitch with no pairs at the very end of the code (javac emits these).
  std::vector<u1> empty = {0x00, 0xab, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0};
  EXPECT_EQ(BC::length_at(empty.data(), int(empty.size()), 1), 11);
  u1 undefined = 0xfe;  // impdep1
  EXPECT_EQ(BC::length_at(&undefined, 1, 0), -1);
  EXPECT_EQ(BC::length_at(&undefined, 1, 5), -1);
}
