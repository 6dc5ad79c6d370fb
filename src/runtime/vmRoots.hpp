// VMGCHost: what the runtime gives the collector (gc/shared/collectedHeap.hpp GCHost): stopping
// the world through safepoints, the threads' TLABs, and the precise roots: every interpreter
// frame (through its method's oop map at the frame's bci), handles and JNI references, pending
// exceptions, thread objects, class mirrors and loaders, resolved constants, and the weak
// string table.
#pragma once

#include "gc/shared/collectedHeap.hpp"

class JavaThread;

class VMGCHost : public GCHost, public RootProvider {
 public:
  static VMGCHost* instance();
  void stop_the_world() override;
  void start_the_world() override;
  void tlabs_do(void (*f)(ThreadLocalAllocBuffer*, void*), void* arg) override;
  RootProvider* roots() override { return this; }
  // Waiting for the heap lock while another thread collects: this thread counts as stopped.
  void blocking_begin() override;
  void blocking_end() override;
  void strong_roots_do(OopClosure* cl) override;
  void weak_roots_do(OopClosure* cl) override;

  // The oops of one thread's frames (also used by tests).
  static void frames_do(JavaThread* thread, OopClosure* cl);
};
