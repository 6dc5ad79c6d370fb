// ReferenceProcessor: discovery and processing of java.lang.ref.Reference objects (DESIGN §5.11),
// as HotSpot 17's Serial collector does it: stop-the-world, single-threaded, reference-based
// discovery over a span (the young generation for DefNew, the whole heap for the full GC).
//
// Discovery, while the collector traces (ObjectModel::iterate_discovering). A Reference in the
// span whose referent is not null and not yet reached (its mark word is not "marked", i.e. not
// marked by the full GC, not forwarded by the scavenge) is recorded on the list of its kind
// instead of having its referent traced, unless
//   - it is a FinalReference with next != null (inactive: already handed over for finalization),
//   - it is a SoftReference the policy keeps (its referent is then traced at once, strongly),
//   - its discovered field is not null (it is on the pending list already).
// The lists are linked through Reference.discovered; the last element points to itself, so a
// discovered field that is not null always means "on a list":
//
//   _lists[Weak] -> R1 --discovered--> R2 --discovered--> R3 --discovered--+
//                                                          ^---------------+
//
// Processing, after the strong closure, in HotSpot's four phases. Each collector supplies
//   is_alive(oop)          has this object been reached (marked / copied / outside the span)?
//   keep_alive(narrowOop*) make the referent in this field alive and update the field
//   complete()             trace everything keep_alive made reachable (discovery is off by then:
//                          References found now are traced like ordinary objects)
// and the phases are:
//   1. SoftReferences with dead referents that the policy keeps: referent kept alive, dropped
//      from the list. Then SoftReference.clock advances to the current time (ms).
//   2. Soft, weak and final lists: a reference whose referent turned out reachable is dropped
//      (its referent field updated); soft and weak ones left are cleared and prepended to the
//      pending list; final ones stay for phase 3.
//   3. FinalReferences: referent (and all it reaches) kept alive for finalize(), next := itself
//      (inactive), handed to the pending list without being cleared.
//   4. PhantomReferences: dead referents cleared (JDK 9+ semantics), references pending.
// A dropped reference gets discovered = null again (active). The Reference Handler thread
// (Java) takes the pending list, enqueues each reference on its queue and runs Cleaners; the
// Finalizer thread then runs finalize() for the FinalReferences (java.lang.ref.Finalizer).
#pragma once

#include "gc/shared/gcEvents.hpp"
#include "gc/shared/referencePendingList.hpp"
#include "gc/shared/referencePolicy.hpp"

#include <chrono>

class ReferenceProcessor {
 public:
  // One per collection. Discovery is on from construction until processing starts. Reference
  // objects in [span_start, span_end) are discovered. The soft reference policy: clear all
  // (the last-ditch full GC) or LRU over the free heap after the last full GC.
  ReferenceProcessor(address span_start, address span_end, bool clear_all_soft_refs, size_t free_at_last_gc);

  // Offered every Reference the collector traces (with discovery on); true when the reference
  // was recorded: the caller must then not trace its referent and discovered fields.
  inline bool discover(oop obj, ReferenceType rt);

  template <typename IsAlive, typename KeepAlive, typename Complete>
  void process_discovered_references(IsAlive&& is_alive, KeepAlive&& keep_alive, Complete&& complete);

  const RefProcEvent& stats() const { return _stats; }
  size_t discovered_count(ReferenceType rt) const { return _lists[index(rt)].length; }
  const SoftReferencePolicy& soft_policy() const { return _policy; }

  // The soft reference clock (ms, monotonic): HotSpot's _soft_ref_timestamp_clock and the Java
  // static SoftReference.clock, which SoftReference's constructor and get() copy into timestamp.
  // Until the runtime publishes where SoftReference.clock lives (a static field, so in the
  // class's mirror), only the collector's copy exists.
  static void init_statics();  // at heap creation: the clock starts at the current time
  static void publish_soft_reference_clock(Klass* soft_reference_klass, int clock_offset);
  static jlong soft_ref_clock();  // SoftReference.clock (the collector's copy if not published)
  static jlong now_ms();

 private:
  struct DiscoveredList {
    oop head = nullptr;
    size_t length = 0;
  };
  static int index(ReferenceType rt) { return int(rt) - 1; }

  static oop discovered(oop r) { return r->obj_field(ReferenceFields::discovered); }
  // Raw stores: the Reference objects on the lists do not move during processing, and the
  // collector deals with the cards itself (young objects need none; the full GC rebuilds them).
  static void set_discovered(oop r, oop v) { *r->field_addr<narrowOop>(ReferenceFields::discovered) = CompressedOops::encode(v); }
  static narrowOop* referent_addr(oop r) { return r->field_addr<narrowOop>(ReferenceFields::referent); }
  static oop referent(oop r) { return r->obj_field(ReferenceFields::referent); }
  static void clear_referent(oop r) { *referent_addr(r) = 0; }

  // Walks a list; keep(ref) says whether the reference stays. Dropped ones become active again
  // (discovered = null); the others stay linked in their order, the last pointing to itself.
  template <typename F> void filter(DiscoveredList& list, F&& keep);
  // Hands a whole list to the pending list (its last element then links to the old head).
  void enqueue_all(DiscoveredList& list, ReferenceType rt);
  void update_soft_ref_master_clock();

  static void set_java_clock(jlong ms);

  address _span_start;
  address _span_end;
  SoftReferencePolicy _policy;
  jlong _timestamp_clock;  // SoftReference.clock when the collection began
  bool _discovering = true;
  DiscoveredList _lists[RefProcEvent::kinds];
  RefProcEvent _stats;

  static jlong _soft_ref_timestamp_clock;
  static Klass* _soft_reference_klass;
  static int _clock_offset;
};

inline bool ReferenceProcessor::discover(oop obj, ReferenceType rt) {
  if (!_discovering || !ReferenceFields::published()) return false;
  narrowOop r = *referent_addr(obj);
  // Only references whose referent is not yet known to be reachable (InstanceRefKlass::try_discover).
  if (r == 0 || CompressedOops::decode(r)->mark().is_marked()) return false;
  // An inactive FinalReference (next != null) is not discovered again: its referent is strong.
  if (rt == ReferenceType::Final && obj->obj_field(ReferenceFields::next) != nullptr) return false;
  address a = reinterpret_cast<address>(obj);
  if (a < _span_start || a >= _span_end) return false;  // ReferenceBasedDiscovery
  if (rt == ReferenceType::Soft && !_policy.should_clear_reference(obj->get<jlong>(ReferenceFields::soft_timestamp), _timestamp_clock))
    return false;  // not a candidate for clearing: trace the referent now
  if (*obj->field_addr<narrowOop>(ReferenceFields::discovered) != 0) return false;  // pending already
  DiscoveredList& list = _lists[index(rt)];
  set_discovered(obj, list.head != nullptr ? list.head : obj);
  list.head = obj;
  list.length++;
  return true;
}

template <typename F>
void ReferenceProcessor::filter(DiscoveredList& list, F&& keep) {
  oop head = nullptr;
  oop tail = nullptr;
  size_t kept = 0;
  for (oop r = list.head; r != nullptr;) {
    oop next = discovered(r);
    if (next == r) next = nullptr;  // the self-loop ends the list
    set_discovered(r, nullptr);
    if (keep(r)) {
      if (tail != nullptr) set_discovered(tail, r);
      else head = r;
      tail = r;
      kept++;
    }
    r = next;
  }
  if (tail != nullptr) set_discovered(tail, tail);
  list.head = head;
  list.length = kept;
}

template <typename IsAlive, typename KeepAlive, typename Complete>
void ReferenceProcessor::process_discovered_references(IsAlive&& is_alive, KeepAlive&& keep_alive,
                                                       Complete&& complete) {
  using clock = std::chrono::steady_clock;
  auto ms_since = [](clock::time_point t0) { return std::chrono::duration<double, std::milli>(clock::now() - t0).count(); };
  const auto start = clock::now();
  _discovering = false;  // from here on, References are traced like other objects
  for (int i = 0; i < RefProcEvent::kinds; i++) _stats.discovered[i] = _lists[i].length;
  DiscoveredList& soft = _lists[index(ReferenceType::Soft)];
  DiscoveredList& final_refs = _lists[index(ReferenceType::Final)];
  DiscoveredList& phantom = _lists[index(ReferenceType::Phantom)];
  // A reference whose referent is reachable after all: dropped, its referent field updated.
  auto drop_if_alive = [&](oop r, ReferenceType rt) {
    oop o = referent(r);
    if (o != nullptr && !is_alive(o)) return true;
    if (o != nullptr) keep_alive(referent_addr(r));
    _stats.dropped[index(rt)]++;
    return false;
  };

  // Phase 1: soft references the policy keeps although their referents are dead.
  if (soft.length > 0) {
    auto t0 = clock::now();
    _stats.ran[0] = true;
    filter(soft, [&](oop r) {
      oop o = referent(r);
      bool dead = o != nullptr && !is_alive(o);
      if (dead && !_policy.should_clear_reference(r->get<jlong>(ReferenceFields::soft_timestamp), _timestamp_clock)) {
        keep_alive(referent_addr(r));
        _stats.dropped[index(ReferenceType::Soft)]++;
        return false;
      }
      return true;
    });
    complete();
    _stats.phase_ms[0] = ms_since(t0);
  }
  update_soft_ref_master_clock();

  // Phase 2: clear and enqueue soft and weak references with dead referents; drop the live.
  const size_t* discovered_count = _stats.discovered;  // HotSpot skips a phase by these counts
  if (discovered_count[0] + discovered_count[1] + discovered_count[2] > 0) {
    auto t0 = clock::now();
    _stats.ran[1] = true;
    _stats.soft_after_phase1 = soft.length;
    for (ReferenceType rt : {ReferenceType::Soft, ReferenceType::Weak}) {
      auto t1 = clock::now();
      DiscoveredList& list = _lists[index(rt)];
      filter(list, [&](oop r) {
        if (!drop_if_alive(r, rt)) return false;
        clear_referent(r);
        return true;
      });
      enqueue_all(list, rt);
      _stats.phase2_ms[index(rt)] = ms_since(t1);
    }
    auto t1 = clock::now();
    filter(final_refs, [&](oop r) { return drop_if_alive(r, ReferenceType::Final); });
    _stats.phase2_ms[index(ReferenceType::Final)] = ms_since(t1);
    _stats.final_after_phase2 = final_refs.length;
    complete();
    _stats.phase_ms[1] = ms_since(t0);
  }

  // Phase 3: finalizable objects stay alive (with all they reach) until finalize() has run.
  if (discovered_count[index(ReferenceType::Final)] > 0) {
    auto t0 = clock::now();
    _stats.ran[2] = true;
    for (oop r = final_refs.head; r != nullptr;) {
      oop next = discovered(r);
      keep_alive(referent_addr(r));
      *r->field_addr<narrowOop>(ReferenceFields::next) = CompressedOops::encode(r);  // inactive
      r = next == r ? nullptr : next;
    }
    enqueue_all(final_refs, ReferenceType::Final);
    complete();
    _stats.phase_ms[2] = ms_since(t0);
  }

  // Phase 4: phantom references: cleared and enqueued once their referents are unreachable.
  if (discovered_count[index(ReferenceType::Phantom)] > 0) {
    auto t0 = clock::now();
    _stats.ran[3] = true;
    filter(phantom, [&](oop r) {
      if (!drop_if_alive(r, ReferenceType::Phantom)) return false;
      clear_referent(r);
      return true;
    });
    enqueue_all(phantom, ReferenceType::Phantom);
    complete();
    _stats.phase_ms[3] = ms_since(t0);
  }
  _stats.total_ms = ms_since(start);
}
