// The collector's -Xlog output (tags gc, gc+init, gc+start, gc+heap, gc+age, gc+ref, gc+phases,
// gc+phases+ref, gc+cpu, gc+metaspace, gc+heap+exit), printed from the heap's per-pause events
// in HotSpot 17's formats. The collector itself never logs.
#pragma once

#include <string>

class SerialHeap;

class GCLog {
 public:
  // Prints the start-up lines ("Using Serial", the sizing line, gc+init with the VM's version)
  // and subscribes to the heap's events.
  static void initialize(SerialHeap* heap, const std::string& vm_version);
  // The "Heap" block at VM exit (gc+heap+exit).
  static void print_heap_at_exit(SerialHeap* heap);
  // The lines of that block after "Heap" (generations, then Metaspace), one emit per line, for
  // other printers of it (HotSpot's Universe::print_on: -XX:+PrintHeapAtSIGBREAK).
  static void print_heap(SerialHeap* heap, void (*emit)(const char* line, void* arg), void* arg);
};
