// Native method binding: RegisterNatives and the JNI name-mangling search.
#include "prims/nativeLookup.hpp"

#include "classfile/descriptors.hpp"

#include "classfile/symbolTable.hpp"
#include "oops/instanceKlass.hpp"

#include <cstdio>
#include <dlfcn.h>
#include <mutex>
#include <vector>

namespace {
std::mutex libraries_lock;
std::vector<void*> libraries;
std::vector<std::pair<std::string, void*>> specials;

// "void Foo.bar(int, java.lang.String)" as HotSpot prints a method in UnsatisfiedLinkError.
std::string java_signature(const Method* m) {
  return Descriptors::external_method_name(m->holder()->name()->as_external_name(), m->name()->view(), m->signature()->view());
}
}  // namespace

std::string NativeLookup::mangle(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '/') out += '_';
    else if (c == '_') out += "_1";
    else if (c == ';') out += "_2";
    else if (c == '[') out += "_3";
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += char(c);
    else { char buf[8]; snprintf(buf, sizeof buf, "_0%04x", c); out += buf; }
  }
  return out;
}

void NativeLookup::register_special(const char* jni_symbol, void* fn) {
  std::lock_guard<std::mutex> g(libraries_lock);
  specials.emplace_back(jni_symbol, fn);
}

void NativeLookup::add_library(void* handle) {
  std::lock_guard<std::mutex> g(libraries_lock);
  libraries.push_back(handle);
}

bool NativeLookup::register_native(Klass* k, const char* name, const char* sig, void* fn) {
  if (!k->is_instance_klass()) return false;
  Symbol* n = SymbolTable::probe(name);
  Symbol* s = SymbolTable::probe(sig);
  if (n == nullptr || s == nullptr) return false;
  Method* m = InstanceKlass_cast(k)->find_local_method(n, s);
  if (m == nullptr || !m->is_native()) return false;
  m->_native_entry = fn;
  return true;
}

void* NativeLookup::lookup(Method* m, TRAPS) {
  if (m->_native_entry != nullptr) return m->_native_entry;
  std::string short_name = "Java_" + mangle(m->holder()->name()->view()) + "_" + mangle(m->name()->view());
  std::string_view sig = m->signature()->view();
  std::string long_name = short_name + "__" + mangle(sig.substr(1, sig.find(')') - 1));
  {
    std::lock_guard<std::mutex> g(libraries_lock);
    for (auto& [name, fn] : specials) {
      if (name == short_name || name == long_name) {
        m->_native_entry = fn;
        return fn;
      }
    }
    for (void* lib : libraries) {
      void* fn = dlsym(lib, short_name.c_str());
      if (fn == nullptr) fn = dlsym(lib, long_name.c_str());
      if (fn != nullptr) {
        m->_native_entry = fn;
        return fn;
      }
    }
  }
  std::string msg = "'" + java_signature(m) + "'";
  Exceptions::throw_msg(THREAD, "java/lang/UnsatisfiedLinkError", msg.c_str());
  return nullptr;
}
