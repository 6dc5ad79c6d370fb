// BytecodeUtils: helpful NullPointerException messages (JEP 358), computed from the bytecode of
// the frame that raised the NPE as HotSpot's ExceptionMessageBuilder does; used by
// JVM_GetExtendedNPEMessage (jvm.h), which NullPointerException.getExtendedNPEMessage calls.
#pragma once

#include <string>

class Method;

class BytecodeUtils {
 public:
  // Builds the message for an implicit NPE raised by the instruction at `bci` of `m`, e.g.
  //   Cannot invoke "String.length()" because "<local1>" is null
  // Returns false when there is no message to give (HotSpot's JVM_GetExtendedNPEMessage then
  // returns null): no bytecode, a bci outside the code, an NPE constructed explicitly (the bci
  // of an invokespecial <init>), a bytecode that cannot raise an implicit NPE, or a frame of
  // jdk.internal.reflect.NativeConstructorAccessorImpl. *out is replaced only on success.
  //
  // The analysis only reads the method (code, constant pool, LocalVariableTable): it neither
  // allocates Java objects nor resolves anything, so it may run at any point.
  static bool get_npe_message(const Method* m, int bci, std::string* out);
};
