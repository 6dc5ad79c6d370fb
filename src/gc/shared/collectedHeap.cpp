// Shared heap statics and the GC cause strings HotSpot prints.
#include "gc/shared/collectedHeap.hpp"

CollectedHeap* CollectedHeap::_heap = nullptr;
uint8_t* CollectedHeap::_card_byte_map_base = nullptr;

const char* gc_cause_string(GCCause cause) {
  switch (cause) {
    case GCCause::AllocationFailure: return "Allocation Failure";
    case GCCause::SystemGC: return "System.gc()";
    case GCCause::MetadataGCThreshold: return "Metadata GC Threshold";
    case GCCause::HeapDump: return "Heap Dump Initiated GC";
    case GCCause::HeapInspection: return "Heap Inspection Initiated GC";
    case GCCause::WhiteBoxFullGC: return "WhiteBox Initiated Full GC";
    case GCCause::StressGC: return "GC Stress";
  }
  return "unknown";
}
