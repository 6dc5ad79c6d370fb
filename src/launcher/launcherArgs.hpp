// The java command line as libjli reads it (java.c ParseArguments, args.c): which options go to
// the VM, in which order, the launch mode and main entry, and the launcher's own switches. Pure
// (no JNI, no output): errors come back as text so that tests can check them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// libjli's LaunchMode; LauncherHelper.checkAndLoadMain takes the same numbers.
enum LaunchMode : int { LM_UNKNOWN = 0, LM_CLASS = 1, LM_JAR = 2, LM_MODULE = 3, LM_SOURCE = 4 };

enum class HelpKind : uint8_t { None, Full, Extra };  // -help / -X

// The source launcher's entry point (java Foo.java), as libjli names it.
constexpr const char* kSourceLauncherMain = "jdk.compiler/com.sun.tools.javac.launcher.Main";

struct LauncherArgs {
  std::string jdk;                       // --jdk DIR (jvmlab), empty when not given
  std::vector<std::string> vm_options;   // JavaVMOption strings, in libjli's order
  int mode = LM_UNKNOWN;
  std::string what;                      // main class, jar, module[/class]; empty when none
  bool has_what = false;
  std::vector<std::string> app_args;     // arguments for main(String[])
  bool print_version = false;            // -version / --version: print and exit
  bool show_version = false;             // -showversion / --show-version: print and continue
  bool print_to_stdout = false;          // the "--" forms print to stdout (libjli's printTo)
  HelpKind help = HelpKind::None;
  bool usage_on_error = false;           // print the usage text (needs the VM) after `err`
  std::string show_settings;             // -XshowSettings[:...]
  bool dry_run = false, list_modules = false, show_resolved_modules = false, validate_modules = false;
  bool has_describe_module = false;
  std::string describe_module;
  bool dump_shared_spaces = false;
  int64_t thread_stack_size = 0;         // from -Xss (0 = ask the VM), as libjli's AddOption tracks it
  int64_t max_heap_size = 0, initial_heap_size = 0;  // -Xmx, -Xms for -XshowSettings
  int ret = 0;                           // libjli's *pret: exit code unless the VM run fails
  bool exit_now = false;                 // exit with `ret` without creating a VM
  bool fullversion = false, full_version_stdout = false;  // -fullversion / --full-version
  std::string err;                       // text for stderr, printed before anything else
};

// Known VM names from the JDK's lib/jvm.cfg ("-server KNOWN"...); options naming one are dropped.
struct KnownVM {
  std::string name;  // "-server"
  std::string flag;  // "KNOWN", "IGNORE", "ALIASED_TO", "WARN", "ERROR"
};

// Parses argv (argv[0] excluded) after @argfile and JDK_JAVA_OPTIONS expansion. classpath_env is
// $CLASSPATH (nullptr when unset). is_file reports whether a path names an existing file (the
// source-file mode check).
LauncherArgs parse_launcher_args(const std::vector<std::string>& args, const char* classpath_env,
                                 const std::vector<KnownVM>& known_vms, bool (*is_file)(const char*));

// libjli's class-path wildcards: an element "*" or "dir/*" becomes the dir's *.jar and *.JAR files,
// in directory order; an element without any stays as written.
std::string expand_class_path_wildcards(const std::string& class_path);

// libjli's parse_size (for -Xss/-Xmx/-Xms): digits and one k/m/g/t suffix. False when malformed.
bool launcher_parse_size(const char* s, int64_t* result);

// JDK_JAVA_OPTIONS and @argfiles (args.c). Prepends the variable's options after argv[0] and
// expands @file arguments (until the main class). Returns false with `err` set on error; adds the
// "NOTE: Picked up JDK_JAVA_OPTIONS: ..." line to `err` too (libjli prints it to stderr).
bool expand_launcher_args(const std::vector<std::string>& argv, const char* jdk_java_options,
                          std::vector<std::string>* out, std::string* err,
                          bool (*read_file)(const char* path, std::string* text));

// Reads lib/jvm.cfg text into known VMs.
std::vector<KnownVM> parse_jvm_cfg(const std::string& text);
