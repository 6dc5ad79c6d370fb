// HotSpot 17's heap sizing rules (see serialArguments.hpp), as a pure function of the flags.
#include "gc/serial/serialArguments.hpp"

#include "oops/compressedOops.hpp"
#include "vm/globals.hpp"

#include <algorithm>

namespace {

// HotSpot 17 defaults the rules refer to (runtime/globals.hpp, gc_globals.hpp); the *Size ones
// are ScaleForWordSize(x) = x * 13 / 10 rounded down to a word on 64-bit.
constexpr size_t DefaultMaxHeapSize = 130862280;      // ScaleForWordSize(96M)
constexpr size_t DefaultNewSize = 1363144;            // ScaleForWordSize(1M)
constexpr size_t DefaultOldSize = 5452592;            // ScaleForWordSize(4M)
constexpr size_t MaxRAM = size_t(128) * G;            // -XX:MaxRAM on 64-bit
constexpr size_t HeapBaseMinAddress = size_t(2) * G;
constexpr size_t PageSize = 4 * K;

size_t align_down_bounded(size_t size, size_t alignment) {
  size_t aligned = align_down(size, alignment);
  return aligned > 0 ? aligned : alignment;
}

size_t bound_minus_alignment(size_t desired, size_t maximum, size_t alignment) {
  return std::min(desired, maximum - alignment);
}

size_t clamp_size(size_t v, size_t lo, size_t hi) { return std::min(std::max(v, lo), hi); }

}  // namespace

size_t SerialArguments::survivor_size(size_t young_size, size_t survivor_ratio) {
  size_t n = young_size / (survivor_ratio + 2);
  return n > GenAlignment ? align_down(n, GenAlignment) : GenAlignment;
}

HeapSizingInput HeapSizingInput::from_flags(size_t physical_memory) {
  HeapSizingInput in;
  in.physical_memory = physical_memory;
  in.max_heap_size = MaxHeapSize;
  in.initial_heap_size = InitialHeapSize;
  in.min_heap_size = MinHeapSize;
  in.new_size = NewSize == DefaultNewSize ? 0 : NewSize;
  in.max_new_size = MaxNewSize;
  in.old_size = OldSize == DefaultOldSize ? 0 : OldSize;
  in.new_ratio = NewRatio;
  in.survivor_ratio = SurvivorRatio;
  return in;
}

HeapSizes SerialArguments::compute(const HeapSizingInput& in) {
  HeapSizes s;
  s.space_alignment = GenAlignment;
  s.heap_alignment = HeapAlignment;

  const bool max_heap_cmdline = in.max_heap_size != 0;
  const bool initial_cmdline = in.initial_heap_size != 0;
  const bool min_cmdline = in.min_heap_size != 0;
  const bool new_size_cmdline = in.new_size != 0;
  const bool max_new_cmdline = in.max_new_size != 0;
  const bool old_size_cmdline = in.old_size != 0;

  size_t max_heap = in.max_heap_size;
  size_t initial_heap = in.initial_heap_size;
  size_t min_heap = in.min_heap_size;
  size_t new_size = new_size_cmdline ? in.new_size : DefaultNewSize;
  size_t max_new_size = max_new_cmdline ? in.max_new_size : SIZE_MAX;
  size_t old_size = old_size_cmdline ? in.old_size : DefaultOldSize;

  // --- Arguments::set_heap_size: defaults from physical memory (DESIGN §3) ---
  // MaxHeapSize = MaxRAMPercentage (25%) of min(RAM, MaxRAM), but on a small machine (where half
  // the RAM is below the old 96M default) half the RAM; capped so narrow oops stay zero based.
  // InitialHeapSize = InitialRAMPercentage (1/64) of RAM, at least OldSize + NewSize.
  const size_t phys = std::min(in.physical_memory, MaxRAM);
  if (!max_heap_cmdline) {
    size_t reasonable_max = size_t((double(phys) * MaxRAMPercentage) / 100);
    const size_t reasonable_min = size_t((double(phys) * MinRAMPercentage) / 100);
    if (reasonable_min < DefaultMaxHeapSize) {
      reasonable_max = reasonable_min;  // small machine: half of its memory
    } else {
      reasonable_max = std::max(reasonable_max, DefaultMaxHeapSize);
    }
    // -XX:+UseCompressedOops caps the heap below 32 GB (max_heap_for_compressed_oops).
    size_t max_coop_heap = OopEncodingHeapMax - align_up(PageSize, GenAlignment);
    if (HeapBaseMinAddress + DefaultMaxHeapSize < max_coop_heap) max_coop_heap -= HeapBaseMinAddress;
    reasonable_max = std::min(reasonable_max, max_coop_heap);
    if (initial_cmdline) {
      reasonable_max = std::max(reasonable_max, initial_heap);
    } else if (min_cmdline) {
      reasonable_max = std::max(reasonable_max, min_heap);
    }
    max_heap = reasonable_max;
  }
  if (initial_heap == 0 || min_heap == 0) {
    size_t reasonable_minimum = std::min(old_size + new_size, max_heap);
    if (initial_heap == 0) {
      size_t reasonable_initial = size_t((double(phys) * InitialRAMPercentage) / 100);
      reasonable_initial = std::max({reasonable_initial, reasonable_minimum, min_heap});
      initial_heap = std::min(reasonable_initial, max_heap);
    }
    if (min_heap == 0) min_heap = std::min(reasonable_minimum, initial_heap);
  }

  // --- GCArguments::initialize_heap_flags_and_sizes ---
  // Consistency errors first (exact HotSpot texts), then -Xms/-Xmx are aligned up to the
  // 2M heap alignment, and the initial size is pulled inside [min, max].
  if (max_heap_cmdline) {
    if (initial_cmdline && initial_heap > max_heap) {
      s.error = "Initial heap size set to a larger value than the maximum heap size";
      return s;
    }
    if (min_cmdline && max_heap < min_heap) {
      s.error = "Incompatible minimum and maximum heap sizes specified";
      return s;
    }
  }
  if (max_heap < 2 * M) { s.error = "Too small maximum heap"; return s; }
  if (initial_heap < M) { s.error = "Too small initial heap"; return s; }
  if (min_heap < M) { s.error = "Too small minimum heap"; return s; }
  min_heap = align_up(min_heap, HeapAlignment);
  initial_heap = align_up(initial_heap, HeapAlignment);
  max_heap = align_up(max_heap, HeapAlignment);
  if (initial_cmdline && min_cmdline && initial_heap < min_heap) {
    s.error = "Incompatible minimum and initial heap sizes specified";
    return s;
  }
  if (initial_cmdline && initial_heap > max_heap) {
    max_heap = initial_heap;
  } else if (max_heap_cmdline && initial_heap > max_heap) {
    initial_heap = max_heap;
    if (initial_heap < min_heap) min_heap = initial_heap;
  }

  // --- GenArguments::initialize_heap_flags_and_sizes ---
  // The heap must hold a young generation of eden + 2 survivors (3 x 64K) and a 64K old one.
  // NewSize (-Xmn) is bounded by the heap minus one granule and aligned down; MaxNewSize is made
  // consistent with it; if NewSize + OldSize exceed an explicit -Xmx, NewSize shrinks in
  // proportion, otherwise -Xmx grows.
  const size_t smallest_new_size = align_up(3 * GenAlignment, GenAlignment);
  const size_t old_lower_bound = GenAlignment;
  const size_t smallest_heap_size = align_up(smallest_new_size + old_lower_bound, HeapAlignment);
  if (max_heap < smallest_heap_size) max_heap = smallest_heap_size;
  if (min_heap < smallest_heap_size) {
    min_heap = smallest_heap_size;
    if (initial_heap < min_heap) initial_heap = smallest_heap_size;
  }
  if (new_size_cmdline && new_size >= initial_heap) {
    new_size = bound_minus_alignment(new_size, initial_heap, GenAlignment);
  }
  size_t bounded_new_size = bound_minus_alignment(new_size, max_heap, GenAlignment);
  new_size = std::max(smallest_new_size, align_down(bounded_new_size, GenAlignment));
  size_t min_new_size = smallest_new_size;

  if (max_new_cmdline) {
    if (max_new_size >= max_heap) {
      max_new_size = max_heap - GenAlignment;
      if (new_size > max_new_size) new_size = max_new_size;
    } else if (max_new_size < new_size) {
      max_new_size = new_size;
    } else if (!is_aligned(max_new_size, GenAlignment)) {
      max_new_size = align_down(max_new_size, GenAlignment);
    }
  }
  if (new_size > max_new_size) max_new_size = new_size;
  if (in.survivor_ratio < 1 || in.new_ratio < 1) { s.error = "Invalid young gen ratio specified"; return s; }
  const size_t new_ratio = in.new_ratio;

  if (old_size < old_lower_bound) old_size = old_lower_bound;
  old_size = align_down(old_size, GenAlignment);
  // (HotSpot derives the heap size from -XX:OldSize only "if MaxHeapSize is default", which it
  // never is here: Arguments::set_heap_size has already set it ergonomically. Verified against
  // java -XX:OldSize=64m, see test_serialArgumentsHotSpot.cpp.)
  if (new_size + old_size > max_heap) {
    if (max_heap_cmdline) {
      double shrink_factor = double(max_heap) / double(new_size + old_size);
      size_t smaller_new_size = align_down(size_t(double(new_size) * shrink_factor), GenAlignment);
      new_size = std::max(smallest_new_size, smaller_new_size);
      old_size = max_heap - new_size;
    } else {
      max_heap = align_up(new_size + old_size, HeapAlignment);
    }
  }
  if (old_size_cmdline && !new_size_cmdline && old_size < initial_heap) {
    size_t ns = initial_heap - old_size;
    if (ns >= min_new_size && ns <= max_new_size) new_size = ns;
  }

  // --- GenArguments::initialize_size_info ---
  // Maximum young = MaxHeapSize / (NewRatio + 1) unless MaxNewSize was given; initial young the
  // same ratio of InitialHeapSize (or NewSize from the command line); with -Xms == -Xmx initial
  // and maximum coincide. Old gets the rest, and the initial sizes are reconciled with -Xms.
  size_t max_young = max_new_size;
  if (!max_new_cmdline) {
    max_young = align_down_bounded(max_heap / (new_ratio + 1), GenAlignment);
    max_young = clamp_size(max_young, new_size, max_new_size);
  }
  size_t initial_young = new_size;
  if (max_heap == initial_heap) {
    max_young = new_size_cmdline ? new_size : max_young;
    initial_young = max_young;
    if (max_heap == min_heap) min_new_size = max_young;
  } else if (new_size_cmdline) {
    initial_young = std::min(max_young, bound_minus_alignment(new_size, initial_heap, GenAlignment));
    min_new_size = bound_minus_alignment(initial_young, min_heap, GenAlignment);
  } else {
    initial_young = clamp_size(align_down_bounded(initial_heap / (new_ratio + 1), GenAlignment), new_size, max_young);
  }

  size_t max_old = std::max(max_heap - max_young, GenAlignment);
  size_t min_old = std::min({max_old, initial_heap - initial_young, min_heap - min_new_size});
  size_t initial_old = old_size;
  if (!old_size_cmdline) {
    initial_old = clamp_size(initial_heap - initial_young, min_old, max_old);
  } else if (initial_old > max_old) {
    initial_old = max_old;
  } else if (initial_old < min_old) {
    min_old = initial_old;
  }
  if (initial_old + initial_young != initial_heap) {
    // "Inconsistency between generation sizes and heap size, resizing the generations to fit the heap."
    size_t desired_young = initial_heap - initial_old;
    if (initial_heap < initial_old) {
      initial_young = min_new_size;
      initial_old = initial_heap - min_new_size;
    } else if (desired_young > max_young) {
      initial_young = max_young;
      initial_old = initial_heap - max_young;
    } else if (desired_young < min_new_size) {
      initial_young = min_new_size;
      initial_old = initial_heap - min_new_size;
    } else {
      initial_young = desired_young;
    }
  }

  s.min_heap = min_heap;
  s.initial_heap = initial_heap;
  s.max_heap = max_heap;
  s.min_young = min_new_size;
  s.initial_young = initial_young;
  s.max_young = max_young;
  s.min_old = min_old;
  s.initial_old = initial_old;
  s.max_old = max_old;
  s.initial_survivor = survivor_size(initial_young, in.survivor_ratio);
  s.initial_eden = initial_young - 2 * s.initial_survivor;
  s.max_survivor = survivor_size(max_young, in.survivor_ratio);
  s.max_eden = max_young - 2 * s.max_survivor;
  s.survivor_ratio = in.survivor_ratio;
  return s;
}

void SerialArguments::write_back_flags(const HeapSizes& s) {
  MinHeapSize = s.min_heap;
  InitialHeapSize = s.initial_heap;
  MaxHeapSize = s.max_heap;
  NewSize = s.initial_young;
  MaxNewSize = s.max_young;
  OldSize = s.initial_old;
}
