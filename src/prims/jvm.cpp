// The general-purpose JVM_* entry points of HotSpot's jvm.h (JDK 17) that the JDK's libraries
// call: time, System.arraycopy, Object.hashCode/clone, Runtime (gc, memory, halt), the VM's
// system properties, native libraries, signals, CDS queries (jvmlab has no CDS), raw monitors and
// jio_* printing. Stack traces are in jvmStackTrace.cpp; threads, classes, reflection elsewhere.
#include "prims/jvm.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/serial/serialHeap.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/interpreterRuntime.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/synchronizer.hpp"
#include "vm/arguments.hpp"
#include "vm/flags.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <mutex>
#include <sched.h>
#include <semaphore.h>
#include <time.h>

namespace {
const Arguments* vm_arguments = nullptr;
void (*before_halt_hook)() = nullptr;

std::string external_name(const Klass* k) {
  return k->name()->as_external_name();
}

// A VM entry without a JNIEnv (JVM_GC, JVM_LoadLibrary ...): the calling thread, if attached.
JavaThread* current_thread_or_null() { return JavaThread::current(); }
}  // namespace

void jvm_set_arguments(const Arguments* args) { vm_arguments = args; }
const Arguments* jvm_arguments() { return vm_arguments; }
void jvm_set_before_halt_hook(void (*hook)()) { before_halt_hook = hook; }

// ---- VM properties (JVM_GetProperties) -----------------------------------------------------------
//
// Keys are HotSpot 17's, values HotSpot's where they describe the platform or the JDK (so
// programs and tools that read them behave the same), jvmlab's own where they name the VM:
// java.vm.name and java.vm.vendor say "jvmlab" (java -version's third line shows it), while
// java.vm.version is the hosting JDK's build (its `release` file), as HotSpot built with that JDK
// reports. java.vm.info is "interpreted mode", HotSpot's text for -Xint: jvmlab has neither JIT
// nor CDS. sun.management.compiler is absent, as in HotSpot with -Xint.
const char* const jvmlab_vm_name = "jvmlab 64-Bit VM";
const char* const jvmlab_vm_vendor = "jvmlab";

namespace {
std::string java_home() {
  if (vm_arguments != nullptr && !vm_arguments->java_home().empty()) return vm_arguments->java_home();
  return JVMLAB_DEFAULT_JDK;
}


// HotSpot's os::init_system_properties_values for Linux as Debian builds it: $LD_LIBRARY_PATH,
// then the default directories.
std::string library_path() {
  std::string dflt = "/usr/java/packages/lib:/usr/lib/x86_64-linux-gnu/jni:/lib/x86_64-linux-gnu:"
                     "/usr/lib/x86_64-linux-gnu:/usr/lib/jni:/lib:/usr/lib";
  const char* ld = getenv("LD_LIBRARY_PATH");
  return ld != nullptr && *ld != '\0' ? std::string(ld) + ":" + dflt : dflt;
}
}  // namespace

// JAVA_RUNTIME_VERSION from $JAVA_HOME/release ("17.0.15+6-Debian-1deb12u1"), else "17".
std::string jdk_runtime_version(const std::string& home) {
  std::ifstream in(home + "/release");
  std::string line;
  const std::string key = "JAVA_RUNTIME_VERSION=\"";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0 && line.size() > key.size() && line.back() == '"')
      return line.substr(key.size(), line.size() - key.size() - 1);
  }
  return "17";
}

std::string jvm_vm_release() { return jdk_runtime_version(java_home()); }
const char* jvm_vm_info() { return "interpreted mode"; }

std::vector<std::pair<std::string, std::string>> jvm_vm_properties() {
  std::vector<std::pair<std::string, std::string>> p;
  std::string home = java_home();
  p.emplace_back("java.vm.specification.name", "Java Virtual Machine Specification");
  p.emplace_back("java.vm.specification.vendor", "Oracle Corporation");
  p.emplace_back("java.vm.specification.version", "17");
  p.emplace_back("java.vm.name", jvmlab_vm_name);
  p.emplace_back("java.vm.vendor", jvmlab_vm_vendor);
  p.emplace_back("java.vm.version", jvm_vm_release());
  p.emplace_back("java.vm.info", jvm_vm_info());
  p.emplace_back("jdk.debug", "release");
  p.emplace_back("java.vm.compressedOopsMode", "Zero based");  // oops/compressedOops.hpp
  p.emplace_back("java.home", home);
  p.emplace_back("sun.boot.library.path", home + "/lib");
  p.emplace_back("java.library.path", library_path());
  if (vm_arguments != nullptr && !vm_arguments->boot_class_path_append().empty())
    p.emplace_back("jdk.boot.class.path.append", vm_arguments->boot_class_path_append());

  // -D properties replace the VM's values of the same key (HotSpot lets -Djava.library.path and
  // friends win), except that MaxDirectMemorySize is reported from the flag only.
  bool has_class_path = false;
  if (vm_arguments != nullptr) {
    for (const SystemProperty& sp : vm_arguments->system_properties()) {
      if (sp.key == "sun.nio.MaxDirectMemorySize") continue;
      if (sp.key == "java.class.path") has_class_path = true;
      bool replaced = false;
      for (auto& kv : p) {
        if (kv.first == sp.key) { kv.second = sp.value; replaced = true; break; }
      }
      if (!replaced) p.emplace_back(sp.key, sp.value);
    }
  }
  if (!has_class_path) {
    const char* cp = getenv("CLASSPATH");
    p.emplace_back("java.class.path", cp != nullptr && *cp != '\0' ? cp : ".");
  }
  // -XX:MaxDirectMemorySize becomes sun.nio.MaxDirectMemorySize (read by jdk.internal.misc.VM);
  // absent when the flag was not given, which means "as large as the heap".
  JVMFlag* f = JVMFlag::find("MaxDirectMemorySize");
  if (f != nullptr && !f->is_default())
    p.emplace_back("sun.nio.MaxDirectMemorySize", std::to_string(MaxDirectMemorySize));
  return p;
}

// ---- Signals (jvm_md.h: JVM_FindSignal, JVM_RaiseSignal, JVM_RegisterSignal) --------------------

namespace {
constexpr int max_signal = 65;
std::atomic<int> pending_signals[max_signal];
sem_t signal_sem;
std::once_flag signal_sem_once;
void init_signal_sem() { std::call_once(signal_sem_once, [] { sem_init(&signal_sem, 0, 0); }); }

// The handler jdk.internal.misc.Signal asks for with (void*)2: counts the signal for the Signal
// Dispatcher thread (HotSpot's UserHandler / os::signal_notify). Only async-signal-safe work
// here: an atomic increment and sem_post.
extern "C" void jvmlab_user_signal_handler(int sig) {
  if (sig > 0 && sig < max_signal) {
    pending_signals[sig].fetch_add(1);
    sem_post(&signal_sem);
  }
}

void* user_handler() { return reinterpret_cast<void*>(&jvmlab_user_signal_handler); }

bool is_sig_ignored(int sig) {
  struct sigaction old;
  sigaction(sig, nullptr, &old);
  return old.sa_handler == SIG_IGN;
}

struct SignalName {
  const char* name;
  int number;
};
const SignalName signal_names[] = {
    {"ABRT", SIGABRT}, {"ALRM", SIGALRM}, {"BUS", SIGBUS},   {"CHLD", SIGCHLD}, {"CONT", SIGCONT},
    {"FPE", SIGFPE},   {"HUP", SIGHUP},   {"ILL", SIGILL},   {"INT", SIGINT},   {"IO", SIGIO},
    {"IOT", SIGIOT},   {"KILL", SIGKILL}, {"PIPE", SIGPIPE}, {"POLL", SIGPOLL}, {"PROF", SIGPROF},
    {"PWR", SIGPWR},   {"QUIT", SIGQUIT}, {"SEGV", SIGSEGV}, {"STKFLT", SIGSTKFLT},
    {"STOP", SIGSTOP}, {"SYS", SIGSYS},   {"TERM", SIGTERM}, {"TRAP", SIGTRAP}, {"TSTP", SIGTSTP},
    {"TTIN", SIGTTIN}, {"TTOU", SIGTTOU}, {"URG", SIGURG},   {"USR1", SIGUSR1}, {"USR2", SIGUSR2},
    {"VTALRM", SIGVTALRM}, {"WINCH", SIGWINCH}, {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ},
};
}  // namespace

int jvm_signal_wait() {
  init_signal_sem();
  for (;;) {
    while (sem_wait(&signal_sem) != 0 && errno == EINTR) {}
    for (int s = 1; s < max_signal; s++) {
      int n = pending_signals[s].load();
      while (n > 0) {
        if (pending_signals[s].compare_exchange_weak(n, n - 1)) return s;
      }
    }
  }
}

int jvm_signal_pending_count(int sig) { return sig > 0 && sig < max_signal ? pending_signals[sig].load() : 0; }

void jvm_install_break_handler() {
  if (ReduceSignalUsage) return;  // -Xrs
  init_signal_sem();
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigfillset(&sa.sa_mask);
  sa.sa_handler = jvmlab_user_signal_handler;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGQUIT, &sa, nullptr);
}

extern "C" {

// ---- java.lang.System: time ------------------------------------------------------------------------

JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv* env, jclass ignored) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return jlong(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv* env, jclass ignored) {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return jlong(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// jdk.internal.misc.VM.getNanoTimeAdjustment: nanoseconds between offset_secs and now (UTC), or
// -1 when the difference in seconds does not fit in (-2^32, 2^32) (the caller then re-bases).
JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv* env, jclass ignored, jlong offset_secs) {
  constexpr jlong max_diff_secs = jlong(1) << 32;
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  jlong diff = jlong(ts.tv_sec) - offset_secs;
  if (diff >= max_diff_secs || diff <= -max_diff_secs) return -1;
  return diff * 1000000000 + jlong(ts.tv_nsec);
}

}  // extern "C"

// ---- System.arraycopy (JVM_ArrayCopy) ----------------------------------------------------------------
//
// HotSpot 17's checks, in its order and with its messages (TypeArrayKlass/ObjArrayKlass::copy_array):
// null -> NullPointerException; not arrays / incompatible kinds -> ArrayStoreException; negative
// positions or length, then ranges past the end -> ArrayIndexOutOfBoundsException. Reference
// arrays whose element types are not statically compatible are copied element by element: the
// elements before the first one that does not fit are copied, then ArrayStoreException.

namespace {
const char* element_type_name(Klass* array_klass) { return type2name(array_klass->element_type()); }

// "int[10]" / "object array[10]" as the index messages print an array.
std::string array_desc(arrayOop a) {
  const char* t = a->klass()->is_typeArray_klass() ? element_type_name(a->klass()) : "object array";
  return std::string(t) + "[" + std::to_string(a->length()) + "]";
}

bool check_ranges(JavaThread* THREAD, arrayOop s, jint src_pos, arrayOop d, jint dst_pos, jint length) {
  const char* aioobe = "java/lang/ArrayIndexOutOfBoundsException";
  if (src_pos < 0) {
    Exceptions::throw_fmt(THREAD, aioobe, "arraycopy: source index %d out of bounds for %s", src_pos, array_desc(s).c_str());
    return false;
  }
  if (dst_pos < 0) {
    Exceptions::throw_fmt(THREAD, aioobe, "arraycopy: destination index %d out of bounds for %s", dst_pos, array_desc(d).c_str());
    return false;
  }
  if (length < 0) {
    Exceptions::throw_fmt(THREAD, aioobe, "arraycopy: length %d is negative", length);
    return false;
  }
  // Sums as unsigned 32-bit values, as HotSpot prints them (they can pass 2^31).
  uint32_t src_end = uint32_t(length) + uint32_t(src_pos);
  uint32_t dst_end = uint32_t(length) + uint32_t(dst_pos);
  if (src_end > uint32_t(s->length())) {
    Exceptions::throw_fmt(THREAD, aioobe, "arraycopy: last source index %u out of bounds for %s", src_end, array_desc(s).c_str());
    return false;
  }
  if (dst_end > uint32_t(d->length())) {
    Exceptions::throw_fmt(THREAD, aioobe, "arraycopy: last destination index %u out of bounds for %s", dst_end, array_desc(d).c_str());
    return false;
  }
  return true;
}

void copy_type_array(JavaThread* THREAD, arrayOop s, jint src_pos, arrayOop d, jint dst_pos, jint length) {
  const char* ase = "java/lang/ArrayStoreException";
  if (!d->klass()->is_typeArray_klass()) {
    if (d->klass()->is_objArray_klass())
      Exceptions::throw_fmt(THREAD, ase, "arraycopy: type mismatch: can not copy %s[] into object array[]", element_type_name(s->klass()));
    else
      Exceptions::throw_fmt(THREAD, ase, "arraycopy: destination type %s is not an array", external_name(d->klass()).c_str());
    return;
  }
  if (s->klass()->element_type() != d->klass()->element_type()) {
    Exceptions::throw_fmt(THREAD, ase, "arraycopy: type mismatch: can not copy %s[] into %s[]",
                          element_type_name(s->klass()), element_type_name(d->klass()));
    return;
  }
  if (!check_ranges(THREAD, s, src_pos, d, dst_pos, length) || length == 0) return;
  int shift = s->klass()->log2_element_size();
  address from = reinterpret_cast<address>(s->elements<u1>()) + (size_t(src_pos) << shift);
  address to = reinterpret_cast<address>(d->elements<u1>()) + (size_t(dst_pos) << shift);
  memmove(to, from, size_t(length) << shift);  // overlapping copies within one array are allowed
}

void copy_obj_array(JavaThread* THREAD, arrayOop s, jint src_pos, arrayOop d, jint dst_pos, jint length) {
  const char* ase = "java/lang/ArrayStoreException";
  if (!d->klass()->is_objArray_klass()) {
    if (d->klass()->is_typeArray_klass())
      Exceptions::throw_fmt(THREAD, ase, "arraycopy: type mismatch: can not copy object array[] into %s[]", element_type_name(d->klass()));
    else
      Exceptions::throw_fmt(THREAD, ase, "arraycopy: destination type %s is not an array", external_name(d->klass()).c_str());
    return;
  }
  if (!check_ranges(THREAD, s, src_pos, d, dst_pos, length) || length == 0) return;

  narrowOop* from = s->elements<narrowOop>() + src_pos;
  narrowOop* to = d->elements<narrowOop>() + dst_pos;
  Klass* stype = static_cast<ArrayKlass*>(s->klass())->element_klass();
  Klass* bound = static_cast<ArrayKlass*>(d->klass())->element_klass();
  if (s == d || stype == bound || stype->is_subtype_of(bound)) {
    // No element can fail: copy with the barrier, backwards when a copy within one array moves
    // elements to higher indices (memmove semantics).
    if (s == d && dst_pos > src_pos) {
      for (jint i = length - 1; i >= 0; i--) oop_store(&to[i], CompressedOops::decode(from[i]));
    } else {
      for (jint i = 0; i < length; i++) oop_store(&to[i], CompressedOops::decode(from[i]));
    }
    return;
  }
  for (jint i = 0; i < length; i++) {
    oop e = CompressedOops::decode(from[i]);
    if (e != nullptr && !e->klass()->is_subtype_of(bound)) {
      if (!bound->is_subtype_of(stype)) {
        Exceptions::throw_fmt(THREAD, ase, "arraycopy: type mismatch: can not copy %s[] into %s[]",
                              external_name(stype).c_str(), external_name(bound).c_str());
      } else {
        Exceptions::throw_fmt(THREAD, ase,
                              "arraycopy: element type mismatch: can not cast one of the elements of %s[] to the type of the destination array, %s",
                              external_name(stype).c_str(), external_name(bound).c_str());
      }
      return;
    }
    oop_store(&to[i], e);
  }
}
}  // namespace

extern "C" {

JNIEXPORT void JNICALL JVM_ArrayCopy(JNIEnv* env, jclass ignored, jobject src, jint src_pos, jobject dst,
                                     jint dst_pos, jint length) {
  JNI_ENTRY_BODY(env);
  oop s = JNIHandles::resolve(src);
  oop d = JNIHandles::resolve(dst);
  if (s == nullptr || d == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return;
  }
  // No allocation happens before the copy, so s and d stay valid; exceptions are made after.
  if (s->klass()->is_typeArray_klass()) {
    copy_type_array(THREAD, static_cast<arrayOop>(s), src_pos, static_cast<arrayOop>(d), dst_pos, length);
  } else if (s->klass()->is_objArray_klass()) {
    copy_obj_array(THREAD, static_cast<arrayOop>(s), src_pos, static_cast<arrayOop>(d), dst_pos, length);
  } else {
    Exceptions::throw_fmt(THREAD, "java/lang/ArrayStoreException", "arraycopy: source type %s is not an array",
                          external_name(s->klass()).c_str());
  }
}

// ---- java.lang.Object ------------------------------------------------------------------------------

JNIEXPORT jint JNICALL JVM_IHashCode(JNIEnv* env, jobject handle) {
  JNI_ENTRY_BODY(env);
  oop o = JNIHandles::resolve(handle);
  return o == nullptr ? 0 : jint(ObjectSynchronizer::identity_hash(o));
}

// Object.clone (JLS §15.10.2 / Object.clone's contract): a shallow copy, for arrays and for
// instances of Cloneable classes; else CloneNotSupportedException naming the class. Reference
// subclasses are not cloned (HotSpot: their referent handling would be wrong). A copy of an
// object whose class has a finalizer is registered with java.lang.ref.Finalizer, as HotSpot does
// (no constructor runs for it, so Object.<init> does not register it).
JNIEXPORT jobject JNICALL JVM_Clone(JNIEnv* env, jobject handle) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle obj(THREAD, JNIHandles::resolve(handle));
  if (obj.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  Klass* k = obj()->klass();
  bool cloneable = k->is_array_klass() || k->is_subtype_of(vmClasses::Cloneable_klass());
  if (!cloneable || k->reference_type() != ReferenceType::None) {
    Exceptions::throw_msg(THREAD, "java/lang/CloneNotSupportedException", external_name(k).c_str());
    return nullptr;
  }
  size_t size = k->oop_size(obj());
  address mem = oopFactory::allocate(THREAD, size);  // may collect: obj is re-read below
  if (mem == nullptr) return nullptr;
  oop from = obj();
  // Copy everything after the header word, then give the copy a fresh mark (no hash, no lock,
  // age 0) and its klass (HotSpot's "copy then fix header").
  memcpy(mem + oopDesc::klass_offset, from->base() + oopDesc::klass_offset, size - oopDesc::klass_offset);
  oopFactory::init_header(mem, k);
  oop copy = reinterpret_cast<oop>(mem);
  // The raw copy wrote references without the barrier: re-store each through it so an old copy
  // (a large object allocated in the tenured generation) gets its cards dirtied.
  if (k->is_objArray_klass()) {
    arrayOop a = static_cast<arrayOop>(copy);
    narrowOop* e = a->elements<narrowOop>();
    for (int i = 0; i < a->length(); i++) oop_store(&e[i], CompressedOops::decode(e[i]));
  } else if (k->is_instance_klass()) {
    for (int b = 0; b < k->oop_map_count(); b++) {
      const OopMapBlock& m = k->oop_maps()[b];
      narrowOop* p = copy->field_addr<narrowOop>(m.offset);
      for (int i = 0; i < m.count; i++) oop_store(&p[i], CompressedOops::decode(p[i]));
    }
  }
  jobject result = JNIHandles::make_local(THREAD, copy);
  if (k->has_finalizer()) {
    InterpreterRuntime::register_finalizer(THREAD, copy);  // a Java call: the copy is in `result`
    if (HAS_PENDING_EXCEPTION) return nullptr;
  }
  return result;
}

// ---- java.lang.Runtime ------------------------------------------------------------------------------

JNIEXPORT void JNICALL JVM_GC(void) {
  if (DisableExplicitGC) return;  // -XX:+DisableExplicitGC
  JavaThread* t = current_thread_or_null();
  if (t == nullptr || CollectedHeap::heap() == nullptr) return;
  ThreadInVMfromNative tiv(t);
  GCOperationMark op("GenCollectFull");  // HotSpot's VM_GenCollectFull (-Xlog:safepoint)
  CollectedHeap::heap()->collect(GCCause::SystemGC);
}

}  // extern "C"

namespace {
// JVM_MaxObjectInspectionAge for the Serial heap: time since the last full collection (which
// examines the whole heap), or since startup. jvmlab notes the count of full collections on each
// call, so the age is measured from the first call that saw a new full collection: an upper
// bound on nothing, a lower bound on the true age (heap-side timestamps would make it exact).
std::mutex inspection_lock;
unsigned inspection_full_count = 0;
std::chrono::steady_clock::time_point inspection_since = std::chrono::steady_clock::now();
}  // namespace

extern "C" {

JNIEXPORT jlong JNICALL JVM_MaxObjectInspectionAge(void) {
  std::lock_guard<std::mutex> g(inspection_lock);
  auto now = std::chrono::steady_clock::now();
  auto* heap = static_cast<SerialHeap*>(CollectedHeap::heap());
  if (heap != nullptr && heap->total_full_collections() != inspection_full_count) {
    inspection_full_count = heap->total_full_collections();
    inspection_since = now;
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(now - inspection_since).count();
}

JNIEXPORT jlong JNICALL JVM_TotalMemory(void) {
  return CollectedHeap::heap() == nullptr ? 0 : jlong(CollectedHeap::heap()->capacity());
}

JNIEXPORT jlong JNICALL JVM_FreeMemory(void) {
  CollectedHeap* h = CollectedHeap::heap();
  return h == nullptr ? 0 : jlong(h->capacity() - h->used());
}

JNIEXPORT jlong JNICALL JVM_MaxMemory(void) {
  return CollectedHeap::heap() == nullptr ? 0 : jlong(CollectedHeap::heap()->max_capacity());
}

// The CPUs this process may run on (sched_getaffinity), as HotSpot's os::active_processor_count
// without container limits.
JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? jint(online) : 1;
}

// HotSpot's -XX:+UseContainerSupport default on Linux: the JDK's own Java code then reads the
// cgroup limits (jdk.internal.platform.Metrics).
JNIEXPORT jboolean JNICALL JVM_IsUseContainerSupport(void) { return JNI_TRUE; }

JNIEXPORT jboolean JNICALL JVM_SupportsCX8(void) { return JNI_TRUE; }  // x86_64 has cmpxchg8b

JNIEXPORT jint JNICALL JVM_GetInterfaceVersion(void) { return 6; }  // JVM_INTERFACE_VERSION (JDK 17)

// Runtime.halt / the end of System.exit: the VM's shutdown work (the lead's hook), then the
// embedder's exit hook (JNI "exit" option) or exit(2).
JNIEXPORT void JNICALL JVM_BeforeHalt() {
  // HotSpot emits its JFR/JVMTI shutdown events here; jvmlab has neither yet.
}

JNIEXPORT void JNICALL JVM_Halt(jint code) {
  if (before_halt_hook != nullptr) before_halt_hook();
  if (vm_arguments != nullptr && vm_arguments->exit_hook() != nullptr) vm_arguments->exit_hook()(code);
  ::exit(code);
}

// ---- Properties -------------------------------------------------------------------------------------

// jdk.internal.util.SystemProps.Raw.vmProperties: String[] { key0, value0, key1, value1, ... }.
JNIEXPORT jobjectArray JNICALL JVM_GetProperties(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  auto props = jvm_vm_properties();
  HandleMark hm(THREAD);
  arrayOop array = oopFactory::new_objArray(vmClasses::String_klass(), int(props.size() * 2), CHECK_NULL);
  Handle result(THREAD, array);
  for (size_t i = 0; i < props.size(); i++) {
    for (int half = 0; half < 2; half++) {
      const std::string& s = half == 0 ? props[i].first : props[i].second;
      oop str = java_lang_String::create_from_utf8(s.c_str(), int(s.size()), CHECK_NULL);
      oop_store(&static_cast<arrayOop>(result())->elements<narrowOop>()[i * 2 + half], str);
    }
  }
  return static_cast<jobjectArray>(JNIHandles::make_local(THREAD, result()));
}

// The attach mechanism's agent properties (jdk.internal.vm.VMSupport.initAgentProperties):
// sun.java.command, sun.jvm.flags (-XX:Flags= file contents), sun.jvm.args, put into the
// given Properties with Properties.put.
JNIEXPORT jobject JNICALL JVM_InitAgentProperties(JNIEnv* env, jobject agent_props) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle props(THREAD, JNIHandles::resolve(agent_props));
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& e : v) s += (s.empty() ? "" : " ") + e;
    return s;
  };
  std::string command, flags, args;
  if (vm_arguments != nullptr) {
    if (vm_arguments->java_command() != nullptr) command = vm_arguments->java_command();
    flags = join(vm_arguments->jvm_flags());
    args = join(vm_arguments->jvm_args());
  }
  const std::pair<const char*, std::string> entries[] = {
      {"sun.java.command", command}, {"sun.jvm.flags", flags}, {"sun.jvm.args", args}};
  Klass* k = props.is_null() ? nullptr : props()->klass();
  for (const auto& [key, value] : entries) {
    if (k == nullptr || !k->is_instance_klass()) break;
    oop s = java_lang_String::create_from_utf8(key, CHECK_NULL);
    Handle key_str(THREAD, s);
    s = java_lang_String::create_from_utf8(value.c_str(), int(value.size()), CHECK_NULL);
    Handle value_str(THREAD, s);
    JavaArgs a;
    a.push_oop(props());
    a.push_oop(key_str());
    a.push_oop(value_str());
    JavaValue r;
    JavaCalls::call_virtual(&r, InstanceKlass_cast(k), "put", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", a, CHECK_NULL);
  }
  return agent_props;
}

// RuntimeMXBean.getInputArguments / VM.getRuntimeArguments: the options from -XX:Flags= files,
// then the command-line options (HotSpot's order; -Djava.class.path & co. are not among them).
JNIEXPORT jobjectArray JNICALL JVM_GetVmArguments(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  std::vector<std::string> all;
  if (vm_arguments != nullptr) {
    all = vm_arguments->jvm_flags();
    all.insert(all.end(), vm_arguments->jvm_args().begin(), vm_arguments->jvm_args().end());
  }
  HandleMark hm(THREAD);
  arrayOop array = oopFactory::new_objArray(vmClasses::String_klass(), int(all.size()), CHECK_NULL);
  Handle result(THREAD, array);
  for (size_t i = 0; i < all.size(); i++) {
    oop str = java_lang_String::create_from_utf8(all[i].c_str(), int(all[i].size()), CHECK_NULL);
    oop_store(&static_cast<arrayOop>(result())->elements<narrowOop>()[i], str);
  }
  return static_cast<jobjectArray>(JNIHandles::make_local(THREAD, result()));
}

// os::get_temp_directory on Linux.
JNIEXPORT jstring JNICALL JVM_GetTemporaryDirectory(JNIEnv* env) {
  JNI_ENTRY_BODY(env);
  oop s = java_lang_String::create_from_utf8("/tmp", CHECK_NULL);
  return static_cast<jstring>(JNIHandles::make_local(THREAD, s));
}

// ---- Native libraries ----------------------------------------------------------------------------------

// System.loadLibrary (jdk.internal.loader.NativeLibraries.load in libjava): dlopen the file; the
// JDK's own code then calls JNI_OnLoad and checks its version with JVM_IsSupportedJNIVersion.
// The library also joins the VM's native method search (prims/nativeLookup.hpp). On failure,
// UnsatisfiedLinkError "<name>: <dlerror>" (HotSpot's text) when asked, else null.
JNIEXPORT void* JNICALL JVM_LoadLibrary(const char* name, jboolean throwException) {
  void* handle = dlopen(name, RTLD_LAZY);
  if (handle != nullptr) {
    // dlopen of a loaded library returns the same handle: add it to the search once.
    static std::mutex lock;
    static std::vector<void*> added;
    std::lock_guard<std::mutex> g(lock);
    if (std::find(added.begin(), added.end(), handle) == added.end()) {
      added.push_back(handle);
      NativeLookup::add_library(handle);
    }
    return handle;
  }
  const char* err = dlerror();
  JavaThread* t = current_thread_or_null();
  if (throwException && t != nullptr) {
    ThreadInVMfromNative tiv(t);
    std::string msg = std::string(name) + ": " + (err != nullptr ? err : "unknown error");
    Exceptions::throw_msg(t, "java/lang/UnsatisfiedLinkError", msg.c_str());
  }
  return nullptr;
}

// NativeLibraries.unload. The handle stays open: the VM's native search keeps it (methods already
// bound may point into it), so unloading would leave dangling entry points.
JNIEXPORT void JNICALL JVM_UnloadLibrary(void* handle) { (void)handle; }

JNIEXPORT void* JNICALL JVM_FindLibraryEntry(void* handle, const char* name) {
  return handle == nullptr ? nullptr : dlsym(handle, name);
}

// JNI versions this VM supports (JNI spec "GetVersion"; JDK 17: 1.1 to 10).
JNIEXPORT jboolean JNICALL JVM_IsSupportedJNIVersion(jint version) {
  switch (version) {
    case JNI_VERSION_1_1: case JNI_VERSION_1_2: case JNI_VERSION_1_4: case JNI_VERSION_1_6:
    case JNI_VERSION_1_8: case JNI_VERSION_9: case JNI_VERSION_10:
      return JNI_TRUE;
    default:
      return JNI_FALSE;
  }
}

// ---- Signals (jdk.internal.misc.Signal, java.lang.Terminator) -------------------------------------------

JNIEXPORT jint JNICALL JVM_FindSignal(const char* name) {
  for (const SignalName& s : signal_names)
    if (strcmp(s.name, name) == 0) return s.number;
  return -1;
}

// Installs `handler` for sig: (void*)2 means the Java-level dispatch (the Signal Dispatcher
// thread), else a native handler. Returns the previous handler, 2 for the dispatch handler, or
// -1 for signals the VM keeps (SIGFPE, SIGILL, SIGSEGV, SIGQUIT for thread dumps; with -Xrs also
// SIGHUP/SIGINT/SIGTERM); an ignored shutdown signal stays ignored (returns 1), as in HotSpot.
JNIEXPORT void* JNICALL JVM_RegisterSignal(jint sig, void* handler) {
  init_signal_sem();
  void* new_handler = handler == reinterpret_cast<void*>(2) ? user_handler() : handler;
  switch (sig) {
    case SIGFPE: case SIGILL: case SIGSEGV: case SIGQUIT:
      return reinterpret_cast<void*>(-1);
    case SIGHUP: case SIGINT: case SIGTERM:
      if (ReduceSignalUsage) return reinterpret_cast<void*>(-1);
      if (is_sig_ignored(sig)) return reinterpret_cast<void*>(1);
      break;
    default:
      break;
  }
  if (sig <= 0 || sig >= max_signal) return reinterpret_cast<void*>(-1);
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sigfillset(&sa.sa_mask);
  sa.sa_handler = reinterpret_cast<void (*)(int)>(new_handler);
  sa.sa_flags = SA_RESTART;
  if (sigaction(sig, &sa, &old) != 0) return reinterpret_cast<void*>(-1);
  void* previous = reinterpret_cast<void*>(old.sa_handler);
  return previous == user_handler() ? reinterpret_cast<void*>(2) : previous;
}

// Signal.raise: false for signals the VM keeps or an ignored shutdown signal.
JNIEXPORT jboolean JNICALL JVM_RaiseSignal(jint sig) {
  if (ReduceSignalUsage) {
    if (sig == SIGHUP || sig == SIGINT || sig == SIGTERM || sig == SIGQUIT) return JNI_FALSE;
  } else if ((sig == SIGHUP || sig == SIGINT || sig == SIGTERM) && is_sig_ignored(sig)) {
    return JNI_FALSE;
  }
  ::raise(sig);
  return JNI_TRUE;
}

// ---- Class data sharing: jvmlab has no CDS archive ----------------------------------------------------

JNIEXPORT jboolean JNICALL JVM_IsCDSDumpingEnabled(JNIEnv* env) { return JNI_FALSE; }
JNIEXPORT jboolean JNICALL JVM_IsSharingEnabled(JNIEnv* env) { return JNI_FALSE; }
JNIEXPORT jboolean JNICALL JVM_IsDumpingClassList(JNIEnv* env) { return JNI_FALSE; }
JNIEXPORT jlong JNICALL JVM_GetRandomSeedForDumping() { return 0; }
JNIEXPORT void JNICALL JVM_LogLambdaFormInvoker(JNIEnv* env, jstring line) {}
// CDS.initializeFromArchive: no archived static fields, so the class initializes normally.
JNIEXPORT void JNICALL JVM_InitializeFromArchive(JNIEnv* env, jclass cls) {}
JNIEXPORT void JNICALL JVM_RegisterLambdaProxyClassForArchiving(JNIEnv* env, jclass caller, jstring interfaceMethodName,
                                                                jobject factoryType, jobject interfaceMethodType,
                                                                jobject implementationMember, jobject dynamicMethodType,
                                                                jclass lambdaProxyClass) {}
JNIEXPORT jclass JNICALL JVM_LookupLambdaProxyClassFromArchive(JNIEnv* env, jclass caller, jstring interfaceMethodName,
                                                               jobject factoryType, jobject interfaceMethodType,
                                                               jobject implementationMember, jobject dynamicMethodType) {
  return nullptr;
}
// jcmd VM.cds dumps: not possible without CDS.
JNIEXPORT void JNICALL JVM_DumpClassListToFile(JNIEnv* env, jstring fileName) {
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "JVM_DumpClassListToFile: jvmlab has no CDS");
}
JNIEXPORT void JNICALL JVM_DumpDynamicArchive(JNIEnv* env, jstring archiveName) {
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/UnsupportedOperationException", "JVM_DumpDynamicArchive: jvmlab has no CDS");
}

// libzip's path canonicalization hook: HotSpot's os::native_path leaves POSIX paths as they are.
JNIEXPORT char* JNICALL JVM_NativePath(char* path) { return path; }

// ---- Raw monitors (libzip, libnet: plain native mutexes, HotSpot's os::PlatformMutex) -----------------

JNIEXPORT void* JNICALL JVM_RawMonitorCreate(void) { return new std::mutex(); }
JNIEXPORT void JNICALL JVM_RawMonitorDestroy(void* mon) { delete static_cast<std::mutex*>(mon); }
JNIEXPORT jint JNICALL JVM_RawMonitorEnter(void* mon) {
  static_cast<std::mutex*>(mon)->lock();
  return 0;
}
JNIEXPORT void JNICALL JVM_RawMonitorExit(void* mon) { static_cast<std::mutex*>(mon)->unlock(); }

// ---- jio_* (jvm_io.h) ----------------------------------------------------------------------------------

// vsnprintf, but -1 when the output was truncated or count is not a positive size (HotSpot's
// contract, which libjava's callers test for).
JNIEXPORT int jio_vsnprintf(char* str, size_t count, const char* fmt, va_list args) {
  if (intptr_t(count) <= 0) return -1;
  int result = vsnprintf(str, count, fmt, args);
  if (result > 0 && size_t(result) >= count) result = -1;
  return result;
}

JNIEXPORT int jio_snprintf(char* str, size_t count, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = jio_vsnprintf(str, count, fmt, ap);
  va_end(ap);
  return r;
}

// Through the embedder's vfprintf hook (JNI "vfprintf" option) when one was given.
JNIEXPORT int jio_vfprintf(FILE* f, const char* fmt, va_list args) {
  if (vm_arguments != nullptr && vm_arguments->vfprintf_hook() != nullptr)
    return vm_arguments->vfprintf_hook()(f, fmt, args);
  return vfprintf(f, fmt, args);
}

JNIEXPORT int jio_printf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = jio_vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

JNIEXPORT int jio_fprintf(FILE* f, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = jio_vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
