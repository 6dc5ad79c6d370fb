// Parker: the per-thread permit behind LockSupport.park/unpark (Unsafe.park/unpark) and
// Thread.interrupt (which unparks). A mutex, a condition variable and one permit, as HotSpot's
// Parker (os_posix.cpp): unpark makes the permit available; park consumes it or waits for it.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <condition_variable>
#include <mutex>

class JavaThread;

class Parker {
 public:
  // The parker of t, created on first use (by t's first park, or by an unpark that comes first:
  // the permit must not be lost). Freed by release(t) when t ends.
  static Parker* for_thread(JavaThread* t);
  // Called once by a thread as it ends (the lead's thread exit path): forgets its parker.
  static void release(JavaThread* t);
  // unpark() on t's parker; t may be parked or not (the permit stays for its next park).
  static void unpark_thread(JavaThread* t);

  // Takes the permit if it is available (park's fast path). Never blocks.
  bool try_consume_permit();
  // Unsafe.park(isAbsolute, time) for the current thread `self`: returns at once if the permit
  // is available (consuming it), else waits until unpark, until the deadline (absolute: ms
  // since the epoch; relative: ns; relative 0 = no deadline), or spuriously. The permit is
  // consumed on return. `self` counts as Blocked (safe for safepoints) while it waits.
  // Immediate return for time < 0 or an absolute time of 0 (HotSpot's Parker::park).
  void park(JavaThread* self, bool is_absolute, jlong time);
  // Makes the permit available and wakes the parked thread, if any.
  void unpark();

  bool is_parked() const;  // a thread is waiting in park (for tests and thread dumps)

 private:
  mutable std::mutex _mutex;
  std::condition_variable _cond;
  int _counter = 0;   // the permit: 0 or 1
  int _waiters = 0;   // threads blocked in park (0 or 1: only the owner parks)
};
