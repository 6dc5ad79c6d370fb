// jvm.h (JDK 17) module-system entry points, called by java.lang.Module, BootLoader and
// ModuleBootstrap while the boot layer is built, and java.lang.Package's system-package queries.
// The registry itself is classfile/moduleEntry.hpp; checks and messages are HotSpot's modules.cpp.
#include "classfile/classLoaderData.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/moduleEntry.hpp"
#include "classfile/vmClasses.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "prims/reflection.hpp"
#include "runtime/interfaceSupport.hpp"

#include <set>
#include <string>
#include <vector>

using namespace JvmSupport;

namespace {
oop resolve(jobject o) { return JNIHandles::resolve(o); }

// Package names arrive in Java form ("java.lang"); the VM keeps the internal form.
std::string internal_package(oop s) {
  std::string p = java_lang_String::as_utf8(s);
  for (char& c : p) if (c == '.') c = '/';
  return p;
}

// Packages of the classes the boot loader has loaded (HotSpot's PackageEntry::has_loaded_class).
std::set<std::string> loaded_boot_packages() {
  std::set<std::string> r;
  for (Klass* k = Klass::first_klass(); k != nullptr; k = k->next_link()) {
    if (!k->is_instance_klass()) continue;
    ClassLoaderData* cld = k->class_loader_data();
    if (cld != nullptr && !cld->is_boot()) continue;
    std::string_view p = InstanceKlass_cast(k)->package_name();
    if (!p.empty()) r.emplace(p);
  }
  return r;
}
}  // namespace

extern "C" {

JNIEXPORT void JNICALL JVM_DefineModule(JNIEnv* env, jobject module, jboolean is_open, jstring version,
                                        jstring location, jobjectArray packages) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  Handle m(THREAD, resolve(module));
  std::vector<std::string> pkgs;
  if (oop a = resolve(packages)) {
    int n = static_cast<arrayOop>(a)->length();
    for (int i = 0; i < n; i++) {
      oop s = obj_array_get(a, i);
      if (s == nullptr || s->klass() != vmClasses::String_klass()) {
        Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "Bad package name");
        return;
      }
      pkgs.push_back(internal_package(s));
    }
  }
  oop loc = resolve(location);
  std::string where = loc == nullptr ? "" : java_lang_String::as_utf8(loc);
  ModuleRegistry::define_module(m, is_open, where, pkgs, THREAD);
}

JNIEXPORT void JNICALL JVM_SetBootLoaderUnnamedModule(JNIEnv* env, jobject module) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  ModuleRegistry::set_boot_unnamed_module(Handle(THREAD, resolve(module)), THREAD);
}

static void add_exports(JNIEnv* env, jobject from, jstring package, jobject to, bool all_unnamed) {
  JNI_ENTRY_BODY(env);
  oop p = resolve(package);
  if (p == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "package is null");
    return;
  }
  HandleMark hm(THREAD);
  Handle f(THREAD, resolve(from));
  Handle t(THREAD, resolve(to));
  ModuleRegistry::add_exports(f, internal_package(p), t, all_unnamed, THREAD);
}

JNIEXPORT void JNICALL JVM_AddModuleExports(JNIEnv* env, jobject from_module, jstring package, jobject to_module) {
  {
    JNI_ENTRY_BODY(env);
    if (resolve(to_module) == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "to_module is null");
      return;
    }
  }
  add_exports(env, from_module, package, to_module, false);
}

JNIEXPORT void JNICALL JVM_AddModuleExportsToAllUnnamed(JNIEnv* env, jobject from_module, jstring package) {
  add_exports(env, from_module, package, nullptr, true);
}

JNIEXPORT void JNICALL JVM_AddModuleExportsToAll(JNIEnv* env, jobject from_module, jstring package) {
  add_exports(env, from_module, package, nullptr, false);
}

JNIEXPORT void JNICALL JVM_AddReadsModule(JNIEnv* env, jobject from_module, jobject source_module) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  ModuleRegistry::add_reads(Handle(THREAD, resolve(from_module)), Handle(THREAD, resolve(source_module)), THREAD);
}

JNIEXPORT void JNICALL JVM_DefineArchivedModules(JNIEnv* env, jobject platform_loader, jobject system_loader) {
  // Only reached when the boot layer comes from a CDS archive (ModuleBootstrap.boot with an
  // ArchivedBootLayer); jvmlab has no CDS archive, so CDS.isSharingEnabled() is false and
  // ModuleBootstrap builds the graph itself. Reaching this is a VM bug, reported as HotSpot's
  // product build would not: loudly.
  JNI_ENTRY_BODY(env);
  Exceptions::throw_msg(THREAD, "java/lang/InternalError", "JVM_DefineArchivedModules: no CDS archived module graph");
}

JNIEXPORT jstring JNICALL JVM_GetSystemPackage(JNIEnv* env, jstring name) {
  // The location of a boot-loader package that has loaded classes ("jrt:/java.base"), else null.
  JNI_ENTRY_BODY(env);
  oop n = resolve(name);
  if (n == nullptr) return nullptr;
  std::string p = java_lang_String::as_utf8(n);
  if (!p.empty() && p.back() == '/') p.pop_back();
  if (loaded_boot_packages().count(p) == 0) return nullptr;
  std::string where = ModuleRegistry::boot_package_location(p);
  if (where.empty()) return nullptr;  // a -Xbootclasspath/a package: entry not tracked yet
  auto v49_ = java_lang_String::create_from_utf8(where.c_str(), CHECK_NULL);
  return static_cast<jstring>(JNIHandles::make_local(THREAD, v49_));
}

JNIEXPORT jobjectArray JNICALL JVM_GetSystemPackages(JNIEnv* env) {
  // Internal names ("java/lang") of the boot loader's packages that have loaded classes.
  JNI_ENTRY_BODY(env);
  std::set<std::string> pkgs = loaded_boot_packages();
  HandleMark hm(THREAD);
  auto v50_ = new_string_array(int(pkgs.size()), CHECK_NULL);
  Handle a(THREAD, v50_);
  int i = 0;
  for (const std::string& p : pkgs) {
    oop s = java_lang_String::create_from_utf8(p.c_str(), CHECK_NULL);
    obj_array_put(a(), i++, s);
  }
  return static_cast<jobjectArray>(JNIHandles::make_local(THREAD, a()));
}

}  // extern "C"
