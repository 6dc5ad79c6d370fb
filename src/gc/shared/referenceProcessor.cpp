// ReferenceProcessor: the soft reference clock, the policy chosen per collection, and the
// hand-over of processed lists to the pending list (see referenceProcessor.hpp).
#include "gc/shared/referenceProcessor.hpp"

#include "vm/globals.hpp"

jlong ReferenceProcessor::_soft_ref_timestamp_clock = 0;
Klass* ReferenceProcessor::_soft_reference_klass = nullptr;
int ReferenceProcessor::_clock_offset = -1;

ReferenceProcessor::ReferenceProcessor(address span_start, address span_end, bool clear_all_soft_refs,
                                       size_t free_at_last_gc)
    : _span_start(span_start),
      _span_end(span_end),
      // -XX:SoftRefLRUPolicyMSPerMB: milliseconds a softly reachable object survives per free MB.
      _policy(clear_all_soft_refs ? SoftReferencePolicy::always_clear()
                                  : SoftReferencePolicy::lru_current_heap(free_at_last_gc, SoftRefLRUPolicyMSPerMB)),
      // HotSpot's enable_discovery: Java code may have changed the static between collections.
      _timestamp_clock(soft_ref_clock()) {
  _soft_ref_timestamp_clock = _timestamp_clock;
}

jlong ReferenceProcessor::now_ms() {
  // A monotonic time in ms (HotSpot: os::javaTimeNanos() / 1000000): the clock must not go back.
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void ReferenceProcessor::init_statics() {
  _soft_ref_timestamp_clock = now_ms();
  set_java_clock(_soft_ref_timestamp_clock);
}

void ReferenceProcessor::publish_soft_reference_clock(Klass* soft_reference_klass, int clock_offset) {
  _soft_reference_klass = soft_reference_klass;
  _clock_offset = clock_offset;
  set_java_clock(_soft_ref_timestamp_clock);
}

jlong ReferenceProcessor::soft_ref_clock() {
  if (_soft_reference_klass == nullptr || _soft_reference_klass->java_mirror() == nullptr) return _soft_ref_timestamp_clock;
  return _soft_reference_klass->java_mirror()->get<jlong>(_clock_offset);
}

void ReferenceProcessor::set_java_clock(jlong ms) {
  // The mirror is a root: during a scavenge it has been copied already and java_mirror() names
  // the copy; during a full GC it has not moved yet. Either way this writes the live object.
  if (_soft_reference_klass != nullptr && _soft_reference_klass->java_mirror() != nullptr)
    _soft_reference_klass->java_mirror()->put<jlong>(_clock_offset, ms);
}

void ReferenceProcessor::update_soft_ref_master_clock() {
  // After phase 1 (HotSpot's update_soft_ref_master_clock): the clock only moves forward.
  jlong now = now_ms();
  if (now > _soft_ref_timestamp_clock) {
    _soft_ref_timestamp_clock = now;
    set_java_clock(now);
  }
}

void ReferenceProcessor::enqueue_all(DiscoveredList& list, ReferenceType rt) {
  if (list.head == nullptr) return;
  oop tail = list.head;
  size_t n = 1;
  for (oop next = discovered(tail); next != tail; next = discovered(tail)) {
    tail = next;
    n++;
  }
  // The pending list ends with null; prepend links the tail to the list already pending.
  set_discovered(tail, nullptr);
  ReferencePendingList::prepend(list.head, tail, ReferenceFields::discovered);
  _stats.enqueued[index(rt)] += n;
  list.head = nullptr;
  list.length = 0;
}
