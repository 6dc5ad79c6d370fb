// Field layout: best-fit placement into holes, after HotSpot 17's FieldLayout::add.
#include "classfile/fieldLayoutBuilder.hpp"

#include <algorithm>
#include <climits>

namespace {
// The free blocks of a layout: sorted, non-overlapping [start, end) ranges; the last one is
// open-ended (end == INT_MAX).
struct Holes {
  std::vector<std::pair<int, int>> free;

  // Smallest hole that can hold `size` bytes at `size` alignment; the open tail if none.
  int place(int size) {
    int best = -1;
    for (int i = 0; i < int(free.size()); i++) {
      int start = int(align_up(size_t(free[i].first), size_t(size)));
      if (start + size > free[i].second) continue;
      if (best < 0 || free[i].second - free[i].first < free[best].second - free[best].first) best = i;
    }
    auto [lo, hi] = free[best];
    int at = int(align_up(size_t(lo), size_t(size)));
    free.erase(free.begin() + best);
    // The space before the field (alignment padding) and after it stay free.
    if (hi > at + size) free.insert(free.begin() + best, {at + size, hi});
    if (at > lo) free.insert(free.begin() + best, {lo, at});
    return at;
  }
};
}  // namespace

int FieldLayoutBuilder::layout(std::vector<std::pair<int, int>>& occupied, std::vector<FieldLayoutRequest>& fields,
                               std::vector<std::pair<int, int>>* oop_ranges) {
  std::sort(occupied.begin(), occupied.end());
  Holes holes;
  int cursor = 0;
  for (auto [lo, hi] : occupied) {
    if (lo > cursor) holes.free.push_back({cursor, lo});
    cursor = std::max(cursor, hi);
  }
  holes.free.push_back({cursor, INT_MAX});

  // Primitives largest first (stable, so equal sizes keep declaration order), then references.
  std::vector<FieldLayoutRequest*> prims, oops;
  for (auto& f : fields) (f.is_oop ? oops : prims).push_back(&f);
  std::stable_sort(prims.begin(), prims.end(), [](auto* a, auto* b) { return a->size > b->size; });

  int end = cursor;
  for (auto* f : prims) {
    f->field->offset = holes.place(f->size);
    end = std::max(end, f->field->offset + f->size);
  }
  for (auto* f : oops) {
    f->field->offset = holes.place(f->size);
    end = std::max(end, f->field->offset + f->size);
  }

  if (oop_ranges != nullptr) {
    std::vector<int> offs;
    for (auto* f : oops) offs.push_back(f->field->offset);
    std::sort(offs.begin(), offs.end());
    for (int off : offs) {
      if (!oop_ranges->empty() && oop_ranges->back().first + 4 * oop_ranges->back().second == off) {
        oop_ranges->back().second++;
      } else {
        oop_ranges->push_back({off, 1});
      }
    }
  }
  return end;
}
