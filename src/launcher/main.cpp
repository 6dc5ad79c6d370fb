// jvmlab: the java command (DESIGN §8). Finds the JDK (--jdk, JAVA_HOME, the Debian default),
// parses the command line as libjli does, and runs the VM from the libjvm.so beside this
// executable. Uses only jni.h: the VM is loaded with dlopen, never linked.
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "launcher/javaMain.hpp"
#include "launcher/launcherArgs.hpp"

#ifndef JVMLAB_DEFAULT_JDK
#define JVMLAB_DEFAULT_JDK "/usr/lib/jvm/java-17-openjdk-amd64"
#endif

namespace {

bool read_text_file(const char* path, std::string* text) {
  FILE* f = fopen(path, "r");
  if (f == nullptr) return false;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) text->append(buf, n);
  fclose(f);
  return true;
}

bool is_regular_file(const char* path) {
  struct stat st;
  return stat(path, &st) == 0;
}

// The directory of this executable (/proc/self/exe resolves symbolic links).
std::string executable_dir() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  buf[n] = '\0';
  std::string path(buf);
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

// JAVA_RUNTIME_VERSION from the JDK's release file (for -fullversion), e.g. 17.0.9+9-Debian-1.
std::string runtime_version(const std::string& jdk) {
  std::string text;
  if (!read_text_file((jdk + "/release").c_str(), &text)) return "";
  size_t at = text.find("JAVA_RUNTIME_VERSION=\"");
  if (at == std::string::npos) return "";
  at += 22;
  return text.substr(at, text.find('"', at) - at);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> raw(argv, argv + argc);
  std::vector<std::string> expanded;
  std::string err;
  bool ok = expand_launcher_args(raw, getenv("JDK_JAVA_OPTIONS"), &expanded, &err, read_text_file);
  fputs(err.c_str(), stderr);
  if (!ok) return 1;

  std::vector<std::string> args(expanded.begin() + (expanded.empty() ? 0 : 1), expanded.end());
  // The JDK: --jdk DIR (first option), JAVA_HOME, then the default compiled in.
  std::string jdk;
  if (!args.empty() && args[0] == "--jdk" && args.size() > 1) jdk = args[1];
  else if (!args.empty() && args[0].rfind("--jdk=", 0) == 0) jdk = args[0].substr(6);
  else if (const char* home = getenv("JAVA_HOME"); home != nullptr && *home != '\0') jdk = home;
  else jdk = JVMLAB_DEFAULT_JDK;

  // java.home is absolute in HotSpot (it comes from libjvm.so's own path).
  if (char* real = realpath(jdk.c_str(), nullptr)) {
    jdk = real;
    free(real);
  }
  std::string cfg;
  read_text_file((jdk + "/lib/jvm.cfg").c_str(), &cfg);
  std::vector<KnownVM> known_vms = parse_jvm_cfg(cfg);

  LauncherArgs parsed = parse_launcher_args(args, getenv("CLASSPATH"), known_vms, is_regular_file);
  fputs(parsed.err.c_str(), stderr);
  if (parsed.fullversion) {
    if (parsed.full_version_stdout) printf("openjdk %s\n", runtime_version(jdk).c_str());
    else fprintf(stderr, "openjdk full version \"%s\"\n", runtime_version(jdk).c_str());
    return 0;
  }
  if (parsed.exit_now) return parsed.ret;

  if (!is_regular_file((jdk + "/lib/modules").c_str())) {
    fprintf(stderr, "Error: no JDK at %s (lib/modules is missing); use --jdk DIR or set JAVA_HOME\n", jdk.c_str());
    return 1;
  }
  if (parsed.mode == LM_JAR && parsed.has_what) {
    int rc = check_jar_file(parsed.what.c_str());
    if (rc == -1) {
      fprintf(stderr, "Error: Unable to access jarfile %s\n", parsed.what.c_str());
      return 1;
    }
    if (rc != 0) {
      fprintf(stderr, "Error: Invalid or corrupt jarfile %s\n", parsed.what.c_str());
      return 1;
    }
  }

  // jvmlab's VM lives outside the JDK, so it is told where the JDK is (vm/arguments.cpp takes
  // -Djava.home= as the JDK to host and sets the java.home property itself).
  std::vector<std::string> vm_options;
  vm_options.push_back("-Djava.home=" + jdk);
  vm_options.insert(vm_options.end(), parsed.vm_options.begin(), parsed.vm_options.end());
  return launch_java_vm(executable_dir() + "/libjvm.so", parsed, vm_options, known_vms);
}
