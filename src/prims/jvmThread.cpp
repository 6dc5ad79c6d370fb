// jvm.h entry points for java.lang.Thread, Object's monitor methods and java.lang.ref.Reference
// (the natives libjava's Thread.c, Object.c and Reference.c bind to).
#include "classfile/javaClasses.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "gc/shared/referencePendingList.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/synchronizer.hpp"
#include "runtime/park.hpp"
#include "runtime/threads.hpp"
#include "services/log.hpp"
#include "services/threadService.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <pthread.h>
#include <sched.h>

namespace {
int referent_offset() {
  static int off = find_field_offset(vmClasses::Reference_klass(), "referent", "Ljava/lang/Object;");
  return off;
}

// HotSpot's os::errno_name for the errors thread creation can meet.
const char* errno_name(int e) {
  switch (e) {
    case EAGAIN: return "EAGAIN";
    case ENOMEM: return "ENOMEM";
    case EINVAL: return "EINVAL";
    case EPERM: return "EPERM";
    default: return strerror(e);
  }
}

// Consumes a pending interrupt of the current thread (Thread.interrupted semantics).
bool take_interrupt(JavaThread* thread) {
  oop t = thread->threadObj();
  thread->clear_interrupt_signal();
  if (t == nullptr || !java_lang_Thread::interrupted(t)) return false;
  java_lang_Thread::set_interrupted(t, false);
  return true;
}
}  // namespace

extern "C" {

JNIEXPORT void JNICALL JVM_StartThread(JNIEnv* env, jobject thread) {
  JNI_ENTRY_BODY(env);
  ThreadStartFailure failure;
  if (Threads::start(JNIHandles::resolve(thread), &failure, THREAD)) return;
  // HotSpot's warnings (os::create_thread, JVM_StartThread), e.g.
  //   [0.897s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed
  //   (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.
  //   [0.898s][warning][os,thread] Failed to start the native thread for java.lang.Thread "sleeper-588"
  // The new OS thread is not yet bound to its java.lang.Thread, hence "Unknown thread". jvmlab
  // also maps a Java stack block per thread; when that mapping is what the OS refused, the
  // first line names mmap and that block's size instead.
  if (strcmp(failure.call, "pthread_create") == 0) {
    log_warning(os, thread)("Failed to start thread \"Unknown thread\" - pthread_create failed (%s) for attributes: "
                            "stacksize: %zuk, guardsize: %zuk, %s.", errno_name(failure.error),
                            failure.stack_size / K, failure.guard_size / K, failure.detached ? "detached" : "joinable");
  } else {
    log_warning(os, thread)("Failed to start thread \"Unknown thread\" - %s failed (%s) for its Java stack: %zuk.",
                            failure.call, errno_name(failure.error), failure.stack_size / K);
  }
  oop name = JNIHandles::resolve(thread)->obj_field(java_lang_Thread::name_offset);
  log_warning(os, thread)("Failed to start the native thread for java.lang.Thread \"%s\"",
                          name == nullptr ? "" : java_lang_String::as_utf8(name).c_str());
  // os::native_thread_creation_failed_msg(), DESIGN §3.
  Exceptions::throw_msg(THREAD, "java/lang/OutOfMemoryError",
                        "unable to create native thread: possibly out of memory or process/resource limits reached");
}

JNIEXPORT void JNICALL JVM_StopThread(JNIEnv* env, jobject thread, jobject exception) {
  JNI_ENTRY_BODY(env);
  // Thread.stop is deprecated and throws UnsupportedOperationException in Java before reaching here.
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", nullptr);
}

JNIEXPORT void JNICALL JVM_SuspendThread(JNIEnv* env, jobject thread) {
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "Thread.suspend is not supported by jvmlab");
}

JNIEXPORT void JNICALL JVM_ResumeThread(JNIEnv* env, jobject thread) {
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "Thread.resume is not supported by jvmlab");
}

JNIEXPORT void JNICALL JVM_SetThreadPriority(JNIEnv* env, jobject thread, jint prio) {
  // The Java field holds the priority; OS priorities are not changed (as HotSpot on Linux by default).
  (void)env; (void)thread; (void)prio;
}

JNIEXPORT void JNICALL JVM_Yield(JNIEnv* env, jclass threadClass) { sched_yield(); }

JNIEXPORT void JNICALL JVM_Sleep(JNIEnv* env, jclass threadClass, jlong millis) {
  JNI_ENTRY_BODY(env);
  if (millis < 0) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "timeout value is negative");
    return;
  }
  if (take_interrupt(THREAD)) {
    Exceptions::throw_msg(THREAD, "java/lang/InterruptedException", "sleep interrupted");
    return;
  }
  if (millis == 0) { sched_yield(); return; }
  Handle t(THREAD, THREAD->threadObj());
  if (!t.is_null()) java_lang_Thread::set_status(t(), java_lang_Thread::SLEEPING);
  THREAD->set_state(ThreadState::Blocked);
  {
    std::unique_lock<std::mutex> g(THREAD->sleep_lock());
    THREAD->sleep_cv().wait_for(g, std::chrono::milliseconds(millis), [&] { return THREAD->interrupt_signaled(); });
  }
  SafepointSynchronize::transition_from_blocked(THREAD);
  THREAD->set_state(ThreadState::InVM);
  if (!t.is_null()) java_lang_Thread::set_status(t(), java_lang_Thread::RUNNABLE);
  if (take_interrupt(THREAD)) Exceptions::throw_msg(THREAD, "java/lang/InterruptedException", "sleep interrupted");
}

JNIEXPORT jobject JNICALL JVM_CurrentThread(JNIEnv* env, jclass threadClass) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_local(THREAD, THREAD->threadObj());
}

JNIEXPORT void JNICALL JVM_Interrupt(JNIEnv* env, jobject thread) {
  JNI_ENTRY_BODY(env);
  // Thread.interrupt has set the Java field; wake the target if it sleeps, waits or parks
  // (HotSpot's JavaThread::interrupt: the sleep and wait events, then the LockSupport parker).
  JavaThread* target = Threads::thread_for(JNIHandles::resolve(thread));
  if (target != nullptr) {
    target->wake_for_interrupt();
    Parker::unpark_thread(target);
  }
}

JNIEXPORT jboolean JNICALL JVM_HoldsLock(JNIEnv* env, jclass threadClass, jobject obj) {
  JNI_ENTRY_BODY(env);
  oop o = JNIHandles::resolve(obj);
  if (o == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return JNI_FALSE;
  }
  return ObjectSynchronizer::holds_lock(THREAD, o) ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jobjectArray JNICALL JVM_GetAllThreads(JNIEnv* env, jclass dummy) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  std::vector<Handle> threads;
  for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next())
    if (t->threadObj() != nullptr && t->state() != ThreadState::Terminated) threads.emplace_back(THREAD, t->threadObj());
  arrayOop a = oopFactory::new_objArray(vmClasses::Thread_klass(), int(threads.size()), CHECK_NULL);
  for (size_t i = 0; i < threads.size(); i++) oop_store(&a->elements<narrowOop>()[i], threads[i]());
  return reinterpret_cast<jobjectArray>(JNIHandles::make_local(THREAD, a));
}

JNIEXPORT jobjectArray JNICALL JVM_DumpThreads(JNIEnv* env, jclass threadClass, jobjectArray threads) {
  JNI_ENTRY_BODY(env);
  // Thread.getStackTrace of another thread and Thread.getAllStackTraces (VM_ThreadDump).
  HandleMark hm(THREAD);
  arrayOop traces = ThreadService::dump_stack_traces(Handle(THREAD, JNIHandles::resolve(threads)), CHECK_NULL);
  return reinterpret_cast<jobjectArray>(JNIHandles::make_local(THREAD, traces));
}

JNIEXPORT void JNICALL JVM_SetNativeThreadName(JNIEnv* env, jobject jthread, jstring name) {
  JNI_ENTRY_BODY(env);
  // Only the current thread may rename itself (HotSpot does the same); Linux keeps 15 bytes.
  if (Threads::thread_for(JNIHandles::resolve(jthread)) != THREAD) return;
  std::string n = java_lang_String::as_utf8(JNIHandles::resolve(name));
  pthread_setname_np(pthread_self(), n.substr(0, 15).c_str());
}

JNIEXPORT void JNICALL JVM_MonitorWait(JNIEnv* env, jobject handle, jlong ms) {
  JNI_ENTRY_BODY(env);
  if (ms < 0) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "timeout value is negative");
    return;
  }
  if (take_interrupt(THREAD)) {
    Exceptions::throw_msg(THREAD, "java/lang/InterruptedException", nullptr);
    return;
  }
  Handle t(THREAD, THREAD->threadObj());
  if (!t.is_null()) java_lang_Thread::set_status(t(), ms == 0 ? java_lang_Thread::IN_OBJECT_WAIT : java_lang_Thread::IN_OBJECT_WAIT_TIMED);
  ObjectSynchronizer::wait(THREAD, reinterpret_cast<oop*>(handle), ms);
  if (!t.is_null()) java_lang_Thread::set_status(t(), java_lang_Thread::RUNNABLE);
  if (!HAS_PENDING_EXCEPTION && take_interrupt(THREAD))
    Exceptions::throw_msg(THREAD, "java/lang/InterruptedException", nullptr);
}

JNIEXPORT void JNICALL JVM_MonitorNotify(JNIEnv* env, jobject handle) {
  JNI_ENTRY_BODY(env);
  ObjectSynchronizer::notify(THREAD, JNIHandles::resolve(handle), false);
}

JNIEXPORT void JNICALL JVM_MonitorNotifyAll(JNIEnv* env, jobject handle) {
  JNI_ENTRY_BODY(env);
  ObjectSynchronizer::notify(THREAD, JNIHandles::resolve(handle), true);
}

JNIEXPORT void JNICALL JVM_WaitForReferencePendingList(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  ReferencePendingList::wait_until_non_empty(THREAD);
}

JNIEXPORT jboolean JNICALL JVM_HasReferencePendingList(JNIEnv* env) {
  return ReferencePendingList::is_empty() ? JNI_FALSE : JNI_TRUE;
}

JNIEXPORT jobject JNICALL JVM_GetAndClearReferencePendingList(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_local(THREAD, ReferencePendingList::take_all());
}

JNIEXPORT jboolean JNICALL JVM_ReferenceRefersTo(JNIEnv* env, jobject ref, jobject o) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::resolve(ref)->obj_field(referent_offset()) == JNIHandles::resolve(o) ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_PhantomReferenceRefersTo(JNIEnv* env, jobject ref, jobject o) {
  return JVM_ReferenceRefersTo(env, ref, o);
}

JNIEXPORT void JNICALL JVM_ReferenceClear(JNIEnv* env, jobject ref) {
  JNI_ENTRY_BODY(env);
  oop_store_at(JNIHandles::resolve(ref), referent_offset(), nullptr);
}

}  // extern "C"
