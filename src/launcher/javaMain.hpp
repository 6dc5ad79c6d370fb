// The JNI half of the launcher (libjli's JavaMain and the code around it): load libjvm.so, create
// the VM on a new thread with the -Xss stack, then version/usage/main-class steps through
// sun.launcher.LauncherHelper, main(String[]), DetachCurrentThread and DestroyJavaVM.
#pragma once

#include <string>

#include "launcher/launcherArgs.hpp"

// Runs everything after argument parsing. `vm_options` are the JavaVMOption strings; returns the
// process exit code (libjli: ret from parsing if non-zero, else JavaMain's).
int launch_java_vm(const std::string& libjvm_path, const LauncherArgs& args,
                   const std::vector<std::string>& vm_options, const std::vector<KnownVM>& known_vms);

// Checks a -jar file the way libjli's manifest reader first does: 0 when it looks like a zip,
// -1 when it cannot be opened, -2 when it is not a valid zip (no central directory).
int check_jar_file(const char* path);
