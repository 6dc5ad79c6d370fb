// Reading the raw RuntimeVisibleAnnotations bytes the parser keeps (JVMS §4.7.16): which
// annotation types are present. The VM acts on a few of them, as HotSpot does for privileged
// (boot and platform loader) classes: @CallerSensitive, @IntrinsicCandidate, @Hidden,
// @ForceInline, @DontInline, @Stable, @Contended, @ValueBased, @ReservedStackAccess.
#pragma once

#include "classfile/symbolTable.hpp"
#include "oops/constantPool.hpp"
#include "oops/method.hpp"

#include <string_view>

namespace Annotations {

// Calls visit(type_descriptor) for each top-level annotation, in order, e.g.
// "Ljdk/internal/reflect/CallerSensitive;". Stops early when visit returns false. Returns false
// if the bytes are malformed (what was visited before stays visited; HotSpot likewise ignores
// the rest). Never reads outside `raw` or the pool, and nesting depth does not use the C stack.
template <typename Visitor>
bool for_each_type(const RawBytes& raw, const ConstantPool* cp, Visitor visit);

// True if an annotation of that type (a field descriptor, "Ljdk/internal/vm/annotation/Stable;")
// is present.
bool has(const RawBytes& raw, const ConstantPool* cp, std::string_view type_descriptor);

// Internal: the offset just past the annotation starting at `pos`, or 0 if malformed.
size_t skip_annotation(const u1* data, size_t length, size_t pos);

}  // namespace Annotations

template <typename Visitor>
bool Annotations::for_each_type(const RawBytes& raw, const ConstantPool* cp, Visitor visit) {
  if (raw.data == nullptr || raw.length < 2) return raw.data == nullptr;
  const u1* d = raw.data;
  size_t length = size_t(raw.length);
  int count = (d[0] << 8) | d[1];
  size_t pos = 2;
  for (int i = 0; i < count; i++) {
    if (pos + 2 > length) return false;
    int type_index = (d[pos] << 8) | d[pos + 1];
    size_t next = skip_annotation(d, length, pos);
    if (next == 0) return false;
    if (type_index <= 0 || type_index >= cp->length() || cp->tag_at(type_index) != JVM_CONSTANT_Utf8) return false;
    if (!visit(cp->symbol_at(type_index)->view())) return true;
    pos = next;
  }
  return true;
}
