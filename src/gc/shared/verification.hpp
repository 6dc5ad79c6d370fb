// HeapVerifier: -XX:+VerifyBeforeGC / -XX:+VerifyAfterGC (DESIGN §5.13). Walks every space
// object by object and checks that
//   * each header names a klass inside the compressed class space and has a sane size,
//   * no mark word is left forwarded or marked outside a collection,
//   * every reference field and every root points to the start of an object in some space,
//   * every old->young reference lies on a dirty card (the minor GC would miss it otherwise).
// A heap that fails is a VM bug: SerialHeap turns a failure into fatal().
#pragma once

#include "gc/shared/space.hpp"

#include <cstdint>
#include <vector>

class CardTable;

class HeapVerifier {
 public:
  // `spaces`: every space with objects; references into [young_start, young_end) from objects
  // in `old_space` must be on dirty cards (card_table may be null to skip that check).
  HeapVerifier(address heap_base, size_t heap_size, const ContiguousSpace* const* spaces, int count,
               const ContiguousSpace* old_space, address young_start, address young_end,
               const CardTable* card_table);

  size_t verify(RootProvider* roots);  // number of problems
  const char* first_error() const { return _first_error[0] ? _first_error : nullptr; }

  void report(const char* fmt, ...) __attribute__((format(printf, 2, 3)));
  bool is_object_start(const void* p) const;

 private:
  void record_starts();
  void check_field(const void* holder, narrowOop* p, bool from_old);

  address _heap_base;
  size_t _heap_size;
  const ContiguousSpace* _spaces[8];
  int _count;
  const ContiguousSpace* _old_space;
  address _young_start;
  address _young_end;
  const CardTable* _card_table;
  std::vector<uint64_t> _starts;  // one bit per heap word: an object starts here
  size_t _errors = 0;
  char _first_error[256] = {};
};
