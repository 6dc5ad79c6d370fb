// Bytecodes: the one table of JVM opcodes (JVMS §6.5, opcode numbers §7) from which names,
// lengths, trap/call properties and stack effects are generated. Shared by the interpreter,
// the oop-map generator and the verifier; a new (e.g. quickened) bytecode is one new row.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <array>

// Property flags of a bytecode.
//   TRAP  may throw (NPE, AIOOBE, ArithmeticException, IMSE on return, linkage errors).
//         Throwing allocates the exception, so every TRAP bytecode is also a GC point.
//   CALL  may call Java code or the runtime in a way that can allocate or block: invokes,
//         allocation, constant resolution, class initialization (get/putstatic), monitorenter.
//   BR    has branch target(s) encoded in its operands (includes jsr, switches).
//   STOP  never falls through to the next instruction (goto, returns, athrow, switches,
//         ret, and jsr: the analysis reaches jsr's successor only through the matching ret).
//   WIDE  may be the target of the wide prefix (§6.5 wide).
enum BytecodeFlags : u1 {
  BC_TRAP = 1, BC_CALL = 2, BC_BR = 4, BC_STOP = 8, BC_WIDE = 16,
};

// Stack effect strings, "<popped>><pushed>", listed bottom to top, one letter per value:
//   I int, F float (one slot), J long, D double (two slots), A reference, R return address.
// An empty string means the effect depends on operands (constant pool, dimensions, stack
// shape) and is computed by the user: ldc*, field access, invokes, multianewarray, the
// dup/pop/swap family, wide, breakpoint.
//
// Columns: name, opcode, length in bytes (0: variable — tableswitch, lookupswitch, wide),
// flags, stack effect.
#define BYTECODES_DO(def)                                                      \
  def(nop,             0x00, 1, 0, ">")                                        \
  def(aconst_null,     0x01, 1, 0, ">A")                                       \
  def(iconst_m1,       0x02, 1, 0, ">I")                                       \
  def(iconst_0,        0x03, 1, 0, ">I")                                       \
  def(iconst_1,        0x04, 1, 0, ">I")                                       \
  def(iconst_2,        0x05, 1, 0, ">I")                                       \
  def(iconst_3,        0x06, 1, 0, ">I")                                       \
  def(iconst_4,        0x07, 1, 0, ">I")                                       \
  def(iconst_5,        0x08, 1, 0, ">I")                                       \
  def(lconst_0,        0x09, 1, 0, ">J")                                       \
  def(lconst_1,        0x0a, 1, 0, ">J")                                       \
  def(fconst_0,        0x0b, 1, 0, ">F")                                       \
  def(fconst_1,        0x0c, 1, 0, ">F")                                       \
  def(fconst_2,        0x0d, 1, 0, ">F")                                       \
  def(dconst_0,        0x0e, 1, 0, ">D")                                       \
  def(dconst_1,        0x0f, 1, 0, ">D")                                       \
  def(bipush,          0x10, 2, 0, ">I")                                       \
  def(sipush,          0x11, 3, 0, ">I")                                       \
  def(ldc,             0x12, 2, BC_TRAP | BC_CALL, "")                         \
  def(ldc_w,           0x13, 3, BC_TRAP | BC_CALL, "")                         \
  def(ldc2_w,          0x14, 3, BC_TRAP | BC_CALL, "")                         \
  def(iload,           0x15, 2, BC_WIDE, ">I")                                 \
  def(lload,           0x16, 2, BC_WIDE, ">J")                                 \
  def(fload,           0x17, 2, BC_WIDE, ">F")                                 \
  def(dload,           0x18, 2, BC_WIDE, ">D")                                 \
  def(aload,           0x19, 2, BC_WIDE, ">A")                                 \
  def(iload_0,         0x1a, 1, 0, ">I")                                       \
  def(iload_1,         0x1b, 1, 0, ">I")                                       \
  def(iload_2,         0x1c, 1, 0, ">I")                                       \
  def(iload_3,         0x1d, 1, 0, ">I")                                       \
  def(lload_0,         0x1e, 1, 0, ">J")                                       \
  def(lload_1,         0x1f, 1, 0, ">J")                                       \
  def(lload_2,         0x20, 1, 0, ">J")                                       \
  def(lload_3,         0x21, 1, 0, ">J")                                       \
  def(fload_0,         0x22, 1, 0, ">F")                                       \
  def(fload_1,         0x23, 1, 0, ">F")                                       \
  def(fload_2,         0x24, 1, 0, ">F")                                       \
  def(fload_3,         0x25, 1, 0, ">F")                                       \
  def(dload_0,         0x26, 1, 0, ">D")                                       \
  def(dload_1,         0x27, 1, 0, ">D")                                       \
  def(dload_2,         0x28, 1, 0, ">D")                                       \
  def(dload_3,         0x29, 1, 0, ">D")                                       \
  def(aload_0,         0x2a, 1, 0, ">A")                                       \
  def(aload_1,         0x2b, 1, 0, ">A")                                       \
  def(aload_2,         0x2c, 1, 0, ">A")                                       \
  def(aload_3,         0x2d, 1, 0, ">A")                                       \
  def(iaload,          0x2e, 1, BC_TRAP, "AI>I")                               \
  def(laload,          0x2f, 1, BC_TRAP, "AI>J")                               \
  def(faload,          0x30, 1, BC_TRAP, "AI>F")                               \
  def(daload,          0x31, 1, BC_TRAP, "AI>D")                               \
  def(aaload,          0x32, 1, BC_TRAP, "AI>A")                               \
  def(baload,          0x33, 1, BC_TRAP, "AI>I")                               \
  def(caload,          0x34, 1, BC_TRAP, "AI>I")                               \
  def(saload,          0x35, 1, BC_TRAP, "AI>I")                               \
  def(istore,          0x36, 2, BC_WIDE, "I>")                                 \
  def(lstore,          0x37, 2, BC_WIDE, "J>")                                 \
  def(fstore,          0x38, 2, BC_WIDE, "F>")                                 \
  def(dstore,          0x39, 2, BC_WIDE, "D>")                                 \
  def(astore,          0x3a, 2, BC_WIDE, "A>")                                 \
  def(istore_0,        0x3b, 1, 0, "I>")                                       \
  def(istore_1,        0x3c, 1, 0, "I>")                                       \
  def(istore_2,        0x3d, 1, 0, "I>")                                       \
  def(istore_3,        0x3e, 1, 0, "I>")                                       \
  def(lstore_0,        0x3f, 1, 0, "J>")                                       \
  def(lstore_1,        0x40, 1, 0, "J>")                                       \
  def(lstore_2,        0x41, 1, 0, "J>")                                       \
  def(lstore_3,        0x42, 1, 0, "J>")                                       \
  def(fstore_0,        0x43, 1, 0, "F>")                                       \
  def(fstore_1,        0x44, 1, 0, "F>")                                       \
  def(fstore_2,        0x45, 1, 0, "F>")                                       \
  def(fstore_3,        0x46, 1, 0, "F>")                                       \
  def(dstore_0,        0x47, 1, 0, "D>")                                       \
  def(dstore_1,        0x48, 1, 0, "D>")                                       \
  def(dstore_2,        0x49, 1, 0, "D>")                                       \
  def(dstore_3,        0x4a, 1, 0, "D>")                                       \
  def(astore_0,        0x4b, 1, 0, "A>")                                       \
  def(astore_1,        0x4c, 1, 0, "A>")                                       \
  def(astore_2,        0x4d, 1, 0, "A>")                                       \
  def(astore_3,        0x4e, 1, 0, "A>")                                       \
  def(iastore,         0x4f, 1, BC_TRAP, "AII>")                               \
  def(lastore,         0x50, 1, BC_TRAP, "AIJ>")                               \
  def(fastore,         0x51, 1, BC_TRAP, "AIF>")                               \
  def(dastore,         0x52, 1, BC_TRAP, "AID>")                               \
  def(aastore,         0x53, 1, BC_TRAP, "AIA>")                               \
  def(bastore,         0x54, 1, BC_TRAP, "AII>")                               \
  def(castore,         0x55, 1, BC_TRAP, "AII>")                               \
  def(sastore,         0x56, 1, BC_TRAP, "AII>")                               \
  def(pop,             0x57, 1, 0, "")                                         \
  def(pop2,            0x58, 1, 0, "")                                         \
  def(dup,             0x59, 1, 0, "")                                         \
  def(dup_x1,          0x5a, 1, 0, "")                                         \
  def(dup_x2,          0x5b, 1, 0, "")                                         \
  def(dup2,            0x5c, 1, 0, "")                                         \
  def(dup2_x1,         0x5d, 1, 0, "")                                         \
  def(dup2_x2,         0x5e, 1, 0, "")                                         \
  def(swap,            0x5f, 1, 0, "")                                         \
  def(iadd,            0x60, 1, 0, "II>I")                                     \
  def(ladd,            0x61, 1, 0, "JJ>J")                                     \
  def(fadd,            0x62, 1, 0, "FF>F")                                     \
  def(dadd,            0x63, 1, 0, "DD>D")                                     \
  def(isub,            0x64, 1, 0, "II>I")                                     \
  def(lsub,            0x65, 1, 0, "JJ>J")                                     \
  def(fsub,            0x66, 1, 0, "FF>F")                                     \
  def(dsub,            0x67, 1, 0, "DD>D")                                     \
  def(imul,            0x68, 1, 0, "II>I")                                     \
  def(lmul,            0x69, 1, 0, "JJ>J")                                     \
  def(fmul,            0x6a, 1, 0, "FF>F")                                     \
  def(dmul,            0x6b, 1, 0, "DD>D")                                     \
  def(idiv,            0x6c, 1, BC_TRAP, "II>I")                               \
  def(ldiv,            0x6d, 1, BC_TRAP, "JJ>J")                               \
  def(fdiv,            0x6e, 1, 0, "FF>F")                                     \
  def(ddiv,            0x6f, 1, 0, "DD>D")                                     \
  def(irem,            0x70, 1, BC_TRAP, "II>I")                               \
  def(lrem,            0x71, 1, BC_TRAP, "JJ>J")                               \
  def(frem,            0x72, 1, 0, "FF>F")                                     \
  def(drem,            0x73, 1, 0, "DD>D")                                     \
  def(ineg,            0x74, 1, 0, "I>I")                                      \
  def(lneg,            0x75, 1, 0, "J>J")                                      \
  def(fneg,            0x76, 1, 0, "F>F")                                      \
  def(dneg,            0x77, 1, 0, "D>D")                                      \
  def(ishl,            0x78, 1, 0, "II>I")                                     \
  def(lshl,            0x79, 1, 0, "JI>J")                                     \
  def(ishr,            0x7a, 1, 0, "II>I")                                     \
  def(lshr,            0x7b, 1, 0, "JI>J")                                     \
  def(iushr,           0x7c, 1, 0, "II>I")                                     \
  def(lushr,           0x7d, 1, 0, "JI>J")                                     \
  def(iand,            0x7e, 1, 0, "II>I")                                     \
  def(land,            0x7f, 1, 0, "JJ>J")                                     \
  def(ior,             0x80, 1, 0, "II>I")                                     \
  def(lor,             0x81, 1, 0, "JJ>J")                                     \
  def(ixor,            0x82, 1, 0, "II>I")                                     \
  def(lxor,            0x83, 1, 0, "JJ>J")                                     \
  def(iinc,            0x84, 3, BC_WIDE, ">")                                  \
  def(i2l,             0x85, 1, 0, "I>J")                                      \
  def(i2f,             0x86, 1, 0, "I>F")                                      \
  def(i2d,             0x87, 1, 0, "I>D")                                      \
  def(l2i,             0x88, 1, 0, "J>I")                                      \
  def(l2f,             0x89, 1, 0, "J>F")                                      \
  def(l2d,             0x8a, 1, 0, "J>D")                                      \
  def(f2i,             0x8b, 1, 0, "F>I")                                      \
  def(f2l,             0x8c, 1, 0, "F>J")                                      \
  def(f2d,             0x8d, 1, 0, "F>D")                                      \
  def(d2i,             0x8e, 1, 0, "D>I")                                      \
  def(d2l,             0x8f, 1, 0, "D>J")                                      \
  def(d2f,             0x90, 1, 0, "D>F")                                      \
  def(i2b,             0x91, 1, 0, "I>I")                                      \
  def(i2c,             0x92, 1, 0, "I>I")                                      \
  def(i2s,             0x93, 1, 0, "I>I")                                      \
  def(lcmp,            0x94, 1, 0, "JJ>I")                                     \
  def(fcmpl,           0x95, 1, 0, "FF>I")                                     \
  def(fcmpg,           0x96, 1, 0, "FF>I")                                     \
  def(dcmpl,           0x97, 1, 0, "DD>I")                                     \
  def(dcmpg,           0x98, 1, 0, "DD>I")                                     \
  def(ifeq,            0x99, 3, BC_BR, "I>")                                   \
  def(ifne,            0x9a, 3, BC_BR, "I>")                                   \
  def(iflt,            0x9b, 3, BC_BR, "I>")                                   \
  def(ifge,            0x9c, 3, BC_BR, "I>")                                   \
  def(ifgt,            0x9d, 3, BC_BR, "I>")                                   \
  def(ifle,            0x9e, 3, BC_BR, "I>")                                   \
  def(if_icmpeq,       0x9f, 3, BC_BR, "II>")                                  \
  def(if_icmpne,       0xa0, 3, BC_BR, "II>")                                  \
  def(if_icmplt,       0xa1, 3, BC_BR, "II>")                                  \
  def(if_icmpge,       0xa2, 3, BC_BR, "II>")                                  \
  def(if_icmpgt,       0xa3, 3, BC_BR, "II>")                                  \
  def(if_icmple,       0xa4, 3, BC_BR, "II>")                                  \
  def(if_acmpeq,       0xa5, 3, BC_BR, "AA>")                                  \
  def(if_acmpne,       0xa6, 3, BC_BR, "AA>")                                  \
  def(goto,            0xa7, 3, BC_BR | BC_STOP, ">")                          \
  def(jsr,             0xa8, 3, BC_BR | BC_STOP, ">R")                         \
  def(ret,             0xa9, 2, BC_STOP | BC_WIDE, ">")                        \
  def(tableswitch,     0xaa, 0, BC_BR | BC_STOP, "I>")                         \
  def(lookupswitch,    0xab, 0, BC_BR | BC_STOP, "I>")                         \
  def(ireturn,         0xac, 1, BC_TRAP | BC_STOP, "I>")                       \
  def(lreturn,         0xad, 1, BC_TRAP | BC_STOP, "J>")                       \
  def(freturn,         0xae, 1, BC_TRAP | BC_STOP, "F>")                       \
  def(dreturn,         0xaf, 1, BC_TRAP | BC_STOP, "D>")                       \
  def(areturn,         0xb0, 1, BC_TRAP | BC_STOP, "A>")                       \
  def(return,          0xb1, 1, BC_TRAP | BC_STOP, ">")                        \
  def(getstatic,       0xb2, 3, BC_TRAP | BC_CALL, "")                         \
  def(putstatic,       0xb3, 3, BC_TRAP | BC_CALL, "")                         \
  def(getfield,        0xb4, 3, BC_TRAP | BC_CALL, "")                         \
  def(putfield,        0xb5, 3, BC_TRAP | BC_CALL, "")                         \
  def(invokevirtual,   0xb6, 3, BC_TRAP | BC_CALL, "")                         \
  def(invokespecial,   0xb7, 3, BC_TRAP | BC_CALL, "")                         \
  def(invokestatic,    0xb8, 3, BC_TRAP | BC_CALL, "")                         \
  def(invokeinterface, 0xb9, 5, BC_TRAP | BC_CALL, "")                         \
  def(invokedynamic,   0xba, 5, BC_TRAP | BC_CALL, "")                         \
  def(new,             0xbb, 3, BC_TRAP | BC_CALL, ">A")                       \
  def(newarray,        0xbc, 2, BC_TRAP | BC_CALL, "I>A")                      \
  def(anewarray,       0xbd, 3, BC_TRAP | BC_CALL, "I>A")                      \
  def(arraylength,     0xbe, 1, BC_TRAP, "A>I")                                \
  def(athrow,          0xbf, 1, BC_TRAP | BC_CALL | BC_STOP, "A>")             \
  def(checkcast,       0xc0, 3, BC_TRAP | BC_CALL, "A>A")                      \
  def(instanceof,      0xc1, 3, BC_TRAP | BC_CALL, "A>I")                      \
  def(monitorenter,    0xc2, 1, BC_TRAP | BC_CALL, "A>")                       \
  def(monitorexit,     0xc3, 1, BC_TRAP, "A>")                                 \
  def(wide,            0xc4, 0, 0, "")                                         \
  def(multianewarray,  0xc5, 4, BC_TRAP | BC_CALL, "")                         \
  def(ifnull,          0xc6, 3, BC_BR, "A>")                                   \
  def(ifnonnull,       0xc7, 3, BC_BR, "A>")                                   \
  def(goto_w,          0xc8, 5, BC_BR | BC_STOP, ">")                          \
  def(jsr_w,           0xc9, 5, BC_BR | BC_STOP, ">R")                         \
  def(breakpoint,      0xca, 1, BC_TRAP | BC_CALL, "")

// Opcodes the VM writes into loaded code in place of a Java bytecode (HotSpot's Rewriter); never
// valid in a class file. Same columns as above plus the Java bytecode each stands for (same
// length and operands), which is what the oop-map generator and the verifier see. They follow
// the Java opcodes without a gap (the interpreter's dispatch table is built with designated
// initializers, which GCC's C++ accepts only dense and in order).
//   return_register_finalizer: the `return` of Object.<init> (interpreter/rewriter.hpp): with
//   -XX:+RegisterFinalizersAtInit the object is registered with java.lang.ref.Finalizer there.
#define REWRITTEN_BYTECODES_DO(def)                                                      \
  def(return_register_finalizer, 0xcb, 1, BC_TRAP | BC_CALL | BC_STOP, ">", _return)

class Bytecodes {
 public:
  enum Code : int {
    _illegal = -1,
#define BYTECODE_ENUM(name, code, len, flags, effect) _##name = code,
    BYTECODES_DO(BYTECODE_ENUM)
#undef BYTECODE_ENUM
#define REWRITTEN_ENUM(name, code, len, flags, effect, java) _##name = code,
    REWRITTEN_BYTECODES_DO(REWRITTEN_ENUM)
#undef REWRITTEN_ENUM
    number_of_java_codes = 0xcb,  // 0x00..0xca; reserved 0xfe impdep1, 0xff impdep2 not included
    number_of_codes = 256,
  };

  // True for the opcodes of the JVMS table; class files may contain all of them but breakpoint
  // (§6.2: breakpoint, impdep1/2 are reserved and must not appear in a class file).
  static bool is_defined(int byte) {
    return byte >= 0 && byte < number_of_java_codes && _info[size_t(byte)].name != nullptr;
  }
  // A VM-internal opcode (REWRITTEN_BYTECODES_DO), found only in code the VM rewrote.
  static bool is_rewritten(int byte) {
    return byte >= number_of_java_codes && byte < number_of_codes && _info[size_t(byte)].name != nullptr;
  }
  // Any opcode of loaded code: Java or rewritten.
  static Code cast(int byte) { return is_defined(byte) || is_rewritten(byte) ? Code(byte) : _illegal; }

  static const char* name(Code c) { return _info[c].name; }
  // Length in bytes including the opcode; 0 for tableswitch, lookupswitch and wide.
  static int length_for(Code c) { return _info[c].length; }
  static const char* stack_effect(Code c) { return _info[c].effect; }
  static bool can_trap(Code c) { return _info[c].flags & BC_TRAP; }
  static bool can_call(Code c) { return _info[c].flags & BC_CALL; }
  // The bytecodes at which an interpreter frame may be stopped for GC besides method entry
  // and backward-branch polls: everything that can throw, allocate, call or block.
  static bool is_gc_point(Code c) { return _info[c].flags & (BC_TRAP | BC_CALL); }
  static bool is_branch(Code c) { return _info[c].flags & BC_BR; }
  static bool can_fall_through(Code c) { return !(_info[c].flags & BC_STOP); }
  static bool can_be_widened(Code c) { return _info[c].flags & BC_WIDE; }
  static bool is_invoke(Code c) { return c >= _invokevirtual && c <= _invokedynamic; }
  static bool is_return(Code c) { return c >= _ireturn && c <= _return; }

  // The Java bytecode a (possibly rewritten) opcode stands for. Rewritten opcodes keep the
  // operand encodings of their Java bytecode, since the oop-map generator analyses the
  // rewritten code through this mapping.
  static Code java_code(Code c) { return c >= number_of_java_codes && c < number_of_codes ? _java_code[c] : c; }

  // Length of the instruction at code[bci], handling wide and the switches (whose padding
  // depends on bci, §6.5 tableswitch). Returns -1 when the instruction is undefined or does
  // not fit in [bci, code_length); never reads outside that range.
  static int length_at(const u1* code, int code_length, int bci);

 private:
  struct Info {
    const char* name;
    const char* effect;
    u1 length;
    u1 flags;
  };
  static const std::array<Info, number_of_codes> _info;
  static constexpr std::array<Info, number_of_codes> make_table();
  static const std::array<Code, number_of_codes> _java_code;  // rewritten opcode -> Java bytecode
  static constexpr std::array<Code, number_of_codes> make_java_code_table();
};

// Big-endian operand readers (§4.1: class files are big-endian); callers bound-check.
inline int bytes_u1(const u1* p) { return p[0]; }
inline int bytes_u2(const u1* p) { return (p[0] << 8) | p[1]; }
inline int bytes_s2(const u1* p) { return int16_t(uint16_t((p[0] << 8) | p[1])); }
inline int bytes_s4(const u1* p) {
  return int32_t((uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]);
}
