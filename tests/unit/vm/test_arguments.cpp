// VM argument processing: each option's effect and HotSpot 17's exact messages (taken from
// `java <option> -version` on HotSpot 17; the launcher's two "Error:" lines are not the VM's).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

#include "vm/arguments.hpp"
#include "vm/flags.hpp"

namespace {

std::string g_err, g_out;
std::map<std::string, std::string> g_env;

jint capture_vfprintf(FILE* fp, const char* fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  std::string buf(n + 1, '\0');
  vsnprintf(buf.data(), buf.size(), fmt, ap);
  buf.resize(n);
  (fp == stdout ? g_out : g_err) += buf;
  return n;
}

const char* fake_getenv(const char* name) {
  auto it = g_env.find(name);
  return it == g_env.end() ? nullptr : it->second.c_str();
}

class ArgumentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    JVMFlag::reset_all_to_defaults();
    g_err.clear();
    g_out.clear();
    g_env.clear();
  }
  void TearDown() override { JVMFlag::reset_all_to_defaults(); }

  // Parses the options as JNI_CreateJavaVM would receive them, with output captured.
  jint parse(std::initializer_list<const char*> opts, jboolean ignore = JNI_FALSE) {
    std::vector<JavaVMOption> v;
    v.push_back({const_cast<char*>("vfprintf"), (void*)&capture_vfprintf});
    for (const char* o : opts) v.push_back({const_cast<char*>(o), nullptr});
    JavaVMInitArgs args{JNI_VERSION_1_2, (jint)v.size(), v.data(), ignore};
    return _args.parse(&args, &fake_getenv);
  }
  // The VM's part of HotSpot's output for one bad option.
  std::string error_of(const char* option) {
    SetUp();
    _args = Arguments();
    EXPECT_NE(parse({option}), JNI_OK) << option;
    return g_err;
  }

  Arguments _args;
};

}  // namespace

TEST_F(ArgumentsTest, HeapAndStackSizes) {
  ASSERT_EQ(parse({"-Xmx64m", "-Xms16m", "-Xmn8m", "-Xss512k"}), JNI_OK);
  EXPECT_EQ(MaxHeapSize, 64 * M);
  EXPECT_EQ(InitialHeapSize, 16 * M);
  EXPECT_EQ(MinHeapSize, 16 * M);
  EXPECT_EQ(NewSize, 8 * M);
  EXPECT_EQ(MaxNewSize, 8 * M);
  EXPECT_EQ(ThreadStackSize, 512);
  EXPECT_EQ(JVMFlag::find("MaxHeapSize")->origin(), JVMFlagOrigin::CommandLine);
  EXPECT_EQ(g_err, "");
}

TEST_F(ArgumentsTest, StackSizeRoundsUpToWholeK) {
  ASSERT_EQ(parse({"-Xss1000"}), JNI_OK);
  EXPECT_EQ(ThreadStackSize, 1);
  ASSERT_EQ(parse({"-Xss0"}), JNI_OK);
  EXPECT_EQ(ThreadStackSize, 0);
}

TEST_F(ArgumentsTest, XXFlagsAllForms) {
  ASSERT_EQ(parse({"-XX:+UseSerialGC", "-XX:-UseTLAB", "-XX:NewRatio=3", "-XX:MaxHeapSize=0x10000000",
                   "-XX:MaxRAMPercentage=12.5", "-XX:HeapDumpPath=/tmp/d", "-XX:+UseSerialGC", "-XX:-UseSerialGC"}),
            JNI_OK);
  EXPECT_FALSE(UseSerialGC);  // the last one wins
  EXPECT_FALSE(UseTLAB);
  EXPECT_EQ(NewRatio, 3u);
  EXPECT_EQ(MaxHeapSize, 0x10000000u);
  EXPECT_DOUBLE_EQ(MaxRAMPercentage, 12.5);
  EXPECT_STREQ(HeapDumpPath, "/tmp/d");
}

TEST_F(ArgumentsTest, MessagesMatchHotSpot) {
  const std::pair<const char*, const char*> cases[] = {
    {"-XX:+Foo", "Unrecognized VM option 'Foo'\n"},
    {"-XX:Foo", "Unrecognized VM option 'Foo'\n"},
    {"-XX:Foo=3", "Unrecognized VM option 'Foo=3'\n"},
    {"-XX:", "Unrecognized VM option ''\n"},
    {"-XX:+", "Unrecognized VM option ''\n"},
    {"-XX:=5", "Unrecognized VM option '=5'\n"},
    {"-XX:+UseSerialG", "Unrecognized VM option 'UseSerialG'\nDid you mean '(+/-)UseSerialGC'? "},
    {"-XX:+MaxHeapSize", "Unexpected +/- setting in VM option 'MaxHeapSize'\n"},
    {"-XX:-HeapDumpPath", "Unexpected +/- setting in VM option 'HeapDumpPath'\n"},
    {"-XX:MaxHeapSize", "Improperly specified VM option 'MaxHeapSize'\n"},
    {"-XX:HeapDumpPath", "Improperly specified VM option 'HeapDumpPath'\n"},
    {"-XX:UseSerialGC", "Missing +/- setting for VM option 'UseSerialGC'\n"},
    {"-XX:UseSerialGC=true", "Missing +/- setting for VM option 'UseSerialGC=true'\n"},
    {"-XX:+UseSerialGC=1", "Improperly specified VM option 'UseSerialGC=1'\n"},
    {"-XX:MaxHeapSize=1q", "Invalid maximum heap size: -XX:MaxHeapSize=1q\n"},
    {"-XX:MaxHeapSize=0", "Invalid maximum heap size: -XX:MaxHeapSize=0\n"},
    {"-XX:InitialHeapSize=1q", "Improperly specified VM option 'InitialHeapSize=1q'\n"},
    {"-XX:NewRatio=abc", "Improperly specified VM option 'NewRatio=abc'\n"},
    {"-XX:NewRatio=-1", "Improperly specified VM option 'NewRatio=-1'\n"},
    {"-XX:NewRatio=", "Improperly specified VM option 'NewRatio='\n"},
    {"-XX:ThreadStackSize=-1",
     "intx ThreadStackSize=-1 is outside the allowed range [ 0 ... 1048576 ]\n"
     "Improperly specified VM option 'ThreadStackSize=-1'\n"},
    {"-XX:MaxRAMPercentage=200",
     "double MaxRAMPercentage=200.000000 is outside the allowed range [ 0.000000 ... 100.000000 ]\n"
     "Improperly specified VM option 'MaxRAMPercentage=200'\n"},
    {"-XX:MaxRAMPercentage=abc", "Improperly specified VM option 'MaxRAMPercentage=abc'\n"},
    {"-Xmx1q", "Invalid maximum heap size: -Xmx1q\n"},
    {"-Xmx", "Invalid maximum heap size: -Xmx\n"},
    {"-Xmx0", "Invalid maximum heap size: -Xmx0\n"},
    {"-Xmx99999999999t", "Invalid maximum heap size: -Xmx99999999999t\n"},
    {"-Xms1q", "Invalid initial heap size: -Xms1q\n"},
    {"-Xss1q", "Invalid thread stack size: -Xss1q\n"},
    {"-Xss2g", "Invalid thread stack size: -Xss2g\nThe specified size exceeds the maximum representable size.\n"},
    {"-Xmn1q", "Invalid initial young generation size: -Xmn1q\n"},
    {"-Xmn0", "Invalid initial young generation size: -Xmn0\n"},
    {"-Xfoo", "Unrecognized option: -Xfoo\n"},
    {"-foo", "Unrecognized option: -foo\n"},
    {"-Xshare:foo", "Unrecognized option: -Xshare:foo\n"},
    {"-Xverify:foo", "Unrecognized verification option: -Xverify:foo\n"},
    {"-XX:Flags=/nonexist", "Could not open settings file /nonexist\n"},
    {"-XX:VMOptionsFile=/nonexist", "Could not open options file '/nonexist'\n"},

    {"-XX:MaxTenuringThreshold=17", "uintx MaxTenuringThreshold=17 is outside the allowed range [ 0 ... 16 ]\n"},
    {"-XX:MaxTenuringThreshold=abc", "Improperly specified VM option 'MaxTenuringThreshold=abc'\n"},
    {"-XX:MaxTenuringThreshold=-1", "Improperly specified VM option 'MaxTenuringThreshold=-1'\n"},
    {"-XX:SoftRefLRUPolicyMSPerMB=9223372036854775808",
     "intx SoftRefLRUPolicyMSPerMB=-9223372036854775808 is outside the allowed range [ 0 ... 9223372036854775807 ]\n"
     "Improperly specified VM option 'SoftRefLRUPolicyMSPerMB=9223372036854775808'\n"},
    {"-XX:MaxRAMFraction=0",
     "OpenJDK 64-Bit Server VM warning: Option MaxRAMFraction was deprecated in version 10.0 and will likely be "
     "removed in a future release.\n"
     "uintx MaxRAMFraction=0 is outside the allowed range [ 1 ... 18446744073709551615 ]\n"
     "Improperly specified VM option 'MaxRAMFraction=0'\n"},
    {"-Xmaxf1.5", "uintx MaxHeapFreeRatio=150 is outside the allowed range [ 0 ... 100 ]\n"},
    {"-Xmaxf-0.5", "uintx MaxHeapFreeRatio=18446744073709551566 is outside the allowed range [ 0 ... 100 ]\n"},
    {"-Xminfx", "Bad min heap free percentage size: -Xminfx\n"},
    {"-Xcheck:foo", "Unrecognized check option: -Xcheck:foo\n"},
    {"-Xcheck", "Unrecognized check option: -Xcheck\n"},
    {"-Xlogfoo", "Invalid -Xlog option '-Xlogfoo', see error log for details.\n"},
    {"-Xss1m1", "Invalid thread stack size: -Xss1m1\n"},
    {"-XX", "Unrecognized option: -XX\n"},
    {"-XX:MaxHeapFreeRatio=30",
     "MinHeapFreeRatio (40) must be less than or equal to MaxHeapFreeRatio (30)\n"
     "MaxHeapFreeRatio (30) must be greater than or equal to MinHeapFreeRatio (40)\n"},
    {"-Xmaxf0.3",
     "MinHeapFreeRatio (40) must be less than or equal to MaxHeapFreeRatio (30)\n"
     "MaxHeapFreeRatio (30) must be greater than or equal to MinHeapFreeRatio (40)\n"},
    {"-XX:MinMetaspaceFreeRatio=80",
     "MaxMetaspaceFreeRatio (70) must be greater than or equal to MinMetaspaceFreeRatio (80)\n"
     "MinMetaspaceFreeRatio (80) must be less than or equal to MaxMetaspaceFreeRatio (70)\n"},

    {"-XX:+VerifyBeforeGC",
     "Error: VM option 'VerifyBeforeGC' is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions.\n"
     "Error: The unlock option must precede 'VerifyBeforeGC'.\n"},
  };
  for (const auto& [option, expected] : cases) EXPECT_EQ(error_of(option), expected) << option;
}

TEST_F(ArgumentsTest, SomeMessagesGoToStandardOutput) {
  // HotSpot prints these on stdout, not stderr.
  const std::pair<const char*, const char*> cases[] = {
    {"-Xbootclasspath:/x", "-Xbootclasspath is no longer a supported option.\n"},

    {"--patch-module=foo", "Missing '=' in --patch-module specification\n"},
  };
  for (const auto& [option, expected] : cases) {
    EXPECT_EQ(error_of(option), "") << option;
    EXPECT_EQ(g_out, expected) << option;
  }
}

TEST_F(ArgumentsTest, AcceptedOptions) {
  for (const char* ok : {"-XX:NewRatio=0x10", "-XX:NewRatio=010", "-XX:NewRatio=10k", "-XX:MaxRAMPercentage=25",
                         "-XX:MaxRAMPercentage=0x10", "-XX:HeapDumpPath=", "-Xms0", "-Xss0", "-Xint", "-Xbatch",
                         "-Xshare:off", "-Xshare:auto", "-verbose:foo", "-XX:MaxTenuringThreshold=16", "-Dx",
                         "-Xrs", "-Xcheck:jni", "-Xnoclassgc", "-Xdebug"}) {
    SetUp();
    _args = Arguments();
    EXPECT_EQ(parse({ok}), JNI_OK) << ok;
    EXPECT_EQ(g_err, "") << ok;
  }
}

TEST_F(ArgumentsTest, TenuringOptionsLastOneWins) {
  ASSERT_EQ(parse({"-XX:+AlwaysTenure"}), JNI_OK);
  EXPECT_TRUE(AlwaysTenure);
  EXPECT_EQ(MaxTenuringThreshold, 0u);
  EXPECT_EQ(JVMFlag::find("NeverTenure")->origin(), JVMFlagOrigin::CommandLine);
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:+NeverTenure", "-XX:MaxTenuringThreshold=3"}), JNI_OK);
  EXPECT_FALSE(NeverTenure);
  EXPECT_FALSE(AlwaysTenure);
  EXPECT_EQ(MaxTenuringThreshold, 3u);
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:MaxTenuringThreshold=3", "-XX:+NeverTenure"}), JNI_OK);
  EXPECT_TRUE(NeverTenure);
  EXPECT_EQ(MaxTenuringThreshold, 16u);
  EXPECT_EQ(JVMFlag::find("MaxTenuringThreshold")->origin(), JVMFlagOrigin::CommandLine);
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:MaxTenuringThreshold=0"}), JNI_OK);
  EXPECT_TRUE(AlwaysTenure);
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:-NeverTenure"}), JNI_OK);
  EXPECT_EQ(MaxTenuringThreshold, 15u);
  EXPECT_TRUE(JVMFlag::find("AlwaysTenure")->is_default());
}

TEST_F(ArgumentsTest, XprofIsIgnoredWithWarning) {
  ASSERT_EQ(parse({"-Xprof"}), JNI_OK);
  EXPECT_EQ(g_err, "OpenJDK 64-Bit Server VM warning: Ignoring option -Xprof; support was removed in 10.0\n");
}

TEST_F(ArgumentsTest, UnlockMustPrecede) {
  ASSERT_EQ(parse({"-XX:+UnlockDiagnosticVMOptions", "-XX:+VerifyBeforeGC", "-XX:+VerifyAfterGC"}), JNI_OK);
  EXPECT_TRUE(VerifyBeforeGC);
  EXPECT_TRUE(VerifyAfterGC);
}

TEST_F(ArgumentsTest, VerifyNoneWarnsAsHotSpot) {
  ASSERT_EQ(parse({"-Xverify:none"}), JNI_OK);
  EXPECT_EQ(g_err, "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 "
                   "and will likely be removed in a future release.\n");
  EXPECT_EQ(_args.verify_mode(), VerifyMode::None);
  EXPECT_FALSE(BytecodeVerificationRemote);
}

TEST_F(ArgumentsTest, SystemPropertiesKeepOrderAndLastValue) {
  ASSERT_EQ(parse({"-Da=1", "-Db=2", "-Dc", "-Da=3", "-Dd=x=y", "-Djava.class.path=/cp", "-Dsun.java.command=Main x",
                   "-Dsun.java.launcher=SUN_STANDARD"}),
            JNI_OK);
  const auto& p = _args.system_properties();
  ASSERT_EQ(p.size(), 7u);
  EXPECT_EQ(p[0].key, "a"); EXPECT_EQ(p[0].value, "3");
  EXPECT_EQ(p[1].key, "b");
  EXPECT_EQ(p[2].key, "c"); EXPECT_EQ(p[2].value, "");
  EXPECT_EQ(p[3].key, "d"); EXPECT_EQ(p[3].value, "x=y");
  EXPECT_STREQ(_args.get_property("java.class.path"), "/cp");
  EXPECT_STREQ(_args.java_command(), "Main x");
  EXPECT_STREQ(_args.sun_java_launcher(), "SUN_STANDARD");
  EXPECT_EQ(_args.get_property("nope"), nullptr);
  // jvm_args leaves out what the launcher adds (HotSpot's build_jvm_args).
  std::vector<std::string> expected = {"-Da=1", "-Db=2", "-Dc", "-Da=3", "-Dd=x=y"};
  EXPECT_EQ(_args.jvm_args(), expected);
}

TEST_F(ArgumentsTest, JavaHomeFromLauncherThenEnvironment) {
  ASSERT_EQ(parse({"-Djava.home=/opt/jdk"}), JNI_OK);
  EXPECT_EQ(_args.java_home(), "/opt/jdk");
  EXPECT_EQ(_args.get_property("java.home"), nullptr);
  _args = Arguments();
  g_env["JAVA_HOME"] = "/env/jdk";
  ASSERT_EQ(parse({}), JNI_OK);
  EXPECT_EQ(_args.java_home(), "/env/jdk");
}

TEST_F(ArgumentsTest, ModuleOptionsBecomeNumberedProperties) {
  ASSERT_EQ(parse({"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                   "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED", "--add-modules=java.sql",
                   "--add-reads=a=b", "--limit-modules=java.base", "--module-path=/mp",
                   "--upgrade-module-path=/up", "--patch-module=m=/p", "--enable-native-access=ALL-UNNAMED",
                   "--enable-preview"}),
            JNI_OK);
  EXPECT_STREQ(_args.get_property("jdk.module.addopens.0"), "java.base/java.lang=ALL-UNNAMED");
  EXPECT_STREQ(_args.get_property("jdk.module.addopens.1"), "java.base/java.io=ALL-UNNAMED");
  EXPECT_STREQ(_args.get_property("jdk.module.addexports.0"), "java.base/sun.nio.ch=ALL-UNNAMED");
  EXPECT_STREQ(_args.get_property("jdk.module.addmods.0"), "java.sql");
  EXPECT_STREQ(_args.get_property("jdk.module.addreads.0"), "a=b");
  EXPECT_STREQ(_args.get_property("jdk.module.limitmods"), "java.base");
  EXPECT_STREQ(_args.get_property("jdk.module.path"), "/mp");
  EXPECT_STREQ(_args.get_property("jdk.module.upgrade.path"), "/up");
  EXPECT_STREQ(_args.get_property("jdk.module.patch.0"), "m=/p");
  EXPECT_STREQ(_args.get_property("jdk.module.enable.native.access.0"), "ALL-UNNAMED");
  EXPECT_TRUE(_args.enable_preview());
}

TEST_F(ArgumentsTest, InternalModulePropertiesAreReserved) {
  ASSERT_EQ(parse({"-Djdk.module.addmods=java.sql", "-Djdk.module.addopens.0=x", "-Djdk.module.main=m",
                   "-Djdk.module.pathx=1"}),
            JNI_OK);
  EXPECT_EQ(g_err, "OpenJDK 64-Bit Server VM warning: Ignoring system property options whose names match the "
                   "'-Djdk.module.*'. names that are reserved for internal use.\n");
  EXPECT_EQ(_args.get_property("jdk.module.addmods"), nullptr);
  EXPECT_EQ(_args.get_property("jdk.module.addopens.0"), nullptr);
  EXPECT_STREQ(_args.get_property("jdk.module.main"), "m");
  EXPECT_STREQ(_args.get_property("jdk.module.pathx"), "1");
}

TEST_F(ArgumentsTest, ExtAndEndorsedDirsAreRefused) {
  EXPECT_EQ(parse({"-Djava.ext.dirs=x"}), JNI_ERR);
  EXPECT_EQ(g_out, "-Djava.ext.dirs=x is not supported.  Use -classpath instead.\n");
  SetUp();
  _args = Arguments();
  EXPECT_EQ(parse({"-Djava.endorsed.dirs=x"}), JNI_ERR);
  EXPECT_EQ(g_out, "-Djava.endorsed.dirs=x is not supported. Endorsed standards and standalone APIs\n"
                   "in modular form will be supported via the concept of upgradeable modules.\n");
}

TEST_F(ArgumentsTest, IllegalAccessIsIgnoredWithWarning) {
  ASSERT_EQ(parse({"--illegal-access=deny"}), JNI_OK);
  EXPECT_EQ(g_err, "OpenJDK 64-Bit Server VM warning: Ignoring option --illegal-access=deny; support was removed in 17.0\n");
}

TEST_F(ArgumentsTest, LoggingOptionsInOrder) {
  ASSERT_EQ(parse({"-Xlog:gc*:file=gc.log", "-verbose:gc", "-verbose:class", "-Xlog", "-verbose:module",
                   "-Xloggc:/tmp/g.log", "-Xlog:disable"}),
            JNI_OK);
  std::vector<std::string> expected = {"-Xlog:gc*:file=gc.log", "-Xlog:gc", "-Xlog:class+load=info,class+unload=info",
                                       "-Xlog", "-Xlog:module+load=info,module+unload=info", "-Xlog:disable",
                                       "-Xlog:gc:/tmp/g.log"};
  EXPECT_EQ(_args.log_options(), expected);
  ASSERT_EQ(_args.deferred_log_messages().size(), 1u);
  EXPECT_EQ(_args.deferred_log_messages()[0].text, "-Xloggc is deprecated. Will use -Xlog:gc:/tmp/g.log instead.");
}

TEST_F(ArgumentsTest, DeprecatedPrintGCFlagsBecomeLogging) {
  ASSERT_EQ(parse({"-XX:+PrintGCDetails", "-Xlog:safepoint"}), JNI_OK);
  EXPECT_EQ(_args.log_options(), (std::vector<std::string>{"-Xlog:safepoint", "-Xlog:gc*"}));
  ASSERT_EQ(_args.deferred_log_messages().size(), 1u);
  EXPECT_STREQ(_args.deferred_log_messages()[0].level, "warning");
  EXPECT_STREQ(_args.deferred_log_messages()[0].tags, "gc");
  EXPECT_EQ(_args.deferred_log_messages()[0].text, "-XX:+PrintGCDetails is deprecated. Will use -Xlog:gc* instead.");
  _args = Arguments();
  JVMFlag::reset_all_to_defaults();
  ASSERT_EQ(parse({"-XX:+PrintGC", "-XX:+PrintGCDetails", "-Xloggc:gc.txt"}), JNI_OK);
  EXPECT_EQ(_args.log_options(), (std::vector<std::string>{"-Xlog:gc*:gc.txt"}));
  EXPECT_EQ(_args.deferred_log_messages().size(), 3u);
}

TEST_F(ArgumentsTest, CompatibilityFlagsAreAcceptedAndDeprecatedOnesWarn) {
  ASSERT_EQ(parse({"-XX:ActiveProcessorCount=2", "-XX:+AlwaysPreTouch", "-XX:ParallelGCThreads=3",
                   "-XX:NativeMemoryTracking=summary", "-XX:-UseAdaptiveSizePolicy"}),
            JNI_OK);
  EXPECT_EQ(g_err, "");
  EXPECT_EQ(JVMFlag::find("ActiveProcessorCount")->get_intx(), 2);
  EXPECT_EQ(JVMFlag::find("ParallelGCThreads")->get_unsigned(), 3u);
  EXPECT_STREQ(JVMFlag::find("NativeMemoryTracking")->get_ccstr(), "summary");
  EXPECT_TRUE(JVMFlag::find("AlwaysPreTouch")->is_compat());
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:ParallelGCThreads=4294967297"}), JNI_OK);  // cast to uint, as HotSpot
  EXPECT_EQ(JVMFlag::find("ParallelGCThreads")->get_unsigned(), 1u);
  EXPECT_EQ(error_of("-XX:ActiveProcessorCount=-2"),
            "int ActiveProcessorCount=-2 is outside the allowed range [ -1 ... 2147483647 ]\n"
            "Improperly specified VM option 'ActiveProcessorCount=-2'\n");
  SetUp();
  _args = Arguments();
  ASSERT_EQ(parse({"-XX:MaxRAMFraction=2", "-XX:-UseBiasedLocking"}), JNI_OK);
  EXPECT_EQ(g_err,
            "OpenJDK 64-Bit Server VM warning: Option MaxRAMFraction was deprecated in version 10.0 and will likely be "
            "removed in a future release.\n"
            "OpenJDK 64-Bit Server VM warning: Option UseBiasedLocking was deprecated in version 15.0 and will likely be "
            "removed in a future release.\n");
  for (const char* gone : {"-XX:MaxPermSize=64m", "-XX:+UseConcMarkSweepGC", "-XX:+PrintGCDateStamps"}) {
    EXPECT_EQ(error_of(gone).rfind("Unrecognized VM option '", 0), 0u) << gone;  // HotSpot 17 refuses them too
  }
}

TEST_F(ArgumentsTest, AssertionOptions) {
  ASSERT_EQ(parse({"-ea", "-da:com.foo...", "-enableassertions:Bar", "-esa", "-ea:..."}), JNI_OK);
  EXPECT_TRUE(_args.user_assertions_default());
  EXPECT_TRUE(_args.system_assertions_default());
  const auto& o = _args.assertion_options();
  ASSERT_EQ(o.size(), 3u);
  EXPECT_EQ(o[0].name, "com.foo"); EXPECT_FALSE(o[0].enabled); EXPECT_TRUE(o[0].package);
  EXPECT_EQ(o[1].name, "Bar"); EXPECT_TRUE(o[1].enabled); EXPECT_FALSE(o[1].package);
  EXPECT_EQ(o[2].name, ""); EXPECT_TRUE(o[2].package);
  _args = Arguments();
  ASSERT_EQ(parse({"-esa", "-dsa", "-disableassertions"}), JNI_OK);
  EXPECT_FALSE(_args.system_assertions_default());
  EXPECT_FALSE(_args.user_assertions_default());
  EXPECT_NE(error_of("-eax"), "");
}

TEST_F(ArgumentsTest, ModesAndSwitches) {
  ASSERT_EQ(parse({"-Xint", "-Xshare:off", "-Xbatch", "-Xnoclassgc", "-Xcheck:jni", "-Xrs",
                   "-Xbootclasspath/a:/a.jar", "-Xbootclasspath/a:/b", "-agentlib:jdwp=x", "-javaagent:a.jar"}),
            JNI_OK);
  EXPECT_EQ(_args.mode(), ExecMode::Int);
  EXPECT_EQ(_args.share_mode(), ShareMode::Off);
  EXPECT_FALSE(JVMFlag::find("BackgroundCompilation")->get_bool());
  EXPECT_FALSE(JVMFlag::find("ClassUnloading")->get_bool());
  EXPECT_TRUE(_args.check_jni());
  EXPECT_TRUE(ReduceSignalUsage);
  EXPECT_EQ(_args.boot_class_path_append(), "/a.jar:/b");
  EXPECT_EQ(_args.agents().size(), 2u);
}

TEST_F(ArgumentsTest, JavaToolOptionsComeFirstAndArePickedUp) {
  g_env["JAVA_TOOL_OPTIONS"] = "-XX:NewRatio=5 -Dtool='a b' -XX:+UseSerialGC";
  ASSERT_EQ(parse({"-XX:NewRatio=3"}), JNI_OK);
  EXPECT_EQ(g_err, "Picked up JAVA_TOOL_OPTIONS: -XX:NewRatio=5 -Dtool='a b' -XX:+UseSerialGC\n");
  EXPECT_EQ(NewRatio, 3u);  // the command line overrides
  EXPECT_EQ(JVMFlag::find("NewRatio")->origin(), JVMFlagOrigin::CommandLine);
  EXPECT_EQ(JVMFlag::find("UseSerialGC")->origin(), JVMFlagOrigin::EnvironVar);
  EXPECT_STREQ(_args.get_property("tool"), "a b");
}

TEST_F(ArgumentsTest, UnderscoreJavaOptionsComeLast) {
  g_env["JAVA_TOOL_OPTIONS"] = "-Dx=1";
  g_env["_JAVA_OPTIONS"] = "-XX:NewRatio=4";
  ASSERT_EQ(parse({"-XX:NewRatio=3"}), JNI_OK);
  EXPECT_EQ(g_err, "Picked up JAVA_TOOL_OPTIONS: -Dx=1\nPicked up _JAVA_OPTIONS: -XX:NewRatio=4\n");
  EXPECT_EQ(NewRatio, 4u);
  EXPECT_EQ(JVMFlag::find("NewRatio")->origin(), JVMFlagOrigin::EnvironVar);
}

TEST_F(ArgumentsTest, EmptyToolOptionsStillPickedUp) {
  g_env["JAVA_TOOL_OPTIONS"] = "";
  ASSERT_EQ(parse({}), JNI_OK);
  EXPECT_EQ(g_err, "Picked up JAVA_TOOL_OPTIONS: \n");
}

TEST_F(ArgumentsTest, UnmatchedQuoteInEnvironment) {
  g_env["JAVA_TOOL_OPTIONS"] = "-Dx='abc";
  EXPECT_EQ(parse({}), JNI_ERR);
  EXPECT_EQ(g_err, "Picked up JAVA_TOOL_OPTIONS: -Dx='abc\nUnmatched quote in JAVA_TOOL_OPTIONS\n");
}

TEST_F(ArgumentsTest, SplitOptionsHandlesQuotes) {
  std::vector<std::string> v;
  ASSERT_TRUE(Arguments::split_options("  -Da=\"x y\"  -Db='p q'r -Xint\n-Dc ", &v));
  std::vector<std::string> expected = {"-Da=x y", "-Db=p qr", "-Xint", "-Dc"};
  EXPECT_EQ(v, expected);
  v.clear();
  EXPECT_FALSE(Arguments::split_options("-Da=\"x", &v));
}

TEST_F(ArgumentsTest, FlagsFileAndOptionsFile) {
  std::string flags = ::testing::TempDir() + "jvmlab_flags.txt";
  std::string opts = ::testing::TempDir() + "jvmlab_opts.txt";
  std::ofstream(flags) << "# comment\n+UseSerialGC\nNewRatio=6\n";
  std::ofstream(opts) << "-XX:SurvivorRatio=5 -Dfrom=file\n-Xmx32m\n";
  std::string f1 = "-XX:Flags=" + flags, f2 = "-XX:VMOptionsFile=" + opts;
  ASSERT_EQ(parse({"-XX:NewRatio=7", f1.c_str(), f2.c_str()}), JNI_OK) << g_err;
  EXPECT_TRUE(UseSerialGC);
  EXPECT_EQ(JVMFlag::find("UseSerialGC")->origin(), JVMFlagOrigin::ConfigFile);
  EXPECT_EQ(NewRatio, 7u);  // the settings file is read first; the command line overrides it
  EXPECT_EQ(SurvivorRatio, 5u);
  EXPECT_EQ(JVMFlag::find("SurvivorRatio")->origin(), JVMFlagOrigin::CommandLine);
  EXPECT_EQ(MaxHeapSize, 32 * M);
  EXPECT_STREQ(_args.get_property("from"), "file");
  std::remove(flags.c_str());
  std::remove(opts.c_str());
}

TEST_F(ArgumentsTest, HooksAreRecorded) {
  auto exit_fn = [](jint) {};
  auto abort_fn = []() {};
  JavaVMOption opts[] = {{const_cast<char*>("vfprintf"), (void*)&capture_vfprintf},
                         {const_cast<char*>("exit"), (void*)+exit_fn},
                         {const_cast<char*>("abort"), (void*)+abort_fn}};
  JavaVMInitArgs args{JNI_VERSION_1_2, 3, opts, JNI_FALSE};
  ASSERT_EQ(_args.parse(&args, &fake_getenv), JNI_OK);
  EXPECT_EQ(_args.vfprintf_hook(), &capture_vfprintf);
  EXPECT_EQ(_args.exit_hook(), +exit_fn);
  EXPECT_EQ(_args.abort_hook(), +abort_fn);
  EXPECT_TRUE(_args.jvm_args().empty());
}

TEST_F(ArgumentsTest, IgnoreUnrecognized) {
  EXPECT_EQ(parse({"-Xfoo", "-_bar"}, JNI_TRUE), JNI_OK);
  EXPECT_EQ(error_of("-Xfoo"), "Unrecognized option: -Xfoo\n");
  _args = Arguments();
  SetUp();
  EXPECT_EQ(parse({"-XX:+Foo", "-XX:+IgnoreUnrecognizedVMOptions", "-Xfoo", "-foo"}), JNI_OK);
  EXPECT_EQ(g_err, "");
  // Malformed or locked flags are still errors.
  EXPECT_EQ(error_of("-XX:MaxHeapSize"), "Improperly specified VM option 'MaxHeapSize'\n");
  SetUp();
  _args = Arguments();
  EXPECT_NE(parse({"-XX:+IgnoreUnrecognizedVMOptions", "-Xmx1q"}), JNI_OK);
  EXPECT_EQ(g_err, "Invalid maximum heap size: -Xmx1q\n");
}

TEST_F(ArgumentsTest, PrintVMOptionsEchoesFlags) {
  g_env["JAVA_TOOL_OPTIONS"] = "-XX:+UseSerialGC";
  ASSERT_EQ(parse({"-XX:-PrintVMOptions", "-XX:+PrintVMOptions", "-XX:NewRatio=3", "-Xmx8m", "-XX:+NeverTenure"}), JNI_OK);
  EXPECT_EQ(g_out, "VM option '+UseSerialGC'\nVM option '-PrintVMOptions'\nVM option '+PrintVMOptions'\n"
                   "VM option 'NewRatio=3'\nVM option '+NeverTenure'\n");
  SetUp();
  _args = Arguments();
  EXPECT_NE(parse({"-XX:+PrintVMOptions", "-XX:+Foo"}), JNI_OK);  // echoed before it is refused
  EXPECT_EQ(g_out, "VM option '+PrintVMOptions'\nVM option '+Foo'\n");
}

TEST_F(ArgumentsTest, PrintFlagsInitialPrintsDefaultsAndAsksToExit) {
  ASSERT_EQ(parse({"-XX:+UseSerialGC", "-XX:+PrintFlagsInitial", "-Xfoo"}), JNI_OK);
  EXPECT_TRUE(_args.exit_requested());
  EXPECT_EQ(g_out.rfind("[Global flags]\n", 0), 0u);
  EXPECT_NE(g_out.find("     bool UseSerialGC                              = false                                     {product} {default}\n"),
            std::string::npos);
  EXPECT_EQ(g_err, "");
}

TEST_F(ArgumentsTest, OptionsFileMayNotNest) {
  std::string opts = ::testing::TempDir() + "jvmlab_nested.txt";
  std::ofstream(opts) << "-XX:VMOptionsFile=/x\n";
  std::string option = "-XX:VMOptionsFile=" + opts;
  EXPECT_EQ(parse({option.c_str()}), JNI_EINVAL);
  EXPECT_EQ(g_err, "A VM options file may not refer to a VM options file. Specification of "
                   "'-XX:VMOptionsFile=<file-name>' in the options file '" + option +
                   "' in options container 'cmd_line_args' is an error.\n");
  std::remove(opts.c_str());
}

TEST_F(ArgumentsTest, DefaultInitArgsReportTheStackSize) {
  JDK1_1InitArgs a{};
  a.version = JNI_VERSION_1_1;
  EXPECT_EQ(Arguments::get_default_java_vm_init_args(&a), JNI_ERR);  // 1.1 itself is not supported
  EXPECT_EQ(a.version, JNI_VERSION_1_2);
  EXPECT_EQ(a.javaStackSize, 1024 * 1024);
  ASSERT_EQ(parse({"-Xss256k"}), JNI_OK);
  a.version = JNI_VERSION_1_1;
  Arguments::get_default_java_vm_init_args(&a);
  EXPECT_EQ(a.javaStackSize, 256 * 1024);
  JavaVMInitArgs v{JNI_VERSION_1_8, 0, nullptr, JNI_FALSE};
  EXPECT_EQ(Arguments::get_default_java_vm_init_args(&v), JNI_OK);
  // The launcher reads javaStackSize at this offset.
  EXPECT_EQ(offsetof(JDK1_1InitArgs, javaStackSize), 24u);
}
