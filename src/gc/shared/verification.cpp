// HeapVerifier: the object-start bitmap and the per-object checks (see verification.hpp).
#include "gc/shared/verification.hpp"

#include "gc/shared/cardTable.hpp"
#include "memory/metaspace.hpp"

#include <cstdarg>
#include <cstdio>

HeapVerifier::HeapVerifier(address heap_base, size_t heap_size, const ContiguousSpace* const* spaces, int count,
                           const ContiguousSpace* old_space, address young_start, address young_end,
                           const CardTable* card_table)
    : _heap_base(heap_base), _heap_size(heap_size), _count(count), _old_space(old_space),
      _young_start(young_start), _young_end(young_end), _card_table(card_table) {
  for (int i = 0; i < count && i < 8; i++) _spaces[i] = spaces[i];
}

void HeapVerifier::report(const char* fmt, ...) {
  if (_errors++ > 0) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(_first_error, sizeof _first_error, fmt, ap);
  va_end(ap);
}

bool HeapVerifier::is_object_start(const void* p) const {
  address a = static_cast<address>(const_cast<void*>(p));
  if (a < _heap_base || a >= _heap_base + _heap_size) return false;
  size_t bit = size_t(a - _heap_base) >> LogHeapWordSize;
  return (_starts[bit >> 6] >> (bit & 63)) & 1;
}

// First pass: walk each space object by object, checking headers and sizes, and note every
// object start in the bitmap. A bad klass or size stops the walk of that space, since the next
// object can no longer be found.
void HeapVerifier::record_starts() {
  _starts.assign((_heap_size / HeapWordSize + 63) / 64, 0);
  const size_t class_space = Metaspace::class_space_used();
  for (int i = 0; i < _count; i++) {
    const ContiguousSpace* s = _spaces[i];
    address p = s->bottom();
    address t = s->top();
    while (p < t) {
      oop o = reinterpret_cast<oop>(p);
      narrowKlass nk = o->narrow_klass();
      if (nk == 0 || (size_t(nk) << CompressedKlassPointers::shift) >= class_space) {
        report("%s: object %p has a bad klass 0x%x", s->name(), static_cast<void*>(o), nk);
        return;  // cannot find the next object
      }
      if (o->mark().is_marked()) report("%s: object %p is still forwarded/marked", s->name(), static_cast<void*>(o));
      size_t size = ObjectModel::size(o);
      if (size < 16 || size % ObjectAlignmentInBytes != 0 || size > size_t(t - p)) {
        report("%s: object %p has a bad size %zu", s->name(), static_cast<void*>(o), size);
        return;
      }
      size_t bit = size_t(p - _heap_base) >> LogHeapWordSize;
      _starts[bit >> 6] |= uint64_t(1) << (bit & 63);
      p += size;
    }
  }
}

// Second pass, per reference field: the referent must be an object start, and an old->young
// reference must lie on a dirty card or the next scavenge would not see it.
void HeapVerifier::check_field(const void* holder, narrowOop* p, bool from_old) {
  if (*p == 0) return;
  oop o = CompressedOops::decode(*p);
  if (!is_object_start(o)) {
    report("field %p (offset %ld) of object %p (klass %p) points to %p, not an object", static_cast<void*>(p),
           long(reinterpret_cast<const char*>(p) - static_cast<const char*>(holder)), holder,
           static_cast<void*>(static_cast<const oopDesc*>(holder)->klass()), static_cast<void*>(o));
    return;
  }
  address a = reinterpret_cast<address>(o);
  if (from_old && _card_table != nullptr && a >= _young_start && a < _young_end && !_card_table->is_dirty(p)) {
    report("old->young field %p of object %p (-> %p) is on a clean card", static_cast<void*>(p), holder,
           static_cast<void*>(o));
  }
}

namespace {
class VerifyRootClosure final : public OopClosure {
 public:
  VerifyRootClosure(HeapVerifier* v, const char* kind) : _v(v), _kind(kind) {}
  void do_oop(narrowOop* p) override {
    if (*p != 0) check(CompressedOops::decode(*p), p);
  }
  void do_oop(oop* p) override {
    if (*p != nullptr) check(*p, p);
  }

 private:
  void check(oop o, void* slot) {
    if (!_v->is_object_start(o)) _v->report("%s root %p points to %p, not an object", _kind, slot, static_cast<void*>(o));
  }
  HeapVerifier* _v;
  const char* _kind;
};
}  // namespace

// Object walk, then fields, then roots (strong and weak) against the same bitmap.
size_t HeapVerifier::verify(RootProvider* roots) {
  record_starts();
  if (_errors > 0) return _errors;
  for (int i = 0; i < _count; i++) {
    const ContiguousSpace* s = _spaces[i];
    bool from_old = s == _old_space;
    s->object_iterate([&](oop o) {
      ObjectModel::iterate(o, [&](narrowOop* p) { check_field(o, p, from_old); });
    });
  }
  if (roots != nullptr) {
    VerifyRootClosure strong(this, "strong");
    roots->strong_roots_do(&strong);
    VerifyRootClosure weak(this, "weak");
    roots->weak_roots_do(&weak);
  }
  return _errors;
}
