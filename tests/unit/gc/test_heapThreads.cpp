// Several threads allocating at once: lock-free TLAB refills from eden, one collector at a time
// under the heap lock, and a host that really stops the world (threads park at a poll or while
// they wait for the heap lock: GCHost::blocking_begin/blocking_end).
#include "gcTestSupport.hpp"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {
class SafepointHost final : public GCHost, public RootProvider {
 public:
  struct Thread {
    ThreadLocalAllocBuffer tlab;
    std::vector<oop> roots;
  };

  explicit SafepointHost(int threads) : _threads(size_t(threads)), _running(threads) {}

  Thread& thread(int i) { return _threads[size_t(i)]; }

  // The interpreter's safepoint poll.
  void poll() {
    if (!_stop_requested.load(std::memory_order_acquire)) return;
    std::unique_lock<std::mutex> l(_mu);
    _running--;
    _cv.notify_all();
    _cv.wait(l, [&] { return !_stop_requested.load(); });
    _running++;
  }
  void thread_exit() {
    std::lock_guard<std::mutex> l(_mu);
    _running--;
    _cv.notify_all();
  }

  void stop_the_world() override {
    std::unique_lock<std::mutex> l(_mu);
    _stop_requested = true;
    _running--;  // the collecting thread itself
    _cv.wait(l, [&] { return _running == 0; });
    stops++;
  }
  void start_the_world() override {
    std::lock_guard<std::mutex> l(_mu);
    _stop_requested = false;
    _running++;
    _cv.notify_all();
  }
  void blocking_begin() override {
    std::lock_guard<std::mutex> l(_mu);
    _running--;
    _cv.notify_all();
  }
  void blocking_end() override {
    std::unique_lock<std::mutex> l(_mu);
    _cv.wait(l, [&] { return !_stop_requested.load(); });
    _running++;
  }
  void tlabs_do(void (*f)(ThreadLocalAllocBuffer*, void*), void* arg) override {
    for (Thread& t : _threads) f(&t.tlab, arg);
  }
  RootProvider* roots() override { return this; }
  void strong_roots_do(OopClosure* cl) override {
    for (Thread& t : _threads)
      for (oop& r : t.roots) cl->do_oop(&r);
  }
  void weak_roots_do(OopClosure*) override {}

  int stops = 0;

 private:
  std::vector<Thread> _threads;
  std::mutex _mu;
  std::condition_variable _cv;
  std::atomic<bool> _stop_requested{false};
  int _running;
};
}  // namespace

TEST(SerialHeapThreads, ConcurrentAllocationWithCollections) {
  FlagSnapshot flags;
  VerifyAfterGC = true;
  const int nthreads = 4;
  SafepointHost host(nthreads);
  HeapSizingInput in;
  in.physical_memory = 24 * G;
  in.max_heap_size = in.initial_heap_size = in.min_heap_size = 24 * M;
  in.new_size = in.max_new_size = 6 * M;
  const char* error = nullptr;
  SerialHeap* heap = SerialHeap::create(SerialArguments::compute(in), &host, &error);
  ASSERT_NE(heap, nullptr) << error;
  Klass* node = TestKlasses::get().node;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < nthreads; t++) {
    threads.emplace_back([&, t] {
      SafepointHost::Thread& self = host.thread(t);
      self.roots.assign(2, nullptr);  // [0] = head of this thread's chain
      int length = 0;
      for (int i = 0; i < 300000; i++) {
        host.poll();
        address p = self.tlab.allocate(32);
        if (p == nullptr) p = heap->allocate(&self.tlab, 32);
        if (p == nullptr) {
          failures++;
          break;
        }
        oop n = reinterpret_cast<oop>(p);
        n->set_mark(MarkWord::prototype());
        n->set_klass(node);
        n->put<jint>(TestKlasses::id_offset, t * 1000000 + i);
        n->put<uint64_t>(TestKlasses::payload_offset, payload_for(t * 1000000 + i));
        if (i % 50 == 0) {  // keep every 50th node in the chain, the rest is garbage
          oop_store_at(n, TestKlasses::a_offset, self.roots[0]);
          self.roots[0] = n;
          length++;
        }
      }
      // Walk this thread's chain: every kept node is there, newest first, payloads intact.
      int expected = 300000 - 50;
      for (oop o = self.roots[0]; o != nullptr; o = o->obj_field(TestKlasses::a_offset)) {
        int id = o->get<jint>(TestKlasses::id_offset);
        if (id != t * 1000000 + expected || o->get<uint64_t>(TestKlasses::payload_offset) != payload_for(id)) {
          failures++;
          break;
        }
        expected -= 50;
        length--;
      }
      if (length != 0) failures++;
      host.thread_exit();
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(heap->total_collections(), 3u);
  EXPECT_GT(host.stops, 0);
  delete heap;
}
