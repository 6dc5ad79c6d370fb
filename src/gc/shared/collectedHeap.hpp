// CollectedHeap: the interface between the Java heap and the rest of the VM. The interpreter and
// runtime allocate through it (memory_allocate / TLAB refill) and store references through the
// barrier (gc/shared/barrier.hpp); the runtime supplies a GCHost so the heap can stop the world
// and find roots without including runtime headers.
#pragma once

#include "gc/shared/objectModel.hpp"
#include "gc/shared/threadLocalAllocBuffer.hpp"

// Why a collection ran; the strings are HotSpot's (as printed in -Xlog:gc).
enum class GCCause : uint8_t {
  AllocationFailure,   // "Allocation Failure"
  SystemGC,            // "System.gc()"
  MetadataGCThreshold, // "Metadata GC Threshold"
  HeapDump,            // "Heap Dump Initiated GC"
  HeapInspection,      // "Heap Inspection Initiated GC"
  WhiteBoxFullGC,      // "WhiteBox Initiated Full GC"
  StressGC,            // jvmlab's -XX:+GCStress: "Allocation Failure" is not right, so "GC Stress"
};
const char* gc_cause_string(GCCause cause);

// What the runtime provides to the heap.
class GCHost {
 public:
  // Bring every other Java thread to a safepoint; returns with the world stopped.
  virtual void stop_the_world() = 0;
  virtual void start_the_world() = 0;
  // Visit every thread's TLAB (to retire them before a collection: the heap must be parsable).
  virtual void tlabs_do(void (*f)(ThreadLocalAllocBuffer*, void*), void* arg) = 0;
  virtual RootProvider* roots() = 0;
  // Called around a wait for the heap lock (another thread is collecting): the waiting thread
  // must count as stopped, or stop_the_world would wait for it forever.
  virtual void blocking_begin() {}
  virtual void blocking_end() {}
  // Non-daemon Java threads: the young generation grows by NewSizeThreadIncrease per thread.
  virtual int non_daemon_thread_count() { return 1; }
 protected:
  ~GCHost() = default;
};

class CollectedHeap {
 public:
  virtual ~CollectedHeap() = default;
  static CollectedHeap* heap() { return _heap; }

  // Allocation slow path for an object of `bytes` (8-aligned), from the calling Java thread
  // (whose TLAB is given). Refills the TLAB or allocates outside it, collecting as needed;
  // returns null when the heap is exhausted after a last-ditch full GC: the caller throws
  // OutOfMemoryError("Java heap space"). The memory is zeroed; the caller writes the header.
  virtual address allocate(ThreadLocalAllocBuffer* tlab, size_t bytes) = 0;

  // A thread that ends hands back the rest of its TLAB (filled so the heap stays parsable).
  virtual void retire_tlab(ThreadLocalAllocBuffer* tlab) = 0;

  // System.gc() and the other explicit causes.
  virtual void collect(GCCause cause) = 0;

  // Every object in the heap (world stopped): HPROF dumps, GC.class_histogram.
  virtual void object_iterate(ObjectClosure* cl) { (void)cl; }

  virtual bool is_in(const void* p) const = 0;
  virtual size_t capacity() const = 0;      // Runtime.totalMemory()
  virtual size_t used() const = 0;
  virtual size_t max_capacity() const = 0;  // Runtime.maxMemory()
  virtual unsigned total_collections() const = 0;  // young and full, since start-up

  // Heap occupancy after the last full collection (HotSpot's update_capacity_and_used_at_gc):
  // the soft reference policy's input. Also recorded once at start-up, before any collection.
  void update_capacity_and_used_at_gc() {
    _capacity_at_last_gc = capacity();
    _used_at_last_gc = used();
  }
  size_t free_at_last_gc() const { return _capacity_at_last_gc - _used_at_last_gc; }

  // Card-table write barrier support: the address of the card byte table biased by the heap
  // base (card for address a is byte_map_base[a >> 9]).
  static uint8_t* card_byte_map_base() { return _card_byte_map_base; }

 protected:
  static CollectedHeap* _heap;
  static uint8_t* _card_byte_map_base;
  GCHost* _host = nullptr;
  size_t _capacity_at_last_gc = 0;
  size_t _used_at_last_gc = 0;
};
