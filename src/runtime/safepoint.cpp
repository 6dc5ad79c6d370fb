// Safepoint protocol: the requester raises the flag and waits until every other Java thread is
// blocked at a poll, in native code, or blocked on a lock; threads leaving native/blocked state
// wait for the safepoint to end. One mutex and condition variable: safepoints are rare.
#include "runtime/safepoint.hpp"

#include "runtime/javaThread.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>

std::atomic<bool> SafepointSynchronize::_requested{false};

namespace {
std::mutex sp_lock;
std::condition_variable& sp_cv = *new std::condition_variable();  // never destroyed (exit with waiters)
std::mutex vm_operation_lock;  // one safepoint at a time
int blocked_at_poll = 0;
}  // namespace

void SafepointSynchronize::block(JavaThread* thread) {
  std::unique_lock<std::mutex> g(sp_lock);
  ThreadState saved = thread->state();
  thread->set_state(ThreadState::Blocked);
  blocked_at_poll++;
  sp_cv.notify_all();
  sp_cv.wait(g, [] { return !_requested.load(); });
  blocked_at_poll--;
  thread->set_state(saved);
}

void SafepointSynchronize::begin(JavaThread* requester) {
  vm_operation_lock.lock();
  std::unique_lock<std::mutex> g(sp_lock);
  _requested.store(true);
  // Wait until every other thread is safe. Threads entering native or blocked states do not
  // signal, so the requester re-checks every millisecond.
  auto all_safe = [requester] {
    for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next()) {
      if (t == requester) continue;
      ThreadState s = t->state();
      if (s == ThreadState::InJava || s == ThreadState::InVM) return false;
    }
    return true;
  };
  while (!all_safe()) sp_cv.wait_for(g, std::chrono::milliseconds(1));
}

void SafepointSynchronize::end(JavaThread* requester) {
  (void)requester;
  {
    std::lock_guard<std::mutex> g(sp_lock);
    _requested.store(false);
  }
  sp_cv.notify_all();
  vm_operation_lock.unlock();
}

void SafepointSynchronize::transition_from_native(JavaThread* thread) {
  // Dekker-style with the requester (both sides sequentially consistent): announce "in Java",
  // then look for a request; if one is there, step back to a safe state and wait it out.
  for (;;) {
    thread->set_state(ThreadState::InJava);
    if (!_requested.load()) return;
    thread->set_state(ThreadState::Blocked);
    std::unique_lock<std::mutex> g(sp_lock);
    sp_cv.wait(g, [] { return !_requested.load(); });
  }
}

void SafepointSynchronize::transition_to_blocked(JavaThread* thread) {
  thread->set_state(ThreadState::Blocked);
  std::lock_guard<std::mutex> g(sp_lock);
  sp_cv.notify_all();
}

void SafepointSynchronize::transition_from_blocked(JavaThread* thread) {
  transition_from_native(thread);
}
