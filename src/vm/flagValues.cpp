// The -XX: flag variables, one per row of JVMLAB_FLAGS (vm/globals.hpp), initialised to their
// HotSpot 17 defaults. Argument parsing (vm/arguments.cpp) overwrites them before the VM starts.
#include "vm/globals.hpp"

#include <cstdint>

#define JVMLAB_DEFINE_FLAG(type, name, value, doc) type name = value;
JVMLAB_FLAGS(JVMLAB_DEFINE_FLAG)
#undef JVMLAB_DEFINE_FLAG
