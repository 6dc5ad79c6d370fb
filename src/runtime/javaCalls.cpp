// JavaCalls: an entry frame on the thread's Java stack above whatever is there, then the
// interpreter loop until that frame returns.
#include "runtime/javaCalls.hpp"

#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "gc/shared/collectedHeap.hpp"
#include "interpreter/bytecodeInterpreter.hpp"
#include "interpreter/frame.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"

#include <cstring>
#include <string>
#include <vector>

long JavaArgs::current_gc_epoch() {
  CollectedHeap* h = CollectedHeap::heap();
  return h != nullptr ? long(h->total_collections()) : 0;
}

void JavaCalls::call(JavaValue* result, Method* m, const JavaArgs& args, TRAPS) {
  // References in `args` are raw: a collection since they were pushed has left them stale.
  vm_assert(args.gc_epoch() < 0 || args.gc_epoch() == JavaArgs::current_gc_epoch(),
            "a collection happened between building the arguments of %s and calling it", m->name()->bytes());
  Frame* caller = THREAD->last_frame();
  intptr_t* base = caller != nullptr ? caller->_sp : THREAD->stack_base();
  // The caller may be a native frame whose _sp is its first free slot; both cases leave the
  // caller's live slots below `base`.
  // The Java stack, and the native stack for calls from native code (JNI upcalls); while the
  // StackOverflowError itself is built (the guard zones open), only the zones' end counts.
  const bool building_soe = THREAD->stack_limit() == THREAD->stack_end();
  if (base + args.size() + Frame::header_words + 64 > THREAD->stack_limit() ||
      (!building_soe && THREAD->native_stack_exhausted())) {
    Exceptions::throw_stack_overflow(THREAD);
    return;
  }
  memcpy(base, args.slots(), sizeof(intptr_t) * size_t(args.size()));
  Frame* f = BytecodeInterpreter::push_frame(THREAD, caller, m, base);
  if (f == nullptr) return;
  intptr_t r[2] = {0, 0};
  ThreadState saved = THREAD->state();
  THREAD->set_state(ThreadState::InJava);
  BytecodeInterpreter::run(THREAD, f, r);
  THREAD->set_state(saved);
  result->type = m->result_type();
  switch (result->type) {
    case T_LONG: case T_DOUBLE: memcpy(&result->v, &r[0], 8); break;
    case T_OBJECT: case T_ARRAY: result->v.l = reinterpret_cast<oop>(r[0]); break;
    case T_VOID: break;
    default: memcpy(&result->v, &r[0], 4); break;
  }
}

namespace {
// The caller's reference arguments, held in handles while class initialization (which runs Java
// code and may collect) happens before the call.
struct ProtectedArgs {
  HandleMark hm;
  std::vector<Handle> saved;
  ProtectedArgs(JavaThread* t, const JavaArgs& args) : hm(t) {
    vm_assert(args.gc_epoch() < 0 || args.gc_epoch() == JavaArgs::current_gc_epoch(),
              "a collection happened between building JavaArgs and handing them to JavaCalls");
    for (int i = 0; i < args.size(); i++)
      saved.push_back(args.is_oop(i) ? Handle(t, reinterpret_cast<oop>(args.slots()[i])) : Handle());
  }
  // The arguments again, references read from the handles, appended to *to.
  void append_refreshed(const JavaArgs& args, JavaArgs* to) const {
    for (int i = 0; i < args.size(); i++) {
      if (args.is_oop(i)) to->push_oop(saved[size_t(i)]());
      else to->push_raw(args.slots()[i]);
    }
  }
};
}  // namespace

void JavaCalls::call_static(JavaValue* result, InstanceKlass* k, const char* name, const char* sig,
                            const JavaArgs& args, TRAPS) {
  Method* m = k->find_local_method(SymbolTable::lookup(name), SymbolTable::lookup(sig));
  if (m == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", name);
    return;
  }
  if (k->is_initialized()) {
    call(result, m, args, THREAD);
    return;
  }
  ProtectedArgs p(THREAD, args);
  SystemDictionary::initialize_class(k, CHECK);
  JavaArgs refreshed;
  p.append_refreshed(args, &refreshed);
  call(result, m, refreshed, THREAD);
}

void JavaCalls::call_virtual(JavaValue* result, InstanceKlass* k, const char* name, const char* sig,
                             const JavaArgs& args, TRAPS) {
  Method* m = k->lookup_method_in_classes(SymbolTable::lookup(name), SymbolTable::lookup(sig));
  if (m == nullptr) m = k->lookup_method_in_interfaces(SymbolTable::lookup(name), SymbolTable::lookup(sig));
  oop receiver = reinterpret_cast<oop>(args.slots()[0]);
  if (m == nullptr || receiver == nullptr) {
    Exceptions::throw_msg(THREAD, m == nullptr ? "java/lang/NoSuchMethodError" : "java/lang/NullPointerException", name);
    return;
  }
  Klass* rk = receiver->klass();
  Method* selected = rk->is_instance_klass() ? InstanceKlass_cast(rk)->select_virtual(m) : m;
  call(result, selected != nullptr ? selected : m, args, THREAD);
}

oop JavaCalls::construct(InstanceKlass* k, const char* sig, const JavaArgs& args, TRAPS) {
  // Class initialization and allocation may collect: the caller's reference arguments are held
  // in handles from the start.
  ProtectedArgs p(THREAD, args);
  SystemDictionary::initialize_class(k, CHECK_NULL);
  Method* init = k->find_local_method(SymbolTable::lookup("<init>"), SymbolTable::lookup(sig));
  if (init == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoSuchMethodError", "<init>");
    return nullptr;
  }
  oop obj = oopFactory::new_instance(k, CHECK_NULL);
  Handle h(THREAD, obj);
  JavaArgs exact;  // receiver, then the constructor's arguments
  exact.push_oop(h());
  p.append_refreshed(args, &exact);
  JavaValue ignored;
  call(&ignored, init, exact, CHECK_NULL);
  return h();
}
