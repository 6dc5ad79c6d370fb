// libjli's command-line processing for the jvmlab launcher: JDK_JAVA_OPTIONS and @argfiles
// (args.c), dropping VM-type options (CheckJvmType) and ParseArguments/GetOpt of java.c (JDK 17),
// with libjli's messages (emessages.h).
#include "launcher/launcherArgs.hpp"

#include <dirent.h>

#include <cctype>
#include <cstdio>
#include <cstring>

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool is_class_path_option(const std::string& a) { return a == "-classpath" || a == "-cp" || a == "--class-path"; }
bool is_launcher_main_option(const std::string& a) { return a == "--module" || a == "-m"; }
bool is_launcher_option(const std::string& a) {
  return is_class_path_option(a) || is_launcher_main_option(a) || a == "--describe-module" || a == "-d" ||
         a == "--source";
}
// Module-system options taking their value as the next argument; passed to the VM as "--name=value".
bool is_module_option(const std::string& a) {
  return a == "--module-path" || a == "-p" || a == "--upgrade-module-path" || a == "--add-modules" ||
         a == "--enable-native-access" || a == "--limit-modules" || a == "--add-exports" || a == "--add-opens" ||
         a == "--add-reads" || a == "--patch-module";
}
bool is_long_form_module_option(const std::string& a) {
  for (const char* p : {"--module-path=", "--upgrade-module-path=", "--add-modules=", "--enable-native-access=",
                        "--limit-modules=", "--add-exports=", "--add-reads=", "--patch-module="}) {
    if (starts_with(a, p)) return true;
  }
  return false;
}
bool is_white_space_option(const std::string& a) { return is_module_option(a) || is_launcher_option(a); }

enum OptionKind { LAUNCHER_OPTION, LAUNCHER_OPTION_WITH_ARGUMENT, LAUNCHER_MAIN_OPTION, VM_LONG_OPTION,
                  VM_LONG_OPTION_WITH_ARGUMENT };

std::string format1(const char* fmt, const std::string& a) {
  char buf[1024];
  snprintf(buf, sizeof buf, fmt, a.c_str());
  return std::string(buf) + "\n";
}

// Whitespace-separated tokens; '...' and "..." group, '#' starts a comment to the end of the line
// (the @argfile syntax of args.c, without its backslash escapes).
bool tokenize(const std::string& text, std::vector<std::string>* out, bool comments) {
  size_t i = 0, n = text.size();
  while (i < n) {
    while (i < n && isspace((unsigned char)text[i])) i++;
    if (i >= n) break;
    if (comments && text[i] == '#') {
      while (i < n && text[i] != '\n') i++;
      continue;
    }
    std::string tok;
    while (i < n && !isspace((unsigned char)text[i])) {
      char c = text[i];
      if (c == '\'' || c == '"') {
        size_t close = text.find(c, i + 1);
        if (close == std::string::npos) return false;
        tok.append(text, i + 1, close - i - 1);
        i = close + 1;
      } else {
        tok.push_back(c);
        i++;
      }
    }
    out->push_back(tok);
  }
  return true;
}

}  // namespace

std::string expand_class_path_wildcards(const std::string& class_path) {
  if (class_path.find('*') == std::string::npos) return class_path;
  std::string out;
  size_t start = 0;
  while (true) {
    size_t colon = class_path.find(':', start);
    std::string element = class_path.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    std::string expanded;
    bool wildcard = element == "*" || (element.size() >= 2 && element.compare(element.size() - 2, 2, "/*") == 0);
    if (wildcard) {
      std::string dir = element.size() == 1 ? "." : element.substr(0, element.size() - 1);
      std::string prefix = element.size() == 1 ? "" : dir;  // "lib/" for "lib/*", nothing for "*"
      if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {  // directory order, as libjli
          size_t n = strlen(e->d_name);
          if (n >= 4 && (strcmp(e->d_name + n - 4, ".jar") == 0 || strcmp(e->d_name + n - 4, ".JAR") == 0)) {
            if (!expanded.empty()) expanded += ":";
            expanded += prefix + e->d_name;
          }
        }
        closedir(d);
      }
    }
    if (!out.empty() || start > 0) out += ":";
    out += expanded.empty() ? element : expanded;  // no jars: the element stays as written
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return out;
}

bool launcher_parse_size(const char* s, int64_t* result) {
  long long n = 0;
  if (sscanf(s, "%lld", &n) != 1) return false;
  while (*s >= '0' && *s <= '9') s++;
  if (strlen(s) > 1) return false;  // at most one suffix character
  switch (*s) {
    case 'T': case 't': *result = n * 1024LL * 1024 * 1024 * 1024; return true;
    case 'G': case 'g': *result = n * 1024LL * 1024 * 1024; return true;
    case 'M': case 'm': *result = n * 1024LL * 1024; return true;
    case 'K': case 'k': *result = n * 1024LL; return true;
    case '\0': *result = n; return true;
    default: return false;  // the VM reports the malformed value
  }
}

std::vector<KnownVM> parse_jvm_cfg(const std::string& text) {
  std::vector<KnownVM> vms;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? text.size() : nl + 1;
    std::vector<std::string> t;
    tokenize(line, &t, true);
    if (t.size() >= 2 && t[0][0] == '-') vms.push_back({t[0], t[1]});
  }
  return vms;
}

bool expand_launcher_args(const std::vector<std::string>& argv, const char* jdk_java_options,
                          std::vector<std::string>* out, std::string* err,
                          bool (*read_file)(const char* path, std::string* text)) {
  out->clear();
  if (argv.empty()) return true;
  out->push_back(argv[0]);
  std::vector<std::string> env_args;
  if (jdk_java_options != nullptr) {
    *err += std::string("NOTE: Picked up JDK_JAVA_OPTIONS: ") + jdk_java_options + "\n";
    if (!tokenize(jdk_java_options, &env_args, false)) {
      *err += "Error: Unmatched quote in environment variable JDK_JAVA_OPTIONS\n";
      return false;
    }
    // The variable may hold options only, never the main entry (args.c checkArg).
    for (size_t i = 0; i < env_args.size(); i++) {
      const std::string& a = env_args[i];
      if (a == "-jar" || a == "-m" || a == "--module" || starts_with(a, "--module=") || a == "--dry-run" ||
          a == "-h" || a == "-?" || a == "-help" || a == "--help" || a == "-X" || a == "--help-extra" ||
          a == "-version" || a == "--version" || a == "-fullversion" || a == "--full-version") {
        *err += "Error: Option " + a + " is not allowed in environment variable JDK_JAVA_OPTIONS\n";
        return false;
      }
      if (is_white_space_option(a)) {
        i++;
        continue;
      }
      if (a[0] != '-' && a[0] != '@') {
        *err += "Error: Cannot specify main class in environment variable JDK_JAVA_OPTIONS\n";
        return false;
      }
    }
  }
  // @argfiles are expanded until the main class (the first argument that is neither an option nor
  // a white-space option's value; an @ argument is expanded even as such a value, as in libjli);
  // "@@x" stands for the argument "@x". Files are not expanded inside files.
  bool expand = true, value_next = false;
  auto note = [&](const std::string& a) {  // tracks where the main class is
    if (value_next) {
      value_next = false;
    } else if (is_white_space_option(a)) {
      value_next = true;
    } else if (a.empty() || a[0] != '-') {
      expand = false;
    }
  };
  auto add = [&](const std::string& a) -> bool {
    if (expand && a == "--disable-@files") {
      expand = false;
      out->push_back(a);
      return true;
    }
    if (expand && starts_with(a, "@@")) {
      out->push_back(a.substr(1));
      note(out->back());
      return true;
    }
    if (expand && a.size() > 1 && a[0] == '@') {
      std::string text;
      if (!read_file(a.c_str() + 1, &text)) {
        *err += "Error: could not open `" + a.substr(1) + "'\n";
        return false;
      }
      std::vector<std::string> t;
      if (!tokenize(text, &t, true)) {
        *err += "Error: Unmatched quote in " + a.substr(1) + "\n";
        return false;
      }
      for (std::string& s : t) {
        out->push_back(s);
        note(s);
      }
      return true;
    }
    out->push_back(a);
    note(a);
    return true;
  };
  // jvmlab's --jdk DIR stays first, ahead of the variable's options.
  size_t first = 1;
  if (argv.size() > 1 && (argv[1] == "--jdk" || starts_with(argv[1], "--jdk="))) {
    out->push_back(argv[1]);
    first = 2;
    if (argv[1] == "--jdk" && argv.size() > 2) out->push_back(argv[first++]);
  }
  for (const std::string& a : env_args) {
    if (!add(a)) return false;
  }
  value_next = false;
  for (size_t i = first; i < argv.size(); i++) {
    if (!add(argv[i])) return false;
  }
  return true;
}

LauncherArgs parse_launcher_args(const std::vector<std::string>& in_args, const char* classpath_env,
                                 const std::vector<KnownVM>& known_vms, bool (*is_file)(const char*)) {
  LauncherArgs r;
  std::vector<std::string> args = in_args;
  size_t argi = 0;

  // jvmlab: --jdk DIR (or --jdk=DIR) must come first.
  if (!args.empty() && (args[0] == "--jdk" || starts_with(args[0], "--jdk="))) {
    if (args[0] == "--jdk") {
      if (args.size() < 2) {
        r.err = "Error: --jdk requires a JDK directory\n";
        r.ret = 1;
        r.exit_now = true;
        return r;
      }
      r.jdk = args[1];
      argi = 2;
    } else {
      r.jdk = args[0].substr(6);
      argi = 1;
    }
  }

  // CheckJvmType: -server, -client, -zero... select a VM in libjli; jvmlab has one, so they go.
  {
    std::vector<std::string> kept(args.begin(), args.begin() + argi);
    size_t i = argi;
    for (; i < args.size(); i++) {
      const std::string& a = args[i];
      if (is_white_space_option(a)) {
        kept.push_back(a);
        if (i + 1 < args.size()) kept.push_back(args[++i]);
        continue;
      }
      if (a.empty() || a[0] != '-') break;
      bool is_vm = starts_with(a, "-XXaltjvm=") || starts_with(a, "-J-XXaltjvm=");
      for (const KnownVM& vm : known_vms) is_vm = is_vm || vm.name == a;
      if (!is_vm) kept.push_back(a);
    }
    for (; i < args.size(); i++) kept.push_back(args[i]);
    args.swap(kept);
  }

  // SelectVersion: the multiple-JRE options of old are reported (then refused by the VM).
  for (size_t i = argi; i < args.size() && !args[i].empty() && args[i][0] == '-'; i++) {
    if (starts_with(args[i], "-version:")) {
      r.err += "Error: Specifying an alternate JDK/JRE version is no longer supported.\n"
               "  The use of the flag '-version:' is no longer valid.\n"
               "  Please download and execute the appropriate version.\n";
    } else if (args[i] == "-jre-restrict-search" || args[i] == "-jre-no-restrict-search") {
      r.err += "Error: Specifying an alternate JDK/JRE is no longer supported.\n"
               "  The related flags -jre-restrict-search | -jre-no-restrict-search are also no longer valid.\n";
    } else if (is_white_space_option(args[i])) {
      i++;
    }
  }

  bool have_classpath = false;
  auto add_option = [&](const std::string& s) {
    r.vm_options.push_back(s);
    int64_t v;
    if (starts_with(s, "-Xss") && launcher_parse_size(s.c_str() + 4, &v)) {
      constexpr int64_t kStackSizeMinimum = 64 * 1024;  // libjli's STACK_SIZE_MINIMUM on Linux
      r.thread_stack_size = (v > 0 && v < kStackSizeMinimum) ? kStackSizeMinimum : v;
    }
    if (starts_with(s, "-Xmx") && launcher_parse_size(s.c_str() + 4, &v)) r.max_heap_size = v;
    if (starts_with(s, "-Xms") && launcher_parse_size(s.c_str() + 4, &v)) r.initial_heap_size = v;
  };
  auto set_class_path = [&](const std::string& cp) {
    add_option("-Djava.class.path=" + expand_class_path_wildcards(cp));
    have_classpath = true;
  };
  auto fail = [&](const char* fmt, const std::string& a) {  // REPORT_ERROR: message, exit 1, no VM
    r.err += format1(fmt, a);
    r.ret = 1;
    r.exit_now = true;
    return r;
  };

  if (classpath_env != nullptr) set_class_path(classpath_env);

  size_t n = args.size();
  size_t i = argi;
  std::string arg;
  bool stop = false;  // -version, -help, -X...: the rest of the line is not looked at
  while (i < n && !args[i].empty() && args[i][0] == '-') {
    arg = args[i];
    // GetOpt: a white-space option takes the next argument unless that one starts with '-'.
    bool next_is_value = i + 1 < n && !args[i + 1].empty() ? args[i + 1][0] != '-' : (i + 1 < n);
    i++;
    std::string option = arg;
    std::string value;
    bool has_value = false;
    int kind = LAUNCHER_OPTION;
    if (is_launcher_option(arg)) {
      if (next_is_value) { value = args[i++]; has_value = true; }
      kind = is_launcher_main_option(arg) ? LAUNCHER_MAIN_OPTION : LAUNCHER_OPTION_WITH_ARGUMENT;
    } else if (is_module_option(arg)) {
      kind = VM_LONG_OPTION_WITH_ARGUMENT;
      if (next_is_value) { value = args[i++]; has_value = true; }
      if (arg == "-p") option = "--module-path";
    } else if (starts_with(arg, "--") && arg.find('=') != std::string::npos) {
      value = arg.substr(arg.find('=') + 1);
      has_value = true;
      kind = (starts_with(arg, "--describe-module=") || starts_with(arg, "--module=") ||
              starts_with(arg, "--class-path=") || starts_with(arg, "--source="))
                 ? LAUNCHER_OPTION_WITH_ARGUMENT : VM_LONG_OPTION;
    }
    bool has_arg = has_value && !value.empty();
    size_t remaining = n - i;

    if (arg == "-jar") {
      if (remaining < 1) {  // ARG_CHECK: message, then the usage text, exit 1
        r.err += format1("Error: %s requires jar file specification", arg);
        r.usage_on_error = true;
        r.help = HelpKind::Full;
        r.ret = 1;
        return r;
      }
      r.mode = LM_JAR;
    } else if (arg == "--module" || starts_with(arg, "--module=") || arg == "-m") {
      if (!has_arg) return fail("Error: %s requires module name", arg);
      std::string module = value.substr(0, value.find('/'));
      add_option("-Djdk.module.main=" + module);
      r.mode = LM_MODULE;
      r.what = value;
      r.has_what = true;
      break;
    } else if (arg == "--source" || starts_with(arg, "--source=")) {
      if (!has_arg) return fail("Error: %s requires source version", arg);
      r.mode = LM_SOURCE;
      add_option("-Djdk.internal.javac.source=" + value);
    } else if (arg == "--class-path" || starts_with(arg, "--class-path=") || arg == "-classpath" || arg == "-cp") {
      if (!has_value) return fail("Error: %s requires class path specification", arg);
      set_class_path(value);
    } else if (arg == "--list-modules") {
      r.list_modules = true;
    } else if (arg == "--show-resolved-modules") {
      r.show_resolved_modules = true;
    } else if (arg == "--validate-modules") {
      add_option("-Djdk.module.validation=true");
      r.validate_modules = true;
    } else if (arg == "--describe-module" || starts_with(arg, "--describe-module=") || arg == "-d") {
      if (!has_value) return fail("Error: %s requires module name", arg);
      r.has_describe_module = true;
      r.describe_module = value;
    } else if (has_arg && kind == VM_LONG_OPTION) {
      add_option(option);
    } else if (has_arg && kind == VM_LONG_OPTION_WITH_ARGUMENT) {
      add_option(option + "=" + value);
    } else if (!has_arg && (arg == "--module-path" || arg == "-p" || arg == "--upgrade-module-path")) {
      return fail("Error: %s requires module path specification", arg);
    } else if (!has_arg && (is_module_option(arg) || is_long_form_module_option(arg))) {
      return fail("Error: %s requires modules to be specified", arg);
    } else if (arg == "-help" || arg == "-h" || arg == "-?") {
      r.help = HelpKind::Full;
      stop = true;
      break;
    } else if (arg == "--help") {
      r.help = HelpKind::Full;
      r.print_to_stdout = true;
      stop = true;
      break;
    } else if (arg == "-version") {
      r.print_version = true;
      stop = true;
      break;
    } else if (arg == "--version") {
      r.print_version = true;
      r.print_to_stdout = true;
      stop = true;
      break;
    } else if (arg == "-showversion") {
      r.show_version = true;
    } else if (arg == "--show-version") {
      r.show_version = true;
      r.print_to_stdout = true;
    } else if (arg == "--dry-run") {
      r.dry_run = true;
    } else if (arg == "-X") {
      r.help = HelpKind::Extra;
      stop = true;
      break;
    } else if (arg == "--help-extra") {
      r.help = HelpKind::Extra;
      r.print_to_stdout = true;
      stop = true;
      break;
    } else if (arg == "-XshowSettings" || starts_with(arg, "-XshowSettings:")) {
      r.show_settings = arg;
    } else if (arg == "-Xdiag") {
      add_option("-Dsun.java.launcher.diag=true");
    } else if (arg == "--show-module-resolution") {
      add_option("-Djdk.module.showModuleResolution=true");
    } else if (arg == "-fullversion") {
      r.fullversion = true;
      r.exit_now = true;
      return r;
    } else if (arg == "--full-version") {
      r.fullversion = true;
      r.full_version_stdout = true;
      r.exit_now = true;
      return r;
    } else if (arg == "-verbosegc") {
      add_option("-verbose:gc");
    } else if (arg == "-t") {
      add_option("-Xt");
    } else if (arg == "-tm") {
      add_option("-Xtm");
    } else if (arg == "-debug") {
      // ignored
    } else if (arg == "-noclassgc") {
      add_option("-Xnoclassgc");
    } else if (arg == "-Xfuture") {
      r.err += format1("Warning: %s option is deprecated and may be removed in a future release.", arg);
      add_option("-Xverify:all");
    } else if (arg == "-verify") {
      add_option("-Xverify:all");
    } else if (arg == "-verifyremote") {
      add_option("-Xverify:remote");
    } else if (arg == "-noverify") {
      add_option("-Xverify:none");  // the VM prints the deprecation warning
    } else if (starts_with(arg, "-ss") || starts_with(arg, "-oss") || starts_with(arg, "-ms") ||
               starts_with(arg, "-mx")) {
      add_option("-X" + arg.substr(1));
    } else if (arg == "-checksource" || arg == "-cs" || arg == "-noasyncgc") {
      r.err += format1("Warning: %s option is no longer supported.", arg);
    } else if (starts_with(arg, "-splash:") || arg == "--disable-@files") {
      // handled elsewhere (no splash screen in jvmlab)
    } else {
      if (starts_with(arg, "-Djava.class.path=")) have_classpath = true;
      add_option(arg);
    }
    if (arg == "-Xshare:dump") r.dump_shared_spaces = true;
  }

  if (stop) {
    add_option("-Dsun.java.launcher=SUN_STANDARD");
    return r;
  }
  if (!r.has_what && i < n) {
    r.what = args[i++];
    r.has_what = true;
  }
  if (!r.has_what) {
    if (!r.list_modules && !r.has_describe_module && !r.validate_modules) r.ret = 1;
  } else if (r.mode == LM_UNKNOWN) {
    if (!have_classpath) set_class_path(".");
    r.mode = (r.what.size() > 5 && r.what.compare(r.what.size() - 5, 5, ".java") == 0 && is_file(r.what.c_str()))
                 ? LM_SOURCE : LM_CLASS;
  }
  if (r.mode == LM_SOURCE) {
    // The source launcher runs even without a file (it reports "no path for source file"); the
    // file is its first argument.
    add_option("--add-modules=ALL-DEFAULT");
    if (r.has_what) r.app_args.push_back(r.what);
    r.what = kSourceLauncherMain;
    r.has_what = true;
  }
  for (; i < n; i++) r.app_args.push_back(args[i]);

  // JLI_Launch after ParseArguments: -jar overrides the class path, then the pseudo-properties.
  if (r.mode == LM_JAR && r.has_what) set_class_path(r.what);
  if (r.has_what) {
    std::string cmd = "-Dsun.java.command=" + r.what;
    for (const std::string& a : r.app_args) cmd += " " + a;
    add_option(cmd);
  }
  add_option("-Dsun.java.launcher=SUN_STANDARD");
  return r;
}
