// SystemDictionary: finds and defines classes (JVMS §5.3). The boot loader reads the JDK's
// lib/modules image and any -Xbootclasspath/a directories; other loaders are Java objects whose
// loadClass the runtime calls. Array classes are made on demand (§5.3.3).
#pragma once

#include "runtime/exceptions.hpp"

#include <string>
#include <vector>

class Klass;
class InstanceKlass;
class ClassLoaderData;
class Symbol;
struct ParsedClass;

class SystemDictionary {
 public:
  // Opens the boot class path: the JDK's image, then `append` directories (-Xbootclasspath/a).
  [[nodiscard]] static bool initialize(const char* jdk_home, const std::vector<std::string>& append,
                                       std::string* error);

  // The class `name` (internal form, or an array descriptor) as seen by `loader`, loading it if
  // needed. Null with NoClassDefFoundError (or the loading error) pending when it cannot be found.
  static Klass* resolve_or_fail(Symbol* name, ClassLoaderData* loader, TRAPS);
  static Klass* resolve_or_null(Symbol* name, ClassLoaderData* loader, TRAPS);
  static Klass* resolve_boot(const char* name, TRAPS);

  // Defines a class from bytes for `loader` (ClassLoader.defineClass, JVM_DefineClassWithSource).
  static InstanceKlass* define_class(const u1* bytes, size_t length, const char* expected_name,
                                     ClassLoaderData* loader, TRAPS);

  // Lookup.defineHiddenClass (JVM_LookupDefineClass with HIDDEN_CLASS): defined in the lookup
  // class's loader, not entered in its dictionary; nestmate of the lookup class's nest if asked.
  static InstanceKlass* define_hidden_class(const u1* bytes, size_t length, InstanceKlass* lookup,
                                            bool nestmate, TRAPS);

  // A class named in `holder`'s constant pool: as resolve_or_fail by holder's loader, except that a
  // hidden class's own original name means the hidden class itself.
  static Klass* resolve_from(InstanceKlass* holder, Symbol* name, TRAPS);

  // The array class with elements of `element` (creates it once).
  static Klass* array_klass_of(Klass* element, TRAPS);

  // JVMS §5.4 linking (vtable; verification of untrusted classes) and §5.5 initialization.
  static void link_class(InstanceKlass* k, TRAPS);
  static void initialize_class(InstanceKlass* k, TRAPS);

  // Number of classes loaded (for -Xlog:class+load figures and PERFORMANCE.md).
  static size_t loaded_class_count();

 private:
  // Links a parsed class to its supertypes and enters it (hidden_name: a hidden class's name).
  static InstanceKlass* define_parsed(ParsedClass* parsed, ClassLoaderData* loader, Symbol* hidden_name, TRAPS);
};
