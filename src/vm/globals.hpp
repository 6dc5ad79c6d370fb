// The -XX: flag table (HotSpot's globals.hpp): one row per flag with its HotSpot name, type,
// default and documentation. Everything else (the variables, parsing, -XX:+PrintFlagsFinal)
// is generated from this table. Defaults are HotSpot 17's; "ergonomic" ones are set at startup
// (vm/arguments.cpp) when the user does not give them.
#pragma once

#include "utilities/globalDefinitions.hpp"

using intx = intptr_t;
using uintx = uintptr_t;
using ccstr = const char*;
using ccstrlist = const char*;  // a ccstr whose repeated settings accumulate, one per line

//      type    name                         default      doc
#define JVMLAB_FLAGS(F)                                                                              \
  /* heap sizing (DESIGN §3) */                                                                       \
  F(size_t, MaxHeapSize,               0,          "Maximum heap size (-Xmx); 0 = 1/4 of RAM")         \
  F(size_t, InitialHeapSize,           0,          "Initial heap size (-Xms); 0 = 1/64 of RAM")        \
  F(size_t, MinHeapSize,               0,          "Minimum heap size")                                \
  F(size_t, NewSize,                   1363144,    "Initial new generation size (-Xmn)")               \
  F(size_t, MaxNewSize,                0,          "Maximum new generation size; 0 = ergonomic")       \
  F(size_t, OldSize,                   5452592,    "Initial tenured generation size")                  \
  F(uintx,  NewRatio,                  2,          "Ratio of old/new generation sizes")                \
  F(uintx,  SurvivorRatio,             8,          "Ratio of eden/survivor space size")                \
  F(uintx,  MinHeapFreeRatio,          40,         "Min percentage of heap free after GC to avoid expansion") \
  F(uintx,  MaxHeapFreeRatio,          70,         "Max percentage of heap free after GC to avoid shrinking") \
  F(double, MaxRAMPercentage,          25.0,       "Maximum percentage of real memory used for maximum heap size") \
  F(double, MinRAMPercentage,          50.0,       "Minimum percentage of real memory used for maximum heap size on systems with small physical memory size") \
  F(double, InitialRAMPercentage,      1.5625,     "Percentage of real memory used for initial heap size") \
  /* allocation */                                                                                    \
  F(bool,   UseTLAB,                   true,       "Use thread-local object allocation")               \
  F(size_t, TLABSize,                  0,          "Starting TLAB size (in bytes); zero means set ergonomically") \
  F(size_t, PretenureSizeThreshold,    0,          "Maximum size in bytes of objects allocated in DefNew generation; zero means no maximum") \
  /* Serial collector (DESIGN §5) */                                                                  \
  F(bool,   UseSerialGC,               false,      "Use the Serial garbage collector")                 \
  F(bool,   UseParallelGC,             false,      "Use the Parallel garbage collector (runs Serial in jvmlab)") \
  F(bool,   UseG1GC,                   false,      "Use the Garbage First garbage collector (runs Serial in jvmlab)") \
  F(uintx,  MaxTenuringThreshold,      15,         "Maximum value for tenuring threshold")             \
  F(uintx,  InitialTenuringThreshold,  7,          "Initial value for tenuring threshold")             \
  F(uintx,  TargetSurvivorRatio,       50,         "Desired percentage of survivor space used after scavenge") \
  F(bool,   AlwaysTenure,              false,      "Always tenure objects in eden (ParallelGC only)")  \
  F(bool,   NeverTenure,               false,      "Never tenure objects in eden")                     \
  F(intx,   SoftRefLRUPolicyMSPerMB,   1000,       "Number of milliseconds per MB of free space in the heap") \
  F(bool,   DisableExplicitGC,         false,      "Ignore calls to System.gc()")                      \
  F(bool,   ExplicitGCInvokesConcurrent, false,    "A System.gc() request invokes a concurrent collection; (effective only when using concurrent collectors)") \
  F(bool,   UseGCOverheadLimit,        true,       "Use policy to limit of proportion of time spent in GC before an OutOfMemory error is thrown") \
  F(uintx,  GCTimeLimit,               98,         "Limit of the proportion of time spent in GC before an OutOfMemoryError is thrown (used with GCHeapFreeLimit)") \
  F(uintx,  GCHeapFreeLimit,           2,          "Minimum percentage of free space after a full GC before an OutOfMemoryError is thrown (used with GCTimeLimit)") \
  F(bool,   VerifyBeforeGC,            false,      "Verify memory system before GC")                   \
  F(bool,   VerifyAfterGC,             false,      "Verify memory system after GC")                    \
  F(intx,   GCStressInterval,          0,          "jvmlab: collect every N allocation slow paths (0 = off)") \
  F(bool,   UseCompressedOops,         true,       "Use 32-bit object references in 64-bit VM")        \
  F(bool,   UseCompressedClassPointers, true,      "Use 32-bit class pointers in 64-bit VM")           \
  F(bool,   ScavengeBeforeFullGC,      false,      "Scavenge youngest generation before each full GC") \
  /* metaspace */                                                                                     \
  F(size_t, MetaspaceSize,             22020096,   "Initial threshold (in bytes) at which a garbage collection is done to reduce Metaspace usage") \
  F(size_t, MaxMetaspaceSize,          SIZE_MAX,   "Maximum size of Metaspaces (in bytes)")            \
  F(size_t, CompressedClassSpaceSize,  1073741824, "Maximum size of class area in Metaspace when compressed class pointers are used") \
  F(uint64_t, MaxDirectMemorySize,       0,          "Maximum total size of NIO direct-buffer allocations") \
  /* threads and stacks (DESIGN §6) */                                                                \
  F(intx,   ThreadStackSize,           1024,       "Thread Stack Size (in Kbytes)")                    \
  F(intx,   VMThreadStackSize,         1024,       "Non-Java Thread Stack Size (in Kbytes)")           \
  F(intx,   StackShadowPages,          20,         "Number of shadow zone pages")                      \
  F(intx,   StackYellowPages,          2,          "Number of yellow zone pages")                      \
  F(intx,   StackRedPages,             1,          "Number of red zone pages")                         \
  F(intx,   StackReservedPages,        1,          "Number of reserved zone pages")                    \
  /* errors and diagnostics (DESIGN §7) */                                                            \
  F(bool,   HeapDumpOnOutOfMemoryError, false,     "Dump heap to file when java.lang.OutOfMemoryError is thrown") \
  F(ccstr,  HeapDumpPath,              nullptr,    "When HeapDumpOnOutOfMemoryError is on, the path (filename or directory) of the dump file") \
  F(bool,   ExitOnOutOfMemoryError,    false,      "JVM exits on the first occurrence of an out-of-memory error") \
  F(bool,   CrashOnOutOfMemoryError,   false,      "JVM aborts, producing an error log and core/mini dump, on the first occurrence of an out-of-memory error") \
  F(ccstrlist, OnOutOfMemoryError,        nullptr,    "Run user-defined commands on first java.lang.OutOfMemoryError") \
  F(bool,   ShowCodeDetailsInExceptionMessages, true, "Show exception messages from RuntimeExceptions that contain snippets of the failing code") \
  F(bool,   ShowHiddenFrames,          false,      "Show method handle implementation frames (usually hidden)") \
  F(bool,   StackTraceInThrowable,     true,       "Collect backtrace in throwable when exception happens") \
  F(intx,   MaxJavaStackTraceDepth,    1024,       "The maximum number of lines in the stack trace for Java exceptions (0 means all)") \
  F(bool,   UsePerfData,               true,       "Flag to disable jvmstat instrumentation for performance testing and problem isolation purposes") \
  F(bool,   PrintFlagsFinal,           false,      "Print all VM flags after argument and ergonomic processing") \
  F(bool,   PrintCommandLineFlags,     false,      "Print flags specified on command line or set by ergonomics") \
  F(bool,   DisableAttachMechanism,    false,      "Disable mechanism that allows tools to attach to this VM") \
  F(bool,   ReduceSignalUsage,         false,      "Reduce the use of OS signals in Java and/or the VM") \
  F(bool,   PrintHeapAtSIGBREAK,       true,       "Print heap layout in response to SIGBREAK")        \
  F(bool,   PrintConcurrentLocks,      false,      "Print java.util.concurrent locks in thread dump")  \
  F(bool,   UseStringDeduplication,    false,      "Use string deduplication")                         \
  F(uintx,  StringTableSize,           65536,      "Number of buckets in the interned String table (will be rounded to nearest higher power of 2)") \
  F(bool,   BytecodeVerificationRemote, true,      "Enable the Java bytecode verifier for remote classes") \
  F(bool,   BytecodeVerificationLocal, false,      "Enable the Java bytecode verifier for local classes") \
  F(bool,   UseCompiler,               true,       "Use Just-In-Time compilation (jvmlab has only the interpreter)") \
  /* argument processing (vm/arguments.cpp) */                                                        \
  F(bool,   UnlockDiagnosticVMOptions, false,      "Enable normal processing of flags relating to field diagnostics") \
  F(bool,   UnlockExperimentalVMOptions, false,    "Enable normal processing of flags relating to experimental features") \
  F(bool,   IgnoreUnrecognizedVMOptions, false,    "Ignore unrecognized VM options")                   \
  F(bool,   PrintVMOptions,            false,      "Print flags that appeared on the command line")

#define JVMLAB_DECLARE_FLAG(type, name, value, doc) extern type name;
JVMLAB_FLAGS(JVMLAB_DECLARE_FLAG)
#undef JVMLAB_DECLARE_FLAG
