// Threads: creating, attaching and ending Java threads (java.lang.Thread on real OS threads,
// DESIGN §6), and the link between a java.lang.Thread object and its JavaThread (Thread.eetop).
#pragma once

#include "runtime/exceptions.hpp"

class Threads {
 public:
  // JVM_StartThread: creates the OS thread (stack: Thread.stackSize or -Xss) that runs
  // thread_obj.run(); IllegalThreadStateException if already started, OutOfMemoryError
  // "unable to create native thread: ..." if the OS refuses.
  static void start(oop thread_obj, TRAPS);
  // JNI AttachCurrentThread(AsDaemon) / DetachCurrentThread / GetEnv.
  static jint attach_current_thread(void** penv, void* args, bool daemon);
  static jint detach_current_thread();
  // The end of a Java thread (also the main thread's, from DestroyJavaVM): uncaught exception
  // dispatch, Thread.exit(), join notification, and removal from the thread list.
  static void exit_current_thread(JavaThread* thread);
  // The main thread counts as a non-daemon thread from VM creation on.
  static void add_main_thread();
  // DestroyJavaVM waits until only daemon threads remain (JLS §12.8).
  static void wait_for_non_daemon_threads();
  // The JavaThread running thread_obj, or null if it has not started or has ended.
  static JavaThread* thread_for(oop thread_obj);
};
