// NativeLookup: finds the C function of a Java native method (JNI spec "Resolving Native Method
// Names"): first natives registered with RegisterNatives, then the short and long mangled names
// (Java_pkg_Class_name, Java_pkg_Class_name__sig) in the libraries loaded so far.
#pragma once

#include "runtime/exceptions.hpp"

#include <string>

class Method;
class Klass;

class NativeLookup {
 public:
  // The entry point of m, binding it on first use; null with UnsatisfiedLinkError pending.
  static void* lookup(Method* m, TRAPS);
  // RegisterNatives: binds name+signature in k to fn. False if k has no such native method.
  static bool register_native(Klass* k, const char* name, const char* sig, void* fn);
  // Natives the VM implements itself, bound by their JNI symbol name before any library is
  // searched (HotSpot's lookup_special_native): e.g. "Java_jdk_internal_misc_Unsafe_registerNatives".
  static void register_special(const char* jni_symbol, void* fn);
  // A library loaded by System.loadLibrary / the VM; its symbols join the search.
  static void add_library(void* handle);
  // JNI mangling of a class, method or signature (JNI spec, Table 2-1).
  static std::string mangle(std::string_view s);
};
