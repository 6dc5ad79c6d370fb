// Safepoints: stop-the-world points. Java threads poll at method entry and backward branches
// (DESIGN §6); threads in native code or blocked count as stopped already and, on leaving that
// state, wait until the world is started again. Each safepoint runs one VM operation, named as
// HotSpot names it ("GenCollectForAllocation", "PrintThreads", "ThreadDump" ...), and is timed
// in HotSpot's phases for -Xlog:safepoint (services/safepointLog.cpp prints them).
#pragma once

#include <atomic>
#include <cstdint>

class JavaThread;

// One safepoint's timeline, as HotSpot's SafepointTracing reports it.
struct SafepointEvent {
  const char* operation;      // the VM operation's name
  int64_t since_last_ns;      // from the end of the previous safepoint (or VM start) to this begin
  int64_t reaching_ns;        // begin until every other thread was safe
  int64_t cleanup_ns;         // safepoint cleanup tasks (jvmlab has none: 0)
  int64_t at_safepoint_ns;    // the operation itself
  int64_t total_ns;
};

class SafepointSynchronize {
 public:
  static bool is_requested() { return _requested.load(std::memory_order_relaxed); }
  // Called by a Java thread that saw the request: parks until the safepoint ends.
  static void block(JavaThread* thread);
  // Begin/end a safepoint from the requesting thread (the one that will run the VM operation).
  // One safepoint at a time: a requester that has to wait for another one in progress waits in
  // the Blocked state, so that one can reach its safepoint. `operation` names it in the log.
  static void begin(JavaThread* requester, const char* operation);
  static void end(JavaThread* requester);
  // The thread running the current VM operation (null outside safepoints).
  static JavaThread* requester() { return _requester; }
  // Thread state transitions that may have to wait for a safepoint in progress.
  static void transition_from_native(JavaThread* thread);
  static void transition_to_blocked(JavaThread* thread);
  static void transition_from_blocked(JavaThread* thread);

  // -Xlog:safepoint: called at the end of every safepoint (services/safepointLog.cpp). Also
  // starts the "time since last" clock (HotSpot's SafepointTracing::init).
  static void set_event_callback(void (*callback)(const SafepointEvent&));

 private:
  static std::atomic<bool> _requested;
  static JavaThread* _requester;
};

// Names the VM operation of the collections the current thread starts in this scope (the
// collector stops the world through VMGCHost, which does not know why): HotSpot's
// VM_GenCollectFull for System.gc() is "GenCollectFull"; the default, a collection for an
// allocation, is "GenCollectForAllocation".
class GCOperationMark {
 public:
  explicit GCOperationMark(const char* name) : _saved(_current) { _current = name; }
  ~GCOperationMark() { _current = _saved; }
  static const char* current() { return _current != nullptr ? _current : "GenCollectForAllocation"; }

 private:
  const char* _saved;
  static thread_local const char* _current;
};
