// Module and package registry (see moduleEntry.hpp). Module oops are held through JNI global
// references, so the collectors update them; everything else is plain C++ under one lock.
#include "classfile/moduleEntry.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

namespace {

struct ModuleInfo {
  jobject module;  // global reference to the java.lang.Module
  ClassLoaderData* loader;
  std::string name;
  std::string location;
  bool is_open;
  bool reads_all_unnamed = false;
  std::vector<jobject> reads;
};

struct PackageInfo {
  ModuleInfo* module;
  bool exported_to_all = false;
  bool exported_to_all_unnamed = false;
  std::vector<jobject> exported_to;
};

std::recursive_mutex lock;
std::vector<ModuleInfo*> modules;
std::map<ClassLoaderData*, std::unordered_map<std::string, PackageInfo>> packages;
ModuleInfo* java_base = nullptr;
jobject boot_unnamed = nullptr;
int module_name_offset = -1, module_loader_offset = -1, loader_unnamed_offset = -1;
InstanceKlass* module_klass = nullptr;

void compute_offsets(JavaThread* THREAD) {
  if (module_klass != nullptr) return;
  Klass* m = SystemDictionary::resolve_boot("java/lang/Module", THREAD);
  if (m == nullptr) return;
  module_name_offset = find_field_offset(m, "name", "Ljava/lang/String;");
  module_loader_offset = find_field_offset(m, "loader", "Ljava/lang/ClassLoader;");
  loader_unnamed_offset = find_field_offset(vmClasses::ClassLoader_klass(), "unnamedModule", "Ljava/lang/Module;");
  module_klass = InstanceKlass_cast(m);
}

ModuleInfo* find_module(oop m) {
  if (m == nullptr) return nullptr;
  for (ModuleInfo* i : modules)
    if (JNIHandles::resolve(i->module) == m) return i;
  return nullptr;
}

bool is_unnamed(oop m) { return m->obj_field(module_name_offset) == nullptr; }

std::string dotted(std::string_view s) {
  std::string r(s);
  std::replace(r.begin(), r.end(), '/', '.');
  return r;
}

// HotSpot's verify_package_name: a non-empty legal internal class name.
bool legal_package_name(const std::string& p) {
  if (p.empty() || p.size() > 0xffff) return false;
  if (p.front() == '/' || p.back() == '/' || p.find("//") != std::string::npos) return false;
  for (char c : p)
    if (c == '.' || c == ';' || c == '[') return false;
  return true;
}

bool is_platform_loader(oop loader) {
  return loader != nullptr &&
         loader->klass()->name()->equals("jdk/internal/loader/ClassLoaders$PlatformClassLoader");
}

oop unnamed_module_of(ClassLoaderData* cld) {
  if (cld == nullptr || cld->is_boot()) return JNIHandles::resolve(boot_unnamed);
  if (loader_unnamed_offset < 0) return nullptr;
  return cld->loader()->obj_field(loader_unnamed_offset);
}

}  // namespace

bool ModuleRegistry::java_base_defined() { return java_base != nullptr; }
oop ModuleRegistry::java_base_module() { return java_base == nullptr ? nullptr : JNIHandles::resolve(java_base->module); }
oop ModuleRegistry::boot_unnamed_module() { return JNIHandles::resolve(boot_unnamed); }

oop ModuleRegistry::module_for_class(Klass* k) {
  if (java_base == nullptr) return nullptr;
  if (k->is_array_klass()) {
    Klass* bottom = static_cast<ArrayKlass*>(k)->bottom_klass();
    if (bottom == nullptr) return java_base_module();
    k = bottom;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  std::lock_guard<std::recursive_mutex> g(lock);
  ClassLoaderData* cld = ik->class_loader_data();
  auto l = packages.find(cld);
  if (l != packages.end()) {
    auto p = l->second.find(std::string(ik->package_name()));
    if (p != l->second.end()) return JNIHandles::resolve(p->second.module->module);
  }
  return unnamed_module_of(cld);
}

oop ModuleRegistry::module_of_package(ClassLoaderData* loader, std::string_view package) {
  std::lock_guard<std::recursive_mutex> g(lock);
  auto l = packages.find(loader);
  if (l == packages.end()) return nullptr;
  auto p = l->second.find(std::string(package));
  return p == l->second.end() ? nullptr : JNIHandles::resolve(p->second.module->module);
}

void ModuleRegistry::define_module(Handle module, bool is_open, const std::string& location,
                                   const std::vector<std::string>& pkgs, TRAPS) {
  // HotSpot's Modules::define_module checks, in this order, with these messages.
  if (module.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "Null module object");
    return;
  }
  compute_offsets(CHECK);
  if (!module()->klass()->is_subtype_of(module_klass)) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "module is not an instance of type java.lang.Module");
    return;
  }
  oop name_str = module()->obj_field(module_name_offset);
  if (name_str == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Module name cannot be null");
    return;
  }
  std::string name = java_lang_String::as_utf8(name_str);
  oop loader = module()->obj_field(module_loader_offset);
  bool is_java_base = name == "java.base";
  if (is_java_base && loader != nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Class loader must be the boot class loader");
    return;
  }
  for (const std::string& p : pkgs) {
    if (!legal_package_name(p)) {
      Exceptions::throw_fmt(THREAD, "java/lang/IllegalArgumentException", "Invalid package name: %s for module: %s",
                            p.c_str(), name.c_str());
      return;
    }
    // Only the boot and platform loaders may define java.* packages (JLS/JVMS §5.3.5).
    if (loader != nullptr && !is_platform_loader(loader) && (p == "java" || p.starts_with("java/"))) {
      std::string lname = dotted(loader->klass()->name()->view());
      Exceptions::throw_fmt(THREAD, "java/lang/IllegalArgumentException",
                            "Class loader (instance of): %s tried to define prohibited package name: %s",
                            lname.c_str(), dotted(p).c_str());
      return;
    }
  }
  ClassLoaderData* cld = loader == nullptr ? ClassLoaderData::boot() : ClassLoaderData::for_loader(loader);
  {
    std::lock_guard<std::recursive_mutex> g(lock);
    for (ModuleInfo* m : modules) {
      if (m->loader == cld && m->name == name) {
        Exceptions::throw_fmt(THREAD, "java/lang/IllegalStateException", "Module %s is already defined", name.c_str());
        return;
      }
    }
    auto& table = packages[cld];
    for (size_t i = 0; i < pkgs.size(); i++) {
      auto it = table.find(pkgs[i]);
      bool dup_in_list = std::find(pkgs.begin(), pkgs.begin() + long(i), pkgs[i]) != pkgs.begin() + long(i);
      if (it != table.end() || dup_in_list) {
        const char* other = it != table.end() ? it->second.module->name.c_str() : name.c_str();
        Exceptions::throw_fmt(THREAD, "java/lang/IllegalStateException",
                              "Package %s for module %s is already in another module, %s, defined to the class loader",
                              dotted(pkgs[i]).c_str(), name.c_str(), other);
        return;
      }
    }
    auto* info = new ModuleInfo{JNIHandles::make_global(module()), cld, name, location, is_open};
    modules.push_back(info);
    for (const std::string& p : pkgs) table[p] = PackageInfo{info};
    if (is_java_base) java_base = info;
  }
  if (is_java_base) fixup_module_fields();
}

void ModuleRegistry::set_boot_unnamed_module(Handle module, TRAPS) {
  // HotSpot's Modules::set_bootloader_unnamed_module.
  if (module.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "Null module object");
    return;
  }
  compute_offsets(CHECK);
  if (!module()->klass()->is_subtype_of(module_klass)) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "module is not an instance of type java.lang.Module");
    return;
  }
  if (!is_unnamed(module())) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "boot loader's unnamed module's java.lang.Module has a name");
    return;
  }
  if (module()->obj_field(module_loader_offset) != nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Class loader must be the boot class loader");
    return;
  }
  {
    std::lock_guard<std::recursive_mutex> g(lock);
    if (boot_unnamed == nullptr) boot_unnamed = JNIHandles::make_global(module());
  }
  fixup_module_fields();
}

void ModuleRegistry::add_exports(Handle from, std::string_view package, Handle to, bool all_unnamed, TRAPS) {
  // HotSpot's Modules::add_module_exports.
  if (from.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "from_module is null");
    return;
  }
  compute_offsets(CHECK);
  if (is_unnamed(from())) return;  // unnamed modules export every package already
  std::lock_guard<std::recursive_mutex> g(lock);
  ModuleInfo* f = find_module(from());
  if (f == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "from_module cannot be found");
    return;
  }
  if (f->is_open) return;  // open modules export everything
  auto& table = packages[f->loader];
  auto it = table.find(std::string(package));
  if (it == table.end() || it->second.module != f) {
    Exceptions::throw_fmt(THREAD, "java/lang/IllegalArgumentException", "Package %s not found in from_module %s",
                          dotted(package).c_str(), f->name.c_str());
    return;
  }
  PackageInfo& p = it->second;
  if (all_unnamed) p.exported_to_all_unnamed = true;
  else if (to.is_null()) p.exported_to_all = true;
  else if (to() != from()) p.exported_to.push_back(JNIHandles::make_global(to()));
}

void ModuleRegistry::add_reads(Handle from, Handle to, TRAPS) {
  // HotSpot's Modules::add_reads_module: a null `to` means all unnamed modules.
  if (from.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "from_module is null");
    return;
  }
  compute_offsets(CHECK);
  if (is_unnamed(from())) return;  // an unnamed module reads every module
  std::lock_guard<std::recursive_mutex> g(lock);
  ModuleInfo* f = find_module(from());
  if (f == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "from_module is not valid");
    return;
  }
  if (to.is_null()) f->reads_all_unnamed = true;
  else if (to() != from()) f->reads.push_back(JNIHandles::make_global(to()));
}

bool ModuleRegistry::is_exported(oop from, std::string_view package, oop to) {
  std::lock_guard<std::recursive_mutex> g(lock);
  if (from == nullptr || is_unnamed(from)) return true;
  ModuleInfo* f = find_module(from);
  if (f == nullptr) return false;
  if (f->is_open || from == to) return true;
  auto& table = packages[f->loader];
  auto it = table.find(std::string(package));
  if (it == table.end() || it->second.module != f) return false;
  const PackageInfo& p = it->second;
  if (p.exported_to_all) return true;
  if (to != nullptr && is_unnamed(to) && p.exported_to_all_unnamed) return true;
  for (jobject t : p.exported_to)
    if (JNIHandles::resolve(t) == to) return true;
  return false;
}

bool ModuleRegistry::can_read(oop from, oop to) {
  std::lock_guard<std::recursive_mutex> g(lock);
  if (from == nullptr || from == to || is_unnamed(from)) return true;
  if (to == java_base_module()) return true;  // every module reads java.base
  ModuleInfo* f = find_module(from);
  if (f == nullptr) return false;
  if (to != nullptr && is_unnamed(to) && f->reads_all_unnamed) return true;
  for (jobject r : f->reads)
    if (JNIHandles::resolve(r) == to) return true;
  return false;
}

std::vector<std::string> ModuleRegistry::boot_packages() {
  std::lock_guard<std::recursive_mutex> g(lock);
  std::vector<std::string> r;
  for (auto& [name, p] : packages[ClassLoaderData::boot()]) r.push_back(name);
  std::sort(r.begin(), r.end());
  return r;
}

std::string ModuleRegistry::boot_package_location(std::string_view package) {
  std::lock_guard<std::recursive_mutex> g(lock);
  auto& table = packages[ClassLoaderData::boot()];
  auto it = table.find(std::string(package));
  if (it == table.end()) return "";
  // Modules in the run-time image are located at jrt:/<module> (ModuleReferences).
  return it->second.module->location.empty() ? "jrt:/" + it->second.module->name : it->second.module->location;
}

void ModuleRegistry::fixup_module_fields() {
  if (java_base == nullptr) return;
  for (Klass* k = Klass::first_klass(); k != nullptr; k = k->next_link()) {
    oop mirror = k->java_mirror();
    if (mirror == nullptr || mirror->obj_field(java_lang_Class::module_offset) != nullptr) continue;
    oop m = module_for_class(k);
    if (m != nullptr) oop_store_at(mirror, java_lang_Class::module_offset, m);
  }
  // The primitive types' mirrors are in java.base too (HotSpot sets them at java.base's definition).
  oop base = java_base_module();
  for (int t = T_BOOLEAN; t <= T_VOID; t++) {
    oop pm = java_lang_Class::primitive_mirror(BasicType(t));
    if (pm != nullptr && pm->obj_field(java_lang_Class::module_offset) == nullptr)
      oop_store_at(pm, java_lang_Class::module_offset, base);
  }
}
