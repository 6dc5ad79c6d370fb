// DefNewGeneration: the scavenge copies what is reachable (from roots and through dirty cards),
// ages it, promotes at the tenuring threshold or when to-space is full, and survives promotion
// failure without losing anything (DESIGN §5.1-5.5).
#include "gcTestSupport.hpp"

namespace {
// A graph with a cycle, an array of references, a long chain and garbage in between.
void build_mixed_graph(TestHeap& h, size_t chain_length) {
  oop a = h.new_node();
  size_t ra = h.add_root(a);
  oop b = h.new_node();
  h.new_node();  // garbage
  set_field(h.root(ra), TestKlasses::a_offset, b);
  set_field(b, TestKlasses::a_offset, h.root(ra));  // cycle a <-> b
  set_field(b, TestKlasses::b_offset, b);           // self loop
  oop arr = h.new_ref_array(50);
  size_t rarr = h.add_root(arr);
  for (int i = 0; i < 50; i++) {
    oop n = h.new_node();
    h.new_byte_array(size_t(i) * 10);  // garbage
    set_element(h.root(rarr), i, i % 5 == 0 ? nullptr : n);
    if (i % 7 == 0) set_field(n, TestKlasses::b_offset, h.root(ra));
  }
  size_t rc = h.add_root(h.new_node());
  oop tail = h.root(rc);
  for (size_t i = 0; i < chain_length; i++) {
    oop n = h.new_node();
    set_field(tail, TestKlasses::a_offset, n);
    tail = n;
    if (i % 3 == 0) h.new_node();  // garbage
  }
}

size_t live_bytes(const GraphShape& s) { return s.nodes * 32; }
}  // namespace

TEST(DefNewGeneration, CopiesReachableGraphsAndDropsGarbage) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  build_mixed_graph(h, 5000);
  GraphShape before = shape_of(h.host.strong);
  size_t arrays_bytes = array_size_in_bytes(50, 2);
  h.young_gc();
  GraphShape after = shape_of(h.host.strong);
  EXPECT_TRUE(after == before);
  EXPECT_TRUE(after.payload_ok);
  EXPECT_EQ(h.heap->young_gen()->eden()->used(), 0u);
  EXPECT_EQ(h.heap->young_gen()->from()->used(), live_bytes(before) + arrays_bytes);
  EXPECT_EQ(h.heap->old_gen()->used(), 0u);
  for (oop r : h.host.strong) EXPECT_TRUE(h.in_survivor(r));
  h.verify();
  // Again: from-space objects are copied to the other survivor.
  h.young_gc();
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  h.verify();
}

TEST(DefNewGeneration, AgesIncreaseWithEachScavenge) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_node());
  EXPECT_EQ(h.root(r)->mark().age(), 0);
  h.young_gc();
  EXPECT_EQ(h.root(r)->mark().age(), 1);
  h.young_gc();
  EXPECT_EQ(h.root(r)->mark().age(), 2);
  EXPECT_EQ(h.heap->young_gen()->age_table().words_at(2), 4u);  // one 32-byte node at age 2
}

TEST(DefNewGeneration, PromotesAfterTenuringThreshold) {
  TestHeap h;
  MaxTenuringThreshold = 1;  // alloc_rules (c): the 256 KiB object is promoted at the 2nd GC
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_byte_array(256 * K));
  h.young_gc();
  EXPECT_TRUE(h.in_survivor(h.root(r)));
  EXPECT_EQ(h.events.back().tenuring_threshold, 1);
  EXPECT_EQ(h.events.back().desired_survivor_bytes, 524288u);  // "Desired survivor size 524288 bytes"
  EXPECT_EQ(h.events.back().age_bytes[1], array_size_in_bytes(int(256 * K), 0));
  h.young_gc();
  EXPECT_TRUE(h.in_old(h.root(r)));
  EXPECT_EQ(h.heap->young_gen()->from()->used(), 0u);
  EXPECT_EQ(h.heap->old_gen()->used(), array_size_in_bytes(int(256 * K), 0));
  h.verify();
}

TEST(DefNewGeneration, PromotesAtFifteenWithDefaultThreshold) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_byte_array(256 * K));
  for (int gc = 1; gc <= 15; gc++) {
    h.young_gc();
    ASSERT_TRUE(h.in_survivor(h.root(r))) << "gc " << gc;
    EXPECT_EQ(h.root(r)->mark().age(), gc);
    EXPECT_EQ(h.heap->young_gen()->tenuring_threshold(), 15);
  }
  h.young_gc();  // age 15 is not below the threshold 15
  EXPECT_TRUE(h.in_old(h.root(r)));
  EXPECT_EQ(h.root(r)->mark().age(), 15);
}

TEST(DefNewGeneration, DynamicAgeThresholdLowersTheThreshold) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  // alloc_rules (d): two 256 KiB objects exceed 50% of the 1 MiB survivor.
  size_t r1 = h.add_root(h.new_byte_array(256 * K));
  size_t r2 = h.add_root(h.new_byte_array(256 * K));
  h.young_gc();
  EXPECT_EQ(h.events.back().desired_survivor_bytes, 524288u);
  EXPECT_EQ(h.events.back().tenuring_threshold, 1);  // "new threshold 1 (max threshold 15)"
  EXPECT_TRUE(h.in_survivor(h.root(r1)));
  h.young_gc();  // both are promoted at the next GC
  EXPECT_TRUE(h.in_old(h.root(r1)));
  EXPECT_TRUE(h.in_old(h.root(r2)));
}

TEST(DefNewGeneration, TargetSurvivorRatioNinetyKeepsThresholdFifteen) {
  TestHeap h;
  TargetSurvivorRatio = 90;
  h.create(20 * M, 20 * M, 10 * M);
  h.add_root(h.new_byte_array(256 * K));
  h.add_root(h.new_byte_array(256 * K));
  h.young_gc();
  EXPECT_EQ(h.events.back().desired_survivor_bytes, 943712u);  // "Desired survivor size 943712 bytes"
  EXPECT_EQ(h.events.back().tenuring_threshold, 15);
}

TEST(DefNewGeneration, PrematurePromotionWhenToSpaceIsFull) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  // alloc_rules (a): 3 x 2 MiB live arrays do not fit the 1 MiB survivor: they go to tenured.
  size_t r[3];
  for (size_t& i : r) i = h.add_root(h.new_byte_array(2 * M));
  size_t small = h.add_root(h.new_node());
  h.young_gc();
  for (size_t i : r) EXPECT_TRUE(h.in_old(h.root(i)));
  EXPECT_TRUE(h.in_survivor(h.root(small)));
  EXPECT_EQ(h.heap->young_gen()->last_promoted_bytes(), 3 * array_size_in_bytes(int(2 * M), 0));
  h.verify();
}

TEST(DefNewGeneration, FindsOldToYoungReferencesThroughDirtyCards) {
  TestHeap h;
  MaxTenuringThreshold = 1;
  h.create(20 * M, 20 * M, 10 * M);
  size_t holder = h.add_root(h.new_node());
  h.full_gc();  // holder is now old
  ASSERT_TRUE(h.in_old(h.root(holder)));
  CardTable* ct = h.heap->card_table();
  narrowOop* slot = h.root(holder)->field_addr<narrowOop>(TestKlasses::a_offset);
  EXPECT_FALSE(ct->is_dirty(slot));
  oop young = h.new_node();  // reachable only from the old holder
  int young_id = node_id(young);
  set_field(h.root(holder), TestKlasses::a_offset, young);
  EXPECT_TRUE(ct->is_dirty(slot));  // the write barrier
  for (int i = 0; i < 1000; i++) h.new_node();  // garbage
  h.young_gc();
  oop copied = field(h.root(holder), TestKlasses::a_offset);
  ASSERT_NE(copied, nullptr);
  EXPECT_TRUE(h.in_survivor(copied));
  EXPECT_EQ(node_id(copied), young_id);
  EXPECT_TRUE(ct->is_dirty(slot));  // still points into young: dirtied again
  h.verify();                        // includes "old->young only on dirty cards"
  h.young_gc();                      // threshold 1: promoted now
  copied = field(h.root(holder), TestKlasses::a_offset);
  EXPECT_TRUE(h.in_old(copied));
  EXPECT_EQ(node_id(copied), young_id);
  EXPECT_FALSE(ct->is_dirty(slot));  // nothing young left behind the card
}

TEST(DefNewGeneration, ScansOnlyTheDirtyPartOfALargeOldArray) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  const int n = 200000;  // 800 KB of references, ~1600 cards
  size_t arr = h.add_root(h.new_ref_array(n));
  h.full_gc();
  ASSERT_TRUE(h.in_old(h.root(arr)));
  std::vector<int> ids;
  for (int i = 0; i < n; i += 9973) {
    oop node = h.new_node();
    ids.push_back(node_id(node));
    set_element(h.root(arr), i, node);
  }
  h.young_gc();
  size_t k = 0;
  for (int i = 0; i < n; i++) {
    oop e = element(h.root(arr), i);
    if (i % 9973 == 0) {
      ASSERT_NE(e, nullptr);
      EXPECT_TRUE(h.in_survivor(e));
      EXPECT_EQ(node_id(e), ids[k++]);
    } else {
      ASSERT_EQ(e, nullptr);
    }
  }
  h.verify();
}

TEST(DefNewGeneration, UpdatesNarrowAndWideRoots) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  oop n = h.new_node();
  int id = node_id(n);
  h.host.narrow_strong.push_back(CompressedOops::encode(n));
  h.young_gc();
  oop moved = CompressedOops::decode(h.host.narrow_strong[0]);
  EXPECT_NE(moved, n);
  EXPECT_TRUE(h.in_survivor(moved));
  EXPECT_EQ(node_id(moved), id);
}

TEST(DefNewGeneration, ClearsWeakRootsToDeadObjects) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t strong = h.add_root(h.new_node());
  h.host.weak.push_back(h.root(strong));  // weak to a live object
  h.host.weak.push_back(h.new_node());    // weak to garbage
  int live_id = node_id(h.root(strong));
  h.young_gc();
  EXPECT_EQ(h.host.weak[0], h.root(strong));  // followed the move
  EXPECT_EQ(node_id(h.host.weak[0]), live_id);
  EXPECT_EQ(h.host.weak[1], nullptr);
}

TEST(DefNewGeneration, KeepsHashAndLockMarksWhenCopying) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t hashed = h.add_root(h.new_node());
  h.root(hashed)->set_mark(MarkWord::prototype().copy_set_hash(0x1234567));
  size_t locked = h.add_root(h.new_node());
  MarkWord monitor = MarkWord::encode_monitor(reinterpret_cast<void*>(uintptr_t(0x7f0000001000)));
  h.root(locked)->set_mark(monitor);
  h.young_gc();
  EXPECT_EQ(h.root(hashed)->mark().hash(), 0x1234567u);
  EXPECT_EQ(h.root(hashed)->mark().age(), 1);
  EXPECT_EQ(h.root(locked)->mark().value(), monitor.value());
}

TEST(DefNewGeneration, PromotionFailureLosesNothing) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  // alloc_rules (e): tenured pre-filled with ~7 MiB, then ~7.5 MiB live in eden.
  DefNewGeneration::PretenureThreshold = M;
  size_t old_list = h.add_root(h.new_ref_array(16));
  for (int i = 0; i < 7; i++) set_element(h.root(old_list), i, h.new_byte_array(M));
  DefNewGeneration::PretenureThreshold = 0;
  ASSERT_GT(h.heap->old_gen()->used(), 7 * M);
  size_t young_list = h.add_root(h.new_ref_array(64));
  for (int i = 0; i < 56; i++) {
    oop chunk = h.new_byte_array(128 * K);
    ASSERT_NE(chunk, nullptr);
    fill_bytes(chunk, i);
    set_element(h.root(young_list), i, chunk);
  }
  build_mixed_graph(h, 2000);
  oop hashed = h.new_node();
  hashed->set_mark(MarkWord::prototype().copy_set_hash(0x2468ace));
  size_t rh = h.add_root(hashed);
  GraphShape before = shape_of(h.host.strong);
  ASSERT_TRUE(h.events.empty());
  h.young_gc();
  ASSERT_EQ(h.events.size(), 2u);
  EXPECT_TRUE(h.events[0].promotion_failed);
  ASSERT_FALSE(h.events[0].promotion_failure_words.empty());
  EXPECT_GT(h.events[0].promotion_failure_words.front(), 0u);
  EXPECT_EQ(h.events[0].kind, GCKind::Young);
  EXPECT_EQ(h.events[1].kind, GCKind::Full);
  EXPECT_GT(h.events[0].after.used(), h.events[0].before.used());  // "15M->18M(19M)"
  GraphShape after = shape_of(h.host.strong);
  EXPECT_TRUE(after == before);
  EXPECT_TRUE(after.payload_ok);
  for (int i = 0; i < 56; i++) {
    oop chunk = element(h.root(young_list), i);
    ASSERT_NE(chunk, nullptr);
    EXPECT_TRUE(check_bytes(chunk, i)) << i;
  }
  EXPECT_EQ(h.root(rh)->mark().hash(), 0x2468aceu);
  h.verify();
  // The heap works normally afterwards.
  for (int i = 0; i < 100000; i++) ASSERT_NE(h.new_node(), nullptr);
  EXPECT_TRUE(shape_of(h.host.strong) == before);
  h.verify();
}

TEST(DefNewGeneration, UnsafeScavengeBecomesAFullCollection) {
  TestHeap h;
  MaxTenuringThreshold = 0;  // everything is promoted: a large average promotion
  h.create(20 * M, 20 * M, 10 * M);
  size_t list = h.add_root(h.new_ref_array(64));
  for (int i = 0; i < 3; i++) set_element(h.root(list), i, h.new_byte_array(2 * M));
  h.young_gc();
  ASSERT_EQ(h.events.size(), 1u);
  EXPECT_GT(h.heap->old_gen()->avg_promoted(), float(6 * M));
  // Old now has ~4 MB free, less than the 6 MB average promotion and than young's 6 MB.
  for (int i = 3; i < 6; i++) set_element(h.root(list), i, h.new_byte_array(2 * M));
  h.young_gc();
  ASSERT_EQ(h.events.size(), 3u);
  EXPECT_TRUE(h.events[1].not_safe);  // ":: Collection attempt not safe ::"
  EXPECT_EQ(h.events[1].before.used(), h.events[1].after.used());
  EXPECT_EQ(h.events[2].kind, GCKind::Full);
  for (int i = 0; i < 6; i++) EXPECT_NE(element(h.root(list), i), nullptr);
  h.verify();
}

TEST(DefNewGeneration, DebugBuildsZapWhatTheScavengeFreed) {
  if (!ContiguousSpace::ZapUnusedHeapArea) GTEST_SKIP() << "release build";
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  oop stale = h.new_node();  // not a root: a reference the runtime "forgot"
  h.add_root(h.new_node());
  h.young_gc();
  EXPECT_EQ(stale->narrow_klass(), 0xababababu);  // reading it fails fast, it does not look valid
}
