// AgeTable: bytes copied into the survivor space per object age during one minor GC, and the
// dynamic tenuring threshold computed from it (HotSpot's AgeTable, DESIGN §5.4):
// the threshold is the smallest age at which the survivors of that age and younger exceed
// TargetSurvivorRatio percent of a survivor space, capped by MaxTenuringThreshold.
#pragma once

#include "oops/markWord.hpp"

class AgeTable {
 public:
  static constexpr int table_size = MarkWord::max_age + 1;  // ages 0..15

  void clear() {
    for (size_t& s : _sizes) s = 0;
  }
  // Records `words` heap words copied with the given (new) age.
  void add(int age, size_t words) { _sizes[age] += words; }
  size_t words_at(int age) const { return _sizes[age]; }

  // desired_survivor_words = survivor capacity * TargetSurvivorRatio / 100 (in words, as HotSpot).
  // AlwaysTenure gives 0, NeverTenure gives 16 (nothing is ever old enough).
  int compute_tenuring_threshold(size_t desired_survivor_words, int max_tenuring_threshold,
                                 bool always_tenure, bool never_tenure) const {
    if (always_tenure || never_tenure) return always_tenure ? 0 : MarkWord::max_age + 1;
    size_t total = 0;
    int age = 1;
    while (age < table_size) {
      total += _sizes[age];
      if (total > desired_survivor_words) break;
      age++;
    }
    return age < max_tenuring_threshold ? age : max_tenuring_threshold;
  }

  static size_t desired_survivor_words(size_t survivor_capacity_bytes, size_t target_survivor_ratio) {
    return size_t(double(survivor_capacity_bytes / HeapWordSize) * double(target_survivor_ratio) / 100.0);
  }

 private:
  size_t _sizes[table_size] = {};
};
