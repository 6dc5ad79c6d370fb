// The general-purpose JVM_* entry points (HotSpot's jvm.h, JDK 17; defined in prims/jvm.cpp and
// prims/jvmStackTrace.cpp): what the VM startup code must hand them, and the VM properties they
// report. The entry points themselves are extern "C" and reached by the JDK's libraries by name.
#pragma once

#include <jni.h>

#include <string>
#include <utility>
#include <vector>

class Arguments;

// The parsed VM arguments: -D properties, java.home, the vfprintf/exit hooks (for jio_fprintf,
// JVM_Halt) and the execution mode. Call once Arguments::parse has succeeded; until then
// JVM_GetProperties reports only the VM's own properties with a compiled-in java.home.
void jvm_set_arguments(const Arguments* args);
// The hosting JDK's build, JAVA_RUNTIME_VERSION from its `release` file (java.vm.version).
std::string jdk_runtime_version(const std::string& jdk_home);
// The arguments set above (null in unit tests that create only the VM core).
const Arguments* jvm_arguments();
// Called by JVM_Halt before the process exits (HotSpot's before_exit: shutdown of VM threads,
// final logs). Until set, JVM_Halt exits directly.
void jvm_set_before_halt_hook(void (*hook)());

// jvmlab's identity in java.vm.* (see VM_PROPERTIES in jvm.cpp for the choices).
extern const char* const jvmlab_vm_name;     // java.vm.name
extern const char* const jvmlab_vm_vendor;   // java.vm.vendor

// java.vm.version and java.vm.info as the VM reports them (HotSpot's VM_Version::vm_release and
// vm_info_string), e.g. for the thread dump header; -D cannot change these.
std::string jvm_vm_release();
const char* jvm_vm_info();

// Every property the VM reports through JVM_GetProperties, in order (key, value): the VM's own
// (java.vm.*, java.home, sun.boot.library.path, java.library.path, ...), then the -D ones.
std::vector<std::pair<std::string, std::string>> jvm_vm_properties();

// Signal Dispatcher support (jdk.internal.misc.Signal): a handler registered with
// JVM_RegisterSignal(sig, (void*)2) records the signal; the dispatcher thread waits here for the
// next one and calls Signal.dispatch(sig). Returns the signal number.
int jvm_signal_wait();
// Nonzero if a signal is recorded and not yet taken (for tests).
int jvm_signal_pending_count(int sig);
// SIGQUIT (kill -3) is the VM's own: it is routed to the dispatcher, which prints a thread dump
// (HotSpot's BREAK_SIGNAL), unless -Xrs (ReduceSignalUsage) leaves it to its default action.
void jvm_install_break_handler();
