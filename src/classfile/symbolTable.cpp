// SymbolTable: the VM-wide set of interned Symbols, split into independently locked shards so
// that class loading on several threads rarely contends. Symbols live for the life of the VM
// (no unloading yet), carved from per-shard bump arenas; each is a header plus its bytes.
#include "classfile/symbolTable.hpp"

#include "utilities/debug.hpp"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace {

// FNV-1a over the modified-UTF-8 bytes. Stored in the Symbol so rehashing never re-reads bytes.
uint32_t hash_bytes(const char* s, int len) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < len; i++) {
    h ^= uint8_t(s[i]);
    h *= 16777619u;
  }
  return h;
}

constexpr int kShardBits = 6;
constexpr int kShards = 1 << kShardBits;
constexpr size_t kChunkSize = 64 * K;

// One shard: an open-addressing table (linear probing, load <= 1/2) plus a bump arena for the
// symbols it creates. Everything in a shard is guarded by its mutex.
struct Shard {
  std::mutex lock;
  Symbol** slots = nullptr;
  size_t capacity = 0;  // power of two, 0 before the first insert
  size_t used = 0;
  char* chunk_top = nullptr;
  char* chunk_end = nullptr;

  Symbol* find(const char* bytes, int length, uint32_t hash) const {
    if (capacity == 0) return nullptr;
    size_t mask = capacity - 1;
    for (size_t i = (hash >> kShardBits) & mask;; i = (i + 1) & mask) {
      Symbol* s = slots[i];
      if (s == nullptr) return nullptr;
      if (s->hash() == hash && s->length() == length && memcmp(s->bytes(), bytes, size_t(length)) == 0) return s;
    }
  }

  void insert_slot(Symbol* s) {
    size_t mask = capacity - 1;
    size_t i = (s->hash() >> kShardBits) & mask;
    while (slots[i] != nullptr) i = (i + 1) & mask;
    slots[i] = s;
  }

  void grow() {
    size_t old_capacity = capacity;
    Symbol** old_slots = slots;
    capacity = old_capacity == 0 ? 256 : old_capacity * 2;
    slots = static_cast<Symbol**>(calloc(capacity, sizeof(Symbol*)));
    guarantee(slots != nullptr, "out of native memory for the symbol table");
    for (size_t i = 0; i < old_capacity; i++) {
      if (old_slots[i] != nullptr) insert_slot(old_slots[i]);
    }
    free(old_slots);
  }

  void* allocate(size_t bytes) {
    bytes = align_up(bytes, alignof(Symbol));
    if (bytes > size_t(chunk_end - chunk_top)) {
      size_t size = bytes > kChunkSize / 4 ? bytes : kChunkSize;  // big symbols get their own block
      char* chunk = static_cast<char*>(malloc(size));
      guarantee(chunk != nullptr, "out of native memory for symbols");
      if (size != kChunkSize) return chunk;
      chunk_top = chunk;
      chunk_end = chunk + size;
    }
    void* result = chunk_top;
    chunk_top += bytes;
    return result;
  }
};

Shard shards[kShards];
std::atomic<size_t> symbol_count{0};

}  // namespace

// Symbol layout: [hash u4][length i4][bytes ... NUL]. _body is declared with one element; the
// allocation is sized for the real length plus the terminating NUL.
Symbol* SymbolTable::lookup(const char* bytes, int length) {
  guarantee(length >= 0, "negative symbol length");
  uint32_t hash = hash_bytes(bytes, length);
  Shard& shard = shards[hash & (kShards - 1)];
  std::lock_guard<std::mutex> guard(shard.lock);
  if (Symbol* s = shard.find(bytes, length, hash)) return s;
  if ((shard.used + 1) * 2 > shard.capacity) shard.grow();
  size_t size = offsetof(Symbol, _body) + size_t(length) + 1;
  Symbol* s = static_cast<Symbol*>(shard.allocate(size));
  s->_hash = hash;
  s->_length = length;
  memcpy(s->_body, bytes, size_t(length));
  s->_body[length] = '\0';
  shard.insert_slot(s);
  shard.used++;
  symbol_count.fetch_add(1, std::memory_order_relaxed);
  return s;
}

Symbol* SymbolTable::probe(std::string_view str) {
  uint32_t hash = hash_bytes(str.data(), int(str.size()));
  Shard& shard = shards[hash & (kShards - 1)];
  std::lock_guard<std::mutex> guard(shard.lock);
  return shard.find(str.data(), int(str.size()), hash);
}

size_t SymbolTable::count() { return symbol_count.load(std::memory_order_relaxed); }
