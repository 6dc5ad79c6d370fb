// ObjectSynchronizer: Java monitors (JVMS §2.11.10, §6.5 monitorenter/monitorexit) and
// Object.wait/notify. A locked object's mark word points to its ObjectMonitor (inflated at first
// lock), which keeps the displaced mark (identity hash, age) for the collectors.
#pragma once

#include "runtime/exceptions.hpp"

class ObjectSynchronizer {
 public:
  // Locks *obj_slot for the thread (the slot is a root: the object may move while we wait).
  // While it waits for another owner, the thread is BLOCKED (java.lang.Thread.State) and
  // pending_monitor_slot() names the object. A lock taken by a monitorenter bytecode (the slot
  // is on the operand stack of thread->last_frame()) is recorded in the thread's lock records.
  static void enter(JavaThread* thread, oop* obj_slot);
  // IllegalMonitorStateException pending if the thread does not own the monitor.
  static void exit(JavaThread* thread, oop obj);
  static void wait(JavaThread* thread, oop* obj_slot, jlong millis);
  static void notify(JavaThread* thread, oop obj, bool all);
  static bool holds_lock(JavaThread* thread, oop obj);
  // For thread dumps, with the world stopped: the thread owning obj's monitor (null if none or
  // if it is released), and the monitor's address (null if obj was never locked).
  static JavaThread* owner(oop obj);
  static const void* monitor_address(oop obj);
  // Object.hashCode / System.identityHashCode: stable across moves, kept in the mark word.
  static intptr_t identity_hash(oop obj);
  // The mark word an object would have unlocked (for the collectors: age and hash).
  static MarkWord displaced_mark(oop obj);
  static void set_displaced_mark(oop obj, MarkWord m);
};
