// OopMapCache: the per-method table of interpreter oop maps, filled on demand at GC time from
// GenerateOopMap's analysis, and InterpreterOopMap's out-of-line parts.
#include "interpreter/oopMapCache.hpp"

#include "interpreter/generateOopMap.hpp"
#include "oops/method.hpp"

#include <memory>
#include <mutex>
#include <unordered_map>

void InterpreterOopMap::reset(int bci, int max_locals, int stack_size) {
  _bci = bci;
  _max_locals = max_locals;
  _stack_size = stack_size;
  _bits.assign(size_t(max_locals + stack_size + 63) / 64, 0);
  _alternatives.clear();
}

int InterpreterOopMap::oop_count() const {
  int n = 0;
  for (uint64_t w : _bits) n += __builtin_popcountll(w);
  return n;
}

std::string InterpreterOopMap::to_string() const {
  std::string s = "bci " + std::to_string(_bci) + " locals ";
  for (int i = 0; i < number_of_entries(); i++) {
    if (i == _max_locals) s += " stack ";
    s += is_oop(i) ? 'R' : '.';
  }
  if (_stack_size == 0) s += " stack";
  if (!_alternatives.empty()) s += " +" + std::to_string(_alternatives.size()) + " jsr";
  return s;
}

namespace {
// One method's cached maps. The analysis itself is not kept: it costs a few microseconds per
// method (tests/unit/interpreter measure it on java.base), while its block entry states
// would cost memory for every method ever seen on a stack. A miss re-runs it.
struct MethodEntry {
  bool failed = false;  // the method's code was rejected; remembered so GCs do not retry
  std::unordered_map<int, InterpreterOopMap> maps;
};

std::mutex cache_lock;

std::unordered_map<const Method*, std::unique_ptr<MethodEntry>>& cache_table() {
  // Never destroyed: GC threads may still look up during VM exit.
  static auto* table = new std::unordered_map<const Method*, std::unique_ptr<MethodEntry>>();
  return *table;
}

bool has_code(const Method* m) {
  return m != nullptr && m->code() != nullptr && m->code_length() > 0 && !m->is_native() && !m->is_abstract();
}
}  // namespace

bool OopMapCache::compute(const Method* m, int bci, InterpreterOopMap* out) {
  if (!has_code(m)) return false;
  GenerateOopMap gen(m);
  return gen.compute() && gen.result_at(bci, out);
}

bool OopMapCache::lookup(const Method* m, int bci, InterpreterOopMap* out) {
  if (!has_code(m)) return false;
  // The analysis runs under the lock: lookups come from the GC, where a short serialization
  // is cheaper than duplicate work, and misses are rare (frames stop at the same bcis).
  std::lock_guard<std::mutex> guard(cache_lock);
  std::unique_ptr<MethodEntry>& slot = cache_table()[m];
  if (slot == nullptr) slot = std::make_unique<MethodEntry>();
  MethodEntry& e = *slot;
  if (e.failed) return false;
  auto it = e.maps.find(bci);
  if (it != e.maps.end()) {
    *out = it->second;
    return true;
  }
  GenerateOopMap gen(m);
  if (!gen.compute()) {
    e.failed = true;
    return false;
  }
  InterpreterOopMap map;
  if (!gen.result_at(bci, &map)) return false;
  *out = map;
  e.maps.emplace(bci, std::move(map));
  return true;
}

void OopMapCache::flush(const Method* m) {
  std::lock_guard<std::mutex> guard(cache_lock);
  cache_table().erase(m);
}

void OopMapCache::flush_all() {
  std::lock_guard<std::mutex> guard(cache_lock);
  cache_table().clear();
}

size_t OopMapCache::cached_methods() {
  std::lock_guard<std::mutex> guard(cache_lock);
  return cache_table().size();
}

size_t OopMapCache::cached_maps() {
  std::lock_guard<std::mutex> guard(cache_lock);
  size_t n = 0;
  for (const auto& [m, e] : cache_table()) n += e->maps.size();
  return n;
}
