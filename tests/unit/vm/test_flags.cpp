// The -XX: flag table: lookup, HotSpot's value syntax and ranges, and -XX:+PrintFlagsFinal lines
// compared with the output of HotSpot 17 (java -XX:+PrintFlagsFinal -version).
#include <gtest/gtest.h>

#include "vm/flags.hpp"

namespace {
class FlagTest : public ::testing::Test {
 protected:
  void SetUp() override { JVMFlag::reset_all_to_defaults(); }
  void TearDown() override { JVMFlag::reset_all_to_defaults(); }
};
}  // namespace

TEST_F(FlagTest, TableHoldsEveryFlagWithItsDefault) {
  EXPECT_GT(JVMFlag::count(), 60u);
  JVMFlag* f = JVMFlag::find("MaxTenuringThreshold");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type(), JVMFlagType::Uintx);
  EXPECT_EQ(f->get_unsigned(), 15u);
  EXPECT_TRUE(f->is_default());
  EXPECT_EQ(JVMFlag::find("MaxRAMPercentage")->type(), JVMFlagType::Double);
  EXPECT_DOUBLE_EQ(MaxRAMPercentage, 25.0);
  EXPECT_DOUBLE_EQ(InitialRAMPercentage, 1.5625);
  EXPECT_DOUBLE_EQ(MinRAMPercentage, 50.0);
  EXPECT_EQ(JVMFlag::find("NoSuchFlag"), nullptr);
  EXPECT_EQ(JVMFlag::find("MaxHeapSiz"), nullptr);
}

TEST_F(FlagTest, AtojulongAcceptsHotSpotNumbers) {
  uint64_t v = 0;
  EXPECT_TRUE(atojulong("64m", &v)); EXPECT_EQ(v, 64u * 1024 * 1024);
  EXPECT_TRUE(atojulong("10k", &v)); EXPECT_EQ(v, 10240u);
  EXPECT_TRUE(atojulong("10K", &v)); EXPECT_EQ(v, 10240u);
  EXPECT_TRUE(atojulong("2g", &v)); EXPECT_EQ(v, 2ull << 30);
  EXPECT_TRUE(atojulong("1T", &v)); EXPECT_EQ(v, 1ull << 40);
  EXPECT_TRUE(atojulong("0x10", &v)); EXPECT_EQ(v, 16u);
  EXPECT_TRUE(atojulong("010", &v)); EXPECT_EQ(v, 10u);  // decimal, not octal
  EXPECT_FALSE(atojulong("1q", &v));
  EXPECT_FALSE(atojulong("1mm", &v));
  EXPECT_FALSE(atojulong("+5m", &v));
  EXPECT_FALSE(atojulong("-1", &v));
  EXPECT_FALSE(atojulong("", &v));
  EXPECT_FALSE(atojulong("0x", &v));
  EXPECT_FALSE(atojulong(" 1", &v));
  EXPECT_FALSE(atojulong("99999999999999999999999", &v));
  EXPECT_FALSE(atojulong("99999999999t", &v));  // overflows
}

TEST_F(FlagTest, SetsIntegersFromText) {
  JVMFlag* ratio = JVMFlag::find("NewRatio");
  EXPECT_EQ(ratio->set_from_value_string("0x10", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_EQ(NewRatio, 16u);
  EXPECT_EQ(ratio->origin(), JVMFlagOrigin::CommandLine);
  EXPECT_EQ(ratio->set_from_value_string("10k", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_EQ(NewRatio, 10240u);
  for (const char* bad : {"abc", "1.5", "-1", "", "99999999999999999999999", "1q"}) {
    EXPECT_EQ(ratio->set_from_value_string(bad, JVMFlagOrigin::CommandLine), JVMFlagError::WrongFormat) << bad;
  }
  JVMFlag* depth = JVMFlag::find("SoftRefLRUPolicyMSPerMB");
  EXPECT_EQ(depth->set_from_value_string("-5", JVMFlagOrigin::CommandLine), JVMFlagError::OutOfBounds);
  EXPECT_EQ(depth->set_from_value_string("500", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_EQ(SoftRefLRUPolicyMSPerMB, 500);
}

TEST_F(FlagTest, SetsDoublesFromText) {
  JVMFlag* f = JVMFlag::find("MaxRAMPercentage");
  EXPECT_EQ(f->set_from_value_string("1.25", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_DOUBLE_EQ(MaxRAMPercentage, 1.25);
  EXPECT_EQ(f->set_from_value_string("25", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_DOUBLE_EQ(MaxRAMPercentage, 25.0);
  EXPECT_EQ(f->set_from_value_string("0x10", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_DOUBLE_EQ(MaxRAMPercentage, 16.0);
  for (const char* bad : {".5", "5.", "1e1", "-1", "1.5.5", "abc"}) {
    EXPECT_EQ(f->set_from_value_string(bad, JVMFlagOrigin::CommandLine), JVMFlagError::WrongFormat) << bad;
  }
  std::string msg;
  EXPECT_EQ(f->set_from_value_string("1.5e3", JVMFlagOrigin::CommandLine, &msg), JVMFlagError::OutOfBounds);
  EXPECT_EQ(msg, "double MaxRAMPercentage=1500.000000 is outside the allowed range [ 0.000000 ... 100.000000 ]\n");
  msg.clear();
  EXPECT_EQ(f->set_from_value_string("-1.5", JVMFlagOrigin::CommandLine, &msg), JVMFlagError::OutOfBounds);
  EXPECT_EQ(msg, "double MaxRAMPercentage=-1.500000 is outside the allowed range [ 0.000000 ... 100.000000 ]\n");
}

TEST_F(FlagTest, RangeMessagesMatchHotSpot) {
  std::string msg;
  EXPECT_EQ(JVMFlag::find("ThreadStackSize")->set_from_value_string("2048k", JVMFlagOrigin::CommandLine, &msg),
            JVMFlagError::OutOfBounds);
  EXPECT_EQ(msg, "intx ThreadStackSize=2097152 is outside the allowed range [ 0 ... 1048576 ]\n");
  msg.clear();
  JVMFlag::find("StringTableSize")->set_from_value_string("5", JVMFlagOrigin::CommandLine, &msg);
  EXPECT_EQ(msg, "uintx StringTableSize=5 is outside the allowed range [ 128 ... 16777216 ]\n");
  msg.clear();
  JVMFlag::find("SurvivorRatio")->set_from_value_string("0", JVMFlagOrigin::CommandLine, &msg);
  EXPECT_EQ(msg, "uintx SurvivorRatio=0 is outside the allowed range [ 1 ... 18446744073709551613 ]\n");
  EXPECT_EQ(JVMFlag::find("MaxTenuringThreshold")->set_from_value_string("16", JVMFlagOrigin::CommandLine),
            JVMFlagError::Success);
  EXPECT_EQ(SurvivorRatio, 8u);  // unchanged by the failed set
}

TEST_F(FlagTest, StringsAndStringLists) {
  JVMFlag* path = JVMFlag::find("HeapDumpPath");
  EXPECT_EQ(path->set_from_value_string("/tmp/x.hprof", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_STREQ(HeapDumpPath, "/tmp/x.hprof");
  EXPECT_EQ(path->set_from_value_string("", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_STREQ(HeapDumpPath, "");
  JVMFlag* oom = JVMFlag::find("OnOutOfMemoryError");
  oom->set_from_value_string("echo a", JVMFlagOrigin::CommandLine);
  oom->set_from_value_string("echo b", JVMFlagOrigin::CommandLine);
  EXPECT_STREQ(OnOutOfMemoryError, "echo a\necho b");
  oom->set_from_value_string("c", JVMFlagOrigin::CommandLine);
  // HotSpot 17's lines for -XX:OnOutOfMemoryError="echo a" -XX:OnOutOfMemoryError="echo b" -XX:OnOutOfMemoryError=c
  EXPECT_EQ(oom->print_line(),
            "ccstrlist OnOutOfMemoryError                       = echo a\n"
            "          OnOutOfMemoryError                      += echo b\n"
            "          OnOutOfMemoryError                      += c                                         {product} {command line}");
  EXPECT_EQ(JVMFlag::print_command_line_flags(),
            "-XX:HeapDumpPath= -XX:OnOutOfMemoryError=echo a -XX:OnOutOfMemoryError=echo b -XX:OnOutOfMemoryError=c \n");
  EXPECT_EQ(JVMFlag::find("UseSerialGC")->set_from_value_string("true", JVMFlagOrigin::CommandLine),
            JVMFlagError::WrongFormat);
}

TEST_F(FlagTest, PrintFlagsFinalLinesMatchHotSpot) {
  JVMFlag::find("UseSerialGC")->set_bool(true, JVMFlagOrigin::CommandLine);
  // Lines copied from HotSpot 17's output.
  EXPECT_EQ(JVMFlag::find("UseSerialGC")->print_line(),
            "     bool UseSerialGC                              = true                                      {product} {command line}");
  EXPECT_EQ(JVMFlag::find("MaxMetaspaceSize")->print_line(),
            "   size_t MaxMetaspaceSize                         = 18446744073709551615                      {product} {default}");
  EXPECT_EQ(JVMFlag::find("MaxRAMPercentage")->print_line(),
            "   double MaxRAMPercentage                         = 25.000000                                 {product} {default}");
  EXPECT_EQ(JVMFlag::find("ThreadStackSize")->print_line(),
            "     intx ThreadStackSize                          = 1024                                   {pd product} {default}");
  EXPECT_EQ(JVMFlag::find("UseCompressedOops")->print_line(),
            "     bool UseCompressedOops                        = true                           {product lp64_product} {default}");
  EXPECT_EQ(JVMFlag::find("ShowCodeDetailsInExceptionMessages")->print_line(),
            "     bool ShowCodeDetailsInExceptionMessages       = true                                   {manageable} {default}");
  EXPECT_EQ(JVMFlag::find("OnOutOfMemoryError")->print_line(),
            "ccstrlist OnOutOfMemoryError                       =                                           {product} {default}");
  EXPECT_EQ(JVMFlag::find("MaxDirectMemorySize")->print_line(),
            " uint64_t MaxDirectMemorySize                      = 0                                         {product} {default}");
  JVMFlag::find("HeapDumpPath")->set_ccstr("/tmp/averyveryveryveryverylongpathnameindeedxxxxxxxxxxxxxxxxxxx",
                                           JVMFlagOrigin::CommandLine);
  EXPECT_EQ(JVMFlag::find("HeapDumpPath")->print_line(),
            "    ccstr HeapDumpPath                             = /tmp/averyveryveryveryverylongpathnameindeedxxxxxxxxxxxxxxxxxxx         {manageable} {command line}");
  JVMFlag::find("NewRatio")->set_unsigned(4, JVMFlagOrigin::EnvironVar);
  EXPECT_EQ(JVMFlag::find("NewRatio")->print_line(),
            "    uintx NewRatio                                 = 4                                         {product} {environment}");
}

TEST_F(FlagTest, PrintFlagsFinalIsSortedAndHidesLockedFlags) {
  std::string out = JVMFlag::print_flags_final();
  EXPECT_EQ(out.rfind("[Global flags]\n", 0), 0u);
  EXPECT_EQ(out.find("VerifyBeforeGC"), std::string::npos);
  EXPECT_LT(out.find(" AlwaysTenure "), out.find(" CompressedClassSpaceSize "));
  EXPECT_LT(out.find(" MaxHeapSize "), out.find(" MinHeapSize "));
  EXPECT_LT(out.find(" UseCompressedOops "), out.find(" UseSerialGC "));
  UnlockDiagnosticVMOptions = true;
  out = JVMFlag::print_flags_final();
  EXPECT_NE(out.find(" VerifyBeforeGC "), std::string::npos);
  EXPECT_NE(out.find("{diagnostic} {default}"), std::string::npos);
}

TEST_F(FlagTest, PrintCommandLineFlagsListsNonDefaults) {
  JVMFlag::find("UseSerialGC")->set_bool(true, JVMFlagOrigin::CommandLine);
  JVMFlag::find("NewRatio")->set_unsigned(4, JVMFlagOrigin::CommandLine);
  FLAG_SET_ERGO(MaxHeapSize, 64 * M);
  EXPECT_EQ(JVMFlag::print_command_line_flags(), "-XX:MaxHeapSize=67108864 -XX:NewRatio=4 -XX:+UseSerialGC \n");
  EXPECT_EQ(JVMFlag::find("MaxHeapSize")->origin(), JVMFlagOrigin::Ergonomic);
  EXPECT_FALSE(FLAG_IS_DEFAULT(MaxHeapSize));
  EXPECT_TRUE(FLAG_IS_DEFAULT(NewSize));
}

TEST_F(FlagTest, FuzzyMatchFindsTheNearestName) {
  EXPECT_STREQ(JVMFlag::fuzzy_match("UseSerialG")->name(), "UseSerialGC");
  EXPECT_STREQ(JVMFlag::fuzzy_match("MaxHeapSiz")->name(), "MaxHeapSize");
  EXPECT_EQ(JVMFlag::fuzzy_match("Foo"), nullptr);
  EXPECT_EQ(JVMFlag::fuzzy_match(""), nullptr);
  EXPECT_NEAR(string_similarity("UseSerialGC", "UseSerialG"), 18.0 / 21.0, 1e-9);
}

TEST_F(FlagTest, ResetRestoresDefaults) {
  JVMFlag::find("UseTLAB")->set_bool(false, JVMFlagOrigin::CommandLine);
  JVMFlag::find("HeapDumpPath")->set_ccstr("x", JVMFlagOrigin::CommandLine);
  JVMFlag::reset_all_to_defaults();
  EXPECT_TRUE(UseTLAB);
  EXPECT_EQ(HeapDumpPath, nullptr);
  EXPECT_TRUE(JVMFlag::find("UseTLAB")->is_default());
}

TEST_F(FlagTest, IntAndUintFlagsPrintAsHotSpot) {
  EXPECT_EQ(JVMFlag::find("ActiveProcessorCount")->print_line(),
            "      int ActiveProcessorCount                     = -1                                        {product} {default}");
  EXPECT_EQ(JVMFlag::find("MaxRAM")->print_line(),
            " uint64_t MaxRAM                                   = 137438953472                           {pd product} {default}");
  EXPECT_EQ(JVMFlag::find("NativeMemoryTracking")->print_line(),
            "    ccstr NativeMemoryTracking                     = off                                       {product} {default}");
  EXPECT_EQ(JVMFlag::find("ConcGCThreads")->set_from_value_string("4294967296", JVMFlagOrigin::CommandLine),
            JVMFlagError::Success);  // cast to 32 bits, as HotSpot's set_numeric_flag
  EXPECT_EQ(JVMFlag::find("ConcGCThreads")->get_unsigned(), 0u);
  EXPECT_EQ(JVMFlag::find("ConcGCThreads")->set_from_value_string("3", JVMFlagOrigin::CommandLine), JVMFlagError::Success);
  EXPECT_EQ(JVMFlag::find("ConcGCThreads")->get_unsigned(), 3u);
  EXPECT_EQ(JVMFlag::find("ConcGCThreads")->set_from_value_string("-1", JVMFlagOrigin::CommandLine), JVMFlagError::WrongFormat);
}

TEST_F(FlagTest, EachNameIsPrintedOnce) {
  std::string out = JVMFlag::print_flags_final();
  for (JVMFlag* f = JVMFlag::begin(); f != JVMFlag::end(); f++) {
    std::string needle = std::string(" ") + f->name() + " ";
    size_t first = out.find(needle);
    if (f->is_diagnostic() || f->is_experimental()) continue;  // hidden until unlocked
    ASSERT_NE(first, std::string::npos) << f->name();
    EXPECT_EQ(out.find(needle, first + 1), std::string::npos) << f->name();
  }
}
