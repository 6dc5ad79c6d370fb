// DefNewGeneration: the young generation of the Serial heap ("def new generation", the "Copy"
// collector; DESIGN §5.1-5.5). Objects are born in eden; a minor GC (scavenge) copies the live
// ones from eden and the from-space into the to-space, Cheney style, ageing them, and promotes
// to the TenuredGeneration those that reach the tenuring threshold or do not fit.
//
//   reserved:  low                                                   high_boundary
//   committed: |======== eden ========|== from ==|==  to  ==|-- uncommitted --|
//              survivor = young / (SurvivorRatio + 2), aligned down to 64K
//
// Old->young pointers are found through the card table (gc/shared/cardTable.hpp); roots come
// from the runtime's RootProvider. References in the young generation are discovered while the
// copies are scanned and processed after the copy (gc/shared/referenceProcessor.hpp). A
// promotion failure (old generation full) self-forwards the objects that could not be moved,
// finishes the copy so that no reference is lost, restores their headers and leaves the heap to
// a full GC (HotSpot's handling).
#pragma once

#include "gc/shared/ageTable.hpp"
#include "gc/shared/gcEvents.hpp"
#include "gc/shared/preservedMarks.hpp"
#include "gc/shared/space.hpp"
#include "memory/virtualSpace.hpp"

#include <vector>

class CardTable;
class ReferenceProcessor;
class TenuredGeneration;

class DefNewGeneration {
 public:
  bool initialize(ReservedSpace rs, size_t initial_bytes, size_t survivor_ratio);

  ContiguousSpace* eden() { return &_eden; }
  ContiguousSpace* from() { return _from; }
  ContiguousSpace* to() { return _to; }
  const ContiguousSpace* eden() const { return &_eden; }
  const ContiguousSpace* from() const { return _from; }
  const ContiguousSpace* to() const { return _to; }

  // Everything below this address that is in the heap is young (young is reserved first).
  address reserved_end() const { return _vs.high_boundary(); }
  address reserved_start() const { return _vs.low(); }
  bool is_in_reserved(const void* p) const { return p >= _vs.low() && p < _vs.high_boundary(); }

  // "total" as HotSpot prints it: eden plus one survivor.
  size_t capacity() const { return _eden.capacity() + _from->capacity(); }
  size_t used() const { return _eden.used() + _from->used(); }
  size_t committed() const { return _vs.committed_size(); }
  const VirtualSpace& virtual_space() const { return _vs; }
  size_t max_capacity() const { return _vs.reserved_size() - _max_survivor_size; }  // Runtime.maxMemory share
  size_t initial_size() const { return _initial_size; }
  size_t max_survivor_size() const { return _max_survivor_size; }

  // -XX:PretenureSizeThreshold: larger non-TLAB objects are not allocated here.
  bool should_allocate(size_t bytes, bool is_tlab) const {
    return bytes > 0 && (is_tlab || PretenureThreshold == 0 || bytes < PretenureThreshold);
  }
  // Lock-free mutator allocation in eden.
  address par_allocate(size_t bytes) { return _eden.par_allocate(bytes); }
  // Under the heap lock: eden, then the from-space when a full GC left the heap nearly full.
  address allocate(size_t bytes);

  // Promotion guarantee check (DESIGN §5.5); logs nothing, the heap records the outcome.
  bool collection_attempt_is_safe(const TenuredGeneration* old_gen) const;

  // One scavenge. Returns false (and leaves the heap for a full GC) on promotion failure.
  // The caller has made eden parsable (retired TLABs) and stopped the world. `rp` discovers
  // the References of the young generation (its span) and processes them.
  bool collect(TenuredGeneration* old_gen, CardTable* card_table, RootProvider* roots, ReferenceProcessor* rp,
               GCEvent* event);

  int tenuring_threshold() const { return _tenuring_threshold; }
  void set_tenuring_threshold(int t) { _tenuring_threshold = t; }
  const AgeTable& age_table() const { return _age_table; }
  bool promotion_failed() const { return _promotion_failed; }
  size_t last_promoted_bytes() const { return _promoted_bytes; }
  size_t promotion_failure_words() const { return _promotion_failure_words; }

  void swap_spaces();
  // After a full GC: HotSpot's DefNewGeneration::compute_new_size (old capacity / NewRatio plus
  // NewSizeThreadIncrease per non-daemon thread, within [initial, reserved]).
  void compute_new_size(size_t old_capacity, int non_daemon_threads);
  // After a full GC: if what is left would not survive a scavenge, allow from-space allocation.
  void full_gc_epilogue(bool safe);
  bool should_allocate_from_space() const { return _should_allocate_from_space; }

  static size_t PretenureThreshold;  // PretenureSizeThreshold in bytes, read at heap creation

 private:
  void compute_space_boundaries(size_t minimum_eden_size);

  // The scavenge (defNewGeneration.cpp).
  template <bool FromOld> inline void scan_field(narrowOop* p);
  // A copied object's fields; a Reference may be discovered instead of its referent followed.
  inline void scan_object(oop o);
  inline oop copy_to_survivor_space(oop old);
  void handle_promotion_failure(oop old);
  void evacuate_followers();
  void scan_dirty_cards();
  void remove_forwarding_pointers();
  friend class ScavengeRootClosure;

  VirtualSpace _vs;
  ContiguousSpace _eden;
  ContiguousSpace _space_a;
  ContiguousSpace _space_b;
  ContiguousSpace* _from = &_space_a;
  ContiguousSpace* _to = &_space_b;
  size_t _initial_size = 0;
  size_t _max_survivor_size = 0;
  size_t _survivor_ratio = 8;

  int _tenuring_threshold = 15;
  AgeTable _age_table;
  bool _should_allocate_from_space = false;

  // State of the scavenge in progress.
  TenuredGeneration* _old_gen = nullptr;
  CardTable* _card_table = nullptr;
  address _boundary = nullptr;  // young reserved end
  address _to_scan = nullptr;   // Cheney scan pointer in to-space
  address _old_scan = nullptr;  // scan pointer over objects promoted during this GC
  bool _promotion_failed = false;
  size_t _promotion_failure_words = 0;
  size_t _promoted_bytes = 0;
  PreservedMarks _preserved;
  std::vector<oop> _promo_failure_stack;
  ReferenceProcessor* _ref_processor = nullptr;
};
