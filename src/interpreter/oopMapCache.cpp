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
// One method's cached state. The analysis (block entry states) is kept so that each new bci
// costs one block replay; a method whose analysis failed is remembered as such.
struct MethodEntry {
  std::unique_ptr<GenerateOopMap> analysis;
  bool failed = false;
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
  // The analysis runs under the lock: it happens once per method, and lookups come from the
  // GC, where a short serialization is cheaper than duplicate work.
  std::lock_guard<std::mutex> guard(cache_lock);
  std::unique_ptr<MethodEntry>& slot = cache_table()[m];
  if (slot == nullptr) slot = std::make_unique<MethodEntry>();
  MethodEntry& e = *slot;
  if (e.failed) return false;
  if (e.analysis == nullptr) {
    auto gen = std::make_unique<GenerateOopMap>(m);
    if (!gen->compute()) {
      e.failed = true;
      return false;
    }
    e.analysis = std::move(gen);
  }
  auto it = e.maps.find(bci);
  if (it != e.maps.end()) {
    *out = it->second;
    return true;
  }
  InterpreterOopMap map;
  if (!e.analysis->result_at(bci, &map)) return false;
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
