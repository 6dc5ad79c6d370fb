// Safepoint protocol: the requester raises the flag and waits until every other Java thread is
// blocked at a poll, in native code, or blocked on a lock; threads leaving native/blocked state
// wait for the safepoint to end. One mutex and condition variable: safepoints are rare.
#include "runtime/safepoint.hpp"

#include "runtime/javaThread.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>

std::atomic<bool> SafepointSynchronize::_requested{false};
JavaThread* SafepointSynchronize::_requester = nullptr;
thread_local const char* GCOperationMark::_current = nullptr;

namespace {
std::mutex sp_lock;
std::condition_variable& sp_cv = *new std::condition_variable();  // never destroyed (exit with waiters)
std::mutex vm_operation_lock;  // one safepoint at a time
int blocked_at_poll = 0;

// Timeline of the current safepoint (written by its requester only, under vm_operation_lock).
void (*event_callback)(const SafepointEvent&) = nullptr;
const char* current_operation = nullptr;
int64_t begin_ns = 0, reached_ns = 0;
int64_t last_end_ns = 0;

int64_t nanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void SafepointSynchronize::set_event_callback(void (*callback)(const SafepointEvent&)) {
  event_callback = callback;
  last_end_ns = nanos();
}

void SafepointSynchronize::block(JavaThread* thread) {
  std::unique_lock<std::mutex> g(sp_lock);
  ThreadState saved = thread->state();
  thread->set_stopped_at_poll(true);
  thread->set_state(ThreadState::Blocked);
  blocked_at_poll++;
  sp_cv.notify_all();
  sp_cv.wait(g, [] { return !_requested.load(); });
  blocked_at_poll--;
  thread->set_state(saved);
  thread->set_stopped_at_poll(false);
}

void SafepointSynchronize::begin(JavaThread* requester, const char* operation) {
  int64_t start = nanos();
  // Waiting for another safepoint to finish: this thread must count as stopped meanwhile.
  if (!vm_operation_lock.try_lock()) {
    if (requester == nullptr) {
      vm_operation_lock.lock();
    } else {
      ThreadState saved = requester->state();
      transition_to_blocked(requester);
      vm_operation_lock.lock();
      // No safepoint can be in progress now (we hold the operation lock): resume directly.
      requester->set_state(saved);
    }
    start = nanos();
  }
  std::unique_lock<std::mutex> g(sp_lock);
  _requested.store(true);
  // Wait until every other thread is safe. Threads entering native or blocked states do not
  // signal, so the requester re-checks every millisecond. The list is read under its lock: a
  // thread that is ending unlinks itself while still unsafe (runtime/threads.cpp).
  auto all_safe = [requester] {
    std::lock_guard<std::mutex> list(JavaThread::list_lock());
    for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next()) {
      if (t == requester) continue;
      ThreadState s = t->state();
      if (s == ThreadState::InJava || s == ThreadState::InVM) return false;
    }
    return true;
  };
  while (!all_safe()) sp_cv.wait_for(g, std::chrono::milliseconds(1));
  _requester = requester;
  current_operation = operation;
  begin_ns = start;
  reached_ns = nanos();
}

void SafepointSynchronize::end(JavaThread* requester) {
  (void)requester;
  int64_t end_ns = nanos();
  SafepointEvent e{current_operation, begin_ns - last_end_ns, reached_ns - begin_ns, 0, end_ns - reached_ns,
                   end_ns - begin_ns};
  last_end_ns = end_ns;
  _requester = nullptr;
  {
    std::lock_guard<std::mutex> g(sp_lock);
    _requested.store(false);
  }
  sp_cv.notify_all();
  vm_operation_lock.unlock();
  if (event_callback != nullptr && e.operation != nullptr) event_callback(e);
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
