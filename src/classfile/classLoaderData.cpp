// ClassLoaderData: per-loader dictionaries. A loader's data is found through an injected field
// of java.lang.ClassLoader in HotSpot; jvmlab keeps a list and compares loader objects (the
// list is walked only on first use of a loader; afterwards klasses carry their CLD).
#include "classfile/classLoaderData.hpp"

ClassLoaderData* ClassLoaderData::_boot = nullptr;
ClassLoaderData* ClassLoaderData::_head = nullptr;
std::mutex ClassLoaderData::_list_lock;

void ClassLoaderData::initialize_boot() {
  if (_boot == nullptr) {
    _boot = new ClassLoaderData(nullptr);
    _head = _boot;
  }
}

ClassLoaderData* ClassLoaderData::for_loader(oop loader) {
  if (loader == nullptr) return _boot;
  std::lock_guard<std::mutex> g(_list_lock);
  for (ClassLoaderData* d = _head; d != nullptr; d = d->_next)
    if (d->_loader == loader) return d;
  auto* d = new ClassLoaderData(loader);
  d->_next = _head;
  _head = d;
  return d;
}

Klass* ClassLoaderData::find(const Symbol* name) {
  std::lock_guard<std::mutex> g(_lock);
  auto it = _dictionary.find(name);
  return it == _dictionary.end() ? nullptr : it->second;
}

void ClassLoaderData::add(const Symbol* name, Klass* k) {
  std::lock_guard<std::mutex> g(_lock);
  _dictionary.emplace(name, k);
}
