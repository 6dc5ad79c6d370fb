// ClassLoaderData: the classes one class loader has defined (its dictionary), the loader object,
// and the metaspace they use. The boot loader's is created at startup; others on first use.
#pragma once

#include "oops/oop.hpp"

#include <mutex>
#include <unordered_map>

class Symbol;
class Klass;

class ClassLoaderData {
 public:
  static ClassLoaderData* boot() { return _boot; }
  static void initialize_boot();
  // The ClassLoaderData of a java.lang.ClassLoader instance, created on first use.
  static ClassLoaderData* for_loader(oop loader);

  bool is_boot() const { return this == _boot; }
  oop loader() const { return _loader; }  // null for the boot loader
  oop* loader_addr() { return &_loader; }

  Klass* find(const Symbol* name);
  void add(const Symbol* name, Klass* k);

  ClassLoaderData* next() const { return _next; }
  static ClassLoaderData* first() { return _head; }

 private:
  explicit ClassLoaderData(oop loader) : _loader(loader) {}
  oop _loader;
  std::mutex _lock;
  std::unordered_map<const Symbol*, Klass*> _dictionary;
  ClassLoaderData* _next = nullptr;
  static ClassLoaderData* _boot;
  static ClassLoaderData* _head;
  static std::mutex _list_lock;
};
