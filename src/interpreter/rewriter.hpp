// Rewriter: bytecodes the VM replaces in loaded code (HotSpot's Rewriter). Only one today:
// every `return` of java.lang.Object.<init> becomes return_register_finalizer, so that an object
// whose class has a finalizer is registered with java.lang.ref.Finalizer at the end of its
// constructor chain (-XX:+RegisterFinalizersAtInit, HotSpot's default) while ordinary objects
// pay nothing: no other return checks anything.
#pragma once

class InstanceKlass;

class Rewriter {
 public:
  // Once, when java.lang.Object is loaded, before any of its code runs.
  static void rewrite_Object_init(InstanceKlass* object_klass);
};
