// MarkSweep: the Serial full collection ("MarkSweepCompact", DESIGN §5.6), a sliding
// mark-compact of the whole heap in HotSpot's four phases (GenMarkSweep):
//
//   1. Mark live objects      from the strong roots; mark word := marked; References discovered
//                             and processed (gc/shared/referenceProcessor.hpp); dead weak roots cleared
//   2. Compute new addresses  slide every live object, old first, then eden, from, to, into the
//                             spaces in that same order (young objects go into old as far as
//                             they fit); mark word := forwarding pointer
//   3. Adjust pointers        every reference in live objects and roots := referent's new address
//   4. Move objects           memmove in address order, mark word := prototype
//
// Mark words carrying an identity hash or a lock are saved before phase 1 overwrites them and
// put back after phase 4 (PreservedMarks). A run of dead objects is skipped in phases 3 and 4
// through a pointer to the next live object written into the run's first mark word:
//
//   |live A|dead|dead|dead|live B|   ->   mark(first dead) = &B (low bits 00: not "marked")
#pragma once

#include "gc/shared/blockOffsetTable.hpp"
#include "gc/shared/preservedMarks.hpp"
#include "gc/shared/space.hpp"

#include <vector>

class ReferenceProcessor;

class MarkSweep {
 public:
  static constexpr int max_spaces = 4;

  // `spaces` in compaction order (old first); `old_bot` is rebuilt for spaces[0]. `rp`
  // discovers References while marking (its span: the whole heap) and processes them.
  MarkSweep(ContiguousSpace* const* spaces, int count, BlockOffsetTable* old_bot, ReferenceProcessor* rp)
      : _count(count), _old_bot(old_bot), _ref_processor(rp) {
    for (int i = 0; i < count; i++) _spaces[i] = spaces[i];
  }

  void invoke(RootProvider* roots);

  size_t live_objects() const { return _live_objects; }
  size_t live_bytes() const { return _live_bytes; }
  size_t restored_marks() const { return _restored_marks; }
  double phase_ms(int phase) const { return _phase_ms[phase - 1]; }

 private:
  inline void mark_and_push(oop o);
  void follow_stacks();  // the transitive closure of what has been pushed
  void mark_phase(RootProvider* roots);
  void compute_new_addresses();
  void adjust_pointers(RootProvider* roots);
  void compact();

  // Walks the live objects of a space after phase 2 (dead runs skipped).
  template <typename F> void live_objects_do(ContiguousSpace* s, F&& f);

  ContiguousSpace* _spaces[max_spaces] = {};
  address _compaction_top[max_spaces] = {};
  int _count;
  BlockOffsetTable* _old_bot;
  ReferenceProcessor* _ref_processor;
  std::vector<oop> _mark_stack;
  // Object arrays are marked in slices of ObjArrayMarkingStride elements (HotSpot's
  // ObjArrayTask) so a huge array does not push all its elements at once.
  struct ArrayTask {
    oop array;
    int index;
  };
  std::vector<ArrayTask> _array_stack;
  static constexpr int ObjArrayMarkingStride = 2048;
  PreservedMarks _preserved;
  size_t _live_objects = 0;
  size_t _live_bytes = 0;
  size_t _restored_marks = 0;
  double _phase_ms[4] = {};
};
