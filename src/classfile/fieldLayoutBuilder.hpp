// FieldLayoutBuilder: assigns byte offsets to a class's fields the way HotSpot 17 does
// (the JDK 15+ field layout): the superclass's layout is kept, including its holes and tail
// padding; then primitive fields, largest first, each go to the smallest hole that fits, and
// reference fields follow the same rule. So `new Object()` is 16 bytes and a class with one
// int is 16 (the int sits in the 4 bytes after the 12-byte header).
#pragma once

#include "oops/method.hpp"

#include <vector>

struct FieldLayoutRequest {
  FieldInfo* field;  // its offset is written back
  int size;          // 1, 2, 4 or 8 bytes
  bool is_oop;
};

class FieldLayoutBuilder {
 public:
  // Instance fields. `occupied` lists the [offset, end) ranges taken by superclass fields (and
  // the header), `start` is where the super's fields end. Returns the end offset of the last
  // field; the instance size is that aligned to 8. Oop fields are laid out contiguously where
  // possible and `oop_ranges` receives them as (offset, count) runs.
  static int layout(std::vector<std::pair<int, int>>& occupied, std::vector<FieldLayoutRequest>& fields,
                    std::vector<std::pair<int, int>>* oop_ranges);
};
