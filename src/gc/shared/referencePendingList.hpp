// The reference pending list (DESIGN §5.11): references the collector found with dead referents,
// linked through Reference.discovered, handed to the JDK's Reference Handler thread through
// JVM_WaitForReferencePendingList / JVM_GetAndClearReferencePendingList.
#pragma once

#include "gc/shared/objectModel.hpp"

class ReferencePendingList {
 public:
  // Collector side (at a safepoint): prepends a discovered list whose tail's discovered field
  // is null; the tail is linked to the current head.
  static void prepend(oop head, oop tail, int discovered_offset);
  static bool is_empty();
  // Reference Handler side: blocks (safepoint-safe) until the list is non-empty.
  static void wait_until_non_empty(class JavaThread* thread);
  static oop take_all();
  static void oops_do(OopClosure* cl);
};
