// The pending list head is a strong root; waiting uses a condition variable outside the heap.
#include "gc/shared/referencePendingList.hpp"

#include "gc/shared/barrier.hpp"
#include "runtime/javaThread.hpp"
#include "runtime/safepoint.hpp"

#include <condition_variable>
#include <mutex>

namespace {
std::mutex lock;
// Never destroyed: the Reference Handler still waits on it while the process exits.
std::condition_variable& cv = *new std::condition_variable();
oop head = nullptr;
}  // namespace

void ReferencePendingList::prepend(oop list_head, oop tail, int discovered_offset) {
  std::lock_guard<std::mutex> g(lock);
  if (head != nullptr) oop_store_at(tail, discovered_offset, head);
  head = list_head;
  cv.notify_all();
}

bool ReferencePendingList::is_empty() {
  std::lock_guard<std::mutex> g(lock);
  return head == nullptr;
}

void ReferencePendingList::wait_until_non_empty(JavaThread* thread) {
  ThreadState saved = thread->state();
  thread->set_state(ThreadState::Blocked);
  {
    std::unique_lock<std::mutex> g(lock);
    cv.wait(g, [] { return head != nullptr; });
  }
  SafepointSynchronize::transition_from_blocked(thread);
  thread->set_state(saved);
}

oop ReferencePendingList::take_all() {
  std::lock_guard<std::mutex> g(lock);
  oop h = head;
  head = nullptr;
  return h;
}

void ReferencePendingList::oops_do(OopClosure* cl) {
  if (head != nullptr) cl->do_oop(&head);
}
