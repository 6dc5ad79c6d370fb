// The VM core's creation order: each step needs the ones before it.
#include "vm/vmInit.hpp"

#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/serial/serialHeap.hpp"
#include "interpreter/rewriter.hpp"
#include "memory/metaspace.hpp"
#include "prims/jvm.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/javaThread.hpp"
#include "runtime/vmRoots.hpp"
#include "services/gcLog.hpp"
#include "services/safepointLog.hpp"
#include "vm/globals.hpp"


JavaThread* create_vm_core(const VMBootOptions& options, std::string* error) {
  // 1. Metaspace: the compressed class space (-XX:CompressedClassSpaceSize).
  if (!Metaspace::initialize(CompressedClassSpaceSize)) {
    *error = "Could not reserve the compressed class space";
    return nullptr;
  }
  // 2. The heap, sized as HotSpot's Serial collector sizes it.
  if (CollectedHeap::heap() == nullptr) {
    const char* heap_error = nullptr;
    SerialHeap* heap = SerialHeap::create_from_flags(VMGCHost::instance(), &heap_error);
    if (heap == nullptr) {
      *error = heap_error != nullptr ? heap_error : "Could not create the Java heap";
      return nullptr;
    }
    GCLog::initialize(heap, jdk_runtime_version(options.jdk_home));
  }
  SafepointLog::initialize();
  // 3. The main thread, with a Java stack of -Xss (-XX:ThreadStackSize, in K).
  JavaThread* thread = JavaThread::current();
  if (thread == nullptr) thread = JavaThread::create_for_current_os_thread(size_t(ThreadStackSize) * K);
  if (thread == nullptr) { *error = "Could not create the main thread"; return nullptr; }
  thread->set_state(ThreadState::InVM);
  // 4. Boot class path and the well-known classes.
  if (!SystemDictionary::initialize(options.jdk_home.c_str(), options.boot_append, error)) return nullptr;
  if (vmClasses::Object_klass() == nullptr) {
    if (!vmClasses::resolve_all()) {
      *error = "Could not load the well-known classes";
      return nullptr;
    }
    // Before any constructor runs: Object.<init> registers finalizable objects as it returns.
    Rewriter::rewrite_Object_init(vmClasses::Object_klass());
  }
  // 5. Errors that must be throwable when memory is exhausted.
  if (*Exceptions::preallocated_oom_addr(Exceptions::OOMKind::JavaHeap) == nullptr) Exceptions::preallocate(thread);
  if (thread->has_pending_exception()) { *error = "Exception while creating the VM"; return nullptr; }
  // 6. The soft reference policy's first input, before any collection (HotSpot's universe_post_init).
  CollectedHeap::heap()->update_capacity_and_used_at_gc();
  return thread;
}
