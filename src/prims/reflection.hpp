// Reflection support for the JVM_* entry points (HotSpot's reflection.hpp): making
// java.lang.reflect.Method/Constructor/Field objects for a class's members, resolving descriptor
// types to mirrors through the declaring class's loader, boxing and widening primitive values
// (JLS §5.1.2), and calling a method reflectively (Method.invoke / Constructor.newInstance).
#pragma once

#include "runtime/exceptions.hpp"

#include <string_view>

class Method;
class InstanceKlass;
class Klass;

class Reflection {
 public:
  // java.lang.reflect objects, built through their package-private constructors (JDK 17's
  // Method(Class, String, Class[], Class, Class[], int, int, String, byte[], byte[], byte[]) & co.).
  // `slot` is the index into InstanceKlass::method_at / field_at.
  static oop new_method(Method* m, TRAPS);
  static oop new_constructor(Method* m, TRAPS);
  static oop new_field(InstanceKlass* holder, int index, TRAPS);
  static oop new_parameter(Handle executable, oop name, int modifiers, int index, TRAPS);

  // The mirror of a field descriptor ("I", "Ljava/lang/String;", "[J") as seen by `accessor`'s loader.
  static oop mirror_for_descriptor(std::string_view descriptor, InstanceKlass* accessor, TRAPS);
  // Class[] of a method's parameter types, and of its checked exceptions (Exceptions attribute).
  static oop parameter_types(Method* m, TRAPS);
  static oop exception_types(Method* m, TRAPS);
  // A byte[] copy of raw attribute bytes, or null when absent.
  static oop byte_array(const u1* data, int length, TRAPS);

  // Boxing (java.lang.Integer & co.): box a value of type t; unbox with widening to `want`.
  // unbox returns false (nothing thrown) if `box` is null, not a box, or cannot widen.
  static oop box(const jvalue& v, BasicType t, TRAPS);
  static bool unbox(oop box, BasicType want, jvalue* out);
  // JLS §5.1.2 widening of a primitive value; false when it is not a widening (or identity).
  static bool widen(jvalue* v, BasicType from, BasicType to);
  // The primitive type a box's class stands for (T_ILLEGAL if not a box class).
  static BasicType box_type(Klass* k);

  // Method.invoke / Constructor.newInstance as HotSpot's Reflection::invoke_method and
  // invoke_constructor: argument checks with HotSpot's messages, virtual dispatch, exceptions
  // thrown by the callee wrapped in InvocationTargetException. Returns the (boxed) result.
  static oop invoke_method(oop method_mirror, Handle receiver, Handle args, TRAPS);
  static oop invoke_constructor(oop ctor_mirror, Handle args, TRAPS);

  // Field offsets of java.lang.reflect.{Method,Constructor,Field} read by the VM.
  static int method_clazz_offset, method_slot_offset, ctor_clazz_offset, ctor_slot_offset;
  static int field_clazz_offset, field_slot_offset;
  static void compute_offsets(TRAPS);
};

class Arguments;

// Small helpers shared by the JVM_* entry files (prims/jvm*.cpp).
namespace JvmSupport {
// The InstanceKlass of a class mirror, or null for primitive and array mirrors.
InstanceKlass* instance_klass(oop mirror);
// The Klass of a mirror (null for primitives).
Klass* klass(oop mirror);
// A new Class[]/String[]/Object[] of length n.
oop new_class_array(int n, TRAPS);
oop new_string_array(int n, TRAPS);
oop new_object_array(int n, TRAPS);
void obj_array_put(oop array, int i, oop value);
oop obj_array_get(oop array, int i);
// "java/lang/String" -> "java.lang.String".
std::string external_name(std::string_view internal);
// The Method* a java.lang.reflect.Method or Constructor object stands for.
Method* method_of(oop reflected);
}  // namespace JvmSupport

// The parsed command line, for JVM_DesiredAssertionStatus / JVM_AssertionStatusDirectives
// (-ea/-da/-esa/-dsa). The VM calls this once after Arguments::parse; until then every

