// JavaThread: the VM's side of a thread that runs Java code: its TLAB, its Java stack of
// interpreter frames, its pending exception, its handles, and its state for safepoints.
//
// Java stack layout (one block per thread, sized by -Xss; grows upward):
//
//   | caller operand stack | args = callee locals[0..p) | locals[p..max_locals) | Frame | operand stack |
//
// A callee's first locals are its caller's pushed arguments, so a call copies nothing.
#pragma once

#include "gc/shared/threadLocalAllocBuffer.hpp"
#include "oops/oop.hpp"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <deque>
#include <pthread.h>
#include <sys/types.h>
#include <vector>

class Method;
class Frame;
class Symbol;

// What a thread is doing, for safepoints: threads in native or blocked are already safe.
enum class ThreadState : uint8_t { New, InJava, InVM, InNative, Blocked, Terminated };

// A monitor taken by a monitorenter bytecode in `frame` and not yet released (runtime/synchronizer
// keeps them, so thread dumps can print "- locked <...>" under the frame that locked; a
// synchronized method's monitor is in Frame::_lock instead). `obj` is a root.
struct LockRecord {
  const Frame* frame;
  oop obj;
};

// The operating-system side of a JavaThread, as thread dumps show it (HotSpot's OSThread and
// ThreadStatisticalInfo): the kernel thread id (nid=), the pthread whose CPU clock gives cpu=,
// and the creation time (elapsed=).
struct OSThread {
  pid_t thread_id = 0;
  pthread_t pthread_id{};
  int64_t start_nanos = 0;  // CLOCK_MONOTONIC
};

class JavaThread {
 public:
  // The JNIEnv must stay the first member: a JNIEnv* is also the thread's address.
  JNIEnv _jni_env;

  static JavaThread* current() { return _current; }
  static void set_current(JavaThread* t) { _current = t; }

  // Creates a thread structure with its Java stack, on the thread list in state New (safe for
  // safepoints) but not yet running; attach() binds it to the calling OS thread. The stack has
  // the requested size (-Xss, or Thread's stackSize), at least HotSpot's minimum for a Java
  // thread on Linux x86-64 (136 KB), with the guard zones at its end.
  static JavaThread* create(size_t java_stack_bytes);
  // HotSpot's os::Posix::_java_thread_min_stack_allowed on Linux x86-64.
  static constexpr size_t min_stack_bytes = 136 * 1024;
  void attach();
  // Both at once, for the main thread and threads attached through JNI.
  static JavaThread* create_for_current_os_thread(size_t java_stack_bytes);
  // Unlinks from the thread list and frees the Java stack.
  void destroy();
  // The JNI function table every new thread's JNIEnv gets (prims/jni.cpp installs it).
  static void set_jni_functions(const JNINativeInterface_* table) { _jni_functions = table; }

  // Sleeping and Object.wait can be interrupted (Thread.interrupt -> JVM_Interrupt): the waiter
  // registers the condition variable it sleeps on, the interrupter notifies it.
  std::mutex& sleep_lock() { return _sleep_lock; }
  std::condition_variable& sleep_cv() { return _sleep_cv; }
  void set_wait_cv(std::condition_variable* cv, std::mutex* m) { _wait_cv = cv; _wait_mutex = m; }
  // Set by JVM_Interrupt (after Java set Thread.interrupted), read by blocked waiters that must
  // not touch the heap; cleared when the Java-level flag is consumed.
  void wake_for_interrupt();
  bool interrupt_signaled() const { return _interrupt_signal.load(); }
  void clear_interrupt_signal() { _interrupt_signal.store(false); }
  bool is_daemon() const { return _daemon; }
  void set_daemon(bool d) { _daemon = d; }

  ThreadLocalAllocBuffer& tlab() { return _tlab; }

  // Pending exception (HotSpot's CHECK protocol: callers test it after every call that can throw).
  bool has_pending_exception() const { return _pending_exception != nullptr; }
  oop pending_exception() const { return _pending_exception; }
  void set_pending_exception(oop e) { _pending_exception = e; }
  void clear_pending_exception() { _pending_exception = nullptr; }

  // The Java stack.
  intptr_t* stack_base() const { return _stack_base; }
  intptr_t* stack_end() const { return _stack_end; }
  // Where frames must stop: the end less HotSpot's guard zones (StackShadowPages,
  // StackYellowPages, StackRedPages, StackReservedPages). Building the StackOverflowError may use
  // the zones (HotSpot's yellow zone): see Exceptions::throw_stack_overflow.
  intptr_t* stack_limit() const { return _stack_limit; }
  // The OS (native) stack: C++ frames of the VM and of native methods. Calls between Java and
  // native code check that this much is left (HotSpot's shadow zone) before they go deeper, so
  // recursion through JNI ends in StackOverflowError, not in a fault.
  bool native_stack_exhausted() const {
    char here;
    return &here < _native_stack_limit;
  }
  void set_stack_limit(intptr_t* p) { _stack_limit = p; }
  Frame* last_frame() const { return _last_frame; }
  void set_last_frame(Frame* f) { _last_frame = f; }
  // Top of the used part of the Java stack, for entry frames (calls from the VM into Java).
  intptr_t* stack_top() const { return _stack_top; }
  void set_stack_top(intptr_t* p) { _stack_top = p; }

  // Handles: VM code keeps oops only here, so a moving GC can update them (released by HandleMark).
  std::deque<oop>& handles() { return _handles; }
  // JNI local references, kept apart from VM handles so a HandleMark in VM code never releases a
  // local reference it returns to native code; released when the native method returns or by
  // PopLocalFrame (JNI spec "Local References").
  std::deque<oop>& jni_locals() { return _jni_locals; }

  oop threadObj() const { return _threadObj; }
  void set_threadObj(oop t) { _threadObj = t; }

  // Sequentially consistent: the safepoint protocol relies on it (runtime/safepoint.cpp).
  ThreadState state() const { return _state.load(); }
  void set_state(ThreadState s) { _state.store(s); }

  // Visits every oop this thread holds: frames, handles, pending exception, thread object.
  template <typename F> void oops_do(F&& f);

  // All live Java threads. The list changes under list_lock(); a thread is unlinked only while it
  // is not safe for safepoints, so the list is stable while the world is stopped.
  JavaThread* next() const { return _next; }
  static JavaThread* first() { return _first; }
  static std::mutex& list_lock();

  // For thread dumps and deadlock detection (services/threadService.cpp).
  const OSThread& osthread() const { return _osthread; }
  std::vector<LockRecord>& lock_records() { return _lock_records; }
  // The slot holding the object whose monitor this thread is blocked entering (a root), or null.
  oop* pending_monitor_slot() const { return _pending_monitor_slot; }
  void set_pending_monitor_slot(oop* slot) { _pending_monitor_slot = slot; }
  // True while the thread is stopped at a safepoint poll (it is running Java code, not waiting).
  bool is_stopped_at_poll() const { return _stopped_at_poll; }
  void set_stopped_at_poll(bool b) { _stopped_at_poll = b; }

 private:
  static thread_local JavaThread* _current;
  static JavaThread* _first;
  static const JNINativeInterface_* _jni_functions;
  std::mutex _sleep_lock;
  std::condition_variable _sleep_cv;
  std::condition_variable* _wait_cv = nullptr;
  std::mutex* _wait_mutex = nullptr;
  bool _daemon = false;
  std::atomic<bool> _interrupt_signal{false};

  ThreadLocalAllocBuffer _tlab;
  oop _pending_exception = nullptr;
  oop _threadObj = nullptr;
  intptr_t* _stack_base = nullptr;
  intptr_t* _stack_end = nullptr;
  intptr_t* _stack_limit = nullptr;
  char* _native_stack_limit = nullptr;  // lowest address + guard + StackShadowPages (attach())
  intptr_t* _stack_top = nullptr;
  Frame* _last_frame = nullptr;
  std::deque<oop> _handles;
  std::deque<oop> _jni_locals;  // a deque: jobjects point into it, so elements must not move
  std::atomic<ThreadState> _state{ThreadState::New};
  JavaThread* _next = nullptr;
  OSThread _osthread;
  std::vector<LockRecord> _lock_records;
  oop* _pending_monitor_slot = nullptr;
  bool _stopped_at_poll = false;
};

// HandleMark: handles created after it are released when it goes out of scope.
class HandleMark {
 public:
  explicit HandleMark(JavaThread* t) : _thread(t), _size(t->handles().size()) {}
  ~HandleMark() { _thread->handles().resize(_size); }
 private:
  JavaThread* _thread;
  size_t _size;
};

// Handle: an index into the thread's handle list; survives GC (the slot is updated).
class Handle {
 public:
  Handle() = default;
  Handle(JavaThread* t, oop o) : _thread(t) {
    if (o != nullptr) { _index = int(t->handles().size()); t->handles().push_back(o); }
  }
  oop operator()() const { return _index < 0 ? nullptr : _thread->handles()[_index]; }
  bool is_null() const { return _index < 0; }
 private:
  JavaThread* _thread = nullptr;
  int _index = -1;
};
