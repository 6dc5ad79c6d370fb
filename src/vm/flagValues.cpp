// Definitions of the -XX: flag variables declared in vm/globals.hpp, each with its HotSpot 17
// default. Generated from the JVMLAB_FLAGS table; vm/flags.cpp parses and prints them.
#include "vm/globals.hpp"

#define JVMLAB_DEFINE_FLAG(type, name, value, doc) type name = value;
JVMLAB_FLAGS(JVMLAB_DEFINE_FLAG)
#undef JVMLAB_DEFINE_FLAG
