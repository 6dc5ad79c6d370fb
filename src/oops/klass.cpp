// KlassBuilder: creates bare klasses with a given layout (array klasses and the fake classes
// that unit tests build for the collectors).
#include "oops/klass.hpp"

#include "memory/metaspace.hpp"

#include <cstring>

int Klass::_mirror_size_offset = 0;
int Klass::_mirror_static_count_offset = 0;
int Klass::_mirror_statics_offset = 0;

namespace {
class BareKlass : public Klass {
 public:
  explicit BareKlass(KlassKind kind) : Klass(kind) {}
};

int log2_of(int n) { int l = 0; while ((1 << l) < n) l++; return l; }
}  // namespace

Klass* KlassBuilder::new_instance_klass(int instance_size, const OopMapBlock* maps, int map_count,
                                        KlassKind kind, ReferenceType rt) {
  Klass* k = new BareKlass(kind);
  k->_instance_size = int(align_up(size_t(instance_size), ObjectAlignmentInBytes));
  if (map_count > 0) {
    auto* copy = static_cast<OopMapBlock*>(Metaspace::allocate_nonclass(sizeof(OopMapBlock) * map_count));
    memcpy(copy, maps, sizeof(OopMapBlock) * map_count);
    k->_oop_maps = copy;
  }
  k->_oop_map_count = map_count;
  k->_reference_type = rt;
  return k;
}

Klass* KlassBuilder::new_array_klass(BasicType element_type) {
  Klass* k = new BareKlass(is_reference_type(element_type) ? KlassKind::ObjArray : KlassKind::TypeArray);
  k->_element_type = element_type;
  k->_log2_element_size = uint8_t(log2_of(type2aelembytes(element_type)));
  return k;
}

int32_t arrayOopDesc::max_array_length(BasicType t) {
  // HotSpot: align_down(max_jint - header_size_in_words, MinObjAlignment) on 64-bit.
  (void)t;
  return int32_t(0x7fffffff - base_offset / HeapWordSize);
}
