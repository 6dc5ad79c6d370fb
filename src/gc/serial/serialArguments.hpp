// Heap and generation sizing for the Serial collector, computed exactly as HotSpot 17 does
// (Arguments::set_heap_size, GCArguments and GenArguments::initialize_heap_flags_and_sizes /
// initialize_size_info, DefNewGeneration::compute_survivor_size), without reserving anything,
// so the figures can be checked for many flag combinations (DESIGN §3: "for the same flags the
// generation capacities equal HotSpot's").
//
//   heap:  [ young: eden | from | to ][ old (tenured)                   ]
//            max_young                 max_old         = max_heap
//   Runtime.maxMemory() = max_heap - max_survivor (one survivor is always empty).
#pragma once

#include "utilities/globalDefinitions.hpp"

// The sizing flags as the user gave them. A zero means "not on the command line" (HotSpot's
// FLAG_IS_DEFAULT): the ergonomic rule applies. -Xmx sets max_heap_size; -Xms sets both
// initial_heap_size and min_heap_size; -Xmn sets both new_size and max_new_size.
struct HeapSizingInput {
  size_t physical_memory = 0;    // os::physical_memory()
  size_t max_heap_size = 0;      // -Xmx, -XX:MaxHeapSize
  size_t initial_heap_size = 0;  // -Xms, -XX:InitialHeapSize
  size_t min_heap_size = 0;      // -Xms, -XX:MinHeapSize
  size_t new_size = 0;           // -Xmn, -XX:NewSize
  size_t max_new_size = 0;       // -Xmn, -XX:MaxNewSize
  size_t old_size = 0;           // -XX:OldSize
  size_t new_ratio = 2;          // -XX:NewRatio
  size_t survivor_ratio = 8;     // -XX:SurvivorRatio

  // From the flag variables (vm/globals.hpp); a flag equal to its default counts as not given.
  static HeapSizingInput from_flags(size_t physical_memory);
};

struct HeapSizes {
  // HotSpot's SpaceAlignment = GenAlignment (64K) and HeapAlignment (card table constraint:
  // 512-byte cards * 4K page = 2M).
  size_t space_alignment = 0;
  size_t heap_alignment = 0;

  size_t min_heap = 0, initial_heap = 0, max_heap = 0;
  size_t min_young = 0, initial_young = 0, max_young = 0;
  size_t min_old = 0, initial_old = 0, max_old = 0;

  // Survivor and eden capacities for the initial and the maximum young size.
  size_t initial_survivor = 0, initial_eden = 0;
  size_t max_survivor = 0, max_eden = 0;
  size_t survivor_ratio = 8;

  // HotSpot's messages for impossible combinations ("Too small maximum heap", ...), or null.
  const char* error = nullptr;
};

struct SerialArguments {
  static constexpr size_t GenAlignment = 64 * K;     // Generation::GenGrain
  static constexpr size_t HeapAlignment = 2 * M;     // CardTable::ct_max_alignment_constraint()

  static HeapSizes compute(const HeapSizingInput& in);
  // FLAG_SET_ERGO: MinHeapSize, InitialHeapSize, MaxHeapSize, NewSize, MaxNewSize, OldSize.
  static void write_back_flags(const HeapSizes& s);
  // DefNewGeneration::compute_survivor_size: young / (SurvivorRatio + 2), aligned down, >= alignment.
  static size_t survivor_size(size_t young_size, size_t survivor_ratio);
};
