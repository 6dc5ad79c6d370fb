// BytecodeInterpreter: executes Java bytecode (JVMS chapter 6) one frame after another without
// recursing on the C++ stack: an invoke pushes a Frame on the thread's Java stack and continues in
// the same loop; a return pops it. The loop returns to C++ when an entry frame returns or throws.
#pragma once

#include "interpreter/frame.hpp"

class JavaThread;

class BytecodeInterpreter {
 public:
  // Runs `entry` (already set up with its arguments) to completion. The result (for non-void
  // methods) is stored into result[0] (and result[1] for a long/double's second slot). On an
  // uncaught exception the thread's pending exception is set.
  static void run(JavaThread* thread, Frame* entry, intptr_t* result);

  // Sets up a frame for m whose arguments already sit at `args` on the thread's Java stack.
  // Returns null (StackOverflowError pending) if the stack is exhausted.
  static Frame* push_frame(JavaThread* thread, Frame* caller, Method* m, intptr_t* args);
};
