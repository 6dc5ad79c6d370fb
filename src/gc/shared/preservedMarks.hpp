// PreservedMarks: mark words that carry state (identity hash, lock) and must survive while the
// collector borrows the mark word for a forwarding pointer (HotSpot's PreservedMarks).
// Marks holding only the age are not kept: HotSpot resets those to the prototype.
#pragma once

#include "oops/oop.hpp"

#include <vector>

class PreservedMarks {
 public:
  static bool must_be_preserved(MarkWord m) { return !m.is_unlocked() || m.hash() != MarkWord::no_hash; }

  void push_if_necessary(oop obj, MarkWord m) {
    if (must_be_preserved(m)) _entries.push_back({obj, m});
  }
  void push(oop obj, MarkWord m) { _entries.push_back({obj, m}); }

  // Full GC: the objects move; follow each entry to its new address.
  template <typename F>
  void adjust(F&& new_address_of) {
    for (Entry& e : _entries) e.obj = new_address_of(e.obj);
  }
  void restore() {
    for (const Entry& e : _entries) e.obj->set_mark(e.mark);
    _entries.clear();
  }
  size_t size() const { return _entries.size(); }
  bool is_empty() const { return _entries.empty(); }

 private:
  struct Entry {
    oop obj;
    MarkWord mark;
  };
  std::vector<Entry> _entries;
};
