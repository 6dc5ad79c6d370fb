// Skipping over annotation structures (JVMS §4.7.16.1 element_value) without recursion: a class
// file can nest annotations as deep as its size allows, so the walk keeps its own stack.
#include "classfile/annotations.hpp"

#include <vector>

namespace Annotations {

// annotation    := type_index:u2 num_pairs:u2 { name_index:u2 element_value }*
// element_value := tag:u1 ( const:u2 | enum:u2 u2 | class:u2 | annotation | array:u2 {element_value}* )
size_t skip_annotation(const u1* d, size_t length, size_t pos) {
  // Each frame counts the element values still to skip at one level; `pairs` says whether each
  // is preceded by a name index (annotation members) or not (array elements).
  struct Frame {
    uint32_t remaining;
    bool pairs;
  };
  std::vector<Frame> stack;
  auto u2_at = [&](size_t p) { return uint32_t((d[p] << 8) | d[p + 1]); };
  if (pos + 4 > length) return 0;
  stack.push_back({u2_at(pos + 2), true});
  pos += 4;
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.remaining == 0) {
      stack.pop_back();
      continue;
    }
    top.remaining--;
    if (top.pairs) {
      if (pos + 2 > length) return 0;
      pos += 2;  // element_name_index
    }
    if (pos + 1 > length) return 0;
    u1 tag = d[pos++];
    switch (tag) {
      case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z': case 's': case 'c':
        if (pos + 2 > length) return 0;
        pos += 2;
        break;
      case 'e':
        if (pos + 4 > length) return 0;
        pos += 4;
        break;
      case '@':
        if (pos + 4 > length) return 0;
        stack.push_back({u2_at(pos + 2), true});
        pos += 4;
        break;
      case '[':
        if (pos + 2 > length) return 0;
        stack.push_back({u2_at(pos), false});
        pos += 2;
        break;
      default:
        return 0;
    }
  }
  return pos;
}

bool has(const RawBytes& raw, const ConstantPool* cp, std::string_view type_descriptor) {
  bool found = false;
  for_each_type(raw, cp, [&](std::string_view type) {
    found = (type == type_descriptor);
    return !found;
  });
  return found;
}

}  // namespace Annotations
