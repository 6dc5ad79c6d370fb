// Safepoints: stop-the-world points. Java threads poll at method entry and backward branches
// (DESIGN §6); threads in native code or blocked count as stopped already and, on leaving that
// state, wait until the world is started again.
#pragma once

#include <atomic>

class JavaThread;

class SafepointSynchronize {
 public:
  static bool is_requested() { return _requested.load(std::memory_order_relaxed); }
  // Called by a Java thread that saw the request: parks until the safepoint ends.
  static void block(JavaThread* thread);
  // Begin/end a safepoint from the requesting thread (the one that will run the VM operation).
  static void begin(JavaThread* requester);
  static void end(JavaThread* requester);
  // Thread state transitions that may have to wait for a safepoint in progress.
  static void transition_from_native(JavaThread* thread);
  static void transition_to_blocked(JavaThread* thread);
  static void transition_from_blocked(JavaThread* thread);

 private:
  static std::atomic<bool> _requested;
};
