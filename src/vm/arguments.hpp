// VM argument processing (HotSpot's arguments.cpp): turns the JavaVMInitArgs given to
// JNI_CreateJavaVM, plus JAVA_TOOL_OPTIONS / _JAVA_OPTIONS and -XX:Flags= / -XX:VMOptionsFile=
// files, into -XX flag values (written in place, vm/flags.hpp) and the data kept here.
#pragma once

#include <jni.h>

#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

// A -D system property; the list keeps first-definition order, a later -D replaces the value.
struct SystemProperty {
  std::string key;
  std::string value;
};

// A unified-logging message produced while parsing, before logging exists: the VM prints it once
// -Xlog is configured, as HotSpot does (e.g. "[0.001s][warning][gc] -XX:+PrintGC is deprecated. Will
// use -Xlog:gc instead.").
struct DeferredLogMessage {
  const char* level;  // "warning"
  const char* tags;   // "gc"
  std::string text;
};

// One -ea/-da option with a class or package name (HotSpot's JavaAssertions::OptionList).
// An empty name with package = true is the unnamed package ("-ea:...").
struct AssertionOption {
  std::string name;  // dotted, as given ("com.foo" for "-ea:com.foo...")
  bool enabled;
  bool package;
};

enum class ExecMode : uint8_t { Int, Mixed, Comp };        // -Xint, -Xmixed (default), -Xcomp
enum class ShareMode : uint8_t { Auto, Off, On, Dump };    // -Xshare:
enum class VerifyMode : uint8_t { Remote, All, None };     // -Xverify: (default remote)

// The JNI option hooks ("exit", "abort", "vfprintf" with extraInfo, JNI spec "JavaVMOption").
using ExitHook = void (*)(jint code);
using AbortHook = void (*)();
using VfprintfHook = jint (*)(FILE* fp, const char* format, va_list args);

// JNI 1.1's init-args layout. HotSpot no longer supports it, but JNI_GetDefaultJavaVMInitArgs still
// answers javaStackSize through it: libjli (and the jvmlab launcher) size the main thread with it.
struct JDK1_1InitArgs {
  jint version;
  char** properties;
  jint checkSource;
  jint nativeStackSize;
  jint javaStackSize;
  jint minHeapSize;
  jint maxHeapSize;
  jint verifyMode;
  char* classpath;
  jint (*vfprintf)(FILE* fp, const char* format, va_list args);
  void (*exit)(jint code);
  void (*abort)();
  jint enableClassGC;
  jint enableVerboseGC;
  jint disableAsyncGC;
  jint verbose;
  jboolean debugging;
  jint debugPort;
};

class Arguments {
 public:
  // The VM's own instance: JNI_CreateJavaVM parses into it (Arguments::vm().parse(args)), every
  // subsystem reads it. Tests make their own instances.
  static Arguments& vm();

  // The body of JNI_GetDefaultJavaVMInitArgs as HotSpot has it: JNI_OK for a supported version
  // (1.2, 1.4, 1.6, 1.8, 9, 10), else JNI_ERR; for JNI_VERSION_1_1 it rewrites the version to 1.2
  // and reports ThreadStackSize (in bytes) in javaStackSize.
  static jint get_default_java_vm_init_args(void* args);

  using GetEnvFn = const char* (*)(const char* name);

  // HotSpot's Arguments::parse. Returns JNI_OK, or JNI_EINVAL / JNI_ERR after printing the message
  // HotSpot prints (through the vfprintf hook when given, else to stderr); the launcher then adds
  // "Error: Could not create the Java Virtual Machine.". getenv_fn reads JAVA_TOOL_OPTIONS and
  // _JAVA_OPTIONS (tests pass their own). Call JVMFlag::reset_all_to_defaults() first when parsing
  // twice in one process.
  [[nodiscard]] jint parse(const JavaVMInitArgs* args, GetEnvFn getenv_fn = nullptr);
  // True when an option asks the VM to stop right after parsing, with exit code 0 and its output
  // already printed (-XX:+PrintFlagsInitial). The VM then exits without creating anything.
  bool exit_requested() const { return _exit_requested; }

  // -D properties (and the jdk.module.* ones made from --add-opens & co.), in order.
  const std::vector<SystemProperty>& system_properties() const { return _properties; }
  const char* get_property(std::string_view key) const;  // nullptr when not set
  void set_property(std::string_view key, std::string_view value);  // add or replace

  // Every -Xlog option in order, verbatim ("-Xlog:gc*:file=gc.log"); -verbose:gc, -verbose:class and
  // -verbose:module appear in place as their -Xlog equivalents ("-Xlog:gc",
  // "-Xlog:class+load=info,class+unload=info"); -Xloggc:F, -XX:+PrintGC and -XX:+PrintGCDetails
  // come last, as HotSpot applies them after the rest ("-Xlog:gc:F", "-Xlog:gc*:F", "-Xlog:gc",
  // "-Xlog:gc*").
  const std::vector<std::string>& log_options() const { return _log_options; }
  const std::vector<DeferredLogMessage>& deferred_log_messages() const { return _deferred_log_messages; }

  // The JDK home: -Djava.home= (the jvmlab launcher passes it; not kept as a user property), else
  // $JAVA_HOME, else the compiled-in default. The VM core sets java.home & co. from it.
  const std::string& java_home() const { return _java_home; }
  // -Xbootclasspath/a: entries joined with ':' (empty when none).
  const std::string& boot_class_path_append() const { return _boot_class_path_append; }
  const char* java_command() const { return get_property("sun.java.command"); }  // may be nullptr
  const char* sun_java_launcher() const { return get_property("sun.java.launcher"); }

  // Options as given, for RuntimeMXBean.getInputArguments() and hs_err "jvm_args:" (HotSpot omits
  // -Djava.class.path, -Dsun.java.command and -Dsun.java.launcher; jvmlab also -Djava.home).
  const std::vector<std::string>& jvm_args() const { return _jvm_args; }
  const std::vector<std::string>& jvm_flags() const { return _jvm_flags; }  // from -XX:Flags=

  ExecMode mode() const { return _mode; }
  ShareMode share_mode() const { return _share_mode; }
  VerifyMode verify_mode() const { return _verify_mode; }
  // -Xbatch and -Xnoclassgc set the flags BackgroundCompilation and ClassUnloading, as in HotSpot.
  bool check_jni() const { return _check_jni; }
  bool enable_preview() const { return _enable_preview; }

  // Assertions (-ea/-da/-esa/-dsa) for JVM_AssertionStatusDirectives / JavaAssertions.
  bool user_assertions_default() const { return _user_assertions_default; }
  bool system_assertions_default() const { return _system_assertions_default; }
  const std::vector<AssertionOption>& assertion_options() const { return _assertion_options; }

  // -agentlib:, -agentpath:, -javaagent: as given (accepted, not yet run by jvmlab).
  const std::vector<std::string>& agents() const { return _agents; }

  ExitHook exit_hook() const { return _exit_hook; }
  AbortHook abort_hook() const { return _abort_hook; }
  VfprintfHook vfprintf_hook() const { return _vfprintf_hook; }

  // jio_fprintf(defaultStream::error_stream() / output_stream(), ...): through the vfprintf hook
  // when the embedder gave one.
  void print_error(const char* fmt, ...) const __attribute__((format(printf, 2, 3)));
  void print_output(const char* fmt, ...) const __attribute__((format(printf, 2, 3)));
  // "OpenJDK 64-Bit Server VM warning: ..." (HotSpot's warning()).
  void warning(const char* fmt, ...) const __attribute__((format(printf, 2, 3)));

  // HotSpot's parse_memory_size result, for -Xmx & co.
  enum class ArgsRange : uint8_t { InRange, Unreadable, TooSmall, TooBig };
  static ArgsRange parse_memory_size(const char* s, uint64_t* out, uint64_t min_size,
                                     uint64_t max_size = UINT64_MAX);
  // HotSpot's parse_options_buffer: whitespace-separated tokens, '...' and "..." group.
  // False on an unmatched quote.
  static bool split_options(std::string_view text, std::vector<std::string>* out);

 private:
  enum class Source : uint8_t { CommandLine, EnvironVar };
  struct PendingOption {
    std::string text;
    void* extra_info;
    Source source;
  };

  jint collect_options(const JavaVMInitArgs* args, GetEnvFn getenv_fn, std::vector<PendingOption>* out);
  jint expand_options_file(const char* option, const char* path, std::vector<PendingOption>* out);
  jint parse_each(const PendingOption& option, bool ignore_unrecognized);
  bool process_xx(const char* arg, bool ignore_unrecognized, int origin);
  jint process_settings_file(const char* path, bool ignore_unrecognized);
  jint parse_memory_option(const char* option, const char* tail, uint64_t min, const char* what,
                           uint64_t* out);
  void add_property_option(const char* key_value);
  void add_numbered_property(const char* base, const char* value, int* counter);
  void add_assertion_option(const char* tail, bool enabled);
  void vprint(FILE* stream, const char* fmt, va_list ap) const;
  void handle_deprecated_print_gc_flags();
  void apply_tenuring_options();
  jint check_constraints();

  std::vector<SystemProperty> _properties;
  std::vector<std::string> _log_options;
  std::vector<std::string> _jvm_args;
  std::vector<std::string> _jvm_flags;
  std::vector<AssertionOption> _assertion_options;
  std::vector<std::string> _agents;
  std::string _java_home;
  std::string _boot_class_path_append;
  ExecMode _mode = ExecMode::Mixed;
  ShareMode _share_mode = ShareMode::Auto;
  VerifyMode _verify_mode = VerifyMode::Remote;
  std::string _gc_log_filename;  // -Xloggc:
  bool _ignored_internal_module_property = false;
  bool _exit_requested = false;
  std::vector<DeferredLogMessage> _deferred_log_messages;
  bool _check_jni = false;
  bool _enable_preview = false;
  bool _user_assertions_default = false;
  bool _system_assertions_default = false;
  int _addreads_count = 0, _addexports_count = 0, _addopens_count = 0, _addmods_count = 0,
      _patch_count = 0, _native_access_count = 0;
  ExitHook _exit_hook = nullptr;
  AbortHook _abort_hook = nullptr;
  VfprintfHook _vfprintf_hook = nullptr;
};
