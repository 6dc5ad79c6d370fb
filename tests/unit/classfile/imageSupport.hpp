// Test helper: the JDK's libjimage.so lists libjvm.so as NEEDED (it uses none of its symbols).
// Inside the VM a libjvm.so is already loaded; a unit-test process has none, so this builds an
// empty stand-in whose soname is libjvm.so (once, in a temporary directory) and loads it.
#pragma once

#include <cstdlib>
#include <dlfcn.h>
#include <string>

inline void ensure_libjvm_loaded() {
  static bool done = [] {
    if (dlopen("libjvm.so", RTLD_NOW | RTLD_NOLOAD) != nullptr) return true;
    char dir[] = "/tmp/jvmlab_stub_XXXXXX";
    if (mkdtemp(dir) == nullptr) return false;
    std::string lib = std::string(dir) + "/libjvm.so";
    std::string cmd = "echo 'int jvmlab_libjvm_stub;' | cc -x c -shared -fPIC -Wl,-soname,libjvm.so -o " + lib + " -";
    if (std::system(cmd.c_str()) != 0) return false;
    bool ok = dlopen(lib.c_str(), RTLD_NOW | RTLD_LOCAL) != nullptr;
    std::system(("rm -rf " + std::string(dir)).c_str());
    return ok;
  }();
  (void)done;
}
