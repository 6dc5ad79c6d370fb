// Field offsets and helpers for JDK classes whose instances the VM reads or creates itself
// (HotSpot's javaClasses.hpp): String, Class (with the fields the VM injects), Throwable,
// Thread. Offsets are looked up by name once the classes are loaded.
#pragma once

#include "runtime/exceptions.hpp"

#include <string>

class Klass;
struct ParsedClass;

class java_lang_String {
 public:
  static int value_offset, coder_offset, hash_offset;
  static constexpr jbyte LATIN1 = 0, UTF16 = 1;
  // A new String from modified UTF-8 (JVMS §4.4.7); Latin-1 coded when every char fits (compact strings).
  static oop create_from_utf8(const char* utf8, int length, TRAPS);
  static oop create_from_utf8(const char* utf8, TRAPS);
  static std::string as_utf8(oop s);
  static int length(oop s);
  static jchar char_at(oop s, int i);
  static bool equals(oop s, const char* utf8, int length);
  static void compute_offsets();
};

class java_lang_Class {
 public:
  // Fields the VM adds to java.lang.Class (hidden from reflection), as HotSpot injects them.
  static int klass_offset, array_klass_offset, oop_size_offset, static_oop_field_count_offset;
  static int protection_domain_offset, component_mirror_offset;
  static int class_loader_offset, module_offset, component_type_offset, name_offset;
  static void add_injected_fields(ParsedClass* parsed);
  static void compute_offsets();

  // Creates k's mirror (for an InstanceKlass, lays out its static fields in it).
  static void create_mirror(Klass* k, TRAPS);
  static Klass* as_klass(oop mirror) { return mirror->get<Klass*>(klass_offset); }
  // Mirrors of the primitive types (int.class ...), indexed by BasicType.
  static oop primitive_mirror(BasicType t);
  static void create_primitive_mirrors(TRAPS);
  static BasicType primitive_type(oop mirror);  // T_ILLEGAL for a class or array mirror
  static oop* primitive_mirrors_addr();
};

class java_lang_Throwable {
 public:
  static int detailMessage_offset, backtrace_offset, depth_offset, stackTrace_offset, cause_offset;
  static void compute_offsets();
  static oop message(oop t) { return t->obj_field(detailMessage_offset); }
};

// Looks up an instance or static field offset by name and signature; fatal if absent (these are
// fields of JDK classes the VM depends on).
int find_field_offset(Klass* k, const char* name, const char* sig, bool is_static = false);
