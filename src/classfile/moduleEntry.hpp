// The VM's view of the module system (HotSpot's ModuleEntry/PackageEntry tables, much reduced):
// per class loader, which package belongs to which java.lang.Module, what each module exports
// and reads. Filled by JVM_DefineModule & co. (prims/jvmModules.cpp); read when a mirror is
// created (Class.module) and by JVM_GetSystemPackage(s).
#pragma once

#include "runtime/exceptions.hpp"

#include <string>
#include <string_view>
#include <vector>

class Klass;
class ClassLoaderData;

class ModuleRegistry {
 public:
  // The java.lang.Module of k's package, for Class.module (HotSpot's java_lang_Class::create_mirror
  // + ModuleEntry lookup): the named module that defines k's package in k's loader, else the
  // loader's unnamed module. Arrays: the module of the bottom class (java.base for primitive
  // arrays). Null before java.base is defined: those mirrors are patched when it is
  // (HotSpot's fixup_module_field_list), so callers may simply store the result.
  static oop module_for_class(Klass* k);

  // JVM_DefineModule: validates as HotSpot's Modules::define_module and registers the module and
  // its packages (internal form, "java/lang"). Throws with HotSpot's messages.
  static void define_module(Handle module, bool is_open, const std::string& location,
                            const std::vector<std::string>& packages, TRAPS);
  static void set_boot_unnamed_module(Handle module, TRAPS);
  // JVM_AddModuleExports* (to == null: to all; all_unnamed: to every unnamed module).
  static void add_exports(Handle from, std::string_view package, Handle to, bool all_unnamed, TRAPS);
  static void add_reads(Handle from, Handle to, TRAPS);

  static bool java_base_defined();
  static oop java_base_module();
  static oop boot_unnamed_module();

  // Queries (tests, JVM_GetSystemPackage): the module defining `package` in `loader`, or null.
  static oop module_of_package(ClassLoaderData* loader, std::string_view package);
  static bool is_exported(oop from, std::string_view package, oop to);
  static bool can_read(oop from, oop to);
  // Packages defined to the boot loader ("java/lang"), and the module location of one of them.
  static std::vector<std::string> boot_packages();
  static std::string boot_package_location(std::string_view package);  // "" if none

  // Sets Class.module of every mirror that has none yet (after java.base or an unnamed module
  // becomes known).
  static void fixup_module_fields();
};

// For the lead's mirror creation.
inline oop module_for_class(Klass* k) { return ModuleRegistry::module_for_class(k); }
