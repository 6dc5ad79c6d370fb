// The JVM_* entry points for exception stack traces (jvm.h, JDK 17): Throwable.fillInStackTrace
// and StackTraceElement.initStackTraceElements (initStackTraceElement is with StackWalker, in
// stackWalk.cpp). The work is in runtime/stackTrace.cpp.
#include "prims/jniHandles.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/stackTrace.hpp"

extern "C" {

// Throwable.fillInStackTrace(int): records the calling thread's frames in the throwable. As in
// HotSpot, a failure to allocate the trace is not an error of the caller: the throwable is left
// without a trace and whatever exception was pending before stays pending.
JNIEXPORT void JNICALL JVM_FillInStackTrace(JNIEnv* env, jobject receiver) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle throwable(THREAD, JNIHandles::resolve(receiver));
  Handle preserved(THREAD, THREAD->pending_exception());
  THREAD->clear_pending_exception();
  StackTrace::fill_in(throwable, THREAD);
  THREAD->clear_pending_exception();
  if (!preserved.is_null()) THREAD->set_pending_exception(preserved());
}

// StackTraceElement.of(Throwable, depth): fills the preallocated elements from the backtrace.
JNIEXPORT void JNICALL JVM_InitStackTraceElementArray(JNIEnv* env, jobjectArray elements, jobject throwable) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle e(THREAD, JNIHandles::resolve(elements));
  Handle t(THREAD, JNIHandles::resolve(throwable));
  StackTrace::init_elements(e, t, THREAD);
}

}  // extern "C"
