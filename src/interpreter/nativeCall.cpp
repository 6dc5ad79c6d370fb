// Calling a native method from the interpreter: arguments are turned into the JNI calling
// convention (JNIEnv*, then the class or receiver, then the Java arguments; references become
// local references), the thread goes "in native" (safe for the collector), and the result comes
// back normalised to a Java value.
#include "interpreter/interpreterRuntime.hpp"

#include "classfile/symbolTable.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/safepoint.hpp"

#include <alloca.h>
#include <deque>

extern "C" void jvmlab_call_native(void* fn, const uint64_t* gp, const uint64_t* fp, const uint64_t* stack,
                                   size_t stack_count, uint64_t* ret);

namespace {
// The stack part lives in the caller's frame, sized for the method (alloca): native calls
// recurse through JNI, and every byte of C stack per call is depth lost.
struct NativeArgs {
  explicit NativeArgs(uint64_t* stack_area) : stack(stack_area) {}
  uint64_t gp[6] = {};
  uint64_t fp[8] = {};
  uint64_t* stack;
  int ngp = 0, nfp = 0, nstack = 0;
  void add_int(uint64_t v) { if (ngp < 6) gp[ngp++] = v; else stack[nstack++] = v; }
  void add_fp(uint64_t v) { if (nfp < 8) fp[nfp++] = v; else stack[nstack++] = v; }
};
}  // namespace

bool InterpreterRuntime::call_native(JavaThread* thread, Frame* frame, intptr_t result[2]) {
  JavaThread* THREAD = thread;
  Method* m = frame->_method;
  // Native code runs on the OS stack: leave HotSpot's shadow zone free for it.
  if (thread->native_stack_exhausted() && thread->stack_limit() != thread->stack_end()) {
    Exceptions::throw_stack_overflow(thread);
    return false;
  }
  void* fn = NativeLookup::lookup(m, CHECK_false);
  // The native's local references are released when it returns (JNI spec).
  auto& handles = thread->jni_locals();
  struct LocalFrame {
    std::deque<oop>& refs;
    size_t size;
    ~LocalFrame() { refs.resize(size); }
  } local_frame{handles, handles.size()};
  auto local_ref = [&](oop o) -> uint64_t {
    if (o == nullptr) return 0;
    handles.push_back(o);
    return reinterpret_cast<uint64_t>(&handles.back());
  };

  // At most JNIEnv, the class or receiver, and one word per parameter slot go on the stack.
  NativeArgs a(static_cast<uint64_t*>(alloca(sizeof(uint64_t) * size_t(m->size_of_parameters() + 2))));
  a.add_int(reinterpret_cast<uint64_t>(&thread->_jni_env));
  intptr_t* slot = frame->_locals;
  if (m->is_static()) {
    a.add_int(local_ref(m->holder()->java_mirror()));
  } else {
    a.add_int(local_ref(*reinterpret_cast<oop*>(slot)));
    slot++;
  }
  std::string_view sig = m->signature()->view();
  for (size_t i = 1; sig[i] != ')'; i++) {
    switch (sig[i]) {
      case 'L': a.add_int(local_ref(*reinterpret_cast<oop*>(slot++))); i = sig.find(';', i); break;
      case '[': {
        a.add_int(local_ref(*reinterpret_cast<oop*>(slot++)));
        while (sig[i] == '[') i++;
        if (sig[i] == 'L') i = sig.find(';', i);
        break;
      }
      case 'J': a.add_int(uint64_t(*slot)); slot += 2; break;
      case 'D': a.add_fp(uint64_t(*slot)); slot += 2; break;
      case 'F': a.add_fp(uint64_t(uint32_t(*slot))); slot++; break;
      case 'Z': a.add_int(uint64_t(*reinterpret_cast<jint*>(slot) & 0xff)); slot++; break;
      default: a.add_int(uint64_t(int64_t(*reinterpret_cast<jint*>(slot)))); slot++; break;
    }
  }

  uint64_t ret[2] = {0, 0};
  thread->set_state(ThreadState::InNative);
  jvmlab_call_native(fn, a.gp, a.fp, a.stack, size_t(a.nstack), ret);
  SafepointSynchronize::transition_from_native(thread);

  result[0] = result[1] = 0;
  switch (m->result_type()) {
    case T_BOOLEAN: result[0] = (ret[0] & 0xff) != 0; break;
    case T_BYTE: result[0] = jint(jbyte(ret[0])) & 0xffffffff; break;
    case T_CHAR: result[0] = jint(jchar(ret[0])); break;
    case T_SHORT: result[0] = jint(jshort(ret[0])) & 0xffffffff; break;
    case T_INT: result[0] = intptr_t(ret[0] & 0xffffffff); break;
    case T_LONG: result[0] = intptr_t(ret[0]); break;
    case T_FLOAT: result[0] = intptr_t(ret[1] & 0xffffffff); break;
    case T_DOUBLE: result[0] = intptr_t(ret[1]); break;
    case T_OBJECT: case T_ARRAY:
      result[0] = ret[0] == 0 ? 0 : reinterpret_cast<intptr_t>(*reinterpret_cast<oop*>(ret[0]));
      break;
    default: break;
  }
  return !thread->has_pending_exception();
}
