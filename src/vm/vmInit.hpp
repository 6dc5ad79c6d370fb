// Creating the VM (HotSpot's Threads::create_vm / universe_init): metaspace, the heap, the main
// Java thread, the boot class path and the well-known classes, the preallocated errors. The JDK's
// own initialization (System.initPhase1..3) runs on top of this (docs/STATUS.md).
#pragma once

#include <string>
#include <vector>

class JavaThread;

struct VMBootOptions {
  std::string jdk_home;
  std::vector<std::string> boot_append;  // -Xbootclasspath/a
};

// Creates the VM core on the calling thread, which becomes the main Java thread. Flags must be
// set before (vm/globals.hpp). Returns null with a message on failure.
JavaThread* create_vm_core(const VMBootOptions& options, std::string* error);
