// DefNewGeneration: space layout, allocation and the scavenge (Cheney copying with ageing,
// promotion, card scanning and promotion-failure handling). See defNewGeneration.hpp.
#include "gc/serial/defNewGeneration.hpp"

#include "gc/serial/serialArguments.hpp"
#include "gc/serial/tenuredGeneration.hpp"
#include "gc/shared/cardTable.hpp"
#include "gc/shared/referenceProcessor.hpp"
#include "vm/globals.hpp"

#include <algorithm>
#include <cstring>

size_t DefNewGeneration::PretenureThreshold = 0;

bool DefNewGeneration::initialize(ReservedSpace rs, size_t initial_bytes, size_t survivor_ratio) {
  _survivor_ratio = survivor_ratio;
  _initial_size = initial_bytes;
  _max_survivor_size = SerialArguments::survivor_size(rs.size(), survivor_ratio);
  if (!_vs.initialize(rs, initial_bytes)) return false;
  _eden.initialize("eden", _vs.low(), _vs.low());
  compute_space_boundaries(0);
  _tenuring_threshold = int(MaxTenuringThreshold);
  return true;
}

// Lays out eden | from | to over the committed part (survivor = committed / (SurvivorRatio + 2),
// 64K aligned). minimum_eden_size > 0 keeps eden's objects when the generation is resized.
void DefNewGeneration::compute_space_boundaries(size_t minimum_eden_size) {
  const size_t alignment = SerialArguments::GenAlignment;
  size_t size = _vs.committed_size();
  size_t survivor = SerialArguments::survivor_size(size, _survivor_ratio);
  size_t eden_size = size - 2 * survivor;
  if (eden_size < minimum_eden_size) {
    // Shrinking must not cut into live eden objects: give the survivors what is left.
    minimum_eden_size = align_up(minimum_eden_size, alignment);
    survivor = std::max(align_down((size - minimum_eden_size) / 2, alignment), alignment);
    eden_size = size - 2 * survivor;
  }
  address eden_start = _vs.low();
  address from_start = eden_start + eden_size;
  address to_start = from_start + survivor;
  address to_end = to_start + survivor;
  address eden_top = minimum_eden_size > 0 ? _eden.top() : eden_start;
  _eden.initialize("eden", eden_start, from_start);
  _eden.set_top(eden_top);
  _from->initialize(_from == &_space_a ? "s0" : "s1", from_start, to_start);
  _to->initialize(_to == &_space_a ? "s0" : "s1", to_start, to_end);
}

void DefNewGeneration::swap_spaces() {
  // The survivors trade roles; -Xlog:gc+heap prints them by role ("from space", "to   space").
  std::swap(_from, _to);
}

address DefNewGeneration::allocate(size_t bytes) {
  address p = _eden.par_allocate(bytes);
  if (p == nullptr && _should_allocate_from_space) p = _from->allocate(bytes);
  return p;
}

bool DefNewGeneration::collection_attempt_is_safe(const TenuredGeneration* old_gen) const {
  if (!_to->is_empty()) return false;  // ":: to is not empty ::"
  return old_gen->promotion_attempt_is_safe(used());
}

void DefNewGeneration::full_gc_epilogue(bool safe) {
  _should_allocate_from_space = !safe && !_eden.is_empty();
}

void DefNewGeneration::compute_new_size(size_t old_capacity, int non_daemon_threads) {
  // Only when both survivors are empty: otherwise objects would have to move.
  if (!_from->is_empty() || !_to->is_empty()) return;
  const size_t alignment = SerialArguments::GenAlignment;
  const size_t new_size_before = _vs.committed_size();
  const size_t min_new_size = _initial_size;
  const size_t max_new_size = _vs.reserved_size();
  constexpr size_t NewSizeThreadIncrease = 5320;  // ScaleForWordSize(4K)
  size_t thread_increase = NewSizeThreadIncrease * size_t(std::max(non_daemon_threads, 0));
  size_t desired = align_up(old_capacity / NewRatio + thread_increase, alignment);
  desired = std::min(std::max(desired, min_new_size), max_new_size);
  bool changed = false;
  if (desired > new_size_before) {
    changed = _vs.expand_by(desired - new_size_before);
  } else if (desired < new_size_before && _eden.is_empty()) {
    _vs.shrink_by(new_size_before - desired);
    changed = true;
  }
  if (changed) compute_space_boundaries(_eden.used());
}

// ---------------------------------------------------------------------------------------------
// The scavenge.
//
// Every young object reached is copied once: into to-space with its age + 1 while it is younger
// than the tenuring threshold and to-space has room, otherwise into the old generation. The
// original's mark word then holds the forwarding pointer. Copied objects are scanned in place
// (to-space from _to_scan, old from _old_scan) until both scan pointers catch up: Cheney's
// breadth-first copy, with no mark stack.
//
//   to-space:  |== scanned ==|== copied, not yet scanned ==|--- free ---|
//              bottom        _to_scan                      top
// ---------------------------------------------------------------------------------------------

inline oop DefNewGeneration::copy_to_survivor_space(oop old) {
  const size_t bytes = ObjectModel::size(old);
  const MarkWord m = old->mark();
  // An inflated monitor keeps the object's mark (and age) in the monitor: treat it as age 0.
  const int age = m.is_unlocked() ? m.age() : 0;
  oop obj = nullptr;
  if (age < _tenuring_threshold) obj = reinterpret_cast<oop>(_to->allocate(bytes));
  if (obj == nullptr) {
    obj = _old_gen->promote(old, bytes);
    if (obj == nullptr) {
      handle_promotion_failure(old);
      return old;
    }
    _promoted_bytes += bytes;
  } else {
    memcpy(obj, old, bytes);
    if (m.is_unlocked()) obj->set_mark(m.incr_age());
    _age_table.add(obj->mark().is_unlocked() ? obj->mark().age() : 0, bytes / HeapWordSize);
  }
  old->forward_to(obj);
  return obj;
}

// Visits one reference field of a copied (or old) object. Fields of old objects that still
// point into young afterwards get their card dirtied again (FromOld).
template <bool FromOld>
inline void DefNewGeneration::scan_field(narrowOop* p) {
  narrowOop n = *p;
  if (n == 0) return;
  oop o = CompressedOops::decode(n);
  if (reinterpret_cast<address>(o) >= _boundary) return;  // already old
  oop f = o->is_forwarded() ? o->forwardee() : copy_to_survivor_space(o);
  *p = CompressedOops::encode(f);
  if (FromOld && reinterpret_cast<address>(f) < _boundary) _card_table->dirty(p);
}

// Copies are scanned with reference discovery (the ReferenceProcessor's span, young, decides
// which References it takes: those promoted by this scavenge are in old and traced strongly).
inline void DefNewGeneration::scan_object(oop o) {
  ObjectModel::iterate_discovering(
      o, [&](narrowOop* p) { scan_field<false>(p); },
      [&](oop r, ReferenceType rt) { return _ref_processor->discover(r, rt); });
}

void DefNewGeneration::handle_promotion_failure(oop old) {
  // HotSpot: keep the object where it is (forwarded to itself) and scan it later; its header is
  // restored after the scavenge (remove_forwarding_pointers).
  if (!_promotion_failed) _promotion_failure_words = ObjectModel::size(old) / HeapWordSize;
  _promotion_failed = true;
  _preserved.push_if_necessary(old, old->mark());
  old->forward_to(old);
  _promo_failure_stack.push_back(old);
}

// Roots: the only virtual calls of the scavenge (OopClosure), one per root slot.
class ScavengeRootClosure final : public OopClosure {
 public:
  explicit ScavengeRootClosure(DefNewGeneration* g) : _g(g) {}
  void do_oop(narrowOop* p) override {
    narrowOop n = *p;
    if (n == 0) return;
    oop o = CompressedOops::decode(n);
    if (reinterpret_cast<address>(o) >= _g->_boundary || _g->_to->contains(o)) return;
    *p = CompressedOops::encode(o->is_forwarded() ? o->forwardee() : _g->copy_to_survivor_space(o));
  }
  void do_oop(oop* p) override {
    oop o = *p;
    if (o == nullptr || reinterpret_cast<address>(o) >= _g->_boundary || _g->_to->contains(o)) return;
    *p = o->is_forwarded() ? o->forwardee() : _g->copy_to_survivor_space(o);
  }

 private:
  DefNewGeneration* _g;
};

namespace {
// Weak roots (DESIGN §5, weak_roots_do): a young referent that was not copied is dead.
class ScavengeWeakClosure final : public OopClosure {
 public:
  ScavengeWeakClosure(address boundary, const ContiguousSpace* to) : _boundary(boundary), _to(to) {}
  void do_oop(narrowOop* p) override {
    if (*p == 0) return;
    *p = CompressedOops::encode(update(CompressedOops::decode(*p)));
  }
  void do_oop(oop* p) override {
    if (*p != nullptr) *p = update(*p);
  }

 private:
  oop update(oop o) const {
    if (reinterpret_cast<address>(o) >= _boundary || _to->contains(o)) return o;
    return o->is_forwarded() ? o->forwardee() : nullptr;
  }
  address _boundary;
  const ContiguousSpace* _to;
};
}  // namespace

// Cards are cleaned run by run before the run is scanned; scan_field<true> dirties a card again
// when the field it visits still points into young afterwards (the copy stayed in to-space).
// Only the fields that lie on the dirty cards are visited: clean cards hold no young pointers.
void DefNewGeneration::scan_dirty_cards() {
  // Old->young roots: the dirty cards of the old objects that existed when the GC began
  // (objects promoted by this GC are scanned by evacuate_followers).
  ContiguousSpace* old_space = _old_gen->space();
  BlockOffsetTable* bot = _old_gen->bot();
  address limit = _old_scan;  // old top at the start of the GC
  _card_table->clean_and_process_dirty_ranges(old_space->bottom(), limit, [&](address lo, address hi) {
    address obj = bot->block_start(lo);
    while (obj < hi) {
      oop o = reinterpret_cast<oop>(obj);
      size_t size = ObjectModel::size(o);
      ObjectModel::iterate_in(o, lo, hi, [&](narrowOop* p) { scan_field<true>(p); });
      obj += size;
    }
  });
}

void DefNewGeneration::evacuate_followers() {
  ContiguousSpace* old_space = _old_gen->space();
  for (;;) {
    while (_to_scan < _to->top()) {
      oop o = reinterpret_cast<oop>(_to_scan);
      _to_scan += ObjectModel::size(o);
      scan_object(o);
    }
    while (_old_scan < old_space->top()) {
      oop o = reinterpret_cast<oop>(_old_scan);
      _old_scan += ObjectModel::size(o);
      ObjectModel::iterate(o, [&](narrowOop* p) { scan_field<true>(p); });
    }
    if (!_promo_failure_stack.empty()) {
      oop o = _promo_failure_stack.back();
      _promo_failure_stack.pop_back();
      scan_object(o);
      continue;
    }
    if (_to_scan == _to->top() && _old_scan == old_space->top()) break;
  }
}

void DefNewGeneration::remove_forwarding_pointers() {
  // After a promotion failure every object of eden and from that was copied or self-forwarded
  // gets a normal header back; the preserved marks (hash, lock) are then reinstated.
  auto reset = [](oop o) {
    if (o->is_forwarded()) o->set_mark(MarkWord::prototype());
  };
  _eden.object_iterate(reset);
  _from->object_iterate(reset);
  _preserved.restore();
}

// The scavenge: roots, dirty cards, Cheney scan, references, weak roots; then either empty eden
// and from, swap the survivors and compute the next tenuring threshold, or (promotion failure)
// put the headers back and leave all three spaces to the full GC that follows.
bool DefNewGeneration::collect(TenuredGeneration* old_gen, CardTable* card_table, RootProvider* roots,
                               ReferenceProcessor* rp, GCEvent* event) {
  _old_gen = old_gen;
  _ref_processor = rp;
  _card_table = card_table;
  _boundary = _vs.high_boundary();
  _promotion_failed = false;
  _promotion_failure_words = 0;
  _promoted_bytes = 0;
  _age_table.clear();
  _to->clear();
  _to_scan = _to->bottom();
  _old_scan = old_gen->space()->top();

  // 1. Strong roots (thread stacks, handles, statics ...).
  ScavengeRootClosure root_closure(this);
  roots->strong_roots_do(&root_closure);
  // 2. Old->young through the card table.
  scan_dirty_cards();
  // 3. Everything reachable from what was copied.
  evacuate_followers();
  // 4. References discovered in young: a referent outside young or already copied is alive;
  //    keeping one alive copies it (a field of old would get its card dirtied).
  rp->process_discovered_references(
      [this](oop o) { return reinterpret_cast<address>(o) >= _boundary || o->is_forwarded(); },
      [this](narrowOop* p) {
        if (reinterpret_cast<address>(p) >= _boundary) scan_field<true>(p);
        else scan_field<false>(p);
      },
      [this] { evacuate_followers(); });
  // 5. Weak roots: clear the dead, follow the moved.
  ScavengeWeakClosure weak_closure(_boundary, _to);
  roots->weak_roots_do(&weak_closure);

  if (!_promotion_failed) {
    ContiguousSpace::zap(_eden.bottom(), _eden.top());
    ContiguousSpace::zap(_from->bottom(), _from->top());
    _eden.clear();
    _from->clear();
    swap_spaces();
    // -XX:TargetSurvivorRatio, -XX:MaxTenuringThreshold: the threshold for the next scavenge.
    size_t desired = AgeTable::desired_survivor_words(_to->capacity(), TargetSurvivorRatio);
    _tenuring_threshold = _age_table.compute_tenuring_threshold(desired, int(MaxTenuringThreshold),
                                                                AlwaysTenure, NeverTenure);
    if (event != nullptr) {
      event->desired_survivor_bytes = desired * HeapWordSize;
      event->tenuring_threshold = _tenuring_threshold;
    }
  } else {
    remove_forwarding_pointers();
    // The copies in to-space are live too: after the swap, from holds them and to holds what
    // stayed behind; the full GC that follows compacts all three spaces.
    swap_spaces();
  }
  if (event != nullptr) {
    event->promotion_failed = _promotion_failed;
    event->promotion_failure_words = _promotion_failure_words;
    for (int a = 0; a < AgeTable::table_size; a++) event->age_bytes[a] = _age_table.words_at(a) * HeapWordSize;
  }
  _old_gen = nullptr;
  _ref_processor = nullptr;
  return !_promotion_failed;
}
