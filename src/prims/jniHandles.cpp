// Global and weak-global reference tables: deques (stable addresses) with free lists.
#include "prims/jniHandles.hpp"

#include "gc/shared/objectModel.hpp"

#include <atomic>
#include <deque>
#include <mutex>
#include <vector>

namespace {
struct RefTable {
  std::mutex lock;
  std::deque<oop> slots;
  std::vector<oop*> free;
  // A freed slot holds this marker instead of null, so a freed weak ref is not "cleared".
  jobject add(oop o) {
    std::lock_guard<std::mutex> g(lock);
    oop* slot;
    if (!free.empty()) { slot = free.back(); free.pop_back(); }
    else { slots.push_back(nullptr); slot = &slots.back(); }
    *slot = o;
    return reinterpret_cast<jobject>(slot);
  }
  void remove(jobject ref) {
    if (ref == nullptr) return;
    std::lock_guard<std::mutex> g(lock);
    oop* slot = reinterpret_cast<oop*>(ref);
    *slot = nullptr;
    free.push_back(slot);
  }
  size_t live() {
    std::lock_guard<std::mutex> g(lock);
    return slots.size() - free.size();
  }
  bool contains(jobject ref) {
    std::lock_guard<std::mutex> g(lock);
    for (oop& s : slots) if (reinterpret_cast<jobject>(&s) == ref) return true;
    return false;
  }
};
RefTable globals, weak_globals;
}  // namespace

jobject JNIHandles::make_local(JavaThread* thread, oop obj) {
  if (obj == nullptr) return nullptr;
  thread->jni_locals().push_back(obj);
  return reinterpret_cast<jobject>(&thread->jni_locals().back());
}

jobject JNIHandles::make_global(oop obj) { return obj == nullptr ? nullptr : globals.add(obj); }
jweak JNIHandles::make_weak_global(oop obj) { return obj == nullptr ? nullptr : weak_globals.add(obj); }
void JNIHandles::destroy_global(jobject ref) { globals.remove(ref); }
void JNIHandles::destroy_weak_global(jweak ref) { weak_globals.remove(ref); }

jobjectRefType JNIHandles::ref_type(jobject ref) {
  if (ref == nullptr) return JNIInvalidRefType;
  if (globals.contains(ref)) return JNIGlobalRefType;
  if (weak_globals.contains(ref)) return JNIWeakGlobalRefType;
  return JNILocalRefType;
}

namespace {
std::atomic<size_t> jni_globals{0};
}

jobject JNIHandles::make_jni_global(oop obj) {
  jobject ref = make_global(obj);
  if (ref != nullptr) jni_globals.fetch_add(1);
  return ref;
}

void JNIHandles::destroy_jni_global(jobject ref) {
  if (ref == nullptr) return;
  destroy_global(ref);
  jni_globals.fetch_sub(1);
}

size_t JNIHandles::jni_global_count() { return jni_globals.load(); }
size_t JNIHandles::weak_global_count() { return weak_globals.live(); }

void JNIHandles::oops_do(OopClosure* cl) {
  for (oop& s : globals.slots) if (s != nullptr) cl->do_oop(&s);
}

void JNIHandles::weak_oops_do(OopClosure* cl) {
  for (oop& s : weak_globals.slots) if (s != nullptr) cl->do_oop(&s);
}
