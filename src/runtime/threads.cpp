// Starting and ending Java threads on OS threads (DESIGN §6). A started thread runs
// Thread.run(); at the end it dispatches an uncaught exception (Thread.dispatchUncaughtException,
// which prints `Exception in thread "name" ...`), calls Thread.exit(), and wakes joiners
// (HotSpot's JavaThread::exit and ensure_join).
#include "runtime/threads.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/collectedHeap.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/synchronizer.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <pthread.h>

namespace {
std::mutex live_lock;
std::condition_variable& live_cv = *new std::condition_variable();  // never destroyed (exit with waiters)
int non_daemon_threads = 0;

size_t native_stack_size(jlong requested) {
  size_t xss = requested > 0 ? size_t(requested) : size_t(ThreadStackSize) * K;
  // The interpreter keeps Java frames in their own block (sized by -Xss); the OS stack holds
  // the C++ of the VM and of native methods, which must not be starved by a small -Xss.
  return std::max(xss, size_t(2 * M));
}

void thread_main(JavaThread* thread) {
  JavaThread* THREAD = thread;
  thread->attach();
  SafepointSynchronize::transition_from_native(thread);  // wait out a safepoint in progress
  thread->set_state(ThreadState::InVM);
  {
    HandleMark hm(thread);
    Handle obj(thread, thread->threadObj());
    java_lang_Thread::set_status(obj(), java_lang_Thread::RUNNABLE);
    JavaArgs args;
    args.push_oop(obj());
    JavaValue r;
    JavaCalls::call_virtual(&r, vmClasses::Thread_klass(), "run", "()V", args, THREAD);
  }
  Threads::exit_current_thread(thread);
}

void* thread_entry(void* arg) {
  thread_main(static_cast<JavaThread*>(arg));
  return nullptr;
}
}  // namespace

namespace {
// The Java side of a thread's end (HotSpot's JavaThread::exit): an uncaught exception goes to
// Thread.dispatchUncaughtException (which prints `Exception in thread "name" ...`), then
// Thread.exit() runs, then ensure_join marks the thread TERMINATED and wakes Thread.join.
void exit_java_side(JavaThread* THREAD) {
  HandleMark hm(THREAD);
  Handle obj(THREAD, THREAD->threadObj());
  if (THREAD->has_pending_exception()) {
    Handle e(THREAD, THREAD->pending_exception());
    THREAD->clear_pending_exception();
    JavaArgs args;
    args.push_oop(obj());
    args.push_oop(e());
    JavaValue r;
    JavaCalls::call_virtual(&r, vmClasses::Thread_klass(), "dispatchUncaughtException",
                            "(Ljava/lang/Throwable;)V", args, THREAD);
    THREAD->clear_pending_exception();
  }
  if (obj.is_null()) return;
  JavaArgs args;
  args.push_oop(obj());
  JavaValue r;
  JavaCalls::call_virtual(&r, vmClasses::Thread_klass(), "exit", "()V", args, THREAD);
  THREAD->clear_pending_exception();
  // Locked through a handle slot: the thread object may move while we wait for its monitor.
  THREAD->handles().push_back(obj());
  oop* slot = &THREAD->handles().back();
  ObjectSynchronizer::enter(THREAD, slot);
  java_lang_Thread::set_status(*slot, java_lang_Thread::TERMINATED);
  java_lang_Thread::set_thread(*slot, nullptr);
  ObjectSynchronizer::notify(THREAD, *slot, true);
  ObjectSynchronizer::exit(THREAD, *slot);
  THREAD->clear_pending_exception();
}
}  // namespace

void Threads::exit_current_thread(JavaThread* thread) {
  exit_java_side(thread);  // its handles are released before the thread is destroyed below
  bool daemon = thread->is_daemon();
  CollectedHeap::heap()->retire_tlab(&thread->tlab());
  thread->lock_records().clear();
  // The thread stays unsafe for safepoints (in VM) until it has left the thread list, so the
  // list never changes under a stopped world (thread dumps and the collector walk it).
  thread->destroy();
  if (!daemon) {
    std::lock_guard<std::mutex> g(live_lock);
    non_daemon_threads--;
    live_cv.notify_all();
  }
}

bool Threads::start(oop thread_obj, ThreadStartFailure* failure, TRAPS) {
  if (java_lang_Thread::thread(thread_obj) != nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalThreadStateException", nullptr);
    return true;
  }
  jlong requested = java_lang_Thread::stack_size(thread_obj);
  size_t java_stack = requested > 0 ? size_t(requested) : size_t(ThreadStackSize) * K;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, native_stack_size(requested));
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  auto describe = [&](const char* call, int error, size_t stack_size) {
    failure->call = call;
    failure->error = error;
    failure->stack_size = stack_size;
    pthread_attr_getguardsize(&attr, &failure->guard_size);
    int detach = 0;
    pthread_attr_getdetachstate(&attr, &detach);
    failure->detached = detach == PTHREAD_CREATE_DETACHED;
    pthread_attr_destroy(&attr);
    return false;
  };
  JavaThread* t = JavaThread::create(java_stack);
  if (t == nullptr) return describe("mmap", errno, java_stack);
  t->set_threadObj(thread_obj);
  t->set_daemon(java_lang_Thread::is_daemon(thread_obj));
  java_lang_Thread::set_thread(thread_obj, t);  // isAlive() is true from here on
  if (!t->is_daemon()) {
    std::lock_guard<std::mutex> g(live_lock);
    non_daemon_threads++;
  }
  pthread_t tid;
  int rc = pthread_create(&tid, &attr, thread_entry, t);
  if (rc != 0) {
    java_lang_Thread::set_thread(thread_obj, nullptr);
    if (!t->is_daemon()) {
      std::lock_guard<std::mutex> g(live_lock);
      non_daemon_threads--;
    }
    t->destroy();
    size_t stack_size = 0;
    pthread_attr_getstacksize(&attr, &stack_size);
    return describe("pthread_create", rc, stack_size);
  }
  pthread_attr_destroy(&attr);
  return true;
}

JavaThread* Threads::thread_for(oop thread_obj) { return java_lang_Thread::thread(thread_obj); }

void Threads::add_main_thread() {
  std::lock_guard<std::mutex> g(live_lock);
  non_daemon_threads++;
}

void Threads::wait_for_non_daemon_threads() {
  std::unique_lock<std::mutex> g(live_lock);
  live_cv.wait(g, [] { return non_daemon_threads == 0; });
}

jint Threads::attach_current_thread(void** penv, void* args, bool daemon) {
  (void)args;
  if (JavaThread* t = JavaThread::current()) {
    *penv = &t->_jni_env;
    return JNI_OK;
  }
  JavaThread* t = JavaThread::create_for_current_os_thread(size_t(ThreadStackSize) * K);
  if (t == nullptr) return JNI_ENOMEM;
  t->set_daemon(daemon);
  // Thread object creation for attached threads (HotSpot's attach_current_thread) comes with the
  // launcher's use of it; jvmlab's launcher runs main on the creating thread.
  t->set_state(ThreadState::InNative);
  *penv = &t->_jni_env;
  return JNI_OK;
}

jint Threads::detach_current_thread() {
  JavaThread* t = JavaThread::current();
  if (t == nullptr) return JNI_OK;
  if (t->last_frame() != nullptr) return JNI_ERR;  // Java frames still on the stack
  // As HotSpot's JavaThread::exit for a JNI detach: an uncaught exception is dispatched,
  // Thread.exit() runs, joiners are woken.
  SafepointSynchronize::transition_from_native(t);  // waits out a safepoint in progress
  t->set_state(ThreadState::InVM);
  exit_current_thread(t);
  return JNI_OK;
}
