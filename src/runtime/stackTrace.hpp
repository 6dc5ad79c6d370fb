// Java stack traces: recording a thread's interpreter frames into Throwable.backtrace (HotSpot's
// java_lang_Throwable::fill_in_stack_trace) and turning recorded frames into
// java.lang.StackTraceElement objects (java_lang_StackTraceElement::fill_in).
//
// The backtrace is jvmlab's own format, opaque to Java code (Throwable.backtrace is an Object):
//
//   Object[3] { long[] methods (Method*), int[] bcis, Object[] mirrors (holder classes) }
//
// and Throwable.depth is the number of frames. The mirrors keep the holders (and so the Method*
// entries, which live in their class loader's metaspace) alive as long as the throwable is.
#pragma once

#include "runtime/exceptions.hpp"

#include <vector>

class Method;

struct RecordedFrame {
  Method* method;
  int bci;  // 0 for native methods (they have no bytecode)
};

class StackTrace {
 public:
  // The frames of `thread`, innermost first, at most max_depth of them (0: all). The thread must
  // be the current one or stopped (at a safepoint, suspended) while this runs.
  static std::vector<RecordedFrame> walk(JavaThread* thread, int max_depth);

  // JVM_FillInStackTrace: records the current thread's frames in throwable.backtrace and
  // throwable.depth, leaving out the fillInStackTrace frames and then the constructors of the
  // throwable's own class chain, so the trace starts where the throwable was created. Honors
  // -XX:-StackTraceInThrowable and -XX:MaxJavaStackTraceDepth (0 = no limit). An exception
  // while filling (OutOfMemoryError) is left pending; JVM_FillInStackTrace discards it.
  static void fill_in(Handle throwable, TRAPS);

  // JVM_InitStackTraceElementArray: fills elements[i] (already allocated by
  // StackTraceElement.of) from the throwable's backtrace. NullPointerException if elements is
  // null, IndexOutOfBoundsException if its length differs from the recorded depth.
  static void init_elements(Handle elements, Handle throwable, TRAPS);

  // Fills one StackTraceElement for frame (method, bci): declaringClassObject, declaringClass
  // (binary name), methodName, fileName (SourceFile, or null), lineNumber (-2 for a native
  // method, -1 when unknown), classLoaderName (the loader's name), moduleName / moduleVersion
  // (of the class's named module).
  static void fill_element(Handle element, Method* method, int bci, TRAPS);

  // A new StackTraceElement[] for the frames (for Thread.getStackTrace / JVM_DumpThreads).
  static arrayOop create_elements(const std::vector<RecordedFrame>& frames, TRAPS);

  // One frame as HotSpot's thread dumps print it after "\tat " (java_lang_Throwable::
  // print_stack_element_to_buffer): "java.lang.Thread.sleep(java.base@17.0.15/Native Method)",
  // "Main.run(Main.java:12)", "Foo$$Lambda$14/0x0000000800c0b008.run(Unknown Source)": the
  // module and its version only for named modules, no class loader name. Allocates nothing in
  // the Java heap, so it may run with the world stopped, once prepare_element_text has run.
  static std::string element_text(Method* method, int bci);
  static void prepare_element_text(TRAPS);
};

// Thread.getStackTrace support for the thread code: `thread`'s stack as a StackTraceElement[]
// (max_depth 0 = all frames). The thread must be the current one or stopped while this runs.
arrayOop java_stack_trace_of(JavaThread* thread, int max_depth, TRAPS);
