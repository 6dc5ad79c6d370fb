// The classes the VM itself needs to know (HotSpot's vmClasses): loaded by the boot loader at
// startup, in this order, and reachable by name (vmClasses::String_klass()). One table; the
// accessors and the startup loading are generated from it.
#pragma once

#include "oops/instanceKlass.hpp"

#define VM_CLASSES_DO(F)                                              \
  F(Object,                     "java/lang/Object")                   \
  F(String,                     "java/lang/String")                   \
  F(Class,                      "java/lang/Class")                    \
  F(Cloneable,                  "java/lang/Cloneable")                \
  F(ClassLoader,                "java/lang/ClassLoader")              \
  F(Serializable,               "java/io/Serializable")               \
  F(System,                     "java/lang/System")                   \
  F(Throwable,                  "java/lang/Throwable")                \
  F(Error,                      "java/lang/Error")                    \
  F(Exception,                  "java/lang/Exception")                \
  F(RuntimeException,           "java/lang/RuntimeException")         \
  F(Thread,                     "java/lang/Thread")                   \
  F(ThreadGroup,                "java/lang/ThreadGroup")              \
  F(StackTraceElement,          "java/lang/StackTraceElement")        \
  F(Reference,                  "java/lang/ref/Reference")            \
  F(SoftReference,              "java/lang/ref/SoftReference")        \
  F(WeakReference,              "java/lang/ref/WeakReference")        \
  F(FinalReference,             "java/lang/ref/FinalReference")       \
  F(PhantomReference,           "java/lang/ref/PhantomReference")     \
  F(Finalizer,                  "java/lang/ref/Finalizer")            \
  F(OutOfMemoryError,           "java/lang/OutOfMemoryError")         \
  F(StackOverflowError,         "java/lang/StackOverflowError")       \
  F(NullPointerException,       "java/lang/NullPointerException")     \
  F(ArithmeticException,        "java/lang/ArithmeticException")      \
  F(ClassCastException,         "java/lang/ClassCastException")       \
  F(ArrayStoreException,        "java/lang/ArrayStoreException")      \
  F(ArrayIndexOutOfBoundsException, "java/lang/ArrayIndexOutOfBoundsException") \
  F(NegativeArraySizeException, "java/lang/NegativeArraySizeException") \
  F(IllegalMonitorStateException, "java/lang/IllegalMonitorStateException") \
  F(Boolean,                    "java/lang/Boolean")                  \
  F(Character,                  "java/lang/Character")                \
  F(Float,                      "java/lang/Float")                    \
  F(Double,                     "java/lang/Double")                   \
  F(Byte,                       "java/lang/Byte")                     \
  F(Short,                      "java/lang/Short")                    \
  F(Integer,                    "java/lang/Integer")                  \
  F(Long,                       "java/lang/Long")                     \
  F(MethodHandleNatives,        "java/lang/invoke/MethodHandleNatives")

class vmClasses {
 public:
#define VM_CLASS_ACCESSOR(name, path) \
  static InstanceKlass* name##_klass() { return _klasses[int(Id::name)]; }
  VM_CLASSES_DO(VM_CLASS_ACCESSOR)
#undef VM_CLASS_ACCESSOR

  enum class Id : int {
#define VM_CLASS_ID(name, path) name,
    VM_CLASSES_DO(VM_CLASS_ID)
#undef VM_CLASS_ID
    Count
  };

  // Loads all of them through the boot loader; false (with a pending exception) on failure.
  static bool resolve_all();
  // The primitive array classes, by element type (T_BOOLEAN..T_LONG).
  static Klass* type_array_klass(BasicType t) { return _type_arrays[t]; }

 private:
  static InstanceKlass* _klasses[int(Id::Count)];
  static Klass* _type_arrays[T_LONG + 1];
};
