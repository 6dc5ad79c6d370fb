// VM creation, in HotSpot 17's order (Threads::create_vm): arguments, the VM core (metaspace,
// heap, main thread, boot classes), the JDK's base native library, then the JDK initializes
// itself: java.lang classes, the main thread group and Thread, System.initPhase1 (properties,
// standard streams), initPhase2 (the module system), initPhase3 (security, the system class
// loader).
#include "vm/vmCreate.hpp"

#include "vm/vmExit.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jni.hpp"
#include "prims/jniHandles.hpp"
#include "prims/jvm.hpp"
#include "prims/nativeLookup.hpp"
#include "prims/methodHandles.hpp"
#include "prims/perf.hpp"
#include "prims/unsafe.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/safepoint.hpp"
#include "gc/serial/serialHeap.hpp"
#include "runtime/threads.hpp"
#include "services/gcLog.hpp"
#include "services/threadService.hpp"
#include "services/logConfiguration.hpp"
#include "vm/arguments.hpp"
#include "vm/globals.hpp"
#include "vm/vmInit.hpp"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <mutex>
#include <pthread.h>
#include <string>

namespace {
Arguments arguments;
bool vm_created = false;
std::mutex create_lock;

InstanceKlass* boot_klass(const char* name, TRAPS) {
  Klass* k = SystemDictionary::resolve_boot(name, CHECK_NULL);
  return InstanceKlass_cast(k);
}

bool initialize(const char* name, TRAPS) {
  InstanceKlass* k = boot_klass(name, CHECK_false);
  SystemDictionary::initialize_class(k, CHECK_false);
  return true;
}

// The JDK's base library (libjava.so), loaded by the VM itself, with its JNI_OnLoad run
// (HotSpot's os::native_java_library).
bool load_java_library(const std::string& java_home, std::string* error) {
  std::string path = java_home + "/lib/libjava.so";
  void* lib = dlopen(path.c_str(), RTLD_LAZY | RTLD_GLOBAL);
  if (lib == nullptr) {
    const char* why = dlerror();
    *error = std::string("Could not load ") + path + ": " + (why ? why : "?");
    return false;
  }
  NativeLookup::add_library(lib);
  using OnLoad = jint (*)(JavaVM*, void*);
  if (auto on_load = reinterpret_cast<OnLoad>(dlsym(lib, "JNI_OnLoad"))) {
    JavaThread* t = JavaThread::current();
    t->set_state(ThreadState::InNative);
    on_load(jni_java_vm(), nullptr);
    t->set_state(ThreadState::InVM);
  }
  return true;
}

// java.lang.Object's natives are the VM's own (HotSpot's java_lang_Object::register_natives):
// their jvm.h entry points already have the JNI signature of the Java methods.
extern "C" {
jint JNICALL JVM_IHashCode(JNIEnv*, jobject);
void JNICALL JVM_MonitorWait(JNIEnv*, jobject, jlong);
void JNICALL JVM_MonitorNotify(JNIEnv*, jobject);
void JNICALL JVM_MonitorNotifyAll(JNIEnv*, jobject);
jobject JNICALL JVM_Clone(JNIEnv*, jobject);
}

void register_object_natives() {
  Klass* object = vmClasses::Object_klass();
  NativeLookup::register_native(object, "hashCode", "()I", (void*)JVM_IHashCode);
  NativeLookup::register_native(object, "wait", "(J)V", (void*)JVM_MonitorWait);
  NativeLookup::register_native(object, "notify", "()V", (void*)JVM_MonitorNotify);
  NativeLookup::register_native(object, "notifyAll", "()V", (void*)JVM_MonitorNotifyAll);
  NativeLookup::register_native(object, "clone", "()Ljava/lang/Object;", (void*)JVM_Clone);
}

jobject main_thread_group = nullptr;  // a JNI global reference

// A java.lang.Thread for the current JavaThread, in the main thread group (HotSpot's
// create_initial_thread and the thread objects of attached threads).
bool create_thread_object(JavaThread* THREAD, const char* thread_name) {
  HandleMark hm(THREAD);
  Handle main_group(THREAD, JNIHandles::resolve(main_thread_group));
  // The Thread object exists and is the current thread before its constructor runs, because
  // the constructor asks Thread.currentThread() for its parent.
  oop thread_obj_oop = oopFactory::new_instance(vmClasses::Thread_klass(), CHECK_false);
  Handle thread_obj(THREAD, thread_obj_oop);
  java_lang_Thread::set_thread(thread_obj(), THREAD);
  thread_obj()->put<jint>(java_lang_Thread::priority_offset, 5);  // Thread.NORM_PRIORITY
  THREAD->set_threadObj(thread_obj());
  oop name = java_lang_String::create_from_utf8(thread_name, CHECK_false);
  Method* init = vmClasses::Thread_klass()->find_local_method(
      SymbolTable::lookup("<init>"), SymbolTable::lookup("(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"));
  JavaArgs args;
  args.push_oop(thread_obj());
  args.push_oop(main_group());
  args.push_oop(name);
  JavaValue r;
  JavaCalls::call(&r, init, args, CHECK_false);
  java_lang_Thread::set_status(thread_obj(), java_lang_Thread::RUNNABLE);
  return true;
}

// ThreadGroup "system" and its child "main", then the main Thread (Threads::create_initial_thread).
bool create_main_thread_object(TRAPS) {
  HandleMark hm(THREAD);
  InstanceKlass* tg = vmClasses::ThreadGroup_klass();
  JavaArgs none;
  oop system_oop = JavaCalls::construct(tg, "()V", none, CHECK_false);
  Handle system(THREAD, system_oop);
  oop main_name = java_lang_String::create_from_utf8("main", CHECK_false);
  JavaArgs group_args;
  group_args.push_oop(system());
  group_args.push_oop(main_name);
  oop main_group_oop = JavaCalls::construct(tg, "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V", group_args, CHECK_false);
  main_thread_group = JNIHandles::make_global(main_group_oop);
  SystemDictionary::initialize_class(vmClasses::Thread_klass(), CHECK_false);
  if (!create_thread_object(THREAD, "main")) return false;
  Threads::add_main_thread();
  return true;
}

// The "Signal Dispatcher" daemon thread (HotSpot's signal_thread_entry): waits for signals the
// JDK registered (jdk.internal.misc.Signal: SIGTERM, SIGINT, SIGHUP for shutdown) and runs
// Signal.dispatch(sig) in Java, which starts the handler on its own thread. SIGQUIT is the VM's:
// it prints a thread dump (services/threadService.cpp) and the program goes on.
void* signal_dispatcher_main(void*) {
  JavaThread* THREAD = JavaThread::create_for_current_os_thread(size_t(ThreadStackSize) * K);
  THREAD->set_daemon(true);
  if (!create_thread_object(THREAD, "Signal Dispatcher")) return nullptr;
  java_lang_Thread::set_daemon(THREAD->threadObj(), true);
  // HotSpot starts it with NearMaxPriority (os_signal_init, start_internal_daemon).
  THREAD->threadObj()->put<jint>(java_lang_Thread::priority_offset, 9);
  InstanceKlass* signal = boot_klass("jdk/internal/misc/Signal", THREAD);
  for (;;) {
    THREAD->set_state(ThreadState::Blocked);
    int sig = jvm_signal_wait();
    SafepointSynchronize::transition_from_blocked(THREAD);
    THREAD->set_state(ThreadState::InVM);
    if (sig == SIGQUIT) {
      ThreadService::print_on_sigbreak(THREAD);
      THREAD->clear_pending_exception();
      continue;
    }
    JavaValue r;
    JavaArgs args;
    args.push_int(sig);
    if (signal != nullptr) JavaCalls::call_static(&r, signal, "dispatch", "(I)V", args, THREAD);
    THREAD->clear_pending_exception();
  }
}

void start_signal_dispatcher() {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 2 * M);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t tid;
  pthread_create(&tid, &attr, signal_dispatcher_main, nullptr);
  pthread_attr_destroy(&attr);
  jvm_install_break_handler();
}

// JNI FindClass with no Java caller (a thread the launcher created, JNI_OnLoad excepted) uses
// the system class loader (ClassLoader.getSystemClassLoader), as HotSpot's jni_FindClass.
oop system_class_loader(JavaThread* THREAD) {
  JavaValue r;
  JavaArgs none;
  JavaCalls::call_static(&r, vmClasses::ClassLoader_klass(), "getSystemClassLoader", "()Ljava/lang/ClassLoader;", none, THREAD);
  if (HAS_PENDING_EXCEPTION) {
    THREAD->clear_pending_exception();
    return nullptr;
  }
  return r.v.l;
}

bool call_system(const char* name, const char* sig, const JavaArgs& args, JavaValue* r, TRAPS) {
  JavaCalls::call_static(r, vmClasses::System_klass(), name, sig, args, THREAD);
  return !HAS_PENDING_EXCEPTION;
}

void report_pending(JavaThread* thread, const char* phase) {
  oop e = thread->pending_exception();
  std::string what = e->klass()->name()->str();
  oop msg = java_lang_Throwable::message(e);
  if (msg != nullptr) what += ": " + java_lang_String::as_utf8(msg);
  fprintf(stderr, "Error occurred during initialization of VM\n%s: %s\n", phase, what.c_str());
}

jint create_vm(JavaVMInitArgs* init_args, JNIEnv** penv) {
  LogConfiguration::set_start_time();
  jint rc = arguments.parse(init_args);
  if (rc != JNI_OK) return rc;
  jvm_set_arguments(&arguments);
  for (const std::string& opt : arguments.log_options()) {
    if (!LogConfiguration::parse_option(opt.substr(strlen("-Xlog")))) {
      fprintf(stdout, "Invalid -Xlog option '%s', see error log for details.\n", opt.c_str());
      return JNI_EINVAL;
    }
  }
  // HotSpot's os::Posix::set_minimum_stack_sizes: a -Xss (ThreadStackSize) too small for a Java
  // thread is refused, on stdout (0 means the system default).
  if (ThreadStackSize != 0 && size_t(ThreadStackSize) * K < JavaThread::min_stack_bytes) {
    fprintf(stdout, "\nThe Java thread stack size specified is too small. Specify at least %zuk\n",
            JavaThread::min_stack_bytes / K);
    fflush(stdout);
    return JNI_ERR;
  }
  JavaThread::set_jni_functions(jni_functions());
  VMBootOptions options;
  options.jdk_home = arguments.java_home();
  for (size_t start = 0; !arguments.boot_class_path_append().empty() && start != std::string::npos;) {
    size_t colon = arguments.boot_class_path_append().find(':', start);
    options.boot_append.push_back(arguments.boot_class_path_append().substr(start, colon == std::string::npos ? colon : colon - start));
    start = colon == std::string::npos ? colon : colon + 1;
  }
  std::string error;
  JavaThread* THREAD = create_vm_core(options, &error);
  if (THREAD == nullptr) {
    fprintf(stderr, "Error occurred during initialization of VM\n%s\n", error.c_str());
    return JNI_ERR;
  }
  THREAD->_jni_env.functions = jni_functions();
  unsafe_register_special_natives();
  MethodHandles::register_special_natives();
  PerfMemory::register_special_natives();
  register_object_natives();
  if (!load_java_library(arguments.java_home(), &error)) {
    fprintf(stderr, "Error occurred during initialization of VM\n%s\n", error.c_str());
    return JNI_ERR;
  }
  // HotSpot's initialize_java_lang_classes.
  bool ok = initialize("java/lang/String", THREAD) && initialize("java/lang/System", THREAD) &&
            initialize("java/lang/Class", THREAD) && initialize("java/lang/ThreadGroup", THREAD) &&
            create_main_thread_object(THREAD) && initialize("java/lang/Module", THREAD);
  if (ok) { unsafe_constants_fixup(THREAD); ok = !HAS_PENDING_EXCEPTION; }
  ok = ok && initialize("java/lang/reflect/Method", THREAD) && initialize("java/lang/ref/Finalizer", THREAD);
  JavaValue r;
  JavaArgs none;
  if (ok && !call_system("initPhase1", "()V", none, &r, THREAD)) { report_pending(THREAD, "initPhase1"); return JNI_ERR; }
  if (ok) start_signal_dispatcher();
  for (const char* c : {"java/lang/OutOfMemoryError", "java/lang/NullPointerException", "java/lang/ClassCastException",
                        "java/lang/ArrayStoreException", "java/lang/ArithmeticException", "java/lang/StackOverflowError",
                        "java/lang/IllegalMonitorStateException", "java/lang/IllegalArgumentException"})
    ok = ok && initialize(c, THREAD);
  if (ok) {
    JavaArgs phase2;
    phase2.push_int(1);  // printToStderr
    phase2.push_int(1);  // printStackTrace
    if (!call_system("initPhase2", "(ZZ)I", phase2, &r, THREAD)) { report_pending(THREAD, "initPhase2"); return JNI_ERR; }
    if (r.v.i != JNI_OK) return JNI_ERR;
    if (!call_system("initPhase3", "()V", none, &r, THREAD)) { report_pending(THREAD, "initPhase3"); return JNI_ERR; }
  }
  if (!ok || HAS_PENDING_EXCEPTION) {
    if (HAS_PENDING_EXCEPTION) report_pending(THREAD, "java.lang initialization");
    return JNI_ERR;
  }
  jni_set_find_class_default_loader(system_class_loader);
  THREAD->set_state(ThreadState::InNative);  // back to the launcher's native code
  *penv = &THREAD->_jni_env;
  return JNI_OK;
}
}  // namespace

jint jvmlab_destroy_java_vm() {
  // HotSpot's Threads::destroy_vm: the calling thread (normally the launcher's main thread, which
  // has detached) waits, as the "DestroyJavaVM" thread, until it is the last non-daemon thread
  // (JLS §12.8), then runs the shutdown hooks through java.lang.Shutdown.
  JavaThread* thread = JavaThread::current();
  if (thread != nullptr) {
    SafepointSynchronize::transition_from_native(thread);  // waits out a safepoint in progress
    thread->set_state(ThreadState::InVM);
    Threads::exit_current_thread(thread);
  }
  Threads::wait_for_non_daemon_threads();
  JavaThread* THREAD = JavaThread::create_for_current_os_thread(size_t(ThreadStackSize) * K);
  if (THREAD != nullptr && create_thread_object(THREAD, "DestroyJavaVM")) {
    JavaValue r;
    JavaArgs none;
    InstanceKlass* shutdown = boot_klass("java/lang/Shutdown", THREAD);
    if (shutdown != nullptr) JavaCalls::call_static(&r, shutdown, "shutdown", "()V", none, THREAD);
    THREAD->clear_pending_exception();
  }
  GCLog::print_heap_at_exit(static_cast<SerialHeap*>(CollectedHeap::heap()));
  return JNI_OK;
}

extern "C" {

JNIEXPORT jint JNICALL JNI_CreateJavaVM(JavaVM** pvm, void** penv, void* args) {
  std::lock_guard<std::mutex> g(create_lock);
  if (vm_created) return JNI_EEXIST;  // one VM per process, as HotSpot
  vm_created = true;
  JNIEnv* env = nullptr;
  jint rc = create_vm(static_cast<JavaVMInitArgs*>(args), &env);
  if (rc != JNI_OK) return rc;
  *pvm = jni_java_vm();
  *penv = env;
  return JNI_OK;
}

JNIEXPORT jint JNICALL JNI_GetCreatedJavaVMs(JavaVM** vm_buf, jsize buf_len, jsize* num_vms) {
  jsize n = vm_created ? 1 : 0;
  if (num_vms != nullptr) *num_vms = n;
  if (n > 0 && buf_len > 0) vm_buf[0] = jni_java_vm();
  return JNI_OK;
}

JNIEXPORT jint JNICALL JNI_GetDefaultJavaVMInitArgs(void* args) {
  return Arguments::get_default_java_vm_init_args(args);
}

}  // extern "C"
