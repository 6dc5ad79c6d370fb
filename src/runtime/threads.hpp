// Threads: creating, attaching and ending Java threads (java.lang.Thread on real OS threads,
// DESIGN §6), and the link between a java.lang.Thread object and its JavaThread (Thread.eetop).
#pragma once

#include "runtime/exceptions.hpp"

// Why Thread.start could not create a thread: the call the OS refused and its errno, with the
// attributes asked for (JVM_StartThread prints them as HotSpot's [os,thread] warning).
struct ThreadStartFailure {
  const char* call = nullptr;  // "pthread_create", or "mmap" (the thread's Java stack block)
  int error = 0;
  size_t stack_size = 0;       // bytes: the OS stack (pthread_create) or the Java stack (mmap)
  size_t guard_size = 0;
  bool detached = true;
};

class Threads {
 public:
  // JVM_StartThread: creates the OS thread (stack: Thread.stackSize or -Xss) that runs
  // thread_obj.run(). IllegalThreadStateException if already started. Returns false, with
  // *failure filled and nothing pending, if the OS refuses the thread: the Thread stays NEW and
  // not alive, and the caller throws the native-thread OutOfMemoryError.
  static bool start(oop thread_obj, ThreadStartFailure* failure, TRAPS);
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
