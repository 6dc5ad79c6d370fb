// SafepointSynchronize as a VM operation runner: two threads that ask for a safepoint at the same
// time both get theirs, one after the other (the one that waits counts as stopped for the
// other), each reported once to -Xlog:safepoint with its operation's name and its phases.
#include "runtime/javaThread.hpp"
#include "runtime/safepoint.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {
std::mutex events_lock;
std::vector<SafepointEvent> events;

void record(const SafepointEvent& e) {
  std::lock_guard<std::mutex> g(events_lock);
  events.push_back(e);
}
}  // namespace

TEST(SafepointSynchronize, ConcurrentRequestersEachGetTheirSafepoint) {
  SafepointSynchronize::set_event_callback(record);
  std::atomic<int> in_vm{0};
  std::atomic<int> wrong_requester{0};
  auto requester = [&](const char* op, bool first) {
    JavaThread* t = JavaThread::create_for_current_os_thread(256 * 1024);
    t->set_state(ThreadState::InVM);
    in_vm++;
    while (in_vm.load() < 2) std::this_thread::yield();  // both in VM, neither safe
    // B asks once A's request is up: A waits for B (in VM) while B waits for A's safepoint.
    if (!first) {
      while (!SafepointSynchronize::is_requested()) std::this_thread::yield();
    }
    SafepointSynchronize::begin(t, op);
    if (SafepointSynchronize::requester() != t) wrong_requester++;
    if (first) {
      // Hold the safepoint until the other requester waits for it, safely (Blocked).
      auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
      while (std::chrono::steady_clock::now() < deadline) {
        bool blocked = false;
        {
          std::lock_guard<std::mutex> list(JavaThread::list_lock());
          for (JavaThread* o = JavaThread::first(); o != nullptr; o = o->next())
            if (o != t && o->state() == ThreadState::Blocked) blocked = true;
        }
        if (blocked) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    }
    SafepointSynchronize::end(t);
    EXPECT_EQ(t->state(), ThreadState::InVM);  // a waiting requester is back in the VM
    t->set_state(ThreadState::InNative);
    t->destroy();
  };
  auto a = std::async(std::launch::async, requester, "OperationA", true);
  auto b = std::async(std::launch::async, requester, "OperationB", false);
  bool done = a.wait_for(std::chrono::seconds(20)) == std::future_status::ready &&
              b.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  if (!done) {
    ADD_FAILURE() << "the two requesters deadlocked";
    std::_Exit(1);  // the threads cannot be joined
  }
  EXPECT_EQ(wrong_requester.load(), 0);
  std::lock_guard<std::mutex> g(events_lock);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(std::string(events[0].operation), "OperationA");
  EXPECT_EQ(std::string(events[1].operation), "OperationB");
  for (const SafepointEvent& e : events) {
    EXPECT_GE(e.since_last_ns, 0);
    EXPECT_GE(e.reaching_ns, 0);
    EXPECT_EQ(e.cleanup_ns, 0);
    EXPECT_GE(e.at_safepoint_ns, 0);
    EXPECT_EQ(e.total_ns, e.reaching_ns + e.cleanup_ns + e.at_safepoint_ns);
  }
  EXPECT_EQ(SafepointSynchronize::requester(), nullptr);
}

TEST(SafepointSynchronize, CollectionsAreNamedByTheirCause) {
  EXPECT_STREQ(GCOperationMark::current(), "GenCollectForAllocation");
  {
    GCOperationMark full("GenCollectFull");
    EXPECT_STREQ(GCOperationMark::current(), "GenCollectFull");
    {
      GCOperationMark inner("HeapDumper");
      EXPECT_STREQ(GCOperationMark::current(), "HeapDumper");
    }
    EXPECT_STREQ(GCOperationMark::current(), "GenCollectFull");
  }
  EXPECT_STREQ(GCOperationMark::current(), "GenCollectForAllocation");
}
