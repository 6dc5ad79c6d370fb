// Many collections over random object graphs (fixed seed), checked against a model of the graph
// after each one, with heap verification; TLAB behaviour; the verifier finds broken heaps.
#include "gcTestSupport.hpp"

#include <random>

namespace {
// The model: node id -> ids of its two children (0 = null), and which ids the roots hold.
struct Model {
  std::unordered_map<int, std::pair<int, int>> children;
  std::vector<int> root_ids;
  std::vector<int> weak_ids;         // id each weak root was set to
  std::unordered_set<int> hashed;    // nodes given an identity hash
};

uintptr_t hash_for(int id) { return (uintptr_t(id) * 2654435761u) & MarkWord::hash_mask ? (uintptr_t(id) * 2654435761u) & MarkWord::hash_mask : 1; }

void check_against_model(TestHeap& h, const Model& m) {
  for (size_t i = 0; i < m.root_ids.size(); i++) {
    oop r = h.root(i);
    if (m.root_ids[i] == 0) {
      ASSERT_EQ(r, nullptr);
      continue;
    }
    ASSERT_NE(r, nullptr);
    ASSERT_EQ(node_id(r), m.root_ids[i]);
  }
  GraphShape s = shape_of(h.host.strong);
  ASSERT_TRUE(s.payload_ok);
  // Weak roots: a reachable referent is kept (same node); an unreachable one may be cleared.
  for (size_t i = 0; i < m.weak_ids.size(); i++) {
    oop w = h.host.weak[i];
    if (w != nullptr) {
      ASSERT_EQ(node_id(w), m.weak_ids[i]);
    } else {
      ASSERT_EQ(s.edges.count(m.weak_ids[i]), 0u) << "weak root " << i << " cleared while reachable";
    }
  }
  // Identity hashes survive every move.
  std::vector<oop> stack(h.host.strong.begin(), h.host.strong.end());
  std::unordered_set<oop> seen;
  while (!stack.empty()) {
    oop o = stack.back();
    stack.pop_back();
    if (o == nullptr || !seen.insert(o).second) continue;
    if (m.hashed.count(node_id(o))) {
      ASSERT_EQ(o->mark().hash(), hash_for(node_id(o)));
    }
    stack.push_back(field(o, TestKlasses::a_offset));
    stack.push_back(field(o, TestKlasses::b_offset));
  }
  for (const auto& [id, kids] : s.edges) {
    if (id < 0) continue;  // an array
    auto it = m.children.find(id);
    ASSERT_NE(it, m.children.end()) << "node " << id << " not in the model";
    ASSERT_EQ(kids[0], it->second.first) << "node " << id;
    ASSERT_EQ(kids[1], it->second.second) << "node " << id;
  }
}

oop find_reachable(TestHeap& h, std::mt19937& rng) {
  // A random walk from a random root.
  oop o = h.root(rng() % h.host.strong.size());
  for (int steps = int(rng() % 6); o != nullptr && steps > 0; steps--) {
    oop next = field(o, rng() % 2 ? TestKlasses::a_offset : TestKlasses::b_offset);
    if (next == nullptr) break;
    o = next;
  }
  return o;
}
}  // namespace

namespace {
void run_random_graphs(TestHeap& h, int rounds, uint32_t seed, void (*per_round)(TestHeap&, int) = nullptr) {
  std::mt19937 rng(seed);
  Model m;
  const size_t roots = 64;
  for (size_t i = 0; i < roots; i++) {
    h.add_root(nullptr);
    m.root_ids.push_back(0);
  }
  for (int round = 0; round < rounds; round++) {
    for (int op = 0; op < 2000; op++) {
      int kind = int(rng() % 10);
      if (kind < 5) {  // new node, linked from a root or from a reachable node
        oop n = h.new_node();
        ASSERT_NE(n, nullptr);
        int id = node_id(n);
        m.children[id] = {0, 0};
        size_t r = rng() % roots;
        if (rng() % 2 || h.root(r) == nullptr) {
          h.host.strong[r] = n;
          m.root_ids[r] = id;
        } else {
          oop parent = find_reachable(h, rng);
          if (parent != nullptr) {
            bool left = rng() % 2;
            set_field(parent, left ? TestKlasses::a_offset : TestKlasses::b_offset, n);
            auto& kids = m.children[node_id(parent)];
            (left ? kids.first : kids.second) = id;
          }
        }
      } else if (kind < 8) {  // relink two reachable nodes (old->young and cycles happen here)
        oop a = find_reachable(h, rng);
        oop b = rng() % 8 == 0 ? nullptr : find_reachable(h, rng);
        if (a == nullptr) continue;
        bool left = rng() % 2;
        set_field(a, left ? TestKlasses::a_offset : TestKlasses::b_offset, b);
        auto& kids = m.children[node_id(a)];
        (left ? kids.first : kids.second) = b == nullptr ? 0 : node_id(b);
      } else if (kind == 8) {  // drop a root, or hash a node, or point a weak root at one
        int what = int(rng() % 4);
        if (what < 2) {
          size_t r = rng() % roots;
          h.host.strong[r] = nullptr;
          m.root_ids[r] = 0;
        } else if (what == 2) {
          oop o = find_reachable(h, rng);
          if (o != nullptr && o->mark().is_unlocked() && o->mark().hash() == 0) {
            o->set_mark(o->mark().copy_set_hash(hash_for(node_id(o))));
            m.hashed.insert(node_id(o));
          }
        } else {
          oop o = find_reachable(h, rng);
          if (o != nullptr) {
            h.host.weak.push_back(o);
            m.weak_ids.push_back(node_id(o));
          }
        }
      } else {  // garbage, sometimes large
        ASSERT_NE(h.new_byte_array(rng() % 8 == 0 ? 40000 : rng() % 200), nullptr);
      }
    }
    if (per_round != nullptr) per_round(h, round);
    if (round % 10 == 9) {
      h.full_gc();
    } else if (round % 3 == 0) {
      h.young_gc();
    }
    check_against_model(h, m);
    if (::testing::Test::HasFatalFailure()) return;
  }
  h.verify();
}
}  // namespace

TEST(GCStress, RandomGraphsSurviveManyCollections) {
  TestHeap h;
  VerifyAfterGC = true;
  h.create(24 * M, 24 * M, 8 * M);
  run_random_graphs(h, 200, 20261122);
  EXPECT_GT(h.heap->total_collections(), 70u);
  EXPECT_GT(h.heap->total_full_collections(), 15u);
}

TEST(GCStress, RandomGraphsUnderGCStressIntervalWithVerification) {
  TestHeap h;
  GCStressInterval = 3;  // a collection every third slow-path allocation
  TLABSize = 2 * K;
  VerifyBeforeGC = VerifyAfterGC = true;
  MaxTenuringThreshold = 2;
  h.create(12 * M, 12 * M, 4 * M);
  run_random_graphs(h, 30, 7);
  EXPECT_GT(h.heap->total_collections(), 200u);
}

TEST(GCStress, RandomGraphsInATightHeapWithPromotionFailures) {
  TestHeap h;
  VerifyAfterGC = true;
  MaxTenuringThreshold = 3;
  h.create(6 * M, 6 * M, 3 * M);
  h.host.narrow_strong.push_back(0);  // ballast: large arrays kept in old, outside the model
  run_random_graphs(h, 80, 4242, [](TestHeap& t, int round) {
    if (round % 10 == 4) {  // fill old until little is free: the next scavenges may fail
      DefNewGeneration::PretenureThreshold = 32 * K;
      oop list = t.new_ref_array(256);
      t.host.narrow_strong[0] = CompressedOops::encode(list);
      for (int i = 0; i < 256 && t.heap->old_gen()->free() > 300 * K; i++) {
        oop chunk = t.new_byte_array(48 * K);
        if (chunk == nullptr) break;
        set_element(CompressedOops::decode(t.host.narrow_strong[0]), i, chunk);
      }
      DefNewGeneration::PretenureThreshold = 0;
      // ... and keep more young data alive than to-space and old's free space can take.
      for (int i = 230; i < 256; i++) {
        oop chunk = t.new_byte_array(48 * K);
        if (chunk == nullptr) break;
        set_element(CompressedOops::decode(t.host.narrow_strong[0]), i, chunk);
      }
    } else if (round % 10 == 7) {
      t.host.narrow_strong[0] = 0;
    }
  });
  size_t failures = 0;
  for (const GCEvent& e : h.events) failures += e.promotion_failed;
  EXPECT_GT(failures, 0u);  // the ballast rounds make scavenges fail; nothing may be lost
  EXPECT_GT(h.heap->total_full_collections(), 0u);
}

TEST(GCStress, RandomGraphsInAGrowingHeap) {
  TestHeap h;
  VerifyAfterGC = true;
  h.create(4 * M, 64 * M);
  run_random_graphs(h, 60, 99);
  EXPECT_GT(h.heap->total_collections(), 10u);
}


TEST(GCStress, VerifierReportsABrokenReference) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_node());
  h.full_gc();
  // A field pointing into the middle of an object is what a missing root update looks like.
  oop inner = reinterpret_cast<oop>(reinterpret_cast<address>(h.root(r)) + 8);
  h.root(r)->put<narrowOop>(TestKlasses::a_offset, CompressedOops::encode(inner));
  h.heap->ensure_parsability();
  const char* error = nullptr;
  EXPECT_GT(h.heap->verify(&error), 0u);
  ASSERT_NE(error, nullptr);
  EXPECT_NE(strstr(error, "not an object"), nullptr) << error;
  h.root(r)->put<narrowOop>(TestKlasses::a_offset, 0);
}

TEST(GCStress, VerifierReportsAnOldToYoungReferenceOnACleanCard) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  size_t r = h.add_root(h.new_node());
  h.full_gc();
  oop young = h.new_node();
  h.root(r)->put<narrowOop>(TestKlasses::a_offset, CompressedOops::encode(young));  // no barrier
  h.heap->ensure_parsability();
  const char* error = nullptr;
  EXPECT_GT(h.heap->verify(&error), 0u);
  ASSERT_NE(error, nullptr);
  EXPECT_NE(strstr(error, "clean card"), nullptr) << error;
  set_field(h.root(r), TestKlasses::a_offset, young);  // with the barrier it is fine
  EXPECT_EQ(h.heap->verify(&error), 0u);
}

TEST(Tlab, KeepsABufferWithRoomAndAllocatesOutsideIt) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  h.new_node();
  address tlab_end = h.tlab.end();
  size_t free_before = h.tlab.free_bytes();
  ASSERT_GT(free_before, 100 * K);
  oop big = h.new_byte_array(free_before + 1000);  // does not fit; buffer far from full: outside
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(h.tlab.end(), tlab_end);
  EXPECT_EQ(h.tlab.free_bytes(), free_before);
  EXPECT_EQ(h.tlab.slow_allocations, 1u);
  EXPECT_EQ(h.tlab.refills, 1u);
}

TEST(Tlab, RetiredBuffersAreFilledSoEdenIsParsable) {
  TestHeap h;
  TLABSize = 4 * K;
  h.create(20 * M, 20 * M, 10 * M);
  for (int i = 0; i < 1000; i++) ASSERT_NE(h.new_node(), nullptr);
  EXPECT_GT(h.tlab.refills, 5u);
  h.heap->ensure_parsability();  // retires the current buffer too
  EXPECT_EQ(h.tlab.start(), nullptr);
  size_t nodes = 0, fillers = 0, bytes = 0;
  h.heap->young_gen()->eden()->object_iterate([&](oop o) {
    if (o->klass() == TestKlasses::get().node) nodes++;
    if (o->klass() == h.heap->filler_klass()) fillers++;
    bytes += ObjectModel::size(o);
  });
  EXPECT_EQ(nodes, 1000u);
  EXPECT_GT(fillers, 0u);
  EXPECT_EQ(bytes, h.heap->young_gen()->eden()->used());
}

TEST(Tlab, DesiredSizeFollowsEdenAndThreads) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  h.new_node();
  EXPECT_EQ(h.tlab.desired_size, align_down(8 * M / 50, 8));  // one thread, 50 refills per eden
  ThreadLocalAllocBuffer second;
  h.host.tlabs.push_back(&second);
  h.young_gc();
  EXPECT_EQ(h.tlab.desired_size, align_down(8 * M / 100, 8));
  EXPECT_EQ(second.desired_size, h.tlab.desired_size);
}
