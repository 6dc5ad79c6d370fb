// Thread dumps (HotSpot's services/threadService.cpp with Threads::print_on, JavaThread::print_on
// and javaVFrame::print_lock_info_on): the SIGQUIT dump in jstack's format, Java-level deadlock
// detection, and the stacks behind Thread.getStackTrace / Thread.getAllStackTraces. Whatever
// reads another thread's frames runs at a safepoint, as a VM operation named as HotSpot names it
// ("PrintThreads", "PrintJNI", "FindDeadlocks", "ThreadDump"), so the frames stay put.
#pragma once

#include "runtime/exceptions.hpp"

#include <string>

class ThreadService {
 public:
  // kill -3 (HotSpot's signal dispatcher on SIGBREAK): the thread dump, the JNI reference
  // counts, the Java-level deadlocks if any, then (-XX:+PrintHeapAtSIGBREAK) the heap, each
  // written to stdout as soon as it is complete. The program goes on.
  static void print_on_sigbreak(JavaThread* requester);

  // The pieces of that output, each taken at its own safepoint and appended to *out.
  // "Full thread dump ..." and every Java thread with its frames and monitors; with
  // print_concurrent_locks (-XX:+PrintConcurrentLocks, jstack -l) each thread's
  // "Locked ownable synchronizers:" too.
  static void print_threads(JavaThread* requester, bool print_concurrent_locks, std::string* out);
  // "JNI global refs: N, weak refs: M".
  static void print_jni_handles(JavaThread* requester, std::string* out);
  // HotSpot's VM_FindDeadlocks: cycles of threads each blocked on a monitor (and, with
  // concurrent_locks, on an ownable synchronizer such as a ReentrantLock) that the next one
  // holds. Prints nothing when there is none. Returns the number of deadlocks.
  static int print_deadlocks(JavaThread* requester, bool concurrent_locks, std::string* out);

  // JVM_DumpThreads: a StackTraceElement[][] with the whole stack of each thread of `threads`
  // (a Thread[]), null for a thread that is not alive; the frames are taken at one safepoint.
  // NullPointerException if threads is null, IllegalArgumentException if it is empty or not a
  // Thread[] (HotSpot's checks).
  static arrayOop dump_stack_traces(Handle threads, TRAPS);
};
