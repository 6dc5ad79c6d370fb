// Entering the VM from native code (JNI functions, JVM_* entry points, VM-registered natives):
// the thread leaves the "in native" state, waiting if a safepoint is in progress, so that VM code
// may touch oops; on return it is "in native" again. HotSpot's JNI_ENTRY / JVM_ENTRY.
#pragma once

#include "runtime/exceptions.hpp"
#include "runtime/safepoint.hpp"

class ThreadInVMfromNative {
 public:
  explicit ThreadInVMfromNative(JavaThread* t) : _thread(t), _saved(t->state()) {
    if (_saved == ThreadState::InNative) {
      SafepointSynchronize::transition_from_native(t);
      t->set_state(ThreadState::InVM);
    }
  }
  ~ThreadInVMfromNative() { _thread->set_state(_saved); }
 private:
  JavaThread* _thread;
  ThreadState _saved;
};

inline JavaThread* thread_from_jni_env(JNIEnv* env) { return reinterpret_cast<JavaThread*>(env); }

// Opens a VM entry: THREAD names the current JavaThread, and VM state is held until return.
#define JNI_ENTRY_BODY(env)                           \
  JavaThread* THREAD = thread_from_jni_env(env);      \
  ThreadInVMfromNative __tiv(THREAD);                 \
  (void)THREAD
