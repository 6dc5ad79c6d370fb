// Reference processing in both collections (gc/shared/referenceProcessor.hpp, DESIGN §5.11):
// weak and phantom referents that only references reach die and their references become
// pending; reachable referents survive and follow their object; soft referents survive a normal
// collection but not one that clears all soft references (or, by the LRU policy, a stale one);
// a final referent is kept alive with everything it reaches and its reference goes pending
// uncleared and inactive. Fake Reference classes stand in for java.lang.ref's.
#include "gcTestSupport.hpp"

#include "gc/shared/referenceProcessor.hpp"
#include "services/gcLog.hpp"
#include "services/logConfiguration.hpp"

#include <fstream>
#include <string>
#include <unistd.h>

namespace {
// A fake java.lang.ref.Reference subclass:
//   { referent @12; queue @16; next @20; discovered @24; (SoftReference) long timestamp @32 } = 40
constexpr int referent_offset = 12, queue_offset = 16, next_offset = 20, discovered_offset = 24, timestamp_offset = 32;

Klass* reference_klass(ReferenceType rt) {
  static Klass* klasses[5] = {};
  if (klasses[int(rt)] == nullptr) {
    static const OopMapBlock map{referent_offset, 4};
    klasses[int(rt)] = KlassBuilder::new_instance_klass(40, &map, 1, KlassKind::InstanceRef, rt);
  }
  return klasses[int(rt)];
}

// Publishes the fake classes' field offsets for one test, empties the pending list around it.
struct ReferenceTestHeap : TestHeap {
  int saved[5] = {ReferenceFields::referent, ReferenceFields::queue, ReferenceFields::next, ReferenceFields::discovered,
                  ReferenceFields::soft_timestamp};
  ReferenceTestHeap() {
    ReferenceFields::referent = referent_offset;
    ReferenceFields::queue = queue_offset;
    ReferenceFields::next = next_offset;
    ReferenceFields::discovered = discovered_offset;
    ReferenceFields::soft_timestamp = timestamp_offset;
    create(20 * M, 20 * M, 10 * M);
    ReferencePendingList::take_all();
  }
  ~ReferenceTestHeap() {
    ReferencePendingList::take_all();
    ReferenceFields::referent = saved[0];
    ReferenceFields::queue = saved[1];
    ReferenceFields::next = saved[2];
    ReferenceFields::discovered = saved[3];
    ReferenceFields::soft_timestamp = saved[4];
  }

  // A rooted Reference of kind rt to `referent`; soft ones stamped with the current clock, as
  // SoftReference's constructor does. Returns the root index.
  size_t new_reference(ReferenceType rt, oop referent) {
    size_t keep = add_root(referent);  // the allocation may collect
    oop r = allocate(reference_klass(rt), 40);
    set_field(r, referent_offset, root(keep));
    host.strong[keep] = nullptr;
    if (rt == ReferenceType::Soft) r->put<jlong>(timestamp_offset, ReferenceProcessor::soft_ref_clock());
    return add_root(r);
  }
  oop ref(size_t i) const { return root(i); }
  oop referent(size_t i) const { return field(root(i), referent_offset); }

  // The pending list in order, as the Reference Handler would walk it (through discovered).
  std::vector<oop> pending() const {
    std::vector<oop> list;
    oop head = ReferencePendingList::take_all();
    for (oop r = head; r != nullptr; r = field(r, discovered_offset)) list.push_back(r);
    if (head != nullptr) {
      oop tail = list.back();
      ReferencePendingList::prepend(head, tail, discovered_offset);  // put back
    }
    return list;
  }
  bool is_pending(size_t i) const {
    for (oop r : pending()) if (r == ref(i)) return true;
    return false;
  }
  const RefProcEvent& last_refs() const { return events.back().refs; }
};

constexpr int kSoft = 0, kWeak = 1, kFinal = 2, kPhantom = 3;  // RefProcEvent indexes
}  // namespace

TEST(ReferenceProcessor, WeakReferentDiesInYoungGC) {
  ReferenceTestHeap h;
  size_t dead = h.new_reference(ReferenceType::Weak, h.new_node());
  size_t live_node = h.add_root(h.new_node());
  size_t live = h.new_reference(ReferenceType::Weak, h.root(live_node));
  h.young_gc();
  EXPECT_EQ(h.referent(dead), nullptr);
  EXPECT_EQ(h.referent(live), h.root(live_node));  // followed the copy
  EXPECT_TRUE(h.in_survivor(h.referent(live)));
  std::vector<oop> pending = h.pending();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0], h.ref(dead));
  EXPECT_EQ(field(h.ref(live), discovered_offset), nullptr);  // dropped from the list: active again
  // The live referent was copied (as a root) before its reference was scanned: not discovered.
  EXPECT_EQ(h.last_refs().discovered[kWeak], 1u);
  EXPECT_EQ(h.last_refs().dropped[kWeak], 0u);
  EXPECT_EQ(h.last_refs().enqueued[kWeak], 1u);
  h.verify();
}

TEST(ReferenceProcessor, WeakReferentDiesInFullGC) {
  ReferenceTestHeap h;
  size_t dead = h.new_reference(ReferenceType::Weak, h.new_node());
  size_t live_node = h.add_root(h.new_node());
  size_t live = h.new_reference(ReferenceType::Weak, h.root(live_node));
  h.young_gc();  // everything in from-space, then a full GC moves it all into old
  size_t dead_old = h.new_reference(ReferenceType::Weak, h.new_node());
  h.full_gc();
  EXPECT_EQ(h.referent(dead_old), nullptr);
  EXPECT_EQ(h.referent(live), h.root(live_node));
  EXPECT_TRUE(h.in_old(h.referent(live)));
  EXPECT_TRUE(h.is_pending(dead));  // pending since the young GC, moved by the full GC
  EXPECT_TRUE(h.is_pending(dead_old));
  EXPECT_EQ(h.pending().size(), 2u);
  EXPECT_FALSE(h.is_pending(live));
  h.verify();
}

TEST(ReferenceProcessor, ReachableReferentSurvivesThroughAnyPathAndIsUpdated) {
  ReferenceTestHeap h;
  // The referent is reachable only through an array. The full GC marks depth first from the
  // last root, so it reaches the reference before the array: the reference is discovered, then
  // dropped in phase 2 when its referent turns out to be marked. The scavenge copies the array
  // first and never discovers it.
  size_t holder = h.add_root(h.new_ref_array(1));
  size_t node = h.add_root(h.new_node());
  set_element(h.root(holder), 0, h.root(node));
  size_t r = h.new_reference(ReferenceType::Weak, h.root(node));
  h.host.strong[node] = nullptr;
  int id = node_id(h.referent(r));
  for (int gc = 0; gc < 4; gc++) {
    bool full = gc % 2 == 1;
    if (full) h.full_gc();
    else h.young_gc();
    ASSERT_NE(h.referent(r), nullptr) << "gc " << gc;
    EXPECT_EQ(h.referent(r), element(h.root(holder), 0));
    EXPECT_EQ(node_id(h.referent(r)), id);
    EXPECT_EQ(h.referent(r)->get<uint64_t>(TestKlasses::payload_offset), payload_for(id));
    EXPECT_EQ(h.last_refs().discovered[kWeak], full ? 1u : 0u) << "gc " << gc;
    EXPECT_EQ(h.last_refs().dropped[kWeak], full ? 1u : 0u) << "gc " << gc;
  }
  EXPECT_TRUE(h.pending().empty());
  h.verify();
}

TEST(ReferenceProcessor, YoungGCTracesReferentsOfOldReferencesStrongly) {
  // HotSpot's DefNew discovers only References in the young generation: an old one keeps its
  // young referent alive until a full GC.
  ReferenceTestHeap h;
  DefNewGeneration::PretenureThreshold = 1;
  size_t r = h.new_reference(ReferenceType::Weak, nullptr);
  DefNewGeneration::PretenureThreshold = 0;
  ASSERT_TRUE(h.in_old(h.ref(r)));
  set_field(h.ref(r), referent_offset, h.new_node());  // old -> young: the card is dirtied
  h.young_gc();
  ASSERT_NE(h.referent(r), nullptr);
  EXPECT_TRUE(h.in_survivor(h.referent(r)));
  EXPECT_EQ(h.last_refs().discovered[kWeak], 0u);
  h.verify();
  h.full_gc();
  EXPECT_EQ(h.referent(r), nullptr);
  EXPECT_TRUE(h.is_pending(r));
}

TEST(ReferenceProcessor, SoftSurvivesNormalFullGCButNotClearAllSoftRefs) {
  ReferenceTestHeap h;
  size_t s = h.new_reference(ReferenceType::Soft, h.new_byte_array(1000));
  jlong clock_before = ReferenceProcessor::soft_ref_clock();
  h.full_gc();
  ASSERT_NE(h.referent(s), nullptr);
  EXPECT_TRUE(h.in_old(h.referent(s)));
  EXPECT_EQ(h.last_refs().discovered[kSoft], 0u);  // the policy keeps it: not even discovered
  EXPECT_GE(ReferenceProcessor::soft_ref_clock(), clock_before);  // every GC advances the clock
  h.young_gc();
  EXPECT_NE(h.referent(s), nullptr);
  // The last-ditch collection before "Java heap space" (DESIGN §5.7).
  h.heap->do_full_collection(GCCause::AllocationFailure, /*clear_all_soft_refs=*/true);
  EXPECT_EQ(h.referent(s), nullptr);
  EXPECT_TRUE(h.is_pending(s));
  EXPECT_TRUE(h.events.back().cleared_all_soft_refs);
  EXPECT_EQ(h.last_refs().discovered[kSoft], 1u);
  EXPECT_TRUE(h.last_refs().ran[0]);  // phase 1 runs: the policy clears, nothing is kept
  EXPECT_EQ(h.last_refs().enqueued[kSoft], 1u);
  h.verify();
}

TEST(ReferenceProcessor, SoftLRUPolicyClearsStaleReferences) {
  // -XX:SoftRefLRUPolicyMSPerMB=0: kept while the reference was used at the current clock,
  // cleared once its timestamp is older than the clock.
  ReferenceTestHeap h;
  SoftRefLRUPolicyMSPerMB = 0;
  size_t fresh = h.new_reference(ReferenceType::Soft, h.new_node());
  size_t stale = h.new_reference(ReferenceType::Soft, h.new_node());
  jlong clock = ReferenceProcessor::soft_ref_clock();
  h.ref(stale)->put<jlong>(timestamp_offset, clock - 1);
  h.young_gc();
  EXPECT_NE(h.referent(fresh), nullptr);
  EXPECT_EQ(h.referent(stale), nullptr);
  EXPECT_TRUE(h.is_pending(stale));
  // With the default 1000 ms per free MB, a 20 MB heap keeps a reference unused for a second.
  SoftRefLRUPolicyMSPerMB = 1000;
  h.ref(fresh)->put<jlong>(timestamp_offset, ReferenceProcessor::soft_ref_clock() - 1000);
  h.full_gc();
  EXPECT_NE(h.referent(fresh), nullptr);
  h.verify();
}

TEST(ReferenceProcessor, PhantomIsClearedAndEnqueued) {
  ReferenceTestHeap h;
  size_t young = h.new_reference(ReferenceType::Phantom, h.new_node());
  size_t node = h.add_root(h.new_node());
  size_t live = h.new_reference(ReferenceType::Phantom, h.root(node));
  h.young_gc();
  EXPECT_EQ(h.referent(young), nullptr);
  EXPECT_TRUE(h.is_pending(young));
  EXPECT_EQ(h.referent(live), h.root(node));
  EXPECT_TRUE(h.last_refs().ran[3]);
  EXPECT_EQ(h.last_refs().enqueued[kPhantom], 1u);
  h.host.strong[node] = nullptr;
  h.full_gc();
  EXPECT_EQ(h.referent(live), nullptr);
  EXPECT_TRUE(h.is_pending(live));
  EXPECT_EQ(h.pending().size(), 2u);
  h.verify();
}

TEST(ReferenceProcessor, FinalKeepsReferentAliveAndIsPendingInactive) {
  for (bool young : {true, false}) {
    ReferenceTestHeap h;
    // The finalizable object reaches a small graph that must survive with it.
    oop obj = h.new_node();
    size_t keep = h.add_root(obj);
    oop child = h.new_node();
    set_field(h.root(keep), TestKlasses::a_offset, child);
    int obj_id = node_id(h.root(keep));
    int child_id = node_id(child);
    size_t f = h.new_reference(ReferenceType::Final, h.root(keep));
    h.host.strong[keep] = nullptr;
    size_t weak = h.new_reference(ReferenceType::Weak, field(h.referent(f), TestKlasses::a_offset));
    if (young) h.young_gc();
    else h.full_gc();
    oop referent = h.referent(f);
    ASSERT_NE(referent, nullptr) << "young " << young;
    EXPECT_EQ(node_id(referent), obj_id);
    oop c = field(referent, TestKlasses::a_offset);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(node_id(c), child_id);
    EXPECT_EQ(c->get<uint64_t>(TestKlasses::payload_offset), payload_for(child_id));
    EXPECT_EQ(field(h.ref(f), next_offset), h.ref(f));  // inactive
    EXPECT_TRUE(h.is_pending(f));
    // Weak references to what only a finalizable object reaches are cleared by the same GC.
    EXPECT_EQ(h.referent(weak), nullptr);
    EXPECT_TRUE(h.last_refs().ran[2]);
    EXPECT_EQ(h.last_refs().enqueued[kFinal], 1u);
    h.verify();

    // The Reference Handler takes it (discovered := null); an inactive FinalReference is not
    // discovered again: its referent is now strong until Finalizer clears it.
    oop head = ReferencePendingList::take_all();
    for (oop r = head; r != nullptr;) {
      oop next = field(r, discovered_offset);
      set_field(r, discovered_offset, nullptr);
      r = next;
    }
    h.full_gc();
    EXPECT_NE(h.referent(f), nullptr);
    EXPECT_EQ(h.last_refs().discovered[kFinal], 0u);
    EXPECT_TRUE(h.pending().empty());
    h.verify();
  }
}

TEST(ReferenceProcessor, PendingListGrowsAtTheFrontAcrossCollections) {
  ReferenceTestHeap h;
  size_t a = h.new_reference(ReferenceType::Weak, h.new_node());
  h.young_gc();
  size_t b = h.new_reference(ReferenceType::Weak, h.new_node());
  size_t c = h.new_reference(ReferenceType::Phantom, h.new_node());
  h.full_gc();  // `a` is pending (discovered != null, referent null): not discovered again
  std::vector<oop> pending = h.pending();
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[2], h.ref(a));  // the older list follows the newer ones
  EXPECT_TRUE((pending[0] == h.ref(b) && pending[1] == h.ref(c)) || (pending[0] == h.ref(c) && pending[1] == h.ref(b)));
  EXPECT_EQ(field(h.ref(a), discovered_offset), nullptr);  // the end of the list
  EXPECT_EQ(h.last_refs().discovered[kWeak], 1u);
  h.verify();
}

TEST(ReferenceProcessor, NoReferencesNoPhases) {
  ReferenceTestHeap h;
  h.add_root(h.new_node());
  h.young_gc();
  for (bool ran : h.last_refs().ran) EXPECT_FALSE(ran);
  for (size_t n : h.last_refs().discovered) EXPECT_EQ(n, 0u);
}

TEST(ReferenceProcessor, LogsPhasesAsHotSpot) {
  // One dead weak, final and phantom referent each, no soft reference: HotSpot 17 prints, for
  // the same situation (-Xlog:gc+ref=debug, a System.gc() with one of each):
  ReferenceTestHeap h;
  h.new_reference(ReferenceType::Weak, h.new_node());
  h.new_reference(ReferenceType::Final, h.new_node());
  h.new_reference(ReferenceType::Phantom, h.new_node());
  GCLog::initialize(h.heap, "test");  // replaces the test's event callback
  LogConfiguration::reset_to_default();
  std::string path = "/tmp/jvmlab_refs_log_" + std::to_string(getpid()) + ".log";
  ASSERT_TRUE(LogConfiguration::parse_option(":gc+ref=trace,gc+phases+ref=debug:file=" + path + ":level,tags"));
  h.full_gc();
  LogConfiguration::reset_to_default();
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  unlink(path.c_str());
  const std::vector<std::string> ref_lines = {
      "[debug][gc,ref] GC(0) Skipped phase 1 of Reference Processing: no references",
      "[trace][gc,ref] GC(0) Phase 2 Soft before0 (0)",
      "[trace][gc,ref] GC(0) Phase 2 Weak before1 (1)",
      "[trace][gc,ref] GC(0) Phase 2 Final before1 (1)",
      "[debug][gc,ref] GC(0) ReferenceProcessor::execute queues: 1, RefProcThreadModel::Single, marks_oops_alive: false",
      "[trace][gc,ref] GC(0) Phase 2 Final after1 (1)",
      "[debug][gc,ref] GC(0) ReferenceProcessor::execute queues: 1, RefProcThreadModel::Single, marks_oops_alive: true",
      "[trace][gc,ref] GC(0) Phase 4 Phantom before1 (1)",
      "[debug][gc,ref] GC(0) ReferenceProcessor::execute queues: 1, RefProcThreadModel::Single, marks_oops_alive: false",
  };
  ASSERT_EQ(lines.size(), ref_lines.size() + 24);
  for (size_t i = 0; i < ref_lines.size(); i++) EXPECT_EQ(lines[i], ref_lines[i]);
  // gc+phases+ref: times vary; the structure and the counts do not ("Cleared" counts the
  // references dropped alive: none here).
  auto phases = [&](size_t i) {
    std::string l = lines[ref_lines.size() + i];
    size_t p = l.find("GC(0) ");
    return p == std::string::npos ? l : l.substr(p + 6);
  };
  EXPECT_EQ(phases(0).rfind("Reference Processing: ", 0), 0u);
  EXPECT_EQ(phases(2), "    SoftRef: skipped");
  EXPECT_EQ(phases(4).rfind("    SoftRef: ", 0), 0u);
  EXPECT_NE(phases(4), "    SoftRef: skipped");
  EXPECT_EQ(phases(11).rfind("    PhantomRef: ", 0), 0u);
  EXPECT_EQ(phases(12), "  SoftReference:");
  EXPECT_EQ(phases(13), "    Discovered: 0");
  EXPECT_EQ(phases(15), "  WeakReference:");
  EXPECT_EQ(phases(16), "    Discovered: 1");
  EXPECT_EQ(phases(17), "    Cleared: 0");
  EXPECT_EQ(phases(21), "  PhantomReference:");
  EXPECT_EQ(phases(22), "    Discovered: 1");
  EXPECT_EQ(phases(23), "    Cleared: 0");
}
