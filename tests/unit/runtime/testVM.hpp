// The unit tests' VM core: one per test process (create_vm_core may run once), shared by every
// test file that needs Java code. Boot class path /a: tests/unit/runtime/java compiled to
// /tmp/jvmlab_unit_interp. The heap is small so interpreter tests collect often. Other test
// classes can be defined into it with SystemDictionary::define_class.
#pragma once

#include "vm/globals.hpp"
#include "vm/vmInit.hpp"
#include "../classfile/imageSupport.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

inline JavaThread* test_vm() {
  static JavaThread* thread = [] {
    std::string out = "/tmp/jvmlab_unit_interp";
    std::string cmd = "mkdir -p " + out + " && javac -d " + out + " " JVMLAB_SOURCE_DIR "/tests/unit/runtime/java/Interp.java";
    if (std::system(cmd.c_str()) != 0) return static_cast<JavaThread*>(nullptr);
    ensure_libjvm_loaded();
    MaxHeapSize = 16 * M;
    InitialHeapSize = 16 * M;
    VMBootOptions opts;
    opts.jdk_home = JVMLAB_JDK_HOME;
    opts.boot_append.push_back(out);
    std::string error;
    JavaThread* t = create_vm_core(opts, &error);
    if (t == nullptr) ADD_FAILURE() << error;
    return t;
  }();
  return thread;
}
