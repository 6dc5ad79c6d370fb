// The JDK's performance counters (jdk.internal.perf.Perf) and the VM natives registered with
// them (Perf, ScopedMemoryAccess).
#pragma once

#include <string>
#include <vector>

struct PerfEntry {
  std::string name;  // e.g. "sun.cls.appClassLoadTime"
  int variability;
  int units;
  void* address;
  size_t size;
};

class PerfMemory {
 public:
  static void register_special_natives();
  static std::vector<PerfEntry> entries_snapshot();
};
