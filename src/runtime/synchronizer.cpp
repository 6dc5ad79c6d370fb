// Monitors are inflated on first lock and kept for the object's life (no deflation yet): simple
// and correct, at the cost of one ObjectMonitor per ever-locked object (docs/STATUS.md).
#include "runtime/synchronizer.hpp"

#include "classfile/javaClasses.hpp"
#include "interpreter/frame.hpp"
#include "runtime/safepoint.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>

namespace {
struct ObjectMonitor {
  std::mutex lock;                 // protects the fields below
  std::condition_variable entry;   // waiting to own
  std::condition_variable waiters; // Object.wait
  JavaThread* owner = nullptr;
  int recursions = 0;
  uintptr_t header;                // the displaced mark word (hash, age)
  uint64_t notify_seq = 0;
};

std::mutex inflate_lock;

ObjectMonitor* inflate(oop obj) {
  for (;;) {
    MarkWord m = obj->mark();
    if (m.has_monitor()) return static_cast<ObjectMonitor*>(m.monitor());
    std::lock_guard<std::mutex> g(inflate_lock);
    m = obj->mark();
    if (m.has_monitor()) return static_cast<ObjectMonitor*>(m.monitor());
    auto* mon = new ObjectMonitor();
    mon->header = m.value();
    if (obj->cas_set_mark(m, MarkWord::encode_monitor(mon))) return mon;
    delete mon;
  }
}
}  // namespace

MarkWord ObjectSynchronizer::displaced_mark(oop obj) {
  MarkWord m = obj->mark();
  if (m.has_monitor()) return MarkWord(static_cast<ObjectMonitor*>(m.monitor())->header);
  return m;
}

void ObjectSynchronizer::set_displaced_mark(oop obj, MarkWord nm) {
  MarkWord m = obj->mark();
  if (m.has_monitor()) static_cast<ObjectMonitor*>(m.monitor())->header = nm.value();
  else obj->set_mark(nm);
}

namespace {
// Lock records (runtime/javaThread.hpp LockRecord) of frames that have returned or unwound are
// dropped lazily: the Java stack grows upward, so a record above the current frame is stale.
void drop_stale_records(JavaThread* thread) {
  std::vector<LockRecord>& records = thread->lock_records();
  const Frame* top = thread->last_frame();
  while (!records.empty() && (top == nullptr || records.back().frame > top)) records.pop_back();
}

// Whether obj_slot is on the operand stack of the thread's current frame, i.e. the lock comes
// from a monitorenter bytecode (a synchronized method locks through Frame::_lock, JNI and the VM
// through handles).
bool is_monitorenter_slot(JavaThread* thread, oop* obj_slot) {
  Frame* f = thread->last_frame();
  auto* p = reinterpret_cast<intptr_t*>(obj_slot);
  return f != nullptr && p >= f->stack_base() && p < thread->stack_end();
}
// Blocked threads are safe for the collector; the monitor itself does not move. The owner is
// re-checked after leaving the blocked state, still under the monitor's lock, so a thread never
// waits for an owner while unsafe (the owner may be stopping the world). Returns holding `g`.
void wait_until_unowned(JavaThread* thread, ObjectMonitor* mon, std::unique_lock<std::mutex>& g) {
  while (mon->owner != nullptr) {
    thread->set_state(ThreadState::Blocked);
    while (mon->owner != nullptr) mon->entry.wait(g);
    g.unlock();
    SafepointSynchronize::transition_from_blocked(thread);
    g.lock();
  }
}
}  // namespace

void ObjectSynchronizer::enter(JavaThread* thread, oop* obj_slot) {
  ObjectMonitor* mon = inflate(*obj_slot);
  std::unique_lock<std::mutex> g(mon->lock);
  if (mon->owner == thread) { mon->recursions++; return; }
  if (mon->owner != nullptr) {
    // Contended: BLOCKED (on object monitor) until we own it, with the object named for thread
    // dumps and deadlock detection (HotSpot's JavaThreadBlockedOnMonitorEnterState and
    // current_pending_monitor).
    oop thread_obj = thread->threadObj();
    jint saved_status = thread_obj != nullptr ? java_lang_Thread::status(thread_obj) : 0;
    if (thread_obj != nullptr) java_lang_Thread::set_status(thread_obj, java_lang_Thread::BLOCKED_ON_MONITOR_ENTER);
    thread->set_pending_monitor_slot(obj_slot);
    wait_until_unowned(thread, mon, g);
    thread->set_pending_monitor_slot(nullptr);
    if (thread->threadObj() != nullptr) java_lang_Thread::set_status(thread->threadObj(), java_lang_Thread::Status(saved_status));
  }
  mon->owner = thread;
  mon->recursions = 1;
  g.unlock();
  drop_stale_records(thread);
  if (is_monitorenter_slot(thread, obj_slot)) thread->lock_records().push_back({thread->last_frame(), *obj_slot});
}

void ObjectSynchronizer::exit(JavaThread* thread, oop obj) {
  MarkWord m = obj->mark();
  ObjectMonitor* mon = m.has_monitor() ? static_cast<ObjectMonitor*>(m.monitor()) : nullptr;
  if (mon == nullptr || mon->owner != thread) {
    Exceptions::throw_msg(thread, "java/lang/IllegalMonitorStateException", nullptr);
    return;
  }
  {
    std::lock_guard<std::mutex> g(mon->lock);
    if (--mon->recursions == 0) {
      mon->owner = nullptr;
      mon->entry.notify_one();
    }
  }
  // The record of this frame's latest monitorenter of obj (none for a synchronized method's
  // own monitor, which is in Frame::_lock; a caller's record of the same object stays).
  drop_stale_records(thread);
  std::vector<LockRecord>& records = thread->lock_records();
  for (size_t i = records.size(); i-- > 0;) {
    if (records[i].frame != thread->last_frame()) break;
    if (records[i].obj == obj) { records.erase(records.begin() + ptrdiff_t(i)); break; }
  }
}

JavaThread* ObjectSynchronizer::owner(oop obj) {
  MarkWord m = obj->mark();
  return m.has_monitor() ? static_cast<ObjectMonitor*>(m.monitor())->owner : nullptr;
}

const void* ObjectSynchronizer::monitor_address(oop obj) {
  MarkWord m = obj->mark();
  return m.has_monitor() ? m.monitor() : nullptr;
}

bool ObjectSynchronizer::holds_lock(JavaThread* thread, oop obj) {
  MarkWord m = obj->mark();
  return m.has_monitor() && static_cast<ObjectMonitor*>(m.monitor())->owner == thread;
}

void ObjectSynchronizer::wait(JavaThread* thread, oop* obj_slot, jlong millis) {
  MarkWord m = (*obj_slot)->mark();
  ObjectMonitor* mon = m.has_monitor() ? static_cast<ObjectMonitor*>(m.monitor()) : nullptr;
  if (mon == nullptr || mon->owner != thread) {
    Exceptions::throw_msg(thread, "java/lang/IllegalMonitorStateException", "current thread is not owner");
    return;
  }
  std::unique_lock<std::mutex> g(mon->lock);
  int saved = mon->recursions;
  mon->owner = nullptr;
  mon->recursions = 0;
  mon->entry.notify_one();
  uint64_t seq = mon->notify_seq;
  // Blocked: the collector may run meanwhile; this thread touches no oop until it is back in VM.
  thread->set_state(ThreadState::Blocked);
  thread->set_wait_cv(&mon->waiters, &mon->lock);
  auto woken = [&] { return mon->notify_seq != seq || thread->interrupt_signaled(); };
  if (millis <= 0) mon->waiters.wait(g, woken);
  else mon->waiters.wait_for(g, std::chrono::milliseconds(millis), woken);
  thread->set_wait_cv(nullptr, nullptr);
  if (mon->owner != nullptr) {
    // Re-entering against another owner: BLOCKED (on object monitor) as a contended enter, so
    // thread dumps say "waiting to re-lock in wait()" and deadlock detection sees the monitor
    // (HotSpot's ObjectMonitor::wait re-enters through enter). The Java status is written once
    // the thread may touch the heap again.
    g.unlock();
    SafepointSynchronize::transition_from_blocked(thread);
    if (thread->threadObj() != nullptr)
      java_lang_Thread::set_status(thread->threadObj(), java_lang_Thread::BLOCKED_ON_MONITOR_ENTER);
    thread->set_pending_monitor_slot(obj_slot);
    g.lock();
    wait_until_unowned(thread, mon, g);
    thread->set_pending_monitor_slot(nullptr);
    mon->owner = thread;
    mon->recursions = saved;
    return;  // the caller (JVM_MonitorWait) sets the status back to RUNNABLE
  }
  mon->owner = thread;
  mon->recursions = saved;
  g.unlock();
  SafepointSynchronize::transition_from_blocked(thread);
}

void ObjectSynchronizer::notify(JavaThread* thread, oop obj, bool all) {
  MarkWord m = obj->mark();
  ObjectMonitor* mon = m.has_monitor() ? static_cast<ObjectMonitor*>(m.monitor()) : nullptr;
  if (mon == nullptr || mon->owner != thread) {
    Exceptions::throw_msg(thread, "java/lang/IllegalMonitorStateException", "current thread is not owner");
    return;
  }
  std::lock_guard<std::mutex> g(mon->lock);
  mon->notify_seq++;
  if (all) mon->waiters.notify_all(); else mon->waiters.notify_one();
}

intptr_t ObjectSynchronizer::identity_hash(oop obj) {
  // HotSpot's default (hashCode=5) is a thread-local xorshift; any well-spread 31-bit value will do.
  static thread_local std::mt19937 rng(std::random_device{}());
  for (;;) {
    MarkWord m = displaced_mark(obj);
    if (m.hash() != MarkWord::no_hash) return intptr_t(m.hash());
    uintptr_t h = rng() & MarkWord::hash_mask;
    if (h == 0) continue;
    MarkWord cur = obj->mark();
    if (cur.has_monitor()) {
      std::lock_guard<std::mutex> g(inflate_lock);
      auto* mon = static_cast<ObjectMonitor*>(cur.monitor());
      MarkWord hm(mon->header);
      if (hm.hash() == MarkWord::no_hash) mon->header = hm.copy_set_hash(h).value();
      continue;
    }
    obj->cas_set_mark(cur, cur.copy_set_hash(h));
  }
}
