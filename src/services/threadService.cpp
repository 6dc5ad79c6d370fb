// Thread dumps as HotSpot 17 prints them (see threadService.hpp). One thread of the dump:
//
//   "main" #1 prio=5 os_prio=0 cpu=40.59ms elapsed=1.19s tid=0x00007fd308017920 nid=0x63e7 waiting on condition  [0x00007fd30dbfe000]
//      java.lang.Thread.State: TIMED_WAITING (sleeping)
//   	at java.lang.Thread.sleep(java.base@17.0.15/Native Method)
//   	at Main.holder(Main.java:12)
//   	- locked <0x00000006874864c8> (a java.lang.Object)
//
// tid= is the JavaThread's address, nid= the kernel thread id, the bracket a guess at the top of
// the thread's Java stack (its last frame, page-aligned: HotSpot's last_Java_sp). The word
// before it is the OS-level state: "runnable", "waiting for monitor entry", "in Object.wait()",
// or "waiting on condition" (sleeping, parked, or waiting inside the VM; the thread that runs
// the dump itself is waiting for it, as HotSpot's requester waits for its VM thread).
//
// Lock lines follow each frame (javaVFrame::print_lock_info_on): on the top frame "waiting on"
// (Object.wait's receiver), "parking to wait for " (Thread.parkBlocker) or "waiting to lock" (the
// monitor being entered); then, newest first, the monitors the frame holds: those its
// monitorenter bytecodes took (the thread's lock records) and its synchronized method's own.
//
// jvmlab has no VM thread, no GC worker threads and no compiler threads, so HotSpot's lines for
// them ("VM Thread", "VM Periodic Task Thread"...) have no counterpart here, and neither has
// HotSpot's "Threads class SMR info" block (its thread-list implementation).
#include "services/threadService.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/serial/serialHeap.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/frame.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "prims/jniHandles.hpp"
#include "prims/jvm.hpp"
#include "runtime/mutexLocker.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/stackTrace.hpp"
#include "runtime/synchronizer.hpp"
#include "services/gcLog.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <sys/resource.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace {
// ---- Fields the dump reads, looked up before the safepoint (lookups may load classes) --------

struct DumpFields {
  int thread_tid = -1;          // java.lang.Thread.tid
  int thread_park_blocker = -1; // java.lang.Thread.parkBlocker
  Klass* aos = nullptr;         // java.util.concurrent.locks.AbstractOwnableSynchronizer
  int aos_owner = -1;           // its exclusiveOwnerThread
  Symbol* wait_name = nullptr;
};
DumpFields fields;

std::mutex fields_lock;

void prepare(JavaThread* THREAD) {
  StackTrace::prepare_element_text(THREAD);
  // Taken safepoint-safely: the class lookup below may collect.
  SafepointSafeLocker<std::mutex> g(fields_lock, THREAD);
  if (fields.wait_name != nullptr) return;
  InstanceKlass* t = vmClasses::Thread_klass();
  fields.thread_tid = find_field_offset(t, "tid", "J");
  fields.thread_park_blocker = find_field_offset(t, "parkBlocker", "Ljava/lang/Object;");
  Klass* aos = SystemDictionary::resolve_boot("java/util/concurrent/locks/AbstractOwnableSynchronizer", THREAD);
  if (HAS_PENDING_EXCEPTION) THREAD->clear_pending_exception();
  if (aos != nullptr) {
    fields.aos_owner = find_field_offset(aos, "exclusiveOwnerThread", "Ljava/lang/Thread;");
    fields.aos = aos;
  }
  fields.wait_name = SymbolTable::lookup("wait");
}

// ---- Formatting ---------------------------------------------------------------------------

void appendf(std::string* out, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void appendf(std::string* out, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if (size_t(n) < sizeof buf) { out->append(buf, size_t(n)); return; }
  std::string big(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  big.resize(size_t(n));
  out->append(big);
}

uintptr_t p2i(const void* p) { return reinterpret_cast<uintptr_t>(p); }

// Klass::external_name: "java.lang.Object", "[Ljava.lang.String;", a hidden class with "/0x...".
std::string external_name(const Klass* k) {
  std::string n = k->name()->as_external_name();
  if (k->is_instance_klass() && static_cast<const InstanceKlass*>(k)->is_hidden()) {
    size_t plus = n.rfind('+');
    if (plus != std::string::npos) n[plus] = '/';
  }
  return n;
}

// "\t- locked <0x...> (a java.lang.Object)" (javaVFrame::print_locked_object_class_name): a
// class object is described by the class it stands for.
void print_object_line(std::string* out, const char* state, oop o) {
  if (o == nullptr) return;
  appendf(out, "\t- %s <0x%016lx> ", state, p2i(o));
  if (o->klass() == vmClasses::Class_klass()) {
    BasicType t = java_lang_Class::primitive_type(o);
    std::string name = t != T_ILLEGAL ? type2name(t) : external_name(java_lang_Class::as_klass(o));
    appendf(out, "(a java.lang.Class for %s)\n", name.c_str());
  } else {
    appendf(out, "(a %s)\n", external_name(o->klass()).c_str());
  }
}

// JavaThread::get_thread_name: Thread.name, or "Unknown thread" without a java.lang.Thread.
std::string thread_name(JavaThread* t) {
  oop obj = t->threadObj();
  oop name = obj != nullptr ? obj->obj_field(java_lang_Thread::name_offset) : nullptr;
  return name != nullptr ? java_lang_String::as_utf8(name) : std::string("Unknown thread");
}

// java_lang_Thread::thread_status_name.
const char* status_name(jint status) {
  switch (status) {
    case java_lang_Thread::NEW: return "NEW";
    case java_lang_Thread::RUNNABLE: return "RUNNABLE";
    case java_lang_Thread::SLEEPING: return "TIMED_WAITING (sleeping)";
    case java_lang_Thread::IN_OBJECT_WAIT: return "WAITING (on object monitor)";
    case java_lang_Thread::IN_OBJECT_WAIT_TIMED: return "TIMED_WAITING (on object monitor)";
    case java_lang_Thread::PARKED: return "WAITING (parking)";
    case java_lang_Thread::PARKED_TIMED: return "TIMED_WAITING (parking)";
    case java_lang_Thread::BLOCKED_ON_MONITOR_ENTER: return "BLOCKED (on object monitor)";
    case java_lang_Thread::TERMINATED: return "TERMINATED";
    default: return "UNKNOWN";
  }
}

jint thread_status(JavaThread* t) {
  oop obj = t->threadObj();
  return obj != nullptr ? java_lang_Thread::status(obj) : jint(java_lang_Thread::RUNNABLE);
}

bool is_object_wait(const Method* m) {
  return m->name() == fields.wait_name && m->holder() == vmClasses::Object_klass();
}

// OSThread::print_on's state word, derived from what the thread is doing (see the file header).
// Re-entering the monitor at the end of Object.wait is still "in Object.wait()", as in HotSpot.
const char* os_state(JavaThread* t, jint status) {
  if (t == SafepointSynchronize::requester()) return "waiting on condition";
  switch (status) {
    case java_lang_Thread::IN_OBJECT_WAIT: case java_lang_Thread::IN_OBJECT_WAIT_TIMED: return "in Object.wait()";
    case java_lang_Thread::BLOCKED_ON_MONITOR_ENTER:
      return t->last_frame() != nullptr && is_object_wait(t->last_frame()->_method) ? "in Object.wait()"
                                                                                   : "waiting for monitor entry";
    case java_lang_Thread::SLEEPING: case java_lang_Thread::PARKED: case java_lang_Thread::PARKED_TIMED:
      return "waiting on condition";
    default: break;
  }
  if (t->pending_monitor_slot() != nullptr) return "waiting for monitor entry";
  if (t->state() == ThreadState::Blocked && !t->is_stopped_at_poll()) return "waiting on condition";
  return "runnable";
}

oop park_blocker(JavaThread* t) {
  oop obj = t->threadObj();
  return obj != nullptr && fields.thread_park_blocker >= 0 ? obj->obj_field(fields.thread_park_blocker) : nullptr;
}

// The thread owning an AbstractOwnableSynchronizer (ReentrantLock's Sync ...), null if blocker
// is not one or is free.
JavaThread* aos_owner(oop blocker) {
  if (blocker == nullptr || fields.aos == nullptr || !blocker->klass()->is_subtype_of(fields.aos)) return nullptr;
  oop owner = blocker->obj_field(fields.aos_owner);
  return owner != nullptr ? java_lang_Thread::thread(owner) : nullptr;
}

// Whether the slot the thread is blocked on belongs to a Java frame (monitorenter's operand or a
// synchronized method's Frame::_lock) rather than to JNI MonitorEnter or the VM.
bool pending_is_from_java(JavaThread* t) {
  oop* slot = t->pending_monitor_slot();
  for (Frame* f = t->last_frame(); f != nullptr; f = f->_prev) {
    if (slot == &f->_lock) return true;
  }
  Frame* top = t->last_frame();
  auto* p = reinterpret_cast<intptr_t*>(slot);
  if (top == nullptr) return false;
  if (p >= top->stack_base() && p < t->stack_end()) return true;  // monitorenter's operand
  // Object.wait re-entering its monitor after the wait (its receiver is a JNI local).
  return is_object_wait(top->_method);
}

// The Java threads, oldest first (the order HotSpot's thread list has).
std::vector<JavaThread*> java_threads() {
  std::vector<JavaThread*> list;
  for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next()) list.push_back(t);
  std::reverse(list.begin(), list.end());
  return list;
}

// JavaThread::print_stack_on with print_lock_info_on for each frame; at most
// MaxJavaStackTraceDepth frames when that is positive, as HotSpot.
void print_stack(JavaThread* t, std::string* out) {
  jint status = thread_status(t);
  oop* pending = t->pending_monitor_slot();
  std::vector<LockRecord>& records = t->lock_records();
  int count = 0;
  for (Frame* f = t->last_frame(); f != nullptr; f = f->_prev) {
    Method* m = f->_method;
    int bci = m->is_native() || m->code() == nullptr ? 0 : f->bci();
    appendf(out, "\tat %s\n", StackTrace::element_text(m, bci).c_str());
    if (count == 0) {
      if (is_object_wait(m)) {
        oop receiver = *reinterpret_cast<oop*>(f->_locals);
        print_object_line(out, status == java_lang_Thread::BLOCKED_ON_MONITOR_ENTER ? "waiting to re-lock in wait()" : "waiting on",
                          receiver);
      } else if (oop blocker = park_blocker(t)) {
        appendf(out, "\t- parking to wait for  <0x%016lx> (a %s)\n", p2i(blocker), external_name(blocker->klass()).c_str());
      }
      // A monitorenter blocked on another owner: its object is still on this frame's operands.
      auto* p = reinterpret_cast<intptr_t*>(pending);
      if (pending != nullptr && pending != &f->_lock && p >= f->stack_base() && p < t->stack_end())
        print_object_line(out, "waiting to lock", *pending);
    }
    for (size_t i = records.size(); i-- > 0;) {
      if (records[i].frame == f) print_object_line(out, "locked", records[i].obj);
    }
    if (f->_lock != nullptr) print_object_line(out, pending == &f->_lock ? "waiting to lock" : "locked", f->_lock);
    count++;
    if (MaxJavaStackTraceDepth > 0 && count == MaxJavaStackTraceDepth) return;
  }
}

double cpu_ms(JavaThread* t) {
  const OSThread& os = t->osthread();
  if (os.thread_id == 0) return 0;
  clockid_t clock;
  timespec ts;
  if (pthread_getcpuclockid(os.pthread_id, &clock) != 0 || clock_gettime(clock, &ts) != 0) return 0;
  return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double elapsed_s(JavaThread* t) {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  int64_t now = int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  return double(now - t->osthread().start_nanos) / 1e9;
}

// JavaThread::print_on (and Thread::print_on, OSThread::print_on) and the stack.
void print_thread(JavaThread* t, std::string* out) {
  oop obj = t->threadObj();
  appendf(out, "\"%s\" ", thread_name(t).c_str());
  if (obj != nullptr) {
    appendf(out, "#%ld ", long(obj->get<jlong>(fields.thread_tid)));
    if (java_lang_Thread::is_daemon(obj)) out->append("daemon ");
    appendf(out, "prio=%d ", obj->get<jint>(java_lang_Thread::priority_offset));
  }
  const OSThread& os = t->osthread();
  if (os.thread_id != 0) {
    errno = 0;
    int prio = getpriority(PRIO_PROCESS, id_t(os.thread_id));
    if (prio != -1 || errno == 0) appendf(out, "os_prio=%d ", prio);
  }
  appendf(out, "cpu=%.2fms elapsed=%.2fs tid=0x%016lx nid=0x%x %s  [0x%016lx]\n", cpu_ms(t), elapsed_s(t), p2i(t),
          unsigned(os.thread_id), os_state(t, thread_status(t)), p2i(t->last_frame()) & ~uintptr_t(0xfff));
  if (obj != nullptr) appendf(out, "   java.lang.Thread.State: %s\n", status_name(java_lang_Thread::status(obj)));
  print_stack(t, out);
}

// ConcurrentLocksDump: every AbstractOwnableSynchronizer in the heap with an owner, by owner.
class OwnedSynchronizers : public ObjectClosure {
 public:
  void do_object(oop o) override {
    if (!o->klass()->is_subtype_of(fields.aos)) return;
    oop owner = o->obj_field(fields.aos_owner);
    if (owner != nullptr) _locks[java_lang_Thread::thread(owner)].push_back(o);
  }
  // "   Locked ownable synchronizers:" and the thread's, or "\t- None".
  void print(JavaThread* t, std::string* out) {
    out->append("   Locked ownable synchronizers:\n");
    auto it = _locks.find(t);
    if (it == _locks.end()) out->append("\t- None\n");
    else for (oop o : it->second) appendf(out, "\t- <0x%016lx> (a %s)\n", p2i(o), external_name(o->klass()).c_str());
    out->append("\n");
  }

 private:
  std::unordered_map<JavaThread*, std::vector<oop>> _locks;
};

// ---- Deadlocks (HotSpot's ThreadService::find_deadlocks_at_safepoint) ----------------------

// What t waits for, and the thread holding it: a monitor it is entering, else (with
// concurrent_locks) the ownable synchronizer it parks on.
struct Wait {
  oop monitor_obj = nullptr;
  oop blocker = nullptr;
  bool any() const { return monitor_obj != nullptr || blocker != nullptr; }
};

Wait wait_of(JavaThread* t, bool concurrent_locks) {
  Wait w;
  if (t->pending_monitor_slot() != nullptr) w.monitor_obj = *t->pending_monitor_slot();
  if (concurrent_locks) w.blocker = park_blocker(t);
  return w;
}

// A depth-first walk along "waits for a lock held by": each thread starts a chain unless an
// earlier chain reached it; a chain that comes back to one of its own threads is a deadlock
// (listed from the chain's start, so threads leading into the cycle are listed too, as HotSpot
// does). A thread blocked on a monitor whose owner cannot be found is blocked forever: also a
// deadlock.
std::vector<std::vector<JavaThread*>> find_deadlocks(bool concurrent_locks) {
  std::vector<JavaThread*> threads = java_threads();
  std::unordered_map<JavaThread*, int> dfn;
  for (JavaThread* t : threads) dfn[t] = -1;
  std::vector<std::vector<JavaThread*>> cycles;
  int global = 0;
  for (JavaThread* start : threads) {
    if (dfn[start] >= 0) continue;
    int this_dfn = global;
    dfn[start] = global++;
    JavaThread* previous = start;
    JavaThread* current = start;
    std::vector<JavaThread*> cycle;
    Wait w = wait_of(start, concurrent_locks);
    while (w.any()) {
      cycle.push_back(current);
      if (w.monitor_obj != nullptr) {
        JavaThread* owner = ObjectSynchronizer::owner(w.monitor_obj);
        if (owner != nullptr) {
          current = owner;
          if (dfn.find(current) == dfn.end()) {  // owned by no live Java thread
            cycles.push_back(cycle);
            break;
          }
        }
      } else {
        current = aos_owner(w.blocker);
        if (current != nullptr && dfn.find(current) == dfn.end()) current = nullptr;
      }
      if (current == nullptr) break;
      if (dfn[current] < 0) {
        dfn[current] = global++;
      } else if (dfn[current] < this_dfn) {
        break;  // reached a chain already explored
      } else if (current == previous) {
        break;  // waits for itself
      } else {
        cycles.push_back(cycle);
        break;
      }
      previous = current;
      w = wait_of(current, concurrent_locks);
    }
  }
  return cycles;
}

// DeadlockCycle::print_on_with.
void print_cycle(const std::vector<JavaThread*>& cycle, bool concurrent_locks, std::string* out) {
  std::vector<JavaThread*> live = java_threads();
  out->append("\nFound one Java-level deadlock:\n=============================");
  for (JavaThread* t : cycle) {
    Wait w = wait_of(t, concurrent_locks);
    appendf(out, "\n\"%s\":\n", thread_name(t).c_str());
    const char* owner_desc = ",\n  which is held by";
    JavaThread* owner;
    if (w.monitor_obj != nullptr) {
      appendf(out, "  waiting to lock monitor 0x%016lx (object 0x%016lx, a %s)",
              p2i(ObjectSynchronizer::monitor_address(w.monitor_obj)), p2i(w.monitor_obj),
              external_name(w.monitor_obj->klass()).c_str());
      if (!pending_is_from_java(t)) owner_desc = "\n  in JNI, which is held by";
      owner = ObjectSynchronizer::owner(w.monitor_obj);
      if (std::find(live.begin(), live.end(), owner) == live.end()) {  // ended while holding it
        appendf(out, "%s UNKNOWN_owner_addr=0x%016lx\n", owner_desc, p2i(owner));
        continue;
      }
    } else {
      appendf(out, "  waiting for ownable synchronizer 0x%016lx, (a %s)", p2i(w.blocker),
              external_name(w.blocker->klass()).c_str());
      owner = aos_owner(w.blocker);
    }
    appendf(out, "%s \"%s\"\n", owner_desc, owner != nullptr ? thread_name(owner).c_str() : "UNKNOWN");
  }
  out->append("\nJava stack information for the threads listed above:\n"
              "===================================================\n");
  for (JavaThread* t : cycle) {
    appendf(out, "\"%s\":\n", thread_name(t).c_str());
    print_stack(t, out);
  }
}

// Writes and empties *s.
void write_stdout(std::string* s) {
  const char* p = s->data();
  size_t left = s->size();
  while (left > 0) {
    ssize_t n = ::write(STDOUT_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    left -= size_t(n);
  }
  s->clear();
}

void emit_heap_line(const char* line, void* arg) {
  auto* out = static_cast<std::string*>(arg);
  out->append(line);
  out->append("\n");
}

// The three VM operations of a dump. With to_stdout, each writes its text before its safepoint
// ends, so a -Xlog:safepoint line follows the text it timed, as in HotSpot.
void print_threads_op(JavaThread* requester, bool print_concurrent_locks, std::string* out, bool to_stdout) {
  prepare(requester);
  // Threads::print_on's header: os::local_time_string, then the VM's name, release and mode.
  time_t now = time(nullptr);
  tm local;
  localtime_r(&now, &local);
  appendf(out, "%d-%02d-%02d %02d:%02d:%02d\n", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour,
          local.tm_min, local.tm_sec);
  appendf(out, "Full thread dump OpenJDK 64-Bit Server VM (%s %s):\n\n", jvm_vm_release().c_str(), jvm_vm_info());
  SafepointSynchronize::begin(requester, "PrintThreads");
  OwnedSynchronizers owned;
  if (print_concurrent_locks && fields.aos != nullptr) CollectedHeap::heap()->object_iterate(&owned);
  for (JavaThread* t : java_threads()) {
    print_thread(t, out);
    out->append("\n");
    if (print_concurrent_locks) owned.print(t, out);
  }
  if (to_stdout) write_stdout(out);
  SafepointSynchronize::end(requester);
}

void print_jni_handles_op(JavaThread* requester, std::string* out, bool to_stdout) {
  SafepointSynchronize::begin(requester, "PrintJNI");
  appendf(out, "JNI global refs: %zu, weak refs: %zu\n\n", JNIHandles::jni_global_count(), JNIHandles::weak_global_count());
  if (to_stdout) write_stdout(out);
  SafepointSynchronize::end(requester);
}

int print_deadlocks_op(JavaThread* requester, bool concurrent_locks, std::string* out, bool to_stdout) {
  prepare(requester);
  SafepointSynchronize::begin(requester, "FindDeadlocks");
  std::vector<std::vector<JavaThread*>> cycles = find_deadlocks(concurrent_locks);
  for (const auto& c : cycles) print_cycle(c, concurrent_locks, out);
  if (cycles.size() == 1) out->append("\nFound 1 deadlock.\n\n");
  else if (cycles.size() > 1) appendf(out, "\nFound %zu deadlocks.\n\n", cycles.size());
  if (to_stdout) write_stdout(out);
  SafepointSynchronize::end(requester);
  return int(cycles.size());
}
}  // namespace

void ThreadService::print_threads(JavaThread* requester, bool print_concurrent_locks, std::string* out) {
  print_threads_op(requester, print_concurrent_locks, out, false);
}

void ThreadService::print_jni_handles(JavaThread* requester, std::string* out) {
  print_jni_handles_op(requester, out, false);
}

int ThreadService::print_deadlocks(JavaThread* requester, bool concurrent_locks, std::string* out) {
  return print_deadlocks_op(requester, concurrent_locks, out, false);
}

void ThreadService::print_on_sigbreak(JavaThread* requester) {
  std::string out;
  print_threads_op(requester, PrintConcurrentLocks, &out, true);
  print_jni_handles_op(requester, &out, true);
  print_deadlocks_op(requester, /*concurrent_locks=*/true, &out, true);
  // Universe::print_heap_at_SIGBREAK (-XX:+PrintHeapAtSIGBREAK).
  if (PrintHeapAtSIGBREAK) {
    out = "Heap\n";
    GCLog::print_heap(static_cast<SerialHeap*>(CollectedHeap::heap()), emit_heap_line, &out);
    out.append("\n");
    write_stdout(&out);
  }
}

arrayOop ThreadService::dump_stack_traces(Handle threads, TRAPS) {
  if (threads.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  auto* array = static_cast<arrayOop>(threads());
  int n = array->length();
  if (n == 0 || !array->klass()->is_array_klass() ||
      static_cast<ArrayKlass*>(array->klass())->element_klass() != vmClasses::Thread_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  HandleMark hm(THREAD);
  Klass* ste_array = SystemDictionary::array_klass_of(vmClasses::StackTraceElement_klass(), CHECK_NULL);
  arrayOop r = oopFactory::new_objArray(ste_array, n, CHECK_NULL);
  Handle result(THREAD, r);

  // VM_ThreadDump: the frames of every live thread of the array, at one safepoint. A thread
  // object whose JavaThread is gone or ending has no stack (null), as in HotSpot.
  std::vector<bool> alive(static_cast<size_t>(n), false);
  std::vector<std::vector<RecordedFrame>> stacks(static_cast<size_t>(n));
  SafepointSynchronize::begin(THREAD, "ThreadDump");
  std::vector<JavaThread*> live = java_threads();
  for (int i = 0; i < n; i++) {
    oop obj = CompressedOops::decode(static_cast<arrayOop>(threads())->elements<narrowOop>()[i]);
    JavaThread* jt = obj != nullptr ? java_lang_Thread::thread(obj) : nullptr;
    if (jt == nullptr || std::find(live.begin(), live.end(), jt) == live.end() || jt->threadObj() != obj) continue;
    if (java_lang_Thread::status(obj) == java_lang_Thread::TERMINATED) continue;
    alive[size_t(i)] = true;
    stacks[size_t(i)] = StackTrace::walk(jt, 0);
  }
  SafepointSynchronize::end(THREAD);

  for (int i = 0; i < n; i++) {
    if (!alive[size_t(i)]) continue;
    HandleMark inner(THREAD);
    arrayOop elements = StackTrace::create_elements(stacks[size_t(i)], CHECK_NULL);
    oop_store(&static_cast<arrayOop>(result())->elements<narrowOop>()[i], elements);
  }
  return static_cast<arrayOop>(result());
}
