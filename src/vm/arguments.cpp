// VM argument processing, HotSpot 17's order and messages: JAVA_TOOL_OPTIONS, the JNI options
// (with -XX:VMOptionsFile= expanded in place), then _JAVA_OPTIONS; -XX:Flags= files first of all.
// Messages are HotSpot's, printed where HotSpot prints them (error stream, through the vfprintf hook).
#include "vm/arguments.hpp"

#include <cstdarg>
#include <cstdlib>
#include <cstring>

#include "vm/flags.hpp"
#include "vm/globals.hpp"

#ifndef JVMLAB_DEFAULT_JDK
#define JVMLAB_DEFAULT_JDK "/usr/lib/jvm/java-17-openjdk-amd64"
#endif

namespace {

// HotSpot's match_option: option starts with name; *tail = the rest.
bool match_option(const char* option, const char* name, const char** tail) {
  size_t len = strlen(name);
  if (strncmp(option, name, len) != 0) return false;
  *tail = option + len;
  return true;
}

bool read_file(const char* path, std::string* out) {
  FILE* f = fopen(path, "r");
  if (f == nullptr) return false;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  fclose(f);
  return true;
}

constexpr const char* kVmName = "OpenJDK 64-Bit Server VM";  // java.vm.name, as HotSpot's warnings

}  // namespace

// ---- output -------------------------------------------------------------------------------------

void Arguments::vprint(FILE* stream, const char* fmt, va_list ap) const {
  if (_vfprintf_hook != nullptr) {
    _vfprintf_hook(stream, fmt, ap);
  } else {
    vfprintf(stream, fmt, ap);
  }
}

void Arguments::print_error(const char* fmt, ...) const {
  va_list ap;
  va_start(ap, fmt);
  vprint(stderr, fmt, ap);
  va_end(ap);
}

void Arguments::print_output(const char* fmt, ...) const {
  va_list ap;
  va_start(ap, fmt);
  vprint(stdout, fmt, ap);
  va_end(ap);
}

void Arguments::warning(const char* fmt, ...) const {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  print_error("%s warning: %s\n", kVmName, buf);
}

Arguments& Arguments::vm() {
  static Arguments instance;
  return instance;
}

// ---- JNI_GetDefaultJavaVMInitArgs ----------------------------------------------------------------

jint Arguments::get_default_java_vm_init_args(void* p) {
  JDK1_1InitArgs* args = static_cast<JDK1_1InitArgs*>(p);
  jint v = args->version;
  jint ret = (v == JNI_VERSION_1_2 || v == JNI_VERSION_1_4 || v == JNI_VERSION_1_6 || v == JNI_VERSION_1_8 ||
              v == JNI_VERSION_9 || v == JNI_VERSION_10) ? JNI_OK : JNI_ERR;
  if (v == JNI_VERSION_1_1) {
    args->version = JNI_VERSION_1_2;
    args->javaStackSize = (jint)(ThreadStackSize * (intx)K);
  }
  return ret;
}

// ---- properties ---------------------------------------------------------------------------------

const char* Arguments::get_property(std::string_view key) const {
  for (const SystemProperty& p : _properties) {
    if (p.key == key) return p.value.c_str();
  }
  return nullptr;
}

void Arguments::set_property(std::string_view key, std::string_view value) {
  for (SystemProperty& p : _properties) {
    if (p.key == key) {
      p.value = value;
      return;
    }
  }
  _properties.push_back({std::string(key), std::string(value)});
}

// -Dkey=value; "-Dkey" alone is the empty value (HotSpot's add_property).
// The jdk.module.* properties the VM itself makes from --add-opens & co. (HotSpot's
// is_internal_module_property): a user's -D for one is ignored, with a warning.
static bool is_internal_module_property(std::string_view key) {
  constexpr std::string_view prefix = "jdk.module.";
  if (key.substr(0, prefix.size()) != prefix) return false;
  std::string_view rest = key.substr(prefix.size());
  for (std::string_view name : {"addexports", "addopens", "addreads", "patch", "addmods", "limitmods", "path",
                                "upgrade.path", "enable.native.access"}) {
    if (rest.substr(0, name.size()) == name && (rest.size() == name.size() || rest[name.size()] == '.')) return true;
  }
  return false;
}

void Arguments::add_property_option(const char* key_value) {
  const char* eq = strchr(key_value, '=');
  std::string_view key = eq ? std::string_view(key_value, eq - key_value) : std::string_view(key_value);
  std::string_view value = eq ? std::string_view(eq + 1) : std::string_view();
  if (key == "java.home") {  // jvmlab: the JDK to host; the VM core sets java.home from it
    _java_home = value;
    return;
  }
  if (is_internal_module_property(key)) {
    _ignored_internal_module_property = true;
    return;
  }
  set_property(key, value);
}

// --add-opens=X → jdk.module.addopens.<n>=X (HotSpot's create_numbered_module_property).
void Arguments::add_numbered_property(const char* base, const char* value, int* counter) {
  std::string key = std::string(base) + "." + std::to_string((*counter)++);
  set_property(key, value);
}

// ---- helpers ------------------------------------------------------------------------------------

Arguments::ArgsRange Arguments::parse_memory_size(const char* s, uint64_t* out, uint64_t min_size,
                                                  uint64_t max_size) {
  if (!atojulong(s, out)) return ArgsRange::Unreadable;
  if (*out < min_size) return ArgsRange::TooSmall;
  if (*out > max_size) return ArgsRange::TooBig;
  return ArgsRange::InRange;
}

bool Arguments::split_options(std::string_view text, std::vector<std::string>* out) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && isspace((unsigned char)text[i])) i++;
    if (i >= text.size()) break;
    std::string token;
    while (i < text.size() && !isspace((unsigned char)text[i])) {
      char c = text[i];
      if (c == '\'' || c == '"') {
        size_t close = text.find(c, i + 1);
        if (close == std::string_view::npos) return false;
        token.append(text.substr(i + 1, close - i - 1));
        i = close + 1;
      } else {
        token.push_back(c);
        i++;
      }
    }
    out->push_back(std::move(token));
  }
  return true;
}

// "-Xmx64m": parses the size or prints "Invalid <what>: <option>" (plus the too-big line).
jint Arguments::parse_memory_option(const char* option, const char* tail, uint64_t min,
                                    const char* what, uint64_t* out) {
  ArgsRange r = parse_memory_size(tail, out, min);
  if (r == ArgsRange::InRange) return JNI_OK;
  print_error("Invalid %s: %s\n", what, option);
  if (r == ArgsRange::TooBig) print_error("The specified size exceeds the maximum representable size.\n");
  return JNI_EINVAL;
}

void Arguments::add_assertion_option(const char* tail, bool enabled) {
  std::string name(tail);
  bool package = false;
  if (name.size() >= 3 && name.compare(name.size() - 3, 3, "...") == 0) {
    package = true;
    name.resize(name.size() - 3);
  }
  _assertion_options.push_back({name, enabled, package});
}

// ---- -XX: ---------------------------------------------------------------------------------------

// HotSpot's Arguments::process_argument: arg is the text after "-XX:" ("+Name", "-Name",
// "Name=value"); origin is a JVMFlagOrigin. Prints HotSpot's message on failure.
bool Arguments::process_xx(const char* arg, bool ignore_unrecognized, int origin_int) {
  JVMFlagOrigin origin = static_cast<JVMFlagOrigin>(origin_int);
  bool has_plus_minus = (*arg == '+' || *arg == '-');
  const char* argname = has_plus_minus ? arg + 1 : arg;
  const char* eq = strchr(argname, '=');
  std::string_view name = eq ? std::string_view(argname, eq - argname) : std::string_view(argname);
  JVMFlag* flag = JVMFlag::find(name);

  bool locked = flag != nullptr && flag->is_locked();
  if (flag != nullptr && !locked && flag->deprecated_in() != nullptr) {
    warning("Option %s was deprecated in version %s and will likely be removed in a future release.", flag->name(),
            flag->deprecated_in());
  }
  if (flag != nullptr && !locked) {
    std::string range_message;
    JVMFlagError err = JVMFlagError::WrongFormat;
    if (has_plus_minus && eq == nullptr && flag->is_bool()) {
      err = flag->set_bool(*arg == '+', origin);
    } else if (!has_plus_minus && eq != nullptr && !flag->is_bool()) {
      err = flag->set_from_value_string(eq + 1, origin, &range_message);
    }
    if (err == JVMFlagError::Success) {
      return true;
    }
    if (!range_message.empty()) print_error("%s", range_message.c_str());
  }

  if (flag == nullptr) {
    if (ignore_unrecognized) return true;
    print_error("Unrecognized VM option '%s'\n", argname);
    if (JVMFlag* near = JVMFlag::fuzzy_match(name)) {
      print_error("Did you mean '%s%s%s'? ", near->is_bool() ? "(+/-)" : "", near->name(),
                  near->is_bool() ? "" : "=<value>");
    }
    return false;
  }
  if (locked) {
    if (flag->is_diagnostic()) {
      print_error("Error: VM option '%s' is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions.\n",
                  flag->name());
      print_error("Error: The unlock option must precede '%s'.\n", flag->name());
    } else {
      print_error("Error: VM option '%s' is experimental and must be enabled via -XX:+UnlockExperimentalVMOptions.\n",
                  flag->name());
      print_error("Error: The unlock option must precede '%s'.\n", flag->name());
    }
    return false;
  }
  if (flag->is_bool() && !has_plus_minus) {
    print_error("Missing +/- setting for VM option '%s'\n", argname);
  } else if (!flag->is_bool() && has_plus_minus) {
    print_error("Unexpected +/- setting in VM option '%s'\n", argname);
  } else {
    print_error("Improperly specified VM option '%s'\n", argname);
  }
  return false;
}

// -XX:Flags=<file>: one "+Name" / "-Name" / "Name=value" per token; '#' starts a comment line.
jint Arguments::process_settings_file(const char* path, bool ignore_unrecognized) {
  std::string text;
  if (!read_file(path, &text)) {
    print_error("Could not open settings file %s\n", path);
    return JNI_EINVAL;
  }
  std::string filtered;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] != '#') filtered += line + "\n";
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  std::vector<std::string> tokens;
  if (!split_options(filtered, &tokens)) {
    print_error("Unmatched quote in %s\n", path);
    return JNI_EINVAL;
  }
  for (const std::string& t : tokens) {
    _jvm_flags.push_back(t);
    if (PrintVMOptions) print_output("VM option '%s'\n", t.c_str());
    if (!process_xx(t.c_str(), ignore_unrecognized, (int)JVMFlagOrigin::ConfigFile)) return JNI_EINVAL;
  }
  return JNI_OK;
}

// ---- collecting the options ---------------------------------------------------------------------

jint Arguments::expand_options_file(const char* option, const char* path, std::vector<PendingOption>* out) {
  std::string text;
  if (!read_file(path, &text)) {
    print_error("Could not open options file '%s'\n", path);
    return JNI_ERR;
  }
  std::vector<std::string> tokens;
  if (!split_options(text, &tokens)) {
    print_error("Unmatched quote in %s\n", path);
    return JNI_ERR;
  }
  for (std::string& t : tokens) {
    const char* tail;
    if (match_option(t.c_str(), "-XX:VMOptionsFile=", &tail)) {
      print_error("A VM options file may not refer to a VM options file. Specification of "
                  "'-XX:VMOptionsFile=<file-name>' in the options file '%s' in options container '%s' is an error.\n",
                  option, "cmd_line_args");
      return JNI_EINVAL;
    }
    out->push_back({std::move(t), nullptr, Source::CommandLine});
  }
  return JNI_OK;
}

jint Arguments::collect_options(const JavaVMInitArgs* args, GetEnvFn getenv_fn,
                                std::vector<PendingOption>* out) {
  std::vector<std::string> tool, java_options;
  const char* tool_env = getenv_fn("JAVA_TOOL_OPTIONS");
  if (tool_env != nullptr) {
    print_error("Picked up JAVA_TOOL_OPTIONS: %s\n", tool_env);
    if (!split_options(tool_env, &tool)) {
      print_error("Unmatched quote in JAVA_TOOL_OPTIONS\n");
      return JNI_ERR;
    }
  }
  const char* java_env = getenv_fn("_JAVA_OPTIONS");
  if (java_env != nullptr) {
    print_error("Picked up _JAVA_OPTIONS: %s\n", java_env);
    if (!split_options(java_env, &java_options)) {
      print_error("Unmatched quote in _JAVA_OPTIONS\n");
      return JNI_ERR;
    }
  }
  for (std::string& t : tool) out->push_back({std::move(t), nullptr, Source::EnvironVar});
  for (int i = 0; args != nullptr && i < args->nOptions; i++) {
    const JavaVMOption& o = args->options[i];
    if (o.optionString == nullptr) continue;
    const char* tail;
    if (match_option(o.optionString, "-XX:VMOptionsFile=", &tail)) {
      jint rc = expand_options_file(o.optionString, tail, out);
      if (rc != JNI_OK) return rc;
      continue;
    }
    out->push_back({o.optionString, o.extraInfo, Source::CommandLine});
  }
  for (std::string& t : java_options) out->push_back({std::move(t), nullptr, Source::EnvironVar});
  return JNI_OK;
}

// ---- the main loop ------------------------------------------------------------------------------

jint Arguments::parse(const JavaVMInitArgs* args, GetEnvFn getenv_fn) {
  if (getenv_fn == nullptr) getenv_fn = [](const char* n) -> const char* { return ::getenv(n); };
  // The hooks first, so that every message goes where the embedder wants it.
  for (int i = 0; args != nullptr && i < args->nOptions; i++) {
    const JavaVMOption& o = args->options[i];
    if (o.optionString == nullptr) continue;
    if (strcmp(o.optionString, "vfprintf") == 0) _vfprintf_hook = reinterpret_cast<VfprintfHook>(o.extraInfo);
    if (strcmp(o.optionString, "exit") == 0) _exit_hook = reinterpret_cast<ExitHook>(o.extraInfo);
    if (strcmp(o.optionString, "abort") == 0) _abort_hook = reinterpret_cast<AbortHook>(o.extraInfo);
  }

  std::vector<PendingOption> options;
  jint rc = collect_options(args, getenv_fn, &options);
  if (rc != JNI_OK) return rc;

  // Options that act before all others, wherever they are (HotSpot's pre-scan in Arguments::parse).
  const char* flags_file = nullptr;
  for (const PendingOption& o : options) {
    const char* tail;
    if (match_option(o.text.c_str(), "-XX:Flags=", &tail)) flags_file = tail;
    if (o.text == "-XX:+PrintVMOptions") PrintVMOptions = true;
    if (o.text == "-XX:-PrintVMOptions") PrintVMOptions = false;
    if (o.text == "-XX:+IgnoreUnrecognizedVMOptions") IgnoreUnrecognizedVMOptions = true;
    if (o.text == "-XX:-IgnoreUnrecognizedVMOptions") IgnoreUnrecognizedVMOptions = false;
    if (o.text == "-XX:+PrintFlagsInitial") {
      // The defaults, then the VM exits with 0 (HotSpot's vm_exit(0) in Arguments::parse).
      print_output("%s", JVMFlag::print_flags_final().c_str());
      _exit_requested = true;
      return JNI_OK;
    }
  }
  bool ignore_xx = IgnoreUnrecognizedVMOptions;
  if (flags_file != nullptr) {
    rc = process_settings_file(flags_file, ignore_xx);
    if (rc != JNI_OK) return rc;
  }

  // -XX:+PrintVMOptions echoes every -XX: option, from all sources, before any is applied.
  if (PrintVMOptions) {
    for (const PendingOption& o : options) {
      const char* tail;
      if (match_option(o.text.c_str(), "-XX:", &tail)) print_output("VM option '%s'\n", tail);
    }
  }
  // Unknown options are skipped when the embedder asks (JavaVMInitArgs.ignoreUnrecognized) or with
  // -XX:+IgnoreUnrecognizedVMOptions, which HotSpot turns into the same thing.
  bool ignore = (args != nullptr && args->ignoreUnrecognized == JNI_TRUE) || IgnoreUnrecognizedVMOptions;
  for (const PendingOption& o : options) {
    rc = parse_each(o, ignore);
    if (rc != JNI_OK) return rc;
  }

  if (_ignored_internal_module_property) {
    warning("Ignoring system property options whose names match the '-Djdk.module.*'. names that are reserved for "
            "internal use.");
  }
  // Directories of the pre-module JDK: refused (HotSpot's check_endorsed_and_extensions_directories, on stdout).
  if (const char* dirs = get_property("java.ext.dirs")) {
    print_output("-Djava.ext.dirs=%s is not supported.  Use -classpath instead.\n", dirs);
    return JNI_ERR;
  }
  if (const char* dirs = get_property("java.endorsed.dirs")) {
    print_output("-Djava.endorsed.dirs=%s is not supported. Endorsed standards and standalone APIs\n"
                 "in modular form will be supported via the concept of upgradeable modules.\n", dirs);
    return JNI_ERR;
  }
  handle_deprecated_print_gc_flags();
  apply_tenuring_options();
  rc = check_constraints();
  if (rc != JNI_OK) return rc;
  if (_java_home.empty()) {
    const char* env = getenv_fn("JAVA_HOME");
    _java_home = (env != nullptr && *env != '\0') ? env : JVMLAB_DEFAULT_JDK;
  }
  return JNI_OK;
}

// HotSpot's flag constraints that need no ergonomics, checked once all options are in (every
// failing one is reported, in flag-table order). Those that depend on the heap's sizing
// (SurvivorRatio's maximum, MinTLABSize's reserve, SoftRefLRUPolicyMSPerMB) are the VM's.
jint Arguments::check_constraints() {
  bool ok = true;
  auto uintx_of = [](const char* name) { return JVMFlag::find(name)->get_unsigned(); };
  uint64_t min_heap = uintx_of("MinHeapFreeRatio"), max_heap = uintx_of("MaxHeapFreeRatio");
  if (min_heap > max_heap) {
    print_error("MinHeapFreeRatio (%lu) must be less than or equal to MaxHeapFreeRatio (%lu)\n", min_heap, max_heap);
    print_error("MaxHeapFreeRatio (%lu) must be greater than or equal to MinHeapFreeRatio (%lu)\n", max_heap, min_heap);
    ok = false;
  }
  uint64_t min_meta = uintx_of("MinMetaspaceFreeRatio"), max_meta = uintx_of("MaxMetaspaceFreeRatio");
  if (min_meta > max_meta) {
    print_error("MaxMetaspaceFreeRatio (%lu) must be greater than or equal to MinMetaspaceFreeRatio (%lu)\n", max_meta, min_meta);
    print_error("MinMetaspaceFreeRatio (%lu) must be less than or equal to MaxMetaspaceFreeRatio (%lu)\n", min_meta, max_meta);
    ok = false;
  }
  return ok ? JNI_OK : JNI_EINVAL;
}

// After all options: -XX:+NeverTenure means a threshold no age reaches, -XX:+AlwaysTenure zero
// (both recorded as command-line values, as HotSpot shows them).
void Arguments::apply_tenuring_options() {
  if (NeverTenure) {
    JVMFlag::find("MaxTenuringThreshold")->set_unsigned(16, JVMFlagOrigin::CommandLine);  // markWord::max_age + 1
  } else if (AlwaysTenure) {
    JVMFlag::find("MaxTenuringThreshold")->set_unsigned(0, JVMFlagOrigin::CommandLine);
  }
}

// HotSpot's handle_deprecated_print_gc_flags: -XX:+PrintGC / -XX:+PrintGCDetails / -Xloggc:F become
// -Xlog configurations, after all the -Xlog options.
void Arguments::handle_deprecated_print_gc_flags() {
  bool print_gc = JVMFlag::find("PrintGC")->get_bool();
  bool print_gc_details = JVMFlag::find("PrintGCDetails")->get_bool();
  if (print_gc) _deferred_log_messages.push_back({"warning", "gc", "-XX:+PrintGC is deprecated. Will use -Xlog:gc instead."});
  if (print_gc_details) {
    _deferred_log_messages.push_back({"warning", "gc", "-XX:+PrintGCDetails is deprecated. Will use -Xlog:gc* instead."});
  }
  if (!_gc_log_filename.empty()) {
    _log_options.push_back(std::string(print_gc_details ? "-Xlog:gc*:" : "-Xlog:gc:") + _gc_log_filename);
  } else if (print_gc || print_gc_details) {
    _log_options.push_back(print_gc_details ? "-Xlog:gc*" : "-Xlog:gc");
  }
}

// One option (HotSpot's parse_each_vm_init_arg). JNI_OK, or an error code after the message.
jint Arguments::parse_each(const PendingOption& po, bool ignore_unrecognized) {
  const char* option = po.text.c_str();
  const char* tail = nullptr;
  int origin = (int)(po.source == Source::EnvironVar ? JVMFlagOrigin::EnvironVar : JVMFlagOrigin::CommandLine);

  // The JNI hooks were taken in parse(); they are not options.
  if (strcmp(option, "vfprintf") == 0 || strcmp(option, "exit") == 0 || strcmp(option, "abort") == 0) {
    return JNI_OK;
  }
  if (!match_option(option, "-Djava.class.path", &tail) && !match_option(option, "-Dsun.java.command", &tail) &&
      !match_option(option, "-Dsun.java.launcher", &tail) && !match_option(option, "-Djava.home=", &tail)) {
    _jvm_args.push_back(po.text);
  }

  // -verbose[:class|:module|:gc|:jni]; other sub-options are accepted and do nothing.
  if (match_option(option, "-verbose", &tail)) {
    if (strcmp(tail, ":class") == 0 || *tail == '\0') {
      _log_options.push_back("-Xlog:class+load=info,class+unload=info");
    } else if (strcmp(tail, ":module") == 0) {
      _log_options.push_back("-Xlog:module+load=info,module+unload=info");
    } else if (strcmp(tail, ":gc") == 0) {
      _log_options.push_back("-Xlog:gc");
    }
    return JNI_OK;
  }
  // Assertions: -ea[:name] -da[:name] -esa -dsa and the long forms.
  for (const char* name : {"-ea", "-enableassertions", "-da", "-disableassertions"}) {
    if (match_option(option, name, &tail) && (*tail == '\0' || *tail == ':')) {
      bool enable = name[1] == 'e';
      if (*tail == '\0') {
        _user_assertions_default = enable;
      } else {
        add_assertion_option(tail + 1, enable);
      }
      return JNI_OK;
    }
  }
  if (strcmp(option, "-esa") == 0 || strcmp(option, "-enablesystemassertions") == 0) {
    _system_assertions_default = true;
    return JNI_OK;
  }
  if (strcmp(option, "-dsa") == 0 || strcmp(option, "-disablesystemassertions") == 0) {
    _system_assertions_default = false;
    return JNI_OK;
  }
  // Module-system options, as numbered jdk.module.* properties for the JDK's ModuleBootstrap.
  struct ModuleOption { const char* option; const char* property; int* counter; };
  const ModuleOption module_options[] = {
    {"--add-reads=", "jdk.module.addreads", &_addreads_count},
    {"--add-exports=", "jdk.module.addexports", &_addexports_count},
    {"--add-opens=", "jdk.module.addopens", &_addopens_count},
    {"--add-modules=", "jdk.module.addmods", &_addmods_count},
    {"--enable-native-access=", "jdk.module.enable.native.access", &_native_access_count},
    {"--limit-modules=", "jdk.module.limitmods", nullptr},
    {"--module-path=", "jdk.module.path", nullptr},
    {"--upgrade-module-path=", "jdk.module.upgrade.path", nullptr},
  };
  for (const ModuleOption& m : module_options) {
    if (match_option(option, m.option, &tail)) {
      if (m.counter != nullptr) {
        add_numbered_property(m.property, tail, m.counter);
      } else {
        set_property(m.property, tail);
      }
      return JNI_OK;
    }
  }
  if (match_option(option, "--patch-module=", &tail)) {
    if (strchr(tail, '=') == nullptr) {
      print_output("Missing '=' in --patch-module specification\n");  // HotSpot prints it to stdout
      return JNI_ERR;
    }
    add_numbered_property("jdk.module.patch", tail, &_patch_count);
    return JNI_OK;
  }
  if (match_option(option, "--illegal-access=", &tail)) {
    warning("Ignoring option %s; support was removed in 17.0", option);
    return JNI_OK;
  }
  if (strcmp(option, "--enable-preview") == 0) {
    _enable_preview = true;
    return JNI_OK;
  }
  // -D
  if (match_option(option, "-D", &tail)) {
    add_property_option(tail);
    return JNI_OK;
  }
  // Boot class path.
  if (match_option(option, "-Xbootclasspath/a:", &tail)) {
    if (!_boot_class_path_append.empty()) _boot_class_path_append += ":";
    _boot_class_path_append += tail;
    return JNI_OK;
  }
  if (match_option(option, "-Xbootclasspath/p:", &tail)) {
    print_output("-Xbootclasspath/p is no longer a supported option.\n");  // stdout, as HotSpot
    return JNI_EINVAL;
  }
  if (match_option(option, "-Xbootclasspath:", &tail)) {
    print_output("-Xbootclasspath is no longer a supported option.\n");  // stdout, as HotSpot
    return JNI_EINVAL;
  }
  // Agents: kept, not run (jvmlab has no JVMTI yet).
  if (match_option(option, "-agentlib:", &tail) || match_option(option, "-agentpath:", &tail) ||
      match_option(option, "-javaagent:", &tail) || match_option(option, "-Xrun", &tail)) {
    _agents.push_back(po.text);
    return JNI_OK;
  }
  // Heap and stack sizes.
  uint64_t size = 0;
  if (match_option(option, "-Xmn", &tail)) {
    jint r = parse_memory_option(option, tail, 1, "initial young generation size", &size);
    if (r != JNI_OK) return r;
    JVMFlag::find("MaxNewSize")->set_unsigned(size, (JVMFlagOrigin)origin);
    JVMFlag::find("NewSize")->set_unsigned(size, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-Xms", &tail)) {
    // An initial heap size of 0 means "choose ergonomically".
    jint r = parse_memory_option(option, tail, 0, "initial heap size", &size);
    if (r != JNI_OK) return r;
    JVMFlag::find("MinHeapSize")->set_unsigned(size, (JVMFlagOrigin)origin);
    JVMFlag::find("InitialHeapSize")->set_unsigned(size, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-Xmx", &tail) || match_option(option, "-XX:MaxHeapSize=", &tail)) {
    jint r = parse_memory_option(option, tail, 1, "maximum heap size", &size);
    if (r != JNI_OK) return r;
    JVMFlag::find("MaxHeapSize")->set_unsigned(size, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-Xss", &tail)) {
    // ThreadStackSize is in K, at most 1 G (HotSpot's parse_xss); rounded up to a whole K.
    ArgsRange r = parse_memory_size(tail, &size, 0, 1 * M * K);
    if (r != ArgsRange::InRange) {
      print_error("Invalid thread stack size: %s\n", option);
      if (r == ArgsRange::TooBig) print_error("The specified size exceeds the maximum representable size.\n");
      return JNI_EINVAL;
    }
    JVMFlag::find("ThreadStackSize")->set_signed((int64_t)(align_up(size, K) / K), (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-Xmaxf", &tail) || match_option(option, "-Xminf", &tail)) {
    // A fraction of 1; the flag gets (int)(f * 100), its range check reports bad values.
    bool is_max = option[3] == 'a';
    char* end = nullptr;
    double f = strtod(tail, &end);
    if (*tail == '\0' || *end != '\0') {
      print_error("Bad %s heap free percentage size: %s\n", is_max ? "max" : "min", option);
      return JNI_EINVAL;
    }
    std::string range_message;
    JVMFlagError err = JVMFlag::find(is_max ? "MaxHeapFreeRatio" : "MinHeapFreeRatio")
                           ->set_unsigned((uint64_t)(int64_t)(int)(f * 100), (JVMFlagOrigin)origin, &range_message);
    print_error("%s", range_message.c_str());
    return err == JVMFlagError::Success ? JNI_OK : JNI_EINVAL;
  }
  // Tenuring: "the last option wins" between the three (HotSpot matches these before -XX: flags).
  if (strcmp(option, "-XX:+NeverTenure") == 0 || strcmp(option, "-XX:+AlwaysTenure") == 0) {
    bool never = option[5] == 'N';
    JVMFlag::find("AlwaysTenure")->set_bool(!never, (JVMFlagOrigin)origin);
    JVMFlag::find("NeverTenure")->set_bool(never, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-XX:MaxTenuringThreshold=", &tail)) {
    uint64_t v = 0;
    if (*tail == '-' || !atojulong(tail, &v)) {
      print_error("Improperly specified VM option 'MaxTenuringThreshold=%s'\n", tail);
      return JNI_EINVAL;
    }
    std::string range_message;
    if (JVMFlag::find("MaxTenuringThreshold")->set_unsigned(v, (JVMFlagOrigin)origin, &range_message) !=
        JVMFlagError::Success) {
      print_error("%s", range_message.c_str());  // the range message only, as HotSpot
      return JNI_EINVAL;
    }
    JVMFlag::find("NeverTenure")->set_bool(false, (JVMFlagOrigin)origin);
    JVMFlag::find("AlwaysTenure")->set_bool(v == 0, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  // Execution modes and simple switches.
  if (strcmp(option, "-Xint") == 0) { _mode = ExecMode::Int; return JNI_OK; }
  if (strcmp(option, "-Xmixed") == 0) { _mode = ExecMode::Mixed; return JNI_OK; }
  if (strcmp(option, "-Xcomp") == 0) { _mode = ExecMode::Comp; return JNI_OK; }
  if (strcmp(option, "-Xbatch") == 0) {
    JVMFlag::find("BackgroundCompilation")->set_bool(false, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (strcmp(option, "-Xnoclassgc") == 0) {
    JVMFlag::find("ClassUnloading")->set_bool(false, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (match_option(option, "-Xcheck", &tail)) {
    if (strcmp(tail, ":jni") != 0) {
      print_error("Unrecognized check option: %s\n", option);
      return JNI_ERR;
    }
    _check_jni = true;
    return JNI_OK;
  }
  if (strcmp(option, "-Xprof") == 0) {
    warning("Ignoring option %s; support was removed in %s", option, "10.0");
    return JNI_OK;
  }
  if (strcmp(option, "-Xrs") == 0) {
    JVMFlag::find("ReduceSignalUsage")->set_bool(true, (JVMFlagOrigin)origin);
    return JNI_OK;
  }
  if (strcmp(option, "-Xdebug") == 0 || strcmp(option, "-Xnoagent") == 0) return JNI_OK;  // ignored, as HotSpot
  if (match_option(option, "-Xshare:", &tail)) {
    if (strcmp(tail, "auto") == 0) _share_mode = ShareMode::Auto;
    else if (strcmp(tail, "off") == 0) _share_mode = ShareMode::Off;
    else if (strcmp(tail, "on") == 0) _share_mode = ShareMode::On;
    else if (strcmp(tail, "dump") == 0) _share_mode = ShareMode::Dump;
    else {
      print_error("Unrecognized option: %s\n", option);
      return JNI_ERR;
    }
    return JNI_OK;
  }
  if (match_option(option, "-Xverify", &tail) || strcmp(option, "-noverify") == 0) {
    if (strcmp(option, "-noverify") == 0 || strcmp(tail, ":none") == 0) {
      warning("Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be removed in a future release.");
      _verify_mode = VerifyMode::None;
      BytecodeVerificationLocal = false;
      BytecodeVerificationRemote = false;
    } else if (strcmp(tail, ":all") == 0 || *tail == '\0') {
      _verify_mode = VerifyMode::All;
      BytecodeVerificationLocal = true;
      BytecodeVerificationRemote = true;
    } else if (strcmp(tail, ":remote") == 0) {
      _verify_mode = VerifyMode::Remote;
      BytecodeVerificationLocal = false;
      BytecodeVerificationRemote = true;
    } else {
      print_error("Unrecognized verification option: %s\n", option);
      return JNI_EINVAL;
    }
    return JNI_OK;
  }
  // Unified logging, stored verbatim for the logging subsystem (which validates it).
  if (match_option(option, "-Xloggc:", &tail)) {
    _deferred_log_messages.push_back({"warning", "gc", std::string("-Xloggc is deprecated. Will use -Xlog:gc:") + tail +
                                                           " instead."});
    _gc_log_filename = tail;
    return JNI_OK;
  }
  if (match_option(option, "-Xlog", &tail)) {
    if (*tail != '\0' && *tail != ':') {
      // The logging subsystem prints the same line for an -Xlog it cannot parse.
      print_error("Invalid -Xlog option '%s', see error log for details.\n", option);
      return JNI_EINVAL;
    }
    _log_options.push_back(po.text);
    return JNI_OK;
  }
  // -XX: flags (-XX:Flags= was read before everything else).
  if (match_option(option, "-XX:", &tail)) {
    if (match_option(option, "-XX:Flags=", &tail)) return JNI_OK;
    if (!process_xx(tail, ignore_unrecognized, origin)) return JNI_EINVAL;
    return JNI_OK;
  }
  // Unknown.
  if (ignore_unrecognized) return JNI_OK;
  print_error("Unrecognized option: %s\n", option);
  return JNI_ERR;
}
