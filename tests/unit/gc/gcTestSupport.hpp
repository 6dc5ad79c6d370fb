// Test support for the collectors: a fake GCHost (one thread, stop/start no-ops, roots held in
// vectors), fake klasses, a heap built from -Xms/-Xmx/-Xmn-like arguments, and helpers to
// build and check object graphs. Flags changed by a test are restored when its TestHeap dies.
#pragma once

#include <gtest/gtest.h>

#include "gc/serial/serialHeap.hpp"
#include "gc/shared/barrier.hpp"
#include "gc/shared/referencePendingList.hpp"
#include "vm/globals.hpp"

#include <unordered_map>
#include <unordered_set>
#include <vector>

// Snapshot of every -XX flag, put back on destruction.
struct FlagSnapshot {
#define JVMLAB_SAVE_FLAG(type, name, value, doc) type saved_##name = name;
  JVMLAB_FLAGS(JVMLAB_SAVE_FLAG)
#undef JVMLAB_SAVE_FLAG
  ~FlagSnapshot() {
#define JVMLAB_RESTORE_FLAG(type, name, value, doc) name = saved_##name;
    JVMLAB_FLAGS(JVMLAB_RESTORE_FLAG)
#undef JVMLAB_RESTORE_FLAG
  }
};

class FakeHost final : public GCHost, public RootProvider {
 public:
  void stop_the_world() override { stops++; }
  void start_the_world() override {}
  void tlabs_do(void (*f)(ThreadLocalAllocBuffer*, void*), void* arg) override {
    for (ThreadLocalAllocBuffer* t : tlabs) f(t, arg);
  }
  RootProvider* roots() override { return this; }
  void strong_roots_do(OopClosure* cl) override {
    for (oop& r : strong) cl->do_oop(&r);
    for (narrowOop& n : narrow_strong) cl->do_oop(&n);
    ReferencePendingList::oops_do(cl);  // as the VM's roots (runtime/vmRoots.cpp)
  }
  void weak_roots_do(OopClosure* cl) override {
    for (oop& r : weak) cl->do_oop(&r);
  }

  std::vector<oop> strong;            // full-width roots (frames, handles)
  std::vector<narrowOop> narrow_strong;  // narrow roots (e.g. static fields in a mirror)
  std::vector<oop> weak;              // weak roots (string table, JNI weak globals)
  std::vector<ThreadLocalAllocBuffer*> tlabs;
  int stops = 0;
};

// Node: { int id @12; Node a @16; Node b @20; long payload @24 } = 32 bytes.
struct TestKlasses {
  static constexpr int id_offset = 12, a_offset = 16, b_offset = 20, payload_offset = 24;
  Klass* node;
  Klass* ref_array;
  Klass* int_array;
  Klass* byte_array;
  static const TestKlasses& get() {
    static TestKlasses k = [] {
      TestKlasses t;
      OopMapBlock map{a_offset, 2};
      t.node = KlassBuilder::new_instance_klass(32, &map, 1);
      t.ref_array = KlassBuilder::new_array_klass(T_OBJECT);
      t.int_array = KlassBuilder::new_array_klass(T_INT);
      t.byte_array = KlassBuilder::new_array_klass(T_BYTE);
      return t;
    }();
    return k;
  }
};

inline uint64_t payload_for(int id) { return uint64_t(id) * 0x9E3779B97F4A7C15ull ^ 0x5bd1e995; }

struct TestHeap {
  FlagSnapshot flags;
  FakeHost host;
  ThreadLocalAllocBuffer tlab;
  SerialHeap* heap = nullptr;
  std::vector<GCEvent> events;
  int next_id = 1;

  TestHeap() { host.tlabs.push_back(&tlab); }
  ~TestHeap() { delete heap; }

  // Sizes as from -Xms/-Xmx/-Xmn (0 = not given); other flags must be set before.
  void create(size_t xms, size_t xmx, size_t xmn = 0) {
    HeapSizingInput in;
    in.physical_memory = size_t(24) * G;
    in.max_heap_size = xmx;
    in.initial_heap_size = in.min_heap_size = xms;
    in.new_size = in.max_new_size = xmn;
    in.survivor_ratio = SurvivorRatio;
    in.new_ratio = NewRatio;
    HeapSizes sizes = SerialArguments::compute(in);
    const char* error = sizes.error;
    if (error == nullptr) heap = SerialHeap::create(sizes, &host, &error);
    if (heap == nullptr) {
      // Every test needs its heap; stop here rather than run on with a null one. (Under ASan
      // the shadow memory takes the range below 32 GB the heap must live in.)
      fprintf(stderr, "cannot create the test heap: %s\n", error);
      abort();
    }
    heap->set_event_callback([](const GCEvent& e, void* arg) { static_cast<TestHeap*>(arg)->events.push_back(e); },
                             this);
  }

  // The interpreter's path: TLAB fast path, then the heap's slow path; writes the header.
  oop allocate(Klass* k, size_t bytes, int length = -1) {
    address p = tlab.allocate(bytes);
    if (p == nullptr) p = heap->allocate(UseTLAB ? &tlab : nullptr, bytes);
    if (p == nullptr) return nullptr;
    oop o = reinterpret_cast<oop>(p);
    o->set_mark(MarkWord::prototype());
    o->set_klass(k);
    if (length >= 0) static_cast<arrayOopDesc*>(o)->set_length(length);
    return o;
  }
  oop new_node() {
    oop o = allocate(TestKlasses::get().node, 32);
    if (o == nullptr) return nullptr;
    int id = next_id++;
    o->put<jint>(TestKlasses::id_offset, id);
    o->put<uint64_t>(TestKlasses::payload_offset, payload_for(id));
    return o;
  }
  oop new_ref_array(int length) {
    return allocate(TestKlasses::get().ref_array, array_size_in_bytes(length, 2), length);
  }
  oop new_byte_array(size_t length) {
    return allocate(TestKlasses::get().byte_array, array_size_in_bytes(int(length), 0), int(length));
  }

  // Root handles: indexes into host.strong (objects move, indexes do not).
  size_t add_root(oop o) {
    host.strong.push_back(o);
    return host.strong.size() - 1;
  }
  oop root(size_t i) const { return host.strong[i]; }

  void young_gc() {
    host.stop_the_world();
    heap->do_young_collection(GCCause::AllocationFailure);
    host.start_the_world();
  }
  void full_gc() { heap->collect(GCCause::SystemGC); }
  void verify() {
    heap->ensure_parsability();
    const char* err = nullptr;
    EXPECT_EQ(heap->verify(&err), 0u) << (err ? err : "");
  }
  bool in_young(oop o) const { return heap->young_gen()->is_in_reserved(o); }
  bool in_old(oop o) const { return heap->old_gen()->is_in_reserved(o); }
  bool in_survivor(oop o) const { return heap->young_gen()->from()->is_in_used(o); }
};

// Byte-array contents: element j of array seeded s is (s * 31 + j) & 0xff.
inline void fill_bytes(oop array, int seed) {
  auto* a = static_cast<arrayOopDesc*>(array);
  for (int j = 0; j < a->length(); j++) a->elements<uint8_t>()[j] = uint8_t(seed * 31 + j);
}
inline bool check_bytes(oop array, int seed) {
  auto* a = static_cast<arrayOopDesc*>(array);
  for (int j = 0; j < a->length(); j++) {
    if (a->elements<uint8_t>()[j] != uint8_t(seed * 31 + j)) return false;
  }
  return true;
}

inline oop field(oop o, int offset) { return o->obj_field(offset); }
inline int node_id(oop o) { return o->get<jint>(TestKlasses::id_offset); }
inline void set_field(oop o, int offset, oop v) { oop_store_at(o, offset, v); }
inline void set_element(oop array, int i, oop v) {
  oop_store(static_cast<arrayOopDesc*>(array)->elements<narrowOop>() + i, v);
}
inline oop element(oop array, int i) {
  return CompressedOops::decode(static_cast<arrayOopDesc*>(array)->elements<narrowOop>()[i]);
}

// A description of the graph reachable from the roots that does not depend on addresses:
// for every node, its id, payload and the ids of its children (arrays: element ids in order).
struct GraphShape {
  std::unordered_map<int, std::vector<int>> edges;  // node id -> child ids (0 = null)
  size_t nodes = 0;
  size_t arrays = 0;
  uint64_t checksum = 0;
  bool payload_ok = true;

  bool operator==(const GraphShape& o) const {
    return edges == o.edges && nodes == o.nodes && arrays == o.arrays && checksum == o.checksum;
  }
};

inline GraphShape shape_of(const std::vector<oop>& roots) {
  const TestKlasses& k = TestKlasses::get();
  GraphShape s;
  std::unordered_set<oop> seen;
  std::vector<oop> stack;
  int array_counter = -1;
  std::unordered_map<oop, int> array_ids;
  auto id_of = [&](oop o) -> int {
    if (o == nullptr) return 0;
    if (o->klass() == k.node) return node_id(o);
    auto it = array_ids.find(o);
    if (it != array_ids.end()) return it->second;
    return array_ids[o] = array_counter--;
  };
  for (oop r : roots) {
    if (r != nullptr && seen.insert(r).second) stack.push_back(r);
  }
  // Deterministic order matters for the array ids: visit depth first from the roots in order.
  while (!stack.empty()) {
    oop o = stack.back();
    stack.pop_back();
    std::vector<int> children;
    int self = id_of(o);
    if (o->klass() == k.node) {
      s.nodes++;
      if (o->get<uint64_t>(TestKlasses::payload_offset) != payload_for(self)) s.payload_ok = false;
      for (int off : {TestKlasses::a_offset, TestKlasses::b_offset}) {
        oop c = field(o, off);
        children.push_back(id_of(c));
        if (c != nullptr && seen.insert(c).second) stack.push_back(c);
      }
    } else if (o->klass() == k.ref_array) {
      s.arrays++;
      auto* a = static_cast<arrayOopDesc*>(o);
      for (int i = 0; i < a->length(); i++) {
        oop c = element(o, i);
        children.push_back(id_of(c));
        if (c != nullptr && seen.insert(c).second) stack.push_back(c);
      }
    }
    uint64_t h = uint64_t(self) * 1000003u;
    for (int c : children) h = h * 31 + uint64_t(int64_t(c));
    s.checksum += h;
    s.edges[self] = std::move(children);
  }
  return s;
}
