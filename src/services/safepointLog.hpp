// -Xlog:safepoint: HotSpot 17's info line per safepoint, from the timeline the safepoint code
// records (runtime/safepoint.hpp SafepointEvent).
#pragma once

class SafepointLog {
 public:
  // Subscribes to the safepoint events and starts the "Time since last" clock (VM creation).
  static void initialize();
};
