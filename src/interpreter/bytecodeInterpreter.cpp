// The interpreter loop: one body, two dispatch modes (a switch in debug builds, computed goto
// in release builds). Cases stay short; anything that can allocate, throw, block or call goes
// through CALL_VM, which saves bcp and sp in the frame so the collector can walk it, and
// checks for a pending exception afterwards.
#include "interpreter/bytecodeInterpreter.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/bytecodes.hpp"
#include "interpreter/interpreterRuntime.hpp"
#include "interpreter/oopMapCache.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/methodHandles.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/synchronizer.hpp"
#include "utilities/debug.hpp"

#include <cmath>
#include <cstring>

int Frame::bci() const { return int(_bcp - _method->code()); }

Frame* BytecodeInterpreter::push_frame(JavaThread* thread, Frame* caller, Method* m, intptr_t* args) {
  int locals = m->is_native() ? m->size_of_parameters() : m->max_locals();
  Frame* f = reinterpret_cast<Frame*>(args + locals);
  intptr_t* limit = f->stack_base() + (m->is_native() ? 0 : m->max_stack());
  const bool overflow = limit > thread->stack_limit();
  if (overflow && limit > thread->stack_end()) {  // not even the guard zones hold it
    Exceptions::throw_stack_overflow(thread);
    return nullptr;
  }
  f->_prev = caller;
  f->_method = m;
  f->_bcp = m->code();
  f->_locals = args;
  f->_sp = f->stack_base();
  f->_lock = nullptr;
  f->_is_entry = false;
  if (overflow) {
    // As HotSpot's interpreter, the overflow is reported in the callee at bci 0: the frame is
    // built in the guard zone, the StackOverflowError's trace starts there, and it is popped.
    thread->set_last_frame(f);
    Exceptions::throw_stack_overflow(thread);
    thread->set_last_frame(caller);
    return nullptr;
  }
  return f;
}

namespace {
// Java's conversions with defined results for NaN and out-of-range values (JVMS §6.5 d2i, f2l ...).
template <typename I, typename F> I java_f2i(F f) {
  if (std::isnan(f)) return 0;
  if (f >= F(std::numeric_limits<I>::max())) return std::numeric_limits<I>::max();
  if (f <= F(std::numeric_limits<I>::min())) return std::numeric_limits<I>::min();
  return I(f);
}
template <typename F> int fcmp(F a, F b, int nan_result) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == b) return 0;
  return nan_result;
}
inline jint java_idiv(jint a, jint b) { return (a == INT32_MIN && b == -1) ? a : a / b; }
inline jint java_irem(jint a, jint b) { return (a == INT32_MIN && b == -1) ? 0 : a % b; }
inline jlong java_ldiv(jlong a, jlong b) { return (a == INT64_MIN && b == -1) ? a : a / b; }
inline jlong java_lrem(jlong a, jlong b) { return (a == INT64_MIN && b == -1) ? 0 : a % b; }

// Result slots of a return: how many slots of the callee's stack top go to the caller.
inline int result_slots(BasicType t) {
  switch (t) {
    case T_VOID: return 0;
    case T_LONG: case T_DOUBLE: return 2;
    default: return 1;
  }
}
}  // namespace

// Slot accessors. Slots are 8 bytes; an int/float is read from the low half (little endian).
#define S_INT(p)    (*reinterpret_cast<jint*>(p))
#define S_LONG(p)   (*reinterpret_cast<jlong*>(p))
#define S_FLOAT(p)  (*reinterpret_cast<jfloat*>(p))
#define S_DOUBLE(p) (*reinterpret_cast<jdouble*>(p))
#define S_OOP(p)    (*reinterpret_cast<oop*>(p))

#define STACK_INT(off)    S_INT(sp + (off))
#define STACK_LONG(off)   S_LONG(sp + (off))
#define STACK_FLOAT(off)  S_FLOAT(sp + (off))
#define STACK_DOUBLE(off) S_DOUBLE(sp + (off))
#define STACK_OOP(off)    S_OOP(sp + (off))
#define LOCAL_INT(n)      S_INT(locals + (n))
#define LOCAL_LONG(n)     S_LONG(locals + (n))
#define LOCAL_OOP(n)      S_OOP(locals + (n))

// Writes of a 32-bit value also clear the slot's high half so a slot never looks like a stale oop
// to a debugger (the collector uses oop maps, not slot contents).
#define PUSH_INT(v)    do { *sp = 0; S_INT(sp) = (v); sp++; } while (0)
#define PUSH_FLOAT(v)  do { *sp = 0; S_FLOAT(sp) = (v); sp++; } while (0)
#define PUSH_LONG(v)   do { S_LONG(sp) = (v); sp += 2; } while (0)
#define PUSH_DOUBLE(v) do { S_DOUBLE(sp) = (v); sp += 2; } while (0)
#define PUSH_OOP(v)    do { S_OOP(sp) = (v); sp++; } while (0)

#define SAVE_STATE() do { frame->_bcp = pc; frame->_sp = sp; } while (0)
// Calls into the runtime: state saved first, pending exception checked after.
#define CALL_VM(stmt) do { SAVE_STATE(); stmt; if (thread->has_pending_exception()) goto handle_exception; } while (0)
#define THROW(stmt) do { SAVE_STATE(); stmt; goto handle_exception; } while (0)
#define NULL_CHECK(o) do { if ((o) == nullptr) THROW(InterpreterRuntime::throw_null_pointer(thread, method, int(pc - method->code()))); } while (0)
#define SAFEPOINT_POLL() do { if (SafepointSynchronize::is_requested()) { SAVE_STATE(); SafepointSynchronize::block(thread); } } while (0)

#ifdef JVMLAB_DEBUG
#define DISPATCH() goto dispatch
#define CASE(op) case Bytecodes::_##op
#else
#define DISPATCH() goto *dispatch_table[*pc]
#define CASE(op) L_##op
#endif
#define NEXT(n) do { pc += (n); DISPATCH(); } while (0)

void BytecodeInterpreter::run(JavaThread* thread, Frame* entry, intptr_t* result) {
#ifndef JVMLAB_DEBUG
  static const void* const dispatch_table[256] = {
#define BYTECODE_LABEL(name, code, len, flags, effect) [code] = &&L_##name,
      BYTECODES_DO(BYTECODE_LABEL)
#undef BYTECODE_LABEL
#define REWRITTEN_LABEL(name, code, len, flags, effect, java) [code] = &&L_##name,
      REWRITTEN_BYTECODES_DO(REWRITTEN_LABEL)
#undef REWRITTEN_LABEL
  };
#endif
  Frame* frame = entry;
  Method* method;
  const u1* pc;
  intptr_t* locals;
  intptr_t* sp;
  ConstantPoolCache* cache;
  Method* callee;   // invocation: the selected method and where its arguments start
  intptr_t* args;

  entry->_is_entry = true;
  thread->set_last_frame(entry);

method_entry:
  // A new frame: lock a synchronized method's object (JVMS §2.11.10), poll for safepoints.
  method = frame->_method;
  pc = method->code();
  locals = frame->_locals;
  sp = frame->stack_base();
  cache = method->constants()->cache();
  if (method->is_native()) {
    intptr_t native_result[2] = {0, 0};
    SAVE_STATE();
    if (!InterpreterRuntime::call_native(thread, frame, native_result)) goto handle_exception;
    int n = result_slots(method->result_type());
    sp[0] = native_result[0];
    if (n == 2) sp[1] = native_result[1];
    sp += n;
    goto do_return;
  }
  if (method->is_synchronized()) {
    oop lock = method->is_static() ? method->holder()->java_mirror() : LOCAL_OOP(0);
    frame->_lock = lock;
    CALL_VM(ObjectSynchronizer::enter(thread, &frame->_lock));
  }
  SAFEPOINT_POLL();

  for (;;) {
#ifdef JVMLAB_DEBUG
  dispatch:
    switch (Bytecodes::Code(*pc)) {
#else
    DISPATCH();  // the cases below are reached only through the table
#endif
    CASE(nop): NEXT(1);
    CASE(aconst_null): PUSH_OOP(nullptr); NEXT(1);
    CASE(iconst_m1): CASE(iconst_0): CASE(iconst_1): CASE(iconst_2): CASE(iconst_3): CASE(iconst_4): CASE(iconst_5):
      PUSH_INT(jint(*pc) - Bytecodes::_iconst_0); NEXT(1);
    CASE(lconst_0): CASE(lconst_1): PUSH_LONG(jlong(*pc - Bytecodes::_lconst_0)); NEXT(1);
    CASE(fconst_0): CASE(fconst_1): CASE(fconst_2): PUSH_FLOAT(jfloat(*pc - Bytecodes::_fconst_0)); NEXT(1);
    CASE(dconst_0): CASE(dconst_1): PUSH_DOUBLE(jdouble(*pc - Bytecodes::_dconst_0)); NEXT(1);
    CASE(bipush): PUSH_INT(jint(int8_t(pc[1]))); NEXT(2);
    CASE(sipush): PUSH_INT(jint(bytes_s2(pc + 1))); NEXT(3);
    CASE(ldc): CALL_VM(sp = InterpreterRuntime::ldc(thread, method, pc[1], sp)); NEXT(2);
    CASE(ldc_w): CASE(ldc2_w): CALL_VM(sp = InterpreterRuntime::ldc(thread, method, bytes_u2(pc + 1), sp)); NEXT(3);

    // Loads and stores copy whole slots: the type does not matter to the copy.
    CASE(iload): CASE(fload): CASE(aload): *sp++ = locals[pc[1]]; NEXT(2);
    CASE(lload): CASE(dload): sp[0] = locals[pc[1]]; sp += 2; NEXT(2);
    CASE(iload_0): CASE(iload_1): CASE(iload_2): CASE(iload_3): *sp++ = locals[*pc - Bytecodes::_iload_0]; NEXT(1);
    CASE(fload_0): CASE(fload_1): CASE(fload_2): CASE(fload_3): *sp++ = locals[*pc - Bytecodes::_fload_0]; NEXT(1);
    CASE(aload_0): CASE(aload_1): CASE(aload_2): CASE(aload_3): *sp++ = locals[*pc - Bytecodes::_aload_0]; NEXT(1);
    CASE(lload_0): CASE(lload_1): CASE(lload_2): CASE(lload_3): sp[0] = locals[*pc - Bytecodes::_lload_0]; sp += 2; NEXT(1);
    CASE(dload_0): CASE(dload_1): CASE(dload_2): CASE(dload_3): sp[0] = locals[*pc - Bytecodes::_dload_0]; sp += 2; NEXT(1);
    CASE(istore): CASE(fstore): CASE(astore): locals[pc[1]] = *--sp; NEXT(2);
    CASE(lstore): CASE(dstore): sp -= 2; locals[pc[1]] = sp[0]; NEXT(2);
    CASE(istore_0): CASE(istore_1): CASE(istore_2): CASE(istore_3): locals[*pc - Bytecodes::_istore_0] = *--sp; NEXT(1);
    CASE(fstore_0): CASE(fstore_1): CASE(fstore_2): CASE(fstore_3): locals[*pc - Bytecodes::_fstore_0] = *--sp; NEXT(1);
    CASE(astore_0): CASE(astore_1): CASE(astore_2): CASE(astore_3): locals[*pc - Bytecodes::_astore_0] = *--sp; NEXT(1);
    CASE(lstore_0): CASE(lstore_1): CASE(lstore_2): CASE(lstore_3): sp -= 2; locals[*pc - Bytecodes::_lstore_0] = sp[0]; NEXT(1);
    CASE(dstore_0): CASE(dstore_1): CASE(dstore_2): CASE(dstore_3): sp -= 2; locals[*pc - Bytecodes::_dstore_0] = sp[0]; NEXT(1);

    // Array loads and stores (JVMS §6.5 xaload/xastore): null check, then bounds check.
#define ARRAY_ACCESS_PROLOGUE(index_off, array_off)                                    \
    arrayOop arr = reinterpret_cast<arrayOop>(STACK_OOP(array_off));                    \
    jint idx = STACK_INT(index_off);                                                    \
    NULL_CHECK(arr);                                                                    \
    if (uint32_t(idx) >= uint32_t(arr->length()))                                       \
      THROW(InterpreterRuntime::throw_array_index(thread, idx, arr->length()));
#define ARRAY_LOAD(T, push)  { ARRAY_ACCESS_PROLOGUE(-1, -2); sp -= 2; push(arr->elements<T>()[idx]); NEXT(1); }
    CASE(iaload): ARRAY_LOAD(jint, PUSH_INT)
    CASE(faload): ARRAY_LOAD(jfloat, PUSH_FLOAT)
    CASE(laload): ARRAY_LOAD(jlong, PUSH_LONG)
    CASE(daload): ARRAY_LOAD(jdouble, PUSH_DOUBLE)
    CASE(baload): ARRAY_LOAD(jbyte, PUSH_INT)  // byte and boolean arrays: both sign-extend a byte
    CASE(caload): ARRAY_LOAD(jchar, PUSH_INT)
    CASE(saload): ARRAY_LOAD(jshort, PUSH_INT)
    CASE(aaload): { ARRAY_ACCESS_PROLOGUE(-1, -2); sp -= 2; PUSH_OOP(CompressedOops::decode(arr->elements<narrowOop>()[idx])); NEXT(1); }
#define ARRAY_STORE(T, value_off, get, slots) \
    { ARRAY_ACCESS_PROLOGUE(value_off - 1, value_off - 2); arr->elements<T>()[idx] = T(get(value_off)); sp -= 2 + slots; NEXT(1); }
    CASE(iastore): ARRAY_STORE(jint, -1, STACK_INT, 1)
    CASE(fastore): ARRAY_STORE(jfloat, -1, STACK_FLOAT, 1)
    CASE(lastore): ARRAY_STORE(jlong, -2, STACK_LONG, 2)
    CASE(dastore): ARRAY_STORE(jdouble, -2, STACK_DOUBLE, 2)
    CASE(castore): ARRAY_STORE(jchar, -1, STACK_INT, 1)
    CASE(sastore): ARRAY_STORE(jshort, -1, STACK_INT, 1)
    CASE(bastore): {
      ARRAY_ACCESS_PROLOGUE(-2, -3);
      jint v = STACK_INT(-1);
      // A boolean[] stores only the low bit (JVMS §6.5 bastore).
      arr->elements<jbyte>()[idx] = arr->klass()->element_type() == T_BOOLEAN ? jbyte(v & 1) : jbyte(v);
      sp -= 3;
      NEXT(1);
    }
    CASE(aastore): {
      ARRAY_ACCESS_PROLOGUE(-2, -3);
      oop v = STACK_OOP(-1);
      if (v != nullptr) {
        Klass* elem = static_cast<ArrayKlass*>(arr->klass())->element_klass();
        if (!v->klass()->is_subtype_of(elem)) THROW(InterpreterRuntime::throw_array_store(thread, v));
      }
      oop_store(&arr->elements<narrowOop>()[idx], v);
      sp -= 3;
      NEXT(1);
    }

    // Operand stack shuffles (JVMS §6.5 pop ... swap), slot by slot.
    CASE(pop): sp--; NEXT(1);
    CASE(pop2): sp -= 2; NEXT(1);
    CASE(dup): sp[0] = sp[-1]; sp++; NEXT(1);
    CASE(dup_x1): sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[0]; sp++; NEXT(1);
    CASE(dup_x2): sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[0]; sp++; NEXT(1);
    CASE(dup2): sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1);
    CASE(dup2_x1):
      sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-3] = sp[0]; sp[-2] = sp[1]; sp += 2; NEXT(1);
    CASE(dup2_x2):
      sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-2] = sp[-4]; sp[-4] = sp[0]; sp[-3] = sp[1]; sp += 2; NEXT(1);
    CASE(swap): { intptr_t t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; NEXT(1); }

    // Arithmetic (JVMS §6.5): two's complement wrap-around, IEEE 754 floating point.
#define BINARY(T, get, push, op) { T b = get(-slots_##T), a = get(-2 * slots_##T); sp -= 2 * slots_##T; push(op); NEXT(1); }
#define slots_jint 1
#define slots_jlong 2
#define slots_jfloat 1
#define slots_jdouble 2
    CASE(iadd): BINARY(jint, STACK_INT, PUSH_INT, jint(uint32_t(a) + uint32_t(b)))
    CASE(ladd): BINARY(jlong, STACK_LONG, PUSH_LONG, jlong(uint64_t(a) + uint64_t(b)))
    CASE(fadd): BINARY(jfloat, STACK_FLOAT, PUSH_FLOAT, a + b)
    CASE(dadd): BINARY(jdouble, STACK_DOUBLE, PUSH_DOUBLE, a + b)
    CASE(isub): BINARY(jint, STACK_INT, PUSH_INT, jint(uint32_t(a) - uint32_t(b)))
    CASE(lsub): BINARY(jlong, STACK_LONG, PUSH_LONG, jlong(uint64_t(a) - uint64_t(b)))
    CASE(fsub): BINARY(jfloat, STACK_FLOAT, PUSH_FLOAT, a - b)
    CASE(dsub): BINARY(jdouble, STACK_DOUBLE, PUSH_DOUBLE, a - b)
    CASE(imul): BINARY(jint, STACK_INT, PUSH_INT, jint(uint32_t(a) * uint32_t(b)))
    CASE(lmul): BINARY(jlong, STACK_LONG, PUSH_LONG, jlong(uint64_t(a) * uint64_t(b)))
    CASE(fmul): BINARY(jfloat, STACK_FLOAT, PUSH_FLOAT, a * b)
    CASE(dmul): BINARY(jdouble, STACK_DOUBLE, PUSH_DOUBLE, a * b)
    CASE(fdiv): BINARY(jfloat, STACK_FLOAT, PUSH_FLOAT, a / b)
    CASE(ddiv): BINARY(jdouble, STACK_DOUBLE, PUSH_DOUBLE, a / b)
    CASE(frem): BINARY(jfloat, STACK_FLOAT, PUSH_FLOAT, std::fmod(a, b))
    CASE(drem): BINARY(jdouble, STACK_DOUBLE, PUSH_DOUBLE, std::fmod(a, b))
    CASE(idiv): CASE(irem): {
      if (STACK_INT(-1) == 0) THROW(InterpreterRuntime::throw_arithmetic(thread));
      jint b = STACK_INT(-1), a = STACK_INT(-2);
      sp -= 2;
      PUSH_INT(*pc == Bytecodes::_idiv ? java_idiv(a, b) : java_irem(a, b));
      NEXT(1);
    }
    CASE(ldiv): CASE(lrem): {
      if (STACK_LONG(-2) == 0) THROW(InterpreterRuntime::throw_arithmetic(thread));
      jlong b = STACK_LONG(-2), a = STACK_LONG(-4);
      sp -= 4;
      PUSH_LONG(*pc == Bytecodes::_ldiv ? java_ldiv(a, b) : java_lrem(a, b));
      NEXT(1);
    }
    CASE(ineg): STACK_INT(-1) = jint(0u - uint32_t(STACK_INT(-1))); NEXT(1);
    CASE(lneg): STACK_LONG(-2) = jlong(0ull - uint64_t(STACK_LONG(-2))); NEXT(1);
    CASE(fneg): STACK_FLOAT(-1) = -STACK_FLOAT(-1); NEXT(1);
    CASE(dneg): STACK_DOUBLE(-2) = -STACK_DOUBLE(-2); NEXT(1);
    // Shifts use the low 5 (int) or 6 (long) bits of the count.
    CASE(ishl): { jint s = STACK_INT(-1); sp--; STACK_INT(-1) = jint(uint32_t(STACK_INT(-1)) << (s & 31)); NEXT(1); }
    CASE(ishr): { jint s = STACK_INT(-1); sp--; STACK_INT(-1) = STACK_INT(-1) >> (s & 31); NEXT(1); }
    CASE(iushr): { jint s = STACK_INT(-1); sp--; STACK_INT(-1) = jint(uint32_t(STACK_INT(-1)) >> (s & 31)); NEXT(1); }
    CASE(lshl): { jint s = STACK_INT(-1); sp--; STACK_LONG(-2) = jlong(uint64_t(STACK_LONG(-2)) << (s & 63)); NEXT(1); }
    CASE(lshr): { jint s = STACK_INT(-1); sp--; STACK_LONG(-2) = STACK_LONG(-2) >> (s & 63); NEXT(1); }
    CASE(lushr): { jint s = STACK_INT(-1); sp--; STACK_LONG(-2) = jlong(uint64_t(STACK_LONG(-2)) >> (s & 63)); NEXT(1); }
    CASE(iand): BINARY(jint, STACK_INT, PUSH_INT, a & b)
    CASE(land): BINARY(jlong, STACK_LONG, PUSH_LONG, a & b)
    CASE(ior): BINARY(jint, STACK_INT, PUSH_INT, a | b)
    CASE(lor): BINARY(jlong, STACK_LONG, PUSH_LONG, a | b)
    CASE(ixor): BINARY(jint, STACK_INT, PUSH_INT, a ^ b)
    CASE(lxor): BINARY(jlong, STACK_LONG, PUSH_LONG, a ^ b)
    CASE(iinc): LOCAL_INT(pc[1]) = jint(uint32_t(LOCAL_INT(pc[1])) + uint32_t(int8_t(pc[2]))); NEXT(3);

    // Conversions (JVMS §6.5 i2l ... i2s).
    CASE(i2l): { jint v = STACK_INT(-1); sp--; PUSH_LONG(jlong(v)); NEXT(1); }
    CASE(i2f): { jint v = STACK_INT(-1); sp--; PUSH_FLOAT(jfloat(v)); NEXT(1); }
    CASE(i2d): { jint v = STACK_INT(-1); sp--; PUSH_DOUBLE(jdouble(v)); NEXT(1); }
    CASE(l2i): { jlong v = STACK_LONG(-2); sp -= 2; PUSH_INT(jint(v)); NEXT(1); }
    CASE(l2f): { jlong v = STACK_LONG(-2); sp -= 2; PUSH_FLOAT(jfloat(v)); NEXT(1); }
    CASE(l2d): { jlong v = STACK_LONG(-2); sp -= 2; PUSH_DOUBLE(jdouble(v)); NEXT(1); }
    CASE(f2i): { jfloat v = STACK_FLOAT(-1); sp--; PUSH_INT((java_f2i<jint, jfloat>(v))); NEXT(1); }
    CASE(f2l): { jfloat v = STACK_FLOAT(-1); sp--; PUSH_LONG((java_f2i<jlong, jfloat>(v))); NEXT(1); }
    CASE(f2d): { jfloat v = STACK_FLOAT(-1); sp--; PUSH_DOUBLE(jdouble(v)); NEXT(1); }
    CASE(d2i): { jdouble v = STACK_DOUBLE(-2); sp -= 2; PUSH_INT((java_f2i<jint, jdouble>(v))); NEXT(1); }
    CASE(d2l): { jdouble v = STACK_DOUBLE(-2); sp -= 2; PUSH_LONG((java_f2i<jlong, jdouble>(v))); NEXT(1); }
    CASE(d2f): { jdouble v = STACK_DOUBLE(-2); sp -= 2; PUSH_FLOAT(jfloat(v)); NEXT(1); }
    CASE(i2b): STACK_INT(-1) = jint(jbyte(STACK_INT(-1))); NEXT(1);
    CASE(i2c): STACK_INT(-1) = jint(jchar(STACK_INT(-1))); NEXT(1);
    CASE(i2s): STACK_INT(-1) = jint(jshort(STACK_INT(-1))); NEXT(1);

    // Comparisons.
    CASE(lcmp): { jlong b = STACK_LONG(-2), a = STACK_LONG(-4); sp -= 4; PUSH_INT(a < b ? -1 : a > b ? 1 : 0); NEXT(1); }
    CASE(fcmpl): CASE(fcmpg): {
      jfloat b = STACK_FLOAT(-1), a = STACK_FLOAT(-2); sp -= 2;
      PUSH_INT(fcmp(a, b, *pc == Bytecodes::_fcmpl ? -1 : 1)); NEXT(1);
    }
    CASE(dcmpl): CASE(dcmpg): {
      jdouble b = STACK_DOUBLE(-2), a = STACK_DOUBLE(-4); sp -= 4;
      PUSH_INT(fcmp(a, b, *pc == Bytecodes::_dcmpl ? -1 : 1)); NEXT(1);
    }

    // Branches. A backward branch polls for a safepoint (DESIGN §6).
#define BRANCH_IF(cond, pops)                              \
    {                                                      \
      bool taken = (cond);                                 \
      sp -= (pops);                                        \
      if (taken) {                                         \
        int off = bytes_s2(pc + 1);                        \
        if (off <= 0) SAFEPOINT_POLL();                    \
        NEXT(off);                                         \
      }                                                    \
      NEXT(3);                                             \
    }
    CASE(ifeq): BRANCH_IF(STACK_INT(-1) == 0, 1)
    CASE(ifne): BRANCH_IF(STACK_INT(-1) != 0, 1)
    CASE(iflt): BRANCH_IF(STACK_INT(-1) < 0, 1)
    CASE(ifge): BRANCH_IF(STACK_INT(-1) >= 0, 1)
    CASE(ifgt): BRANCH_IF(STACK_INT(-1) > 0, 1)
    CASE(ifle): BRANCH_IF(STACK_INT(-1) <= 0, 1)
    CASE(if_icmpeq): BRANCH_IF(STACK_INT(-2) == STACK_INT(-1), 2)
    CASE(if_icmpne): BRANCH_IF(STACK_INT(-2) != STACK_INT(-1), 2)
    CASE(if_icmplt): BRANCH_IF(STACK_INT(-2) < STACK_INT(-1), 2)
    CASE(if_icmpge): BRANCH_IF(STACK_INT(-2) >= STACK_INT(-1), 2)
    CASE(if_icmpgt): BRANCH_IF(STACK_INT(-2) > STACK_INT(-1), 2)
    CASE(if_icmple): BRANCH_IF(STACK_INT(-2) <= STACK_INT(-1), 2)
    CASE(if_acmpeq): BRANCH_IF(STACK_OOP(-2) == STACK_OOP(-1), 2)
    CASE(if_acmpne): BRANCH_IF(STACK_OOP(-2) != STACK_OOP(-1), 2)
    CASE(ifnull): BRANCH_IF(STACK_OOP(-1) == nullptr, 1)
    CASE(ifnonnull): BRANCH_IF(STACK_OOP(-1) != nullptr, 1)
    CASE(goto): BRANCH_IF(true, 0)
    CASE(goto_w): {
      int off = bytes_s4(pc + 1);
      if (off <= 0) SAFEPOINT_POLL();
      NEXT(off);
    }
    // jsr/ret (class files before version 50): the return address is a tagged bci, so the oop
    // map can tell which subroutine call site a frame is in (interpreter/oopMapCache.hpp).
    CASE(jsr): *sp++ = InterpreterOopMap::return_address_value(int(pc - method->code()) + 3); NEXT(bytes_s2(pc + 1));
    CASE(jsr_w): *sp++ = InterpreterOopMap::return_address_value(int(pc - method->code()) + 5); NEXT(bytes_s4(pc + 1));
    CASE(ret): pc = method->code() + InterpreterOopMap::return_bci_of(locals[pc[1]]); DISPATCH();
    CASE(tableswitch): {
      const u1* p = method->code() + align_up(size_t(pc - method->code()) + 1, 4);
      jint key = STACK_INT(-1);
      sp--;
      jint lo = bytes_s4(p + 4), hi = bytes_s4(p + 8);
      int off = (key < lo || key > hi) ? bytes_s4(p) : bytes_s4(p + 12 + 4 * (key - lo));
      if (off <= 0) SAFEPOINT_POLL();
      NEXT(off);
    }
    CASE(lookupswitch): {
      const u1* p = method->code() + align_up(size_t(pc - method->code()) + 1, 4);
      jint key = STACK_INT(-1);
      sp--;
      int npairs = bytes_s4(p + 4);
      int off = bytes_s4(p);
      // Pairs are sorted by key (JVMS §4.9.2): binary search.
      int lo = 0, hi = npairs - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >> 1;
        jint k = bytes_s4(p + 8 + 8 * mid);
        if (k == key) { off = bytes_s4(p + 12 + 8 * mid); break; }
        if (k < key) lo = mid + 1; else hi = mid - 1;
      }
      if (off <= 0) SAFEPOINT_POLL();
      NEXT(off);
    }

    CASE(ireturn): CASE(lreturn): CASE(freturn): CASE(dreturn): CASE(areturn): CASE(return):
      goto do_return;
    // Object.<init>'s return (interpreter/rewriter.hpp): the one place an object whose class has a
    // finalizer is registered with java.lang.ref.Finalizer (-XX:+RegisterFinalizersAtInit).
    CASE(return_register_finalizer):
      if (LOCAL_OOP(0)->klass()->has_finalizer()) CALL_VM(InterpreterRuntime::register_finalizer(thread, LOCAL_OOP(0)));
      goto do_return;

    // Field access through the resolved cache entry (JVMS §6.5 getfield ... putstatic).
    CASE(getstatic): CASE(putstatic): CASE(getfield): CASE(putfield): {
      int index = bytes_u2(pc + 1);
      CPCacheEntry& e = cache->at(index);
      bool is_static = *pc <= Bytecodes::_putstatic;
      if (!e.is_resolved(is_static ? CPCacheEntry::StaticField : CPCacheEntry::Field))
        CALL_VM(InterpreterRuntime::resolve_field(thread, method, *pc, index));
      bool is_get = *pc == Bytecodes::_getstatic || *pc == Bytecodes::_getfield;
      oop obj;
      if (is_static) {
        obj = static_cast<InstanceKlass*>(e.ptr)->java_mirror();
      } else if (is_get) {
        obj = STACK_OOP(-1);
        NULL_CHECK(obj);
        sp--;
      } else {
        int value_slots = result_slots(e.type);
        obj = STACK_OOP(-1 - value_slots);
        NULL_CHECK(obj);
      }
      if (e.is_volatile) std::atomic_thread_fence(std::memory_order_seq_cst);
      if (is_get) {
        switch (e.type) {
          case T_INT: PUSH_INT(obj->get<jint>(e.offset)); break;
          case T_FLOAT: PUSH_FLOAT(obj->get<jfloat>(e.offset)); break;
          case T_LONG: PUSH_LONG(obj->get<jlong>(e.offset)); break;
          case T_DOUBLE: PUSH_DOUBLE(obj->get<jdouble>(e.offset)); break;
          case T_BYTE: PUSH_INT(obj->get<jbyte>(e.offset)); break;
          case T_BOOLEAN: PUSH_INT(obj->get<jboolean>(e.offset)); break;
          case T_CHAR: PUSH_INT(obj->get<jchar>(e.offset)); break;
          case T_SHORT: PUSH_INT(obj->get<jshort>(e.offset)); break;
          default: PUSH_OOP(obj->obj_field(e.offset)); break;
        }
      } else {
        switch (e.type) {
          case T_INT: obj->put<jint>(e.offset, STACK_INT(-1)); sp--; break;
          case T_FLOAT: obj->put<jfloat>(e.offset, STACK_FLOAT(-1)); sp--; break;
          case T_LONG: obj->put<jlong>(e.offset, STACK_LONG(-2)); sp -= 2; break;
          case T_DOUBLE: obj->put<jdouble>(e.offset, STACK_DOUBLE(-2)); sp -= 2; break;
          case T_BYTE: obj->put<jbyte>(e.offset, jbyte(STACK_INT(-1))); sp--; break;
          case T_BOOLEAN: obj->put<jboolean>(e.offset, jboolean(STACK_INT(-1) & 1)); sp--; break;
          case T_CHAR: obj->put<jchar>(e.offset, jchar(STACK_INT(-1))); sp--; break;
          case T_SHORT: obj->put<jshort>(e.offset, jshort(STACK_INT(-1))); sp--; break;
          default: oop_store_at(obj, e.offset, STACK_OOP(-1)); sp--; break;
        }
        if (!is_static) sp--;  // the object reference
      }
      if (e.is_volatile) std::atomic_thread_fence(std::memory_order_seq_cst);
      NEXT(3);
    }

    // Invocation (JVMS §6.5 invokevirtual ... invokeinterface): select the method, push a frame.
    CASE(invokevirtual): CASE(invokespecial): CASE(invokestatic): CASE(invokeinterface): {
      int index = bytes_u2(pc + 1);
      CPCacheEntry& e = cache->at(index);
      if (!e.is_resolved(CPCacheEntry::Method_))
        CALL_VM(InterpreterRuntime::resolve_invoke(thread, method, *pc, index));
      callee = static_cast<Method*>(e.ptr);
      args = sp - e.param_slots;
      if (e.intrinsic != 0) goto invoke_signature_polymorphic;
      if (*pc != Bytecodes::_invokestatic) {
        oop receiver = S_OOP(args);
        NULL_CHECK(receiver);
        if (*pc == Bytecodes::_invokevirtual) {
          if (!callee->is_final() && !callee->is_private()) {
            Klass* rk = receiver->klass();
            callee = rk->is_instance_klass() ? static_cast<InstanceKlass*>(rk)->select_virtual(callee)
                                             : vmClasses::Object_klass()->select_virtual(callee);
          }
        } else if (*pc == Bytecodes::_invokeinterface) {
          Klass* rk = receiver->klass();
          if (!callee->is_private()) {
            callee = rk->is_instance_klass() ? static_cast<InstanceKlass*>(rk)->select_interface(callee)
                                             : vmClasses::Object_klass()->select_interface(callee);
          }
          if (callee == nullptr || (!callee->is_public() && !callee->is_private())) {
            THROW(InterpreterRuntime::throw_abstract_method(thread, static_cast<Method*>(e.ptr), rk));
          }
        }
        if (callee == nullptr || callee->is_abstract())
          THROW(InterpreterRuntime::throw_abstract_method(thread, static_cast<Method*>(e.ptr), receiver->klass()));
      }
      goto invoke_method;
    }

  invoke_signature_polymorphic: {
      // JVMS §2.9.3 with java.lang.invoke's conventions: invokeBasic calls mh.form.vmentry;
      // linkTo* take a trailing MemberName naming the target; invokeExact/invoke (and VarHandle
      // methods) call the linked adapter with an extra trailing appendix argument.
      CPCacheEntry& e = cache->at(bytes_u2(pc + 1));
      switch (MHIntrinsic(e.intrinsic)) {
        case MHIntrinsic::Invoker:
          *sp++ = reinterpret_cast<intptr_t>(cache->resolved_references()[bytes_u2(pc + 1)]);
          break;
        case MHIntrinsic::InvokeBasic: {
          oop mh = S_OOP(args);
          NULL_CHECK(mh);
          oop form = mh->obj_field(java_lang_invoke::MethodHandle_form);
          callee = MethodHandles::vmtarget(form->obj_field(java_lang_invoke::LambdaForm_vmentry));
          break;
        }
        default: {
          oop member = STACK_OOP(-1);
          NULL_CHECK(member);
          sp--;
          callee = MethodHandles::vmtarget(member);
          MHIntrinsic kind = MHIntrinsic(e.intrinsic);
          if (kind == MHIntrinsic::LinkToVirtual || kind == MHIntrinsic::LinkToInterface) {
            oop receiver = S_OOP(sp - callee->size_of_parameters());
            NULL_CHECK(receiver);
            Klass* rk = receiver->klass();
            InstanceKlass* ik = rk->is_instance_klass() ? static_cast<InstanceKlass*>(rk) : vmClasses::Object_klass();
            callee = kind == MHIntrinsic::LinkToVirtual ? ik->select_virtual(callee) : ik->select_interface(callee);
          }
          break;
        }
      }
      args = sp - callee->size_of_parameters();
      goto invoke_method;
    }

    CASE(invokedynamic): {
      // The two reserved operand bytes hold the linked site's number (InterpreterRuntime).
      int id = (pc[3] != 0 && pc[4] != 0) ? (pc[3] - 1) * 255 + (pc[4] - 1) + 1 : 0;
      if (id == 0) CALL_VM(id = InterpreterRuntime::resolve_invokedynamic(thread, method, int(pc - method->code())));
      IndySite& site = cache->indy_site(id);
      *sp++ = reinterpret_cast<intptr_t>(JNIHandles::resolve(site.appendix));
      callee = site.adapter;
      args = sp - callee->size_of_parameters();
      goto invoke_method;
    }

  invoke_method: {
      SAVE_STATE();
      frame->_sp = args;  // the arguments now belong to the callee
      Frame* callee_frame = push_frame(thread, frame, callee, args);
      if (callee_frame == nullptr) { frame->_sp = sp; goto handle_exception; }
      frame = callee_frame;
      thread->set_last_frame(frame);
      goto method_entry;
    }

    // Objects and arrays.
    CASE(new): {
      int index = bytes_u2(pc + 1);
      CPCacheEntry& e = cache->at(index);
      if (e.is_resolved(CPCacheEntry::Klass_)) {
        // Fast path: initialized class, TLAB bump.
        InstanceKlass* k = static_cast<InstanceKlass*>(e.ptr);
        if (k->is_initialized()) {
          address mem = thread->tlab().allocate(size_t(k->instance_size()));
          if (mem != nullptr) {
            memset(mem, 0, size_t(k->instance_size()));
            oopFactory::init_header(mem, k);
            PUSH_OOP(reinterpret_cast<oop>(mem));
            NEXT(3);
          }
        }
      }
      oop o;
      CALL_VM(o = InterpreterRuntime::new_instance(thread, method->constants(), index));
      PUSH_OOP(o);
      NEXT(3);
    }
    CASE(newarray): {
      arrayOop a;
      CALL_VM(a = oopFactory::new_typeArray(BasicType(pc[1]), STACK_INT(-1), thread));
      STACK_OOP(-1) = a;
      NEXT(2);
    }
    CASE(anewarray): {
      oop a;
      CALL_VM(a = InterpreterRuntime::anewarray(thread, method->constants(), bytes_u2(pc + 1), STACK_INT(-1)));
      STACK_OOP(-1) = a;
      NEXT(3);
    }
    CASE(multianewarray): {
      int dims = pc[3];
      oop a;
      CALL_VM(a = InterpreterRuntime::multianewarray(thread, method->constants(), bytes_u2(pc + 1), dims, sp - dims));
      sp -= dims;
      PUSH_OOP(a);
      NEXT(4);
    }
    CASE(arraylength): {
      arrayOop a = reinterpret_cast<arrayOop>(STACK_OOP(-1));
      NULL_CHECK(a);
      STACK_INT(-1) = a->length();
      sp[-1] &= 0xffffffff;
      NEXT(1);
    }
    CASE(athrow): {
      oop e = STACK_OOP(-1);
      NULL_CHECK(e);
      SAVE_STATE();
      thread->set_pending_exception(e);
      goto handle_exception;
    }
    CASE(checkcast): CASE(instanceof): {
      int index = bytes_u2(pc + 1);
      CPCacheEntry& e = cache->at(index);
      if (!e.is_resolved(CPCacheEntry::Klass_)) {
        Klass* k;
        CALL_VM(k = InterpreterRuntime::resolve_klass(thread, method->constants(), index));
        (void)k;
      }
      Klass* target = static_cast<Klass*>(e.ptr);
      oop o = STACK_OOP(-1);
      bool ok = o != nullptr && o->klass()->is_subtype_of(target);
      if (*pc == Bytecodes::_checkcast) {
        if (o != nullptr && !ok) THROW(InterpreterRuntime::throw_class_cast(thread, o, target));
      } else {
        sp--;
        PUSH_INT(ok ? 1 : 0);
      }
      NEXT(3);
    }
    CASE(monitorenter): {
      oop o = STACK_OOP(-1);
      NULL_CHECK(o);
      CALL_VM(ObjectSynchronizer::enter(thread, reinterpret_cast<oop*>(sp - 1)));
      sp--;
      NEXT(1);
    }
    CASE(monitorexit): {
      oop o = STACK_OOP(-1);
      NULL_CHECK(o);
      CALL_VM(ObjectSynchronizer::exit(thread, o));
      sp--;
      NEXT(1);
    }
    CASE(wide): {
      int op = pc[1];
      int n = bytes_u2(pc + 2);
      switch (op) {
        case Bytecodes::_iload: case Bytecodes::_fload: case Bytecodes::_aload: *sp++ = locals[n]; break;
        case Bytecodes::_lload: case Bytecodes::_dload: sp[0] = locals[n]; sp += 2; break;
        case Bytecodes::_istore: case Bytecodes::_fstore: case Bytecodes::_astore: locals[n] = *--sp; break;
        case Bytecodes::_lstore: case Bytecodes::_dstore: sp -= 2; locals[n] = sp[0]; break;
        case Bytecodes::_ret: pc = method->code() + InterpreterOopMap::return_bci_of(locals[n]); DISPATCH();
        case Bytecodes::_iinc:
          LOCAL_INT(n) = jint(uint32_t(LOCAL_INT(n)) + uint32_t(bytes_s2(pc + 4)));
          NEXT(6);
        default: break;
      }
      NEXT(4);
    }
    CASE(breakpoint):
#ifdef JVMLAB_DEBUG
    default:
#endif
      fatal("illegal bytecode %d at bci %d in %s", *pc, int(pc - method->code()), method->name()->bytes());
#ifdef JVMLAB_DEBUG
    }
#endif
  }

do_return: {
    // sp points just past the result (if any). Unlock, pop the frame, hand over the result.
    int n = result_slots(method->result_type());
    intptr_t r0 = n > 0 ? sp[-n] : 0;
    intptr_t r1 = n > 1 ? sp[-1] : 0;
    if (frame->_lock != nullptr) {
      SAVE_STATE();
      ObjectSynchronizer::exit(thread, frame->_lock);
      frame->_lock = nullptr;
      if (thread->has_pending_exception()) goto handle_exception;
    }
    if (method->result_type() == T_BOOLEAN) r0 &= 1;  // JVMS §6.5 ireturn: boolean results are narrowed
    if (frame->_is_entry) {
      thread->set_last_frame(frame->_prev);
      if (result != nullptr) { result[0] = r0; result[1] = r1; }
      return;
    }
    Frame* caller = frame->_prev;
    intptr_t* caller_sp = frame->_locals;  // the arguments are gone
    frame = caller;
    thread->set_last_frame(frame);
    method = frame->_method;
    locals = frame->_locals;
    cache = method->constants()->cache();
    sp = caller_sp;
    if (n > 0) sp[0] = r0;
    if (n > 1) sp[1] = r1;
    sp += n;
    pc = frame->_bcp;
    NEXT(*pc == Bytecodes::_invokeinterface || *pc == Bytecodes::_invokedynamic ? 5 : 3);
  }

handle_exception: {
    // JVMS §2.10: search this method's exception table; if no handler, pop the frame
    // (releasing its monitor) and search the caller at its invoke.
    for (;;) {
      if (!method->is_native()) {
        // May resolve catch types (and so load classes and collect): the exception stays pending
        // (a root) meanwhile; a failure to resolve replaces it, as in HotSpot.
        int handler = InterpreterRuntime::find_handler(thread, method, int(frame->_bcp - method->code()));
        if (handler >= 0) {
          oop e = thread->pending_exception();
          thread->clear_pending_exception();
          sp = frame->stack_base();
          PUSH_OOP(e);
          pc = method->code() + handler;
          DISPATCH();
        }
      }
      if (frame->_lock != nullptr) {
        Handle pending(thread, thread->pending_exception());
        thread->clear_pending_exception();
        ObjectSynchronizer::exit(thread, frame->_lock);
        frame->_lock = nullptr;
        if (!thread->has_pending_exception()) thread->set_pending_exception(pending());
      }
      if (frame->_is_entry) {
        thread->set_last_frame(frame->_prev);
        return;
      }
      frame = frame->_prev;
      thread->set_last_frame(frame);
      method = frame->_method;
      locals = frame->_locals;
      cache = method->constants()->cache();
    }
  }
}
