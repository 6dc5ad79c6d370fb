// The launcher's command-line layer (libjli's ParseArguments, args.c), without a VM. The shell
// suite tests/launcher/run compares the same layer with HotSpot's own launcher.
#include <gtest/gtest.h>

#include <map>

#include "launcher/launcherArgs.hpp"

namespace {

bool no_file(const char*) { return false; }
bool any_file(const char*) { return true; }

std::map<std::string, std::string> g_files;
bool fake_read(const char* path, std::string* text) {
  auto it = g_files.find(path);
  if (it == g_files.end()) return false;
  *text = it->second;
  return true;
}

LauncherArgs parse(std::vector<std::string> args, const char* cp = nullptr) {
  return parse_launcher_args(args, cp, parse_jvm_cfg("-server KNOWN\n-client IGNORE\n"), no_file);
}

}  // namespace

TEST(LauncherArgs, ClassModeAddsDefaultClassPathAndCommand) {
  LauncherArgs r = parse({"-Xmx64m", "Hello", "a", "b"});
  EXPECT_EQ(r.mode, LM_CLASS);
  EXPECT_EQ(r.what, "Hello");
  EXPECT_EQ(r.app_args, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(r.vm_options, (std::vector<std::string>{"-Xmx64m", "-Djava.class.path=.", "-Dsun.java.command=Hello a b",
                                                    "-Dsun.java.launcher=SUN_STANDARD"}));
  EXPECT_EQ(r.ret, 0);
  EXPECT_EQ(r.max_heap_size, 64 << 20);
}

TEST(LauncherArgs, ClassPathEnvironmentComesFirst) {
  LauncherArgs r = parse({"-Xint", "Hello"}, "/env");
  EXPECT_EQ(r.vm_options[0], "-Djava.class.path=/env");
  EXPECT_EQ(r.vm_options[1], "-Xint");
  EXPECT_EQ(r.vm_options.size(), 4u);  // no "." default
}

TEST(LauncherArgs, WhiteSpaceOptionsBecomeLongForms) {
  LauncherArgs r = parse({"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-p", "/mp", "--add-modules=java.sql", "M"});
  EXPECT_EQ(r.vm_options[0], "--add-opens=java.base/java.lang=ALL-UNNAMED");
  EXPECT_EQ(r.vm_options[1], "--module-path=/mp");
  EXPECT_EQ(r.vm_options[2], "--add-modules=java.sql");
}

TEST(LauncherArgs, JarModeOverridesClassPath) {
  LauncherArgs r = parse({"-cp", "/a", "-jar", "app.jar", "x"});
  EXPECT_EQ(r.mode, LM_JAR);
  EXPECT_EQ(r.what, "app.jar");
  EXPECT_EQ(r.vm_options, (std::vector<std::string>{"-Djava.class.path=/a", "-Djava.class.path=app.jar",
                                                    "-Dsun.java.command=app.jar x", "-Dsun.java.launcher=SUN_STANDARD"}));
}

TEST(LauncherArgs, ModuleMode) {
  LauncherArgs r = parse({"-m", "mod/pkg.Main", "x"});
  EXPECT_EQ(r.mode, LM_MODULE);
  EXPECT_EQ(r.what, "mod/pkg.Main");
  EXPECT_EQ(r.vm_options[0], "-Djdk.module.main=mod");
  EXPECT_EQ(r.app_args, (std::vector<std::string>{"x"}));
}

TEST(LauncherArgs, SourceFileMode) {
  LauncherArgs r = parse_launcher_args({"Prog.java", "x"}, nullptr, {}, any_file);
  EXPECT_EQ(r.mode, LM_SOURCE);
  EXPECT_EQ(r.what, kSourceLauncherMain);
  EXPECT_EQ(r.app_args, (std::vector<std::string>{"Prog.java", "x"}));
  EXPECT_EQ(r.vm_options[1], "--add-modules=ALL-DEFAULT");
}

TEST(LauncherArgs, VersionStopsParsing) {
  LauncherArgs r = parse({"-cp", "/a", "-version", "Hello"});
  EXPECT_TRUE(r.print_version);
  EXPECT_FALSE(r.print_to_stdout);
  EXPECT_FALSE(r.has_what);
  EXPECT_EQ(r.vm_options, (std::vector<std::string>{"-Djava.class.path=/a", "-Dsun.java.launcher=SUN_STANDARD"}));
  EXPECT_TRUE(parse({"--version"}).print_to_stdout);
  EXPECT_TRUE(parse({"-showversion", "X"}).show_version);
  EXPECT_EQ(parse({"-help"}).help, HelpKind::Full);
  EXPECT_EQ(parse({"-X"}).help, HelpKind::Extra);
  EXPECT_EQ(parse({"-help"}).ret, 0);
}

TEST(LauncherArgs, MissingMainClassMeansUsageAndExitOne) {
  LauncherArgs r = parse({"-Xint"});
  EXPECT_FALSE(r.has_what);
  EXPECT_EQ(r.ret, 1);
  EXPECT_FALSE(r.exit_now);  // the usage text comes from the VM (LauncherHelper)
  EXPECT_EQ(parse({"--list-modules"}).ret, 0);
}

TEST(LauncherArgs, MissingOptionArgumentsAreReported) {
  const std::pair<const char*, const char*> cases[] = {
    {"-cp", "Error: -cp requires class path specification\n"},
    {"--class-path", "Error: --class-path requires class path specification\n"},
    {"-m", "Error: -m requires module name\n"},
    {"-p", "Error: -p requires module path specification\n"},
    {"--add-modules", "Error: --add-modules requires modules to be specified\n"},
    {"--add-opens", "Error: --add-opens requires modules to be specified\n"},
    {"--source", "Error: --source requires source version\n"},
    {"-d", "Error: -d requires module name\n"},
  };
  for (const auto& [opt, msg] : cases) {
    LauncherArgs r = parse({opt});
    EXPECT_EQ(r.err, msg) << opt;
    EXPECT_TRUE(r.exit_now) << opt;
    EXPECT_EQ(r.ret, 1) << opt;
  }
  // An option's value may not start with '-'.
  EXPECT_EQ(parse({"-cp", "-x", "Hello"}).err, "Error: -cp requires class path specification\n");
  // -jar without a file: message, then the usage (through the VM), exit 1.
  LauncherArgs r = parse({"-jar"});
  EXPECT_EQ(r.err, "Error: -jar requires jar file specification\n");
  EXPECT_TRUE(r.usage_on_error);
  EXPECT_FALSE(r.exit_now);
  EXPECT_EQ(r.ret, 1);
}

TEST(LauncherArgs, OldFormsAndVmSelection) {
  LauncherArgs r = parse({"-server", "-client", "-verbosegc", "-ms16m", "-noverify", "Hello"});
  EXPECT_EQ(r.vm_options[0], "-verbose:gc");
  EXPECT_EQ(r.vm_options[1], "-Xms16m");
  EXPECT_EQ(r.vm_options[2], "-Xverify:none");
  EXPECT_EQ(r.initial_heap_size, 16 << 20);
}

TEST(LauncherArgs, JdkOptionComesFirst) {
  LauncherArgs r = parse({"--jdk", "/opt/jdk", "Hello"});
  EXPECT_EQ(r.jdk, "/opt/jdk");
  EXPECT_EQ(r.what, "Hello");
  EXPECT_EQ(parse({"--jdk=/j", "Hello"}).jdk, "/j");
  EXPECT_EQ(parse({"--jdk"}).err, "Error: --jdk requires a JDK directory\n");
}

TEST(LauncherArgs, StackSizeTracking) {
  EXPECT_EQ(parse({"-Xss512k", "X"}).thread_stack_size, 512 * 1024);
  EXPECT_EQ(parse({"-Xss1k", "X"}).thread_stack_size, 64 * 1024);  // libjli's minimum
  EXPECT_EQ(parse({"-Xss0", "X"}).thread_stack_size, 0);
  EXPECT_EQ(parse({"-Xss1q", "X"}).thread_stack_size, 0);            // left to the VM to reject
}

TEST(LauncherArgs, ParseSize) {
  int64_t v = 0;
  EXPECT_TRUE(launcher_parse_size("1m", &v)); EXPECT_EQ(v, 1 << 20);
  EXPECT_TRUE(launcher_parse_size("2G", &v)); EXPECT_EQ(v, 2LL << 30);
  EXPECT_TRUE(launcher_parse_size("100", &v)); EXPECT_EQ(v, 100);
  EXPECT_FALSE(launcher_parse_size("1mb", &v));
  EXPECT_FALSE(launcher_parse_size("x", &v));
}

TEST(LauncherArgs, JvmCfg) {
  auto vms = parse_jvm_cfg("# comment\n-server KNOWN\n-client IGNORE\n\n-zero KNOWN\n");
  ASSERT_EQ(vms.size(), 3u);
  EXPECT_EQ(vms[0].name, "-server");
  EXPECT_EQ(vms[1].flag, "IGNORE");
}

TEST(LauncherArgs, EnvironmentAndArgFiles) {
  g_files["opts"] = "-Dx=1 # comment\n-cp \"/a b\"\n";
  std::vector<std::string> out;
  std::string err;
  ASSERT_TRUE(expand_launcher_args({"java", "@opts", "Main", "@notexpanded"}, "-Xint", &out, &err, fake_read));
  EXPECT_EQ(out, (std::vector<std::string>{"java", "-Xint", "-Dx=1", "-cp", "/a b", "Main", "@notexpanded"}));
  EXPECT_EQ(err, "NOTE: Picked up JDK_JAVA_OPTIONS: -Xint\n");
  out.clear();
  err.clear();
  EXPECT_TRUE(expand_launcher_args({"java", "@@x"}, nullptr, &out, &err, fake_read));
  EXPECT_EQ(out[1], "@x");
  EXPECT_FALSE(expand_launcher_args({"java", "@missing"}, nullptr, &out, &err, fake_read));
  EXPECT_EQ(err, "Error: could not open `missing'\n");
  err.clear();
  EXPECT_FALSE(expand_launcher_args({"java"}, "Main", &out, &err, fake_read));
  EXPECT_EQ(err, "NOTE: Picked up JDK_JAVA_OPTIONS: Main\nError: Cannot specify main class in environment variable JDK_JAVA_OPTIONS\n");
  err.clear();
  g_files["withmain"] = "-cp /c Main arg";
  g_files["cp"] = "-Xint -cp";
  ASSERT_TRUE(expand_launcher_args({"java", "@withmain", "@opts"}, nullptr, &out, &err, fake_read));
  EXPECT_EQ(out, (std::vector<std::string>{"java", "-cp", "/c", "Main", "arg", "@opts"}));  // after the main class
  // An @ argument is expanded even as an option's value (libjli: "java -cp @f" reads f).
  ASSERT_TRUE(expand_launcher_args({"java", "@cp", "@opts", "Main"}, nullptr, &out, &err, fake_read));
  EXPECT_EQ(out, (std::vector<std::string>{"java", "-Xint", "-cp", "-Dx=1", "-cp", "/a b", "Main"}));
  // A white-space option's value is not the main class.
  ASSERT_TRUE(expand_launcher_args({"java", "-cp", "x", "@opts", "Main"}, nullptr, &out, &err, fake_read));
  EXPECT_EQ(out, (std::vector<std::string>{"java", "-cp", "x", "-Dx=1", "-cp", "/a b", "Main"}));
  ASSERT_TRUE(expand_launcher_args({"jvmlab", "--jdk", "/j", "Main"}, "-Xint", &out, &err, fake_read));
  EXPECT_EQ(out, (std::vector<std::string>{"jvmlab", "--jdk", "/j", "-Xint", "Main"}));  // --jdk stays first
  err.clear();
  EXPECT_FALSE(expand_launcher_args({"java"}, "-version", &out, &err, fake_read));
  EXPECT_EQ(err, "NOTE: Picked up JDK_JAVA_OPTIONS: -version\nError: Option -version is not allowed in environment variable JDK_JAVA_OPTIONS\n");
}

TEST(LauncherArgs, ClassPathWildcards) {
  std::string dir = ::testing::TempDir() + "jvmlab_wild";
  std::string cmd = "rm -rf " + dir + " && mkdir -p " + dir + "/empty && touch " + dir + "/a.jar " + dir + "/b.JAR " + dir +
                    "/c.Jar " + dir + "/d.txt";
  ASSERT_EQ(system(cmd.c_str()), 0);
  std::string out = expand_class_path_wildcards(dir + "/*:x:" + dir + "/empty/*");
  // Directory order is the file system's: check the parts.
  EXPECT_NE(out.find(dir + "/a.jar"), std::string::npos);
  EXPECT_NE(out.find(dir + "/b.JAR"), std::string::npos);
  EXPECT_EQ(out.find("c.Jar"), std::string::npos);
  EXPECT_EQ(out.find("d.txt"), std::string::npos);
  EXPECT_NE(out.find(":x:" + dir + "/empty/*"), std::string::npos);  // no jars: kept as written
  EXPECT_EQ(expand_class_path_wildcards("/a:/b"), "/a:/b");
  EXPECT_EQ(expand_class_path_wildcards(""), "");
  EXPECT_EQ(expand_class_path_wildcards("/nonexistent/*"), "/nonexistent/*");
  EXPECT_EQ(system(("rm -rf " + dir).c_str()), 0);
}
