// Parker: per-thread permits for LockSupport (see park.hpp). Parkers live in a table keyed by
// JavaThread so JavaThread's layout stays untouched; the table lock also keeps a parker alive
// while another thread unparks it.
#include "runtime/park.hpp"

#include "runtime/javaThread.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/threads.hpp"

#include <atomic>
#include <chrono>
#include <unordered_map>

namespace {
std::mutex table_lock;
std::unordered_map<const JavaThread*, Parker*>& table() {
  static auto* t = new std::unordered_map<const JavaThread*, Parker*>();
  return *t;
}
// A relative park longer than this (HotSpot's MAX_SECS, 100,000,000 s) is cut to it: the
// deadline arithmetic must not overflow.
constexpr jlong kMaxParkNanos = jlong(100000000) * 1000000000;
}  // namespace

Parker* Parker::for_thread(JavaThread* t) {
  std::lock_guard<std::mutex> g(table_lock);
  Parker*& p = table()[t];
  if (p == nullptr) p = new Parker();
  return p;
}

void Parker::release(JavaThread* t) {
  Parker* p = nullptr;
  {
    std::lock_guard<std::mutex> g(table_lock);
    auto it = table().find(t);
    if (it == table().end()) return;
    p = it->second;
    table().erase(it);
  }
  delete p;
}

void Parker::unpark_thread(JavaThread* t) {
  // Under the table lock: t's parker cannot be released while we signal it.
  std::lock_guard<std::mutex> g(table_lock);
  Parker*& p = table()[t];
  if (p == nullptr) p = new Parker();
  p->unpark();
}

bool Parker::try_consume_permit() {
  std::lock_guard<std::mutex> g(_mutex);
  if (_counter == 0) return false;
  _counter = 0;
  return true;
}

bool Parker::is_parked() const {
  std::lock_guard<std::mutex> g(_mutex);
  return _waiters > 0;
}

void Parker::park(JavaThread* self, bool is_absolute, jlong time) {
  if (try_consume_permit()) return;
  if (time < 0 || (is_absolute && time == 0)) return;  // already timed out

  // Blocked while waiting: a safepoint need not wait for this thread, and the thread waits for
  // a safepoint in progress before it touches oops again.
  ThreadState saved = self->state();
  SafepointSynchronize::transition_to_blocked(self);
  {
    std::unique_lock<std::mutex> g(_mutex);
    if (_counter == 0) {
      _waiters++;
      if (time == 0) {
        _cond.wait(g);
      } else if (is_absolute) {
        auto deadline = std::chrono::system_clock::time_point(std::chrono::milliseconds(time));
        _cond.wait_until(g, deadline);
      } else {
        auto ns = std::chrono::nanoseconds(time < kMaxParkNanos ? time : kMaxParkNanos);
        _cond.wait_until(g, std::chrono::steady_clock::now() + ns);
      }
      _waiters--;
    }
    // Whatever woke us (unpark, timeout, interrupt, spurious), the permit is used up.
    _counter = 0;
  }
  SafepointSynchronize::transition_from_blocked(self);
  self->set_state(saved);
  // Accesses after park must not float above it (HotSpot's Parker ends with a full fence).
  std::atomic_thread_fence(std::memory_order_seq_cst);
}

void Parker::unpark() {
  bool wake;
  {
    std::lock_guard<std::mutex> g(_mutex);
    wake = _counter < 1 && _waiters > 0;
    _counter = 1;
  }
  if (wake) _cond.notify_one();
}

