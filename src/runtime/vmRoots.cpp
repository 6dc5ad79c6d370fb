// Root enumeration for the collectors. Frames are walked youngest first; a frame that is calling
// another interpreted frame does not report its top size_of_parameters slots, which now belong
// to the callee (they are the callee's first locals), so no slot is visited twice.
#include "runtime/vmRoots.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "gc/shared/referencePendingList.hpp"
#include "interpreter/frame.hpp"
#include "interpreter/oopMapCache.hpp"
#include "oops/cpCache.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/javaThread.hpp"
#include "runtime/safepoint.hpp"
#include "utilities/debug.hpp"

oop* exceptions_preallocated_soe_addr();

VMGCHost* VMGCHost::instance() {
  static VMGCHost host;
  return &host;
}

void VMGCHost::stop_the_world() { SafepointSynchronize::begin(JavaThread::current(), GCOperationMark::current()); }
void VMGCHost::start_the_world() { SafepointSynchronize::end(JavaThread::current()); }

namespace {
thread_local ThreadState state_before_blocking;
}

void VMGCHost::blocking_begin() {
  JavaThread* t = JavaThread::current();
  if (t == nullptr) return;
  state_before_blocking = t->state();
  SafepointSynchronize::transition_to_blocked(t);
}

void VMGCHost::blocking_end() {
  JavaThread* t = JavaThread::current();
  if (t == nullptr) return;
  SafepointSynchronize::transition_from_blocked(t);
  t->set_state(state_before_blocking);
}

void VMGCHost::tlabs_do(void (*f)(ThreadLocalAllocBuffer*, void*), void* arg) {
  for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next()) f(&t->tlab(), arg);
}

namespace {
// Visits the reference arguments of a native method frame, by its signature.
void native_frame_do(Frame* f, OopClosure* cl) {
  Method* m = f->_method;
  intptr_t* slot = f->_locals;
  if (!m->is_static()) cl->do_oop(reinterpret_cast<oop*>(slot++));
  std::string_view sig = m->signature()->view();
  for (size_t i = 1; sig[i] != ')'; i++) {
    switch (sig[i]) {
      case 'L': cl->do_oop(reinterpret_cast<oop*>(slot++)); i = sig.find(';', i); break;
      case '[':
        cl->do_oop(reinterpret_cast<oop*>(slot++));
        while (sig[i] == '[') i++;
        if (sig[i] == 'L') i = sig.find(';', i);
        break;
      case 'J': case 'D': slot += 2; break;
      default: slot++; break;
    }
  }
}
}  // namespace

void VMGCHost::frames_do(JavaThread* thread, OopClosure* cl) {
  // A frame's operand slots end at its saved _sp, and slots at or above the younger frame's
  // first local belong to it (they were this frame's outgoing arguments, or were popped, like a
  // linkTo* MemberName): only the younger frame reports them.
  intptr_t* callee_locals = nullptr;
  for (Frame* f = thread->last_frame(); f != nullptr; f = f->_prev) {
    if (f->_lock != nullptr) cl->do_oop(&f->_lock);
    Method* m = f->_method;
    if (m->is_native()) {
      native_frame_do(f, cl);
    } else {
      InterpreterOopMap map;
      int bci = f->bci();
      guarantee(OopMapCache::lookup(m, bci, &map), "no oop map for %s at bci %d", m->name()->bytes(), bci);
      intptr_t* locals = f->_locals;
      intptr_t* stack = f->stack_base();
      int max_locals = m->max_locals();
      // Operand slots at or above the saved _sp are dead: popped, or reused by a younger frame
      // (a callee's locals; an entry frame of a call the VM made while unwinding from an invoke
      // whose argument slots the oop map still counts).
      intptr_t* live_end = callee_locals != nullptr && callee_locals < f->_sp ? callee_locals : f->_sp;
      auto slot_addr = [&](int s) { return s < max_locals ? locals + s : stack + (s - max_locals); };
      map.iterate_oops_in_frame([&](int s) { return int64_t(*slot_addr(s)); },
                                [&](int s) {
                                  intptr_t* p = slot_addr(s);
                                  if (s < max_locals || p < live_end) cl->do_oop(reinterpret_cast<oop*>(p));
                                });
    }
    // An entry frame was called from C++: its arguments are copies of the VM's, and the frame
    // below ends at its own saved _sp.
    callee_locals = f->_is_entry ? nullptr : f->_locals;
  }
}

void VMGCHost::strong_roots_do(OopClosure* cl) {
  for (JavaThread* t = JavaThread::first(); t != nullptr; t = t->next()) {
    frames_do(t, cl);
    for (oop& h : t->handles()) if (h != nullptr) cl->do_oop(&h);
    for (oop& h : t->jni_locals()) if (h != nullptr) cl->do_oop(&h);
    for (LockRecord& r : t->lock_records()) cl->do_oop(&r.obj);
    if (t->pending_exception() != nullptr) {
      oop e = t->pending_exception();
      cl->do_oop(&e);
      t->set_pending_exception(e);
    }
    if (t->threadObj() != nullptr) {
      oop o = t->threadObj();
      cl->do_oop(&o);
      t->set_threadObj(o);
    }
  }
  for (Klass* k = Klass::first_klass(); k != nullptr; k = k->next_link()) {
    if (k->java_mirror() != nullptr) cl->do_oop(k->java_mirror_addr());
    if (k->is_instance_klass()) {
      ConstantPoolCache* c = InstanceKlass_cast(k)->cp_cache();
      if (c != nullptr) {
        oop* refs = c->resolved_references();
        for (int i = 0; i < c->length(); i++) if (refs[i] != nullptr) cl->do_oop(&refs[i]);
      }
    }
  }
  JNIHandles::oops_do(cl);
  ReferencePendingList::oops_do(cl);
  for (ClassLoaderData* d = ClassLoaderData::first(); d != nullptr; d = d->next())
    if (d->loader() != nullptr) cl->do_oop(d->loader_addr());
  oop* prims = java_lang_Class::primitive_mirrors_addr();
  for (int t = 0; t <= T_VOID; t++) if (prims[t] != nullptr) cl->do_oop(&prims[t]);
  for (int i = 0; i < int(Exceptions::OOMKind::Count); i++) {
    oop* p = Exceptions::preallocated_oom_addr(Exceptions::OOMKind(i));
    if (*p != nullptr) cl->do_oop(p);
  }
  if (*exceptions_preallocated_soe_addr() != nullptr) cl->do_oop(exceptions_preallocated_soe_addr());
}

void VMGCHost::weak_roots_do(OopClosure* cl) {
  StringTable::weak_oops_do(cl);
  JNIHandles::weak_oops_do(cl);
}
