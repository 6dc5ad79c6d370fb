// MarkSweep: the four phases of the Serial full GC (see markSweep.hpp).
#include "gc/serial/markSweep.hpp"

#include "gc/shared/referenceProcessor.hpp"

#include <chrono>
#include <cstring>

namespace {
const MarkWord marked_mark = MarkWord(MarkWord::marked_value);  // marked, not yet forwarded

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool is_live(oop o) { return o->mark().is_marked(); }

// Phase 1 root closure: marks the referent of every strong root.
class MarkRootClosure final : public OopClosure {
 public:
  explicit MarkRootClosure(MarkSweep* ms, void (*mark)(MarkSweep*, oop)) : _ms(ms), _mark(mark) {}
  void do_oop(narrowOop* p) override {
    if (*p != 0) _mark(_ms, CompressedOops::decode(*p));
  }
  void do_oop(oop* p) override {
    if (*p != nullptr) _mark(_ms, *p);
  }

 private:
  MarkSweep* _ms;
  void (*_mark)(MarkSweep*, oop);
};

// End of phase 1: weak roots whose referent was not marked are cleared.
class ClearDeadWeakClosure final : public OopClosure {
 public:
  void do_oop(narrowOop* p) override {
    if (*p != 0 && !is_live(CompressedOops::decode(*p))) *p = 0;
  }
  void do_oop(oop* p) override {
    if (*p != nullptr && !is_live(*p)) *p = nullptr;
  }
};

// Phase 3 root closure: every root follows its object to the new address.
class AdjustRootClosure final : public OopClosure {
 public:
  void do_oop(narrowOop* p) override {
    if (*p != 0) *p = CompressedOops::encode(CompressedOops::decode(*p)->forwardee());
  }
  void do_oop(oop* p) override {
    if (*p != nullptr) *p = (*p)->forwardee();
  }
};
}  // namespace

// Phase 1 helper. The mark word becomes "marked" (lock bits 11, no address); a mark that carries
// a hash or a lock is saved first. The explicit stack keeps deep graphs (long lists) from
// overflowing the C++ stack.
inline void MarkSweep::mark_and_push(oop o) {
  MarkWord m = o->mark();
  if (m.is_marked()) return;
  _preserved.push_if_necessary(o, m);
  o->set_mark(marked_mark);
  _mark_stack.push_back(o);
}

// Phase 1 helper: pops until both stacks are empty, depth first. References are offered to the
// ReferenceProcessor (while discovery is on, a discovered one's referent is not followed).
void MarkSweep::follow_stacks() {
  auto mark_field = [&](narrowOop* p) {
    if (*p != 0) mark_and_push(CompressedOops::decode(*p));
  };
  auto discover = [&](oop r, ReferenceType rt) { return _ref_processor->discover(r, rt); };
  while (!_mark_stack.empty() || !_array_stack.empty()) {
    if (!_mark_stack.empty()) {
      oop o = _mark_stack.back();
      _mark_stack.pop_back();
      if (o->klass()->is_objArray_klass()) {
        _array_stack.push_back({o, 0});
      } else {
        ObjectModel::iterate_discovering(o, mark_field, discover);
      }
      continue;
    }
    ArrayTask task = _array_stack.back();
    _array_stack.pop_back();
    auto* a = static_cast<arrayOopDesc*>(task.array);
    int end = a->length() - task.index > ObjArrayMarkingStride ? task.index + ObjArrayMarkingStride : a->length();
    if (end < a->length()) _array_stack.push_back({task.array, end});  // the rest, later
    narrowOop* base = a->elements<narrowOop>();
    for (narrowOop* p = base + task.index; p < base + end; ++p) mark_field(p);
  }
}

// Phase 1: mark from the strong roots; the transitive closure is taken depth first. Then the
// discovered References are processed (a referent kept alive is marked with all it reaches;
// fields are adjusted in phase 3 like any other). Weak roots are processed last: a referent
// that was not reached is dead and its slot is cleared (DESIGN §5, weak roots).
void MarkSweep::mark_phase(RootProvider* roots) {
  MarkRootClosure root_closure(this, [](MarkSweep* ms, oop o) { ms->mark_and_push(o); });
  roots->strong_roots_do(&root_closure);
  follow_stacks();
  _ref_processor->process_discovered_references(
      [](oop o) { return is_live(o); },
      [this](narrowOop* p) {
        if (*p != 0) mark_and_push(CompressedOops::decode(*p));
      },
      [this] { follow_stacks(); });
  ClearDeadWeakClosure weak_closure;
  roots->weak_roots_do(&weak_closure);
}

// Phase 2: one pass over every space in compaction order. Each live object is given the next
// free address of the current destination space (old first, then eden, from, to); when it does
// not fit in what is left there, the destination moves on to the next space. Because sources and
// destinations are visited in the same order, a destination never lies above its source within
// the same space, so phase 4 can slide objects with memmove in address order. Each run of dead
// objects gets, in its first mark word, the address of the next live object (or the space top),
// which lets phases 3 and 4 skip the run without looking at the dead objects again.
void MarkSweep::compute_new_addresses() {
  int dest = 0;
  address compact_top = _spaces[0]->bottom();
  for (int i = 0; i < _count; i++) {
    ContiguousSpace* s = _spaces[i];
    address p = s->bottom();
    address t = s->top();
    address dead_run = nullptr;
    while (p < t) {
      oop o = reinterpret_cast<oop>(p);
      size_t size = ObjectModel::size(o);
      if (is_live(o)) {
        if (dead_run != nullptr) {
          reinterpret_cast<oop>(dead_run)->set_mark(MarkWord(reinterpret_cast<uintptr_t>(p)));
          dead_run = nullptr;
        }
        // The destination never overtakes the source: spaces are filled in the order they are read.
        while (size_t(_spaces[dest]->end() - compact_top) < size && dest + 1 < _count) {
          _compaction_top[dest] = compact_top;
          dest++;
          compact_top = _spaces[dest]->bottom();
        }
        o->forward_to(reinterpret_cast<oop>(compact_top));
        compact_top += size;
        _live_objects++;
        _live_bytes += size;
      } else if (dead_run == nullptr) {
        dead_run = p;
      }
      p += size;
    }
    if (dead_run != nullptr) reinterpret_cast<oop>(dead_run)->set_mark(MarkWord(reinterpret_cast<uintptr_t>(t)));
  }
  _compaction_top[dest] = compact_top;
  for (int i = dest + 1; i < _count; i++) _compaction_top[i] = _spaces[i]->bottom();
}

// The live objects of a space, in address order, after phase 2. A mark word that is not
// "marked" can only be the first of a dead run, holding the next live address.
template <typename F>
void MarkSweep::live_objects_do(ContiguousSpace* s, F&& f) {
  address p = s->bottom();
  address t = s->top();
  while (p < t) {
    oop o = reinterpret_cast<oop>(p);
    MarkWord m = o->mark();
    if (!m.is_marked()) {  // first of a dead run: its mark word is the next live address
      p = reinterpret_cast<address>(m.value());
      continue;
    }
    size_t size = ObjectModel::size(o);  // read before f may move the object
    f(o, size);
    p += size;
  }
}

// Phase 3: every reference (roots, weak roots, fields of live objects) is replaced by the
// forwarding address of its referent, read from the referent's mark word. The preserved marks
// are re-keyed to the new addresses as well. Nothing has moved yet, so every mark is readable.
void MarkSweep::adjust_pointers(RootProvider* roots) {
  AdjustRootClosure root_closure;
  roots->strong_roots_do(&root_closure);
  roots->weak_roots_do(&root_closure);  // only live referents are left after phase 1
  _preserved.adjust([](oop o) { return o->forwardee(); });
  for (int i = 0; i < _count; i++) {
    live_objects_do(_spaces[i], [](oop o, size_t) {
      ObjectModel::iterate(o, [](narrowOop* p) {
        if (*p != 0) *p = CompressedOops::encode(CompressedOops::decode(*p)->forwardee());
      });
    });
  }
}

// Phase 4: slide each live object to its new address, space by space in compaction order (old
// first: young objects moving up into old only overwrite old memory whose objects have already
// moved). Every moved object gets the prototype mark (age 0, like HotSpot's init_mark); the
// preserved hash/lock marks are put back last. Objects landing in old are recorded in its
// block offset table, which is rebuilt in address order this way.
void MarkSweep::compact() {
  ContiguousSpace* old_space = _spaces[0];
  for (int i = 0; i < _count; i++) {
    live_objects_do(_spaces[i], [&](oop o, size_t size) {
      oop to = o->forwardee();
      if (to != o) memmove(to, o, size);
      to->set_mark(MarkWord::prototype());
      if (old_space->contains(to)) _old_bot->record(reinterpret_cast<address>(to), size);
    });
  }
  _restored_marks = _preserved.size();
  for (int i = 0; i < _count; i++) {
    ContiguousSpace::zap(_compaction_top[i], _spaces[i]->top());
    _spaces[i]->set_top(_compaction_top[i]);
  }
  _preserved.restore();
}

void MarkSweep::invoke(RootProvider* roots) {
  auto t0 = std::chrono::steady_clock::now();
  mark_phase(roots);
  _phase_ms[0] = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  compute_new_addresses();
  _phase_ms[1] = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  adjust_pointers(roots);
  _phase_ms[2] = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  compact();
  _phase_ms[3] = ms_since(t0);
}
