// The collector's -Xlog output (tags gc, gc+start, gc+heap, gc+heap+exit), printed from the
// heap's per-pause events in HotSpot 17's formats. The collector itself never logs.
#pragma once

class SerialHeap;

class GCLog {
 public:
  // Prints the start-up lines ("Using Serial", the sizing line) and subscribes to the heap's events.
  static void initialize(SerialHeap* heap);
  // The "Heap" block at VM exit (gc+heap+exit).
  static void print_heap_at_exit(SerialHeap* heap);
};
