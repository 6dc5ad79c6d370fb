// Locking a VM mutex that may be held across a safepoint (the holder allocates, so it may
// collect): a thread that has to wait for such a lock waits in the Blocked state, which the
// safepoint protocol counts as stopped (HotSpot's MutexLocker with safepoint check). Without it,
// the holder's collection would wait for the waiter and the waiter for the holder.
#pragma once

#include "runtime/javaThread.hpp"
#include "runtime/safepoint.hpp"

template <typename M>
class SafepointSafeLocker {
 public:
  SafepointSafeLocker(M& m, JavaThread* thread) : _m(m) {
    if (_m.try_lock()) return;
    if (thread == nullptr) { _m.lock(); return; }
    ThreadState saved = thread->state();
    SafepointSynchronize::transition_to_blocked(thread);
    _m.lock();
    SafepointSynchronize::transition_from_blocked(thread);
    thread->set_state(saved);
  }
  ~SafepointSafeLocker() { _m.unlock(); }
  SafepointSafeLocker(const SafepointSafeLocker&) = delete;
  SafepointSafeLocker& operator=(const SafepointSafeLocker&) = delete;

 private:
  M& _m;
};
