// Metaspace: native memory for class metadata (DESIGN §3). Klasses go in the compressed class
// space, one reserved range (-XX:CompressedClassSpaceSize, 1 GB) so they can be named by 32-bit
// narrow klass pointers; everything else (methods, constant pools) is non-class metaspace.
// Accounting per area feeds -XX:MaxMetaspaceSize and the "Metaspace" memory pools.
#pragma once

#include "utilities/globalDefinitions.hpp"

class Metaspace {
 public:
  // Reserves the compressed class space; idempotent. Returns false if the OS refuses.
  static bool initialize(size_t compressed_class_space_size);
  // Bump allocation in the class space (zeroed, 8-byte aligned). Null when full.
  static void* allocate_class(size_t bytes);
  // Non-class metadata (zeroed).
  static void* allocate_nonclass(size_t bytes);

  static size_t class_space_used();
  static size_t nonclass_used();
  // Committed and reserved bytes, as -Xlog:gc+metaspace and the heap exit block print them. The
  // class space commits in 64 KB granules of its reserved range; non-class metadata is malloc'ed,
  // and is reported as HotSpot's metaspace would hold it: in 64 KB granules of 64 MB nodes.
  static size_t class_space_committed();
  static size_t class_space_reserved();
  static size_t nonclass_committed();
  static size_t nonclass_reserved();
};
