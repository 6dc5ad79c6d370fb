// Java exceptions raised by VM code. A throw sets the thread's pending exception and the caller
// returns; callers test for it with the CHECK macros (HotSpot's exceptions.hpp protocol). No C++
// exceptions cross the VM.
#pragma once

#include "runtime/javaThread.hpp"

class InstanceKlass;
class Symbol;

#define TRAPS JavaThread* THREAD
#define HAS_PENDING_EXCEPTION (THREAD->has_pending_exception())
#define CHECK THREAD); if (HAS_PENDING_EXCEPTION) return; (void)(0
#define CHECK_NULL THREAD); if (HAS_PENDING_EXCEPTION) return nullptr; (void)(0
#define CHECK_false THREAD); if (HAS_PENDING_EXCEPTION) return false; (void)(0
#define CHECK_0 THREAD); if (HAS_PENDING_EXCEPTION) return 0; (void)(0

class Exceptions {
 public:
  // Creates an instance of the named class (boot loader) with `message` (modified UTF-8, may be
  // null) through its constructor, and makes it pending. If creating it fails, the failure is
  // what stays pending (as in HotSpot).
  static void throw_msg(JavaThread* thread, const char* class_name, const char* message);
  static void throw_msg(JavaThread* thread, InstanceKlass* klass, const char* message);
  static void throw_msg_cause(JavaThread* thread, const char* class_name, const char* message, oop cause);
  static void throw_fmt(JavaThread* thread, const char* class_name, const char* fmt, ...)
      __attribute__((format(printf, 3, 4)));
  // Makes an existing throwable pending.
  static void throw_oop(JavaThread* thread, oop exception);

  // OutOfMemoryError("Java heap space") and friends are preallocated at startup so they can be
  // thrown when the heap is full (HotSpot's Universe::out_of_memory_error_*).
  enum class OOMKind { JavaHeap, ArraySize, Metaspace, ClassMetaspace, GCOverhead, Count };
  static void throw_oom(JavaThread* thread, OOMKind kind);
  static const char* oom_message(OOMKind kind);
  static oop* preallocated_oom_addr(OOMKind kind);
  static void preallocate(JavaThread* thread);
  static void throw_stack_overflow(JavaThread* thread);
};
