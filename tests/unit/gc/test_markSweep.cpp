// MarkSweep (the Serial full GC): compacts young and old, keeps every field value and the graph
// shape, preserves hash and lock marks, clears dead weak roots, resets the card table.
#include "gcTestSupport.hpp"

TEST(MarkSweepFullGC, CompactsOldAndKeepsGraphShape) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  DefNewGeneration::PretenureThreshold = 1;  // everything straight to old: garbage between live objects
  size_t arr = h.add_root(h.new_ref_array(200));
  for (int i = 0; i < 200; i++) {
    oop n = h.new_node();
    h.new_byte_array(size_t(100 + i));  // garbage
    set_element(h.root(arr), i, i % 3 == 0 ? nullptr : n);
    if (i > 0 && i % 3 != 0) set_field(n, TestKlasses::a_offset, element(h.root(arr), i - 1));
  }
  DefNewGeneration::PretenureThreshold = 0;
  GraphShape before = shape_of(h.host.strong);
  size_t old_used_before = h.heap->old_gen()->used();
  h.full_gc();
  GraphShape after = shape_of(h.host.strong);
  EXPECT_TRUE(after == before);
  EXPECT_TRUE(after.payload_ok);
  EXPECT_EQ(h.heap->old_gen()->used(), array_size_in_bytes(200, 2) + before.nodes * 32);
  EXPECT_LT(h.heap->old_gen()->used(), old_used_before);
  EXPECT_EQ(reinterpret_cast<address>(h.root(arr)), h.heap->old_gen()->space()->bottom());  // slid down
  h.verify();
}

TEST(MarkSweepFullGC, MovesYoungObjectsIntoOld) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_node());
  h.young_gc();  // one object in from-space
  h.add_root(h.new_node());
  h.add_root(h.new_byte_array(3000));
  GraphShape before = shape_of(h.host.strong);
  h.full_gc();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  for (oop o : h.host.strong) EXPECT_TRUE(h.in_old(o));
  EXPECT_EQ(h.heap->young_gen()->used(), 0u);
  EXPECT_EQ(h.root(r)->mark().age(), 0);  // full GC resets ages
  // Young is empty: no card of old is dirty.
  CardTable* ct = h.heap->card_table();
  ContiguousSpace* old_space = h.heap->old_gen()->space();
  for (address p = old_space->bottom(); p < old_space->top(); p += CardTable::card_size) EXPECT_FALSE(ct->is_dirty(p));
  h.verify();
}

TEST(MarkSweepFullGC, PreservesHashAndLockMarks) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  DefNewGeneration::PretenureThreshold = 1;
  h.new_node();  // garbage so that the others move
  size_t hashed = h.add_root(h.new_node());
  DefNewGeneration::PretenureThreshold = 0;
  h.root(hashed)->set_mark(MarkWord::prototype().copy_set_hash(0x7654321));
  size_t locked = h.add_root(h.new_node());
  MarkWord monitor = MarkWord::encode_monitor(reinterpret_cast<void*>(uintptr_t(0x7f0000002000)));
  h.root(locked)->set_mark(monitor);
  size_t aged = h.add_root(h.new_node());
  h.root(aged)->set_mark(MarkWord::prototype().set_age(5));
  h.full_gc();
  EXPECT_EQ(h.root(hashed)->mark().hash(), 0x7654321u);
  EXPECT_TRUE(h.root(hashed)->mark().is_unlocked());
  EXPECT_EQ(h.root(locked)->mark().value(), monitor.value());
  EXPECT_EQ(h.root(aged)->mark().value(), MarkWord::prototype().value());  // age only: not preserved
  EXPECT_EQ(h.events.back().restored_marks, 2u);  // "Restoring 2 marks"
  h.verify();
}

TEST(MarkSweepFullGC, ClearsWeakRootsToDeadObjects) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t live = h.add_root(h.new_node());
  h.host.weak.push_back(h.root(live));
  h.host.weak.push_back(h.new_node());
  h.young_gc();
  h.host.weak.push_back(h.new_node());  // dead, in eden
  h.full_gc();
  EXPECT_EQ(h.host.weak[0], h.root(live));
  EXPECT_TRUE(h.in_old(h.host.weak[0]));
  EXPECT_EQ(h.host.weak[1], nullptr);
  EXPECT_EQ(h.host.weak[2], nullptr);
}

TEST(MarkSweepFullGC, YoungObjectsStayInEdenWhenOldIsFull) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  // Fill old with live data, then keep 2 MB alive in young: it cannot all move into old.
  DefNewGeneration::PretenureThreshold = 256 * K;
  size_t old_list = h.add_root(h.new_ref_array(64));
  for (int i = 0; i < 39; i++) set_element(h.root(old_list), i, h.new_byte_array(256 * K));
  DefNewGeneration::PretenureThreshold = 0;
  size_t young_list = h.add_root(h.new_ref_array(64));
  for (int i = 0; i < 16; i++) {
    oop chunk = h.new_byte_array(128 * K);
    fill_bytes(chunk, i);
    set_element(h.root(young_list), i, chunk);
  }
  GraphShape before = shape_of(h.host.strong);
  h.full_gc();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  EXPECT_GT(h.heap->young_gen()->eden()->used(), 0u);
  for (int i = 0; i < 16; i++) EXPECT_TRUE(check_bytes(element(h.root(young_list), i), i));
  h.verify();  // old->young references sit on dirty cards
  // Collections go on working from this state.
  h.young_gc();
  h.full_gc();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  h.verify();
}

TEST(MarkSweepFullGC, KeepsLargeObjectArraysAndCycles) {
  TestHeap h;
  h.create(32 * M, 32 * M, 10 * M);
  size_t arr = h.add_root(h.new_ref_array(100000));
  for (int i = 0; i < 100000; i += 3) {
    oop n = h.new_node();
    set_element(h.root(arr), i, n);
    set_field(n, TestKlasses::a_offset, n);  // self cycle
    set_field(n, TestKlasses::b_offset, h.root(arr));
  }
  GraphShape before = shape_of(h.host.strong);
  h.full_gc();
  h.full_gc();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  h.verify();
}

TEST(MarkSweepFullGC, NearlyFullHeapAllowsAllocationInFromSpace) {
  TestHeap h;
  MaxTenuringThreshold = 0;  // a first scavenge promotes 2 MB: the average promotion
  h.create(20 * M, 20 * M, 10 * M);
  size_t first = h.add_root(h.new_ref_array(16));
  for (int i = 0; i < 16; i++) set_element(h.root(first), i, h.new_byte_array(128 * K));
  h.young_gc();
  // Old nearly full of live data, then 3 MB of live young data that cannot move into it.
  DefNewGeneration::PretenureThreshold = 64 * K;
  size_t old_list = h.add_root(h.new_ref_array(256));
  for (int i = 0; i < 256 && h.heap->old_gen()->free() > 600 * K; i++) set_element(h.root(old_list), i, h.new_byte_array(64 * K));
  DefNewGeneration::PretenureThreshold = 0;
  size_t young_list = h.add_root(h.new_ref_array(64));
  for (int i = 0; i < 24; i++) set_element(h.root(young_list), i, h.new_byte_array(128 * K));
  GraphShape before = shape_of(h.host.strong);
  h.full_gc();
  DefNewGeneration* young = h.heap->young_gen();
  ASSERT_GT(young->eden()->used(), 0u);
  // A scavenge could not promote what young holds: DefNew's epilogue allows from-space allocation.
  EXPECT_TRUE(young->should_allocate_from_space());
  EXPECT_TRUE(h.heap->incremental_collection_failed());
  size_t list = h.add_root(h.new_ref_array(200));
  bool in_from = false;
  for (int i = 0; i < 200 && !in_from; i++) {
    oop o = h.new_byte_array(32 * K);
    if (o == nullptr) break;
    set_element(h.root(list), i, o);
    in_from = young->from()->contains(o);
  }
  EXPECT_TRUE(in_from);
  h.verify();
  h.host.strong.pop_back();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
}
