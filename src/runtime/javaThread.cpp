// JavaThread creation, the Java stack block, and the thread list.
#include "runtime/javaThread.hpp"

#include <mutex>
#include <sys/mman.h>

thread_local JavaThread* JavaThread::_current = nullptr;
JavaThread* JavaThread::_first = nullptr;

namespace {
std::mutex threads_lock;
}

JavaThread* JavaThread::create_for_current_os_thread(size_t java_stack_bytes) {
  auto* t = new JavaThread();
  t->_jni_env.functions = nullptr;  // set by prims/jni.cpp when JNI is initialized
  void* p = mmap(nullptr, java_stack_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) { delete t; return nullptr; }
  t->_stack_base = static_cast<intptr_t*>(p);
  t->_stack_end = t->_stack_base + java_stack_bytes / sizeof(intptr_t);
  t->_stack_top = t->_stack_base;
  t->set_state(ThreadState::InVM);
  {
    std::lock_guard<std::mutex> g(threads_lock);
    t->_next = _first;
    _first = t;
  }
  _current = t;
  return t;
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
