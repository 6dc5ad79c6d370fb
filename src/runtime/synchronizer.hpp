// ObjectSynchronizer: Java monitors (JVMS §2.11.10, §6.5 monitorenter/monitorexit) and
// Object.wait/notify. A locked object's mark word points to its ObjectMonitor (inflated at first
// lock), which keeps the displaced mark (identity hash, age) for the collectors.
#pragma once

#include "runtime/exceptions.hpp"

class ObjectSynchronizer {
 public:
  // Locks *obj_slot for the thread (the slot is a root: the object may move while we wait).
  static void enter(JavaThread* thread, oop* obj_slot);
  // IllegalMonitorStateException pending if the thread does not own the monitor.
  static void exit(JavaThread* thread, oop obj);
  static void wait(JavaThread* thread, oop* obj_slot, jlong millis);
  static void notify(JavaThread* thread, oop obj, bool all);
  static bool holds_lock(JavaThread* thread, oop obj);
  // Object.hashCode / System.identityHashCode: stable across moves, kept in the mark word.
  static intptr_t identity_hash(oop obj);
  // The mark word an object would have unlocked (for the collectors: age and hash).
  static MarkWord displaced_mark(oop obj);
  static void set_displaced_mark(oop obj, MarkWord m);
};
