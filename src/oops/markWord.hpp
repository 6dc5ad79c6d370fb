// The mark word: the first 8 bytes of every Java object (DESIGN §4).
//
//  64 bits, as in HotSpot 17 (without biased locking in use):
//
//   unused:25 | hash:31 | unused:1 | age:4 | biased:1 | lock:2     normal object
//   ObjectMonitor*                                    | lock:2=10  inflated monitor (hash lives in the monitor)
//   forwardee address                                 | lock:2=11  GC: object has moved (or is marked)
//
// lock: 01 = unlocked; 10 = monitor; 11 = marked/forwarded. jvmlab always inflates on contention
// or on first lock (there is no stack-locked 00 state), which keeps the states few.
#pragma once

#include "utilities/globalDefinitions.hpp"

class MarkWord {
 public:
  static constexpr int lock_bits = 2;
  static constexpr int biased_bits = 1;
  static constexpr int age_bits = 4;
  static constexpr int hash_bits = 31;

  static constexpr int age_shift = lock_bits + biased_bits;
  static constexpr int hash_shift = age_shift + age_bits + 1;

  static constexpr uintptr_t lock_mask = (uintptr_t(1) << lock_bits) - 1;
  static constexpr uintptr_t age_mask = (uintptr_t(1) << age_bits) - 1;
  static constexpr uintptr_t age_mask_in_place = age_mask << age_shift;
  static constexpr uintptr_t hash_mask = (uintptr_t(1) << hash_bits) - 1;
  static constexpr uintptr_t hash_mask_in_place = hash_mask << hash_shift;

  static constexpr uintptr_t unlocked_value = 1;
  static constexpr uintptr_t monitor_value = 2;
  static constexpr uintptr_t marked_value = 3;

  static constexpr int max_age = (1 << age_bits) - 1;  // so MaxTenuringThreshold <= 15
  static constexpr uintptr_t no_hash = 0;

  constexpr explicit MarkWord(uintptr_t v = unlocked_value) : _value(v) {}
  static constexpr MarkWord prototype() { return MarkWord(unlocked_value); }

  uintptr_t value() const { return _value; }

  bool is_unlocked() const { return (_value & lock_mask) == unlocked_value; }
  bool has_monitor() const { return (_value & lock_mask) == monitor_value; }
  bool is_marked() const { return (_value & lock_mask) == marked_value; }

  int age() const { return int((_value >> age_shift) & age_mask); }
  MarkWord set_age(int a) const {
    return MarkWord((_value & ~age_mask_in_place) | ((uintptr_t(a) & age_mask) << age_shift));
  }
  MarkWord incr_age() const { return age() == max_age ? *this : set_age(age() + 1); }

  uintptr_t hash() const { return (_value >> hash_shift) & hash_mask; }
  MarkWord copy_set_hash(uintptr_t h) const {
    return MarkWord((_value & ~hash_mask_in_place) | ((h & hash_mask) << hash_shift));
  }

  // GC forwarding: the new address with the low bits 11.
  static MarkWord encode_forwarded(void* to) { return MarkWord(reinterpret_cast<uintptr_t>(to) | marked_value); }
  void* forwardee() const { return reinterpret_cast<void*>(_value & ~lock_mask); }

  // Inflated lock: pointer to the monitor, low bits 10.
  static MarkWord encode_monitor(void* m) { return MarkWord(reinterpret_cast<uintptr_t>(m) | monitor_value); }
  void* monitor() const { return reinterpret_cast<void*>(_value & ~lock_mask); }

 private:
  uintptr_t _value;
};
