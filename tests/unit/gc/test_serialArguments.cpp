// Heap sizing must give HotSpot 17's generation capacities for the same flags (DESIGN §3).
// Every expected figure below is printed by HotSpot in /work/shared/reference/out/.
#include <gtest/gtest.h>

#include "gc/serial/serialArguments.hpp"

namespace {
constexpr size_t RefMachineRam = size_t(24) * G;  // the reference machine: 24 GiB, 2 CPUs

HeapSizes sizes(size_t xms, size_t xmx, size_t xmn = 0, size_t ram = RefMachineRam) {
  HeapSizingInput in;
  in.physical_memory = ram;
  in.max_heap_size = xmx;
  in.initial_heap_size = in.min_heap_size = xms;
  in.new_size = in.max_new_size = xmn;
  return SerialArguments::compute(in);
}
size_t max_memory(const HeapSizes& s) { return s.max_heap - s.max_survivor; }  // Runtime.maxMemory()
}  // namespace

// heap_space.txt: -Xmx16m -> maxMemory=16252928 totalMemory=16252928; "(15M)" in the GC log.
TEST(SerialHeapSizing, Xmx16mMatchesHotSpot) {
  HeapSizes s = sizes(0, 16 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_heap, 16 * M);  // 1/64 of 24 GiB is larger than -Xmx: clamped
  EXPECT_EQ(s.initial_young, 5440 * K);
  EXPECT_EQ(s.initial_eden, 4416 * K);
  EXPECT_EQ(s.initial_survivor, 512 * K);
  EXPECT_EQ(s.initial_old, 10944 * K);
  EXPECT_EQ(max_memory(s), 16252928u);
  EXPECT_EQ(s.initial_heap - s.initial_survivor, 16252928u);  // totalMemory
}

// runtime_mxbeans.txt: -Xms16m -Xmx64m: pool init/max figures and maxMemory=64880640.
TEST(SerialHeapSizing, Xms16mXmx64mMatchesMemoryPools) {
  HeapSizes s = sizes(16 * M, 64 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_eden, 4521984u);      // Eden Space init
  EXPECT_EQ(s.max_eden, 17891328u);         // Eden Space max
  EXPECT_EQ(s.initial_survivor, 524288u);   // Survivor Space init
  EXPECT_EQ(s.max_survivor, 2228224u);      // Survivor Space max
  EXPECT_EQ(s.initial_old, 11206656u);      // Tenured Gen init
  EXPECT_EQ(s.max_old, 44761088u);          // Tenured Gen max
  EXPECT_EQ(max_memory(s), 64880640u);      // Runtime.maxMemory()
  EXPECT_EQ(s.initial_heap - s.initial_survivor, 16252928u);  // totalMemory at start
  EXPECT_EQ(s.initial_heap, 16777216u);     // MemoryMXBean heap init
}

// gc_logs.txt / jstat.txt: -Xms32m -Xmx32m -Xmn10m: "def new generation total 9216K", eden 8192K,
// survivors 1024K, "tenured generation total 22528K"; jstat NGC 10240, OGC 22528.
TEST(SerialHeapSizing, Xmn10mOf32mMatchesGcLog) {
  HeapSizes s = sizes(32 * M, 32 * M, 10 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_young, 10240 * K);
  EXPECT_EQ(s.max_young, 10240 * K);
  EXPECT_EQ(s.initial_eden, 8192 * K);
  EXPECT_EQ(s.initial_survivor, 1024 * K);
  EXPECT_EQ(s.initial_old, 22528 * K);
  EXPECT_EQ(s.max_old, 22528 * K);
  EXPECT_EQ(s.min_heap, 33554432u);  // "Minimum heap 33554432  Initial heap 33554432  Maximum heap 33554432"
}

// alloc_rules.txt: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8: eden 8192K, 2 x 1024K, tenured 10240K.
TEST(SerialHeapSizing, Xmn10mOf20mMatchesAllocRules) {
  HeapSizes s = sizes(20 * M, 20 * M, 10 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_eden, 8192 * K);
  EXPECT_EQ(s.initial_survivor, 1024 * K);
  EXPECT_EQ(s.initial_old, 10240 * K);
  EXPECT_EQ(s.initial_young + s.initial_old, 20 * M);
}

// DESIGN §3: without -Xmx/-Xms, max = 1/4 and initial = 1/64 of physical memory.
TEST(SerialHeapSizing, DefaultsFromPhysicalMemory) {
  HeapSizes s = sizes(0, 0);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.max_heap, 6 * G);
  EXPECT_EQ(s.initial_heap, 384 * M);
  EXPECT_EQ(s.max_young, 2 * G);         // NewRatio=2
  EXPECT_EQ(s.initial_young, 128 * M);
  EXPECT_EQ(s.initial_old, 256 * M);
  EXPECT_EQ(s.min_heap, 8 * M);          // OldSize + NewSize aligned up to 2M
}

TEST(SerialHeapSizing, SmallMachineUsesHalfOfMemory) {
  // MinRAMPercentage=50: with 200 MB of RAM the heap may take 100 MB (aligned up to 2M).
  HeapSizes s = sizes(0, 0, 0, 200 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.max_heap, 100 * M);
}

TEST(SerialHeapSizing, LargeMachineStaysBelowCompressedOopsLimit) {
  HeapSizes s = sizes(0, 0, 0, size_t(512) * G);  // MaxRAM caps at 128G -> 32G -> below 32G - 2G
  ASSERT_EQ(s.error, nullptr);
  EXPECT_LT(s.max_heap, size_t(32) * G);
  EXPECT_EQ(s.max_heap % (2 * M), 0u);
}

TEST(SerialHeapSizing, SurvivorRatioAndNewRatio) {
  HeapSizingInput in;
  in.physical_memory = RefMachineRam;
  in.max_heap_size = in.initial_heap_size = in.min_heap_size = 60 * M;
  in.new_ratio = 3;      // young = 15M
  in.survivor_ratio = 3; // survivor = 15M / 5 = 3M
  HeapSizes s = SerialArguments::compute(in);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_young, 15 * M);
  EXPECT_EQ(s.initial_survivor, 3 * M);
  EXPECT_EQ(s.initial_eden, 9 * M);
  EXPECT_EQ(s.initial_old, 45 * M);
}

TEST(SerialHeapSizing, UnalignedSizesAreAligned) {
  HeapSizes s = sizes(0, 17 * M + 123);  // -Xmx aligned up to the 2M heap alignment
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.max_heap, 18 * M);
  EXPECT_EQ(s.initial_young % (64 * K), 0u);
  EXPECT_EQ(s.initial_survivor % (64 * K), 0u);
}

TEST(SerialHeapSizing, XmnAsLargeAsTheHeapLeavesRoomForOld) {
  // GenArguments: NewSize is bounded to heap - 64K, then NewSize + OldSize (5312K) > -Xmx shrinks
  // NewSize by the ratio: align_down((32M - 64K) * 32M / (32M - 64K + 5312K), 64K) = 28160K.
  HeapSizes s = sizes(32 * M, 32 * M, 32 * M);
  ASSERT_EQ(s.error, nullptr);
  EXPECT_EQ(s.initial_young, 28160 * K);
  EXPECT_EQ(s.initial_old, 32 * M - 28160 * K);
  EXPECT_EQ(s.initial_young + s.initial_old, 32 * M);
}

TEST(SerialHeapSizing, ReportsHotSpotErrors) {
  EXPECT_STREQ(sizes(64 * M, 32 * M).error, "Initial heap size set to a larger value than the maximum heap size");
  EXPECT_STREQ(sizes(0, M).error, "Too small maximum heap");
  HeapSizingInput in;
  in.physical_memory = RefMachineRam;
  in.max_heap_size = 32 * M;
  in.survivor_ratio = 0;
  EXPECT_STREQ(SerialArguments::compute(in).error, "Invalid young gen ratio specified");
}

TEST(SerialHeapSizing, SurvivorSizeIsAlignedDownButAtLeastOneGranule) {
  EXPECT_EQ(SerialArguments::survivor_size(10 * M, 8), 1 * M);
  EXPECT_EQ(SerialArguments::survivor_size(5440 * K, 8), 512 * K);
  EXPECT_EQ(SerialArguments::survivor_size(192 * K, 8), 64 * K);
}
