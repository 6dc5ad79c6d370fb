// JavaThread creation, the Java stack block, the thread list, and waking for interrupts.
#include "runtime/javaThread.hpp"

#include "runtime/safepoint.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <pthread.h>
#include <unistd.h>

#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

thread_local JavaThread* JavaThread::_current = nullptr;
JavaThread* JavaThread::_first = nullptr;
const JNINativeInterface_* JavaThread::_jni_functions = nullptr;

namespace {
std::mutex threads_lock;

int64_t monotonic_nanos() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
}  // namespace

std::mutex& JavaThread::list_lock() { return threads_lock; }

JavaThread* JavaThread::create(size_t java_stack_bytes) {
  // Smaller requests (Thread's stackSize) are raised to the minimum; the guard zones always fit.
  const size_t page = size_t(sysconf(_SC_PAGESIZE));
  const size_t zones = size_t(StackShadowPages + StackYellowPages + StackRedPages + StackReservedPages) * page;
  java_stack_bytes = align_up(std::max({java_stack_bytes, min_stack_bytes, zones + 10 * page}), page);
  auto* t = new JavaThread();
  t->_jni_env.functions = _jni_functions;
  void* p = mmap(nullptr, java_stack_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) { delete t; return nullptr; }
  t->_stack_base = static_cast<intptr_t*>(p);
  t->_stack_end = t->_stack_base + java_stack_bytes / sizeof(intptr_t);
  t->_stack_limit = t->_stack_end - zones / sizeof(intptr_t);
  t->_stack_top = t->_stack_base;
  t->_osthread.start_nanos = monotonic_nanos();
  {
    std::lock_guard<std::mutex> g(threads_lock);
    t->_next = _first;
    _first = t;
  }
  return t;
}

void JavaThread::attach() {
  _osthread.thread_id = pid_t(gettid());
  _osthread.pthread_id = pthread_self();
  _current = this;  // the state stays New (safe for safepoints) until the caller enters the VM
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* low = nullptr;
    size_t size = 0, guard = 0;
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_getguardsize(&attr, &guard);
    pthread_attr_destroy(&attr);
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    _native_stack_limit = static_cast<char*>(low) + guard + size_t(StackShadowPages + StackRedPages + StackYellowPages) * page;
  }
}

JavaThread* JavaThread::create_for_current_os_thread(size_t java_stack_bytes) {
  JavaThread* t = create(java_stack_bytes);
  if (t != nullptr) {
    t->attach();
    SafepointSynchronize::transition_from_native(t);
    t->set_state(ThreadState::InVM);
  }
  return t;
}

void JavaThread::wake_for_interrupt() {
  _interrupt_signal.store(true);
  { std::lock_guard<std::mutex> g(_sleep_lock); }
  _sleep_cv.notify_all();
  std::lock_guard<std::mutex> g(threads_lock);  // _wait_cv is set and cleared by its owner under its own mutex
  if (_wait_cv != nullptr && _wait_mutex != nullptr) {
    std::lock_guard<std::mutex> w(*_wait_mutex);
    _wait_cv->notify_all();
  }
}

void JavaThread::destroy() {
  {
    std::lock_guard<std::mutex> g(threads_lock);
    for (JavaThread** p = &_first; *p != nullptr; p = &(*p)->_next) {
      if (*p == this) { *p = _next; break; }
    }
  }
  munmap(_stack_base, size_t(_stack_end - _stack_base) * sizeof(intptr_t));
  if (_current == this) _current = nullptr;
  delete this;
}
