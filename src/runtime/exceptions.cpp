// Creating and throwing Java exceptions from the VM, and the preallocated OutOfMemoryErrors.
#include "runtime/exceptions.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "gc/shared/barrier.hpp"
#include "runtime/javaCalls.hpp"

#include <cstdarg>
#include <cstdio>

namespace {
oop preallocated[int(Exceptions::OOMKind::Count)];
oop preallocated_soe = nullptr;
}  // namespace

const char* Exceptions::oom_message(OOMKind kind) {
  switch (kind) {
    case OOMKind::JavaHeap: return "Java heap space";
    case OOMKind::ArraySize: return "Requested array size exceeds VM limit";
    case OOMKind::Metaspace: return "Metaspace";
    case OOMKind::ClassMetaspace: return "Compressed class space";
    case OOMKind::GCOverhead: return "GC overhead limit exceeded";
    case OOMKind::Count: break;
  }
  return "";
}

oop* Exceptions::preallocated_oom_addr(OOMKind kind) { return &preallocated[int(kind)]; }

void Exceptions::throw_oop(JavaThread* thread, oop exception) { thread->set_pending_exception(exception); }

void Exceptions::throw_msg(JavaThread* thread, InstanceKlass* klass, const char* message) {
  JavaThread* THREAD = thread;
  HandleMark hm(thread);
  JavaArgs args;
  const char* sig = "()V";
  if (message != nullptr) {
    oop str = java_lang_String::create_from_utf8(message, CHECK);
    args.push_oop(str);
    sig = "(Ljava/lang/String;)V";
  }
  oop e = JavaCalls::construct(klass, sig, args, CHECK);
  thread->set_pending_exception(e);
}

void Exceptions::throw_msg(JavaThread* thread, const char* class_name, const char* message) {
  JavaThread* THREAD = thread;
  Klass* k = SystemDictionary::resolve_boot(class_name, CHECK);
  throw_msg(thread, InstanceKlass_cast(k), message);
}

void Exceptions::throw_msg_cause(JavaThread* thread, const char* class_name, const char* message, oop cause) {
  JavaThread* THREAD = thread;
  Handle c(thread, cause);
  throw_msg(thread, class_name, message);
  if (HAS_PENDING_EXCEPTION && c() != nullptr) {
    Handle e(thread, thread->pending_exception());
    thread->clear_pending_exception();
    JavaArgs args;
    args.push_oop(e());
    args.push_oop(c());
    JavaValue r;
    JavaCalls::call_virtual(&r, vmClasses::Throwable_klass(), "initCause",
                            "(Ljava/lang/Throwable;)Ljava/lang/Throwable;", args, THREAD);
    if (!HAS_PENDING_EXCEPTION) thread->set_pending_exception(e());
  }
}

void Exceptions::throw_fmt(JavaThread* thread, const char* class_name, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  throw_msg(thread, class_name, buf);
}

void Exceptions::preallocate(JavaThread* thread) {
  // As HotSpot's Universe::create_preallocated_out_of_memory_errors: instances allocated directly
  // with their message set, no constructor run (it would need the JDK's natives, and these must
  // exist before anything can fail). Their stack traces are filled when thrown (docs/STATUS.md).
  JavaThread* THREAD = thread;
  auto make = [&](InstanceKlass* k, const char* message) -> oop {
    HandleMark hm(thread);
    Handle msg(thread, message != nullptr ? java_lang_String::create_from_utf8(message, THREAD) : nullptr);
    if (HAS_PENDING_EXCEPTION) return nullptr;
    oop e = oopFactory::new_instance(k, THREAD);
    if (e != nullptr && !msg.is_null()) oop_store_at(e, java_lang_Throwable::detailMessage_offset, msg());
    return e;
  };
  for (int i = 0; i < int(OOMKind::Count); i++) preallocated[i] = make(vmClasses::OutOfMemoryError_klass(), oom_message(OOMKind(i)));
  preallocated_soe = make(vmClasses::StackOverflowError_klass(), nullptr);
}

void Exceptions::throw_oom(JavaThread* thread, OOMKind kind) {
  // A fresh error when the heap allows (so each has its own stack trace); else the preallocated one.
  oop pre = preallocated[int(kind)];
  if (kind != OOMKind::JavaHeap) {
    throw_msg(thread, vmClasses::OutOfMemoryError_klass(), oom_message(kind));
    if (thread->has_pending_exception() &&
        thread->pending_exception()->klass() == vmClasses::OutOfMemoryError_klass()) return;
    thread->clear_pending_exception();
  }
  thread->set_pending_exception(pre);
}

// As HotSpot: a new StackOverflowError with the overflowing thread's stack trace (at most
// MaxJavaStackTraceDepth frames), built in the guard zones, which are opened for the purpose (the
// yellow zone). An overflow while building it (the zones in use already), or no memory for it,
// gives the preallocated one, without a trace.
void Exceptions::throw_stack_overflow(JavaThread* thread) {
  intptr_t* limit = thread->stack_limit();
  if (limit == thread->stack_end()) {
    thread->set_pending_exception(preallocated_soe);
    return;
  }
  thread->set_stack_limit(thread->stack_end());
  throw_msg(thread, vmClasses::StackOverflowError_klass(), nullptr);
  thread->set_stack_limit(limit);
  if (!thread->has_pending_exception() ||
      thread->pending_exception()->klass() != vmClasses::StackOverflowError_klass()) {
    thread->clear_pending_exception();
    thread->set_pending_exception(preallocated_soe);
  }
}

oop* exceptions_preallocated_soe_addr() { return &preallocated_soe; }
