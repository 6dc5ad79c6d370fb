// Frame: one interpreter activation on a thread's Java stack (see runtime/javaThread.hpp for the
// stack layout). The header sits between the locals and the operand stack:
//
//   _locals -> [ local 0 .. local max_locals-1 ][ Frame ][ operand stack ... <- _sp ]
//
// Slots are 8 bytes and untagged: a long or double takes two slots with the value in the lower
// one. The collector finds the references in a frame through the method's oop map at _bcp
// (interpreter/oopMapCache.hpp), so _bcp and _sp are saved before anything that can collect.
#pragma once

#include "oops/oop.hpp"

class Method;

class Frame {
 public:
  Frame* _prev;       // the caller's frame, or null at the bottom of the thread's stack
  Method* _method;
  const u1* _bcp;     // the bytecode being executed (saved at calls and safepoints)
  intptr_t* _locals;
  intptr_t* _sp;      // operand stack top: the first free slot (saved at calls and safepoints)
  oop _lock;          // the object a synchronized method locked (a root), else null
  bool _is_entry;     // entered from C++ (JavaCalls): returning ends the interpreter run

  // The header occupies the size of HotSpot's x86-64 interpreter frame header, 11 words (return
  // address, saved rbp, sender sp, last sp, Method*, mirror, mdp, cp cache, locals, bcp, monitor
  // block top), although the fields above need 7: a frame then costs what it costs in HotSpot
  // -Xint, and a given -Xss holds as deep a recursion as there (bench/stack-depth).
  static constexpr int header_words = 11;
  intptr_t* stack_base() { return reinterpret_cast<intptr_t*>(this) + header_words; }
  int bci() const;
};

static_assert(sizeof(Frame) <= Frame::header_words * sizeof(intptr_t), "Frame outgrew its header");
