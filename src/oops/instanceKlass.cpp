// InstanceKlass: creation from a parsed class, field layout, method and field lookup (JVMS §5.4.3),
// and virtual/interface method selection (§5.4.6).
#include "oops/instanceKlass.hpp"

#include "classfile/fieldLayoutBuilder.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/symbolTable.hpp"
#include "oops/method.hpp"
#include "utilities/debug.hpp"

#include <algorithm>
#include <cstring>

Klass* Klass::_first_klass = nullptr;

void Klass::link_into_class_list() {
  // Klasses are created under the class-loading lock, so the list needs no atomics for writers;
  // readers (GC, at a safepoint) see a consistent list.
  _next_link = _first_klass;
  _first_klass = this;
}

bool Klass::is_subtype_of(const Klass* k) const {
  if (this == k) return true;
  if (k->is_instance_klass()) {
    const InstanceKlass* ik = static_cast<const InstanceKlass*>(k);
    if (ik->is_interface()) {
      if (!is_instance_klass()) {
        // Arrays implement Cloneable and Serializable only (JLS §10.8).
        return ik->name()->equals("java/lang/Cloneable") || ik->name()->equals("java/io/Serializable");
      }
      for (InstanceKlass* i : static_cast<const InstanceKlass*>(this)->transitive_interfaces())
        if (i == k) return true;
      return false;
    }
    for (const Klass* s = _super; s != nullptr; s = s->super())
      if (s == k) return true;
    return false;
  }
  // k is an array class: JVMS §6.5 checkcast, array rules.
  if (!is_array_klass()) return false;
  if (is_typeArray_klass() || k->is_typeArray_klass()) return this == k;
  extern Klass* array_element_klass(const Klass* ak);
  return array_element_klass(this)->is_subtype_of(array_element_klass(k));
}

namespace {
ReferenceType reference_type_of(const Symbol* name) {
  if (name->equals("java/lang/ref/SoftReference")) return ReferenceType::Soft;
  if (name->equals("java/lang/ref/WeakReference")) return ReferenceType::Weak;
  if (name->equals("java/lang/ref/FinalReference")) return ReferenceType::Final;
  if (name->equals("java/lang/ref/PhantomReference")) return ReferenceType::Phantom;
  return ReferenceType::None;
}

int field_size(const Symbol* sig) {
  BasicType t = char2type(sig->char_at(0));
  return type2aelembytes(t);
}

// HotSpot's ClassFileParser: a finalize()V declared here makes instances finalizable unless its
// body is a lone `return` (JVMS §6.5 return, opcode 0xb1), which also cancels an inherited one.
bool compute_has_finalizer(const ParsedClass* parsed, const InstanceKlass* super) {
  for (const Method* m : parsed->methods) {
    if (m->name()->equals("finalize") && m->signature()->equals("()V")) {
      bool empty = m->code_length() == 1 && m->code()[0] == 0xb1;
      return !empty;
    }
  }
  return super != nullptr && super->has_finalizer();
}

bool is_oop_field(const Symbol* sig) { return sig->char_at(0) == 'L' || sig->char_at(0) == '['; }
}  // namespace

InstanceKlass* InstanceKlass::create(ParsedClass* parsed, InstanceKlass* super,
                                     std::vector<InstanceKlass*> interfaces, ClassLoaderData* cld) {
  KlassKind kind = KlassKind::Instance;
  ReferenceType rt = super != nullptr ? super->reference_type() : ReferenceType::None;
  if (rt == ReferenceType::None) rt = reference_type_of(parsed->name);
  if (rt != ReferenceType::None) kind = KlassKind::InstanceRef;
  if (parsed->name->equals("java/lang/Class")) kind = KlassKind::InstanceMirror;

  InstanceKlass* k = new InstanceKlass(kind);
  k->_reference_type = rt;
  k->_has_finalizer = compute_has_finalizer(parsed, super);
  k->_parsed = parsed;
  k->_name = parsed->name;
  k->_super = super;
  k->_access_flags = parsed->access_flags;
  k->_class_loader_data = cld;
  k->_local_interfaces = std::move(interfaces);
  parsed->constants->set_pool_holder(k);
  for (size_t i = 0; i < parsed->methods.size(); i++) {
    Method* m = parsed->methods[i];
    m->_holder = k;
    m->_constants = parsed->constants;
    m->_method_idnum = int(i);
  }
  k->collect_interfaces();
  k->layout_instance_fields();
  k->link_into_class_list();
  return k;
}

void InstanceKlass::collect_interfaces() {
  auto add = [this](InstanceKlass* i) {
    if (std::find(_transitive_interfaces.begin(), _transitive_interfaces.end(), i) == _transitive_interfaces.end())
      _transitive_interfaces.push_back(i);
  };
  if (superklass() != nullptr)
    for (InstanceKlass* i : superklass()->transitive_interfaces()) add(i);
  for (InstanceKlass* i : _local_interfaces) {
    add(i);
    for (InstanceKlass* j : i->transitive_interfaces()) add(j);
  }
}

void InstanceKlass::layout_instance_fields() {
  // Superclass fields keep their offsets; the subclass may use the holes they left.
  std::vector<std::pair<int, int>> occupied{{0, oopDesc::header_size}};
  std::vector<std::pair<int, int>> oop_ranges;
  for (InstanceKlass* s = superklass(); s != nullptr; s = s->superklass()) {
    for (const FieldInfo& f : s->_parsed->fields) {
      if (f.access_flags & JVM_ACC_STATIC) continue;
      occupied.push_back({f.offset, f.offset + field_size(f.signature)});
    }
  }
  std::vector<FieldLayoutRequest> requests;
  for (FieldInfo& f : _parsed->fields) {
    if (f.access_flags & JVM_ACC_STATIC) continue;
    requests.push_back({&f, field_size(f.signature), is_oop_field(f.signature)});
  }
  int end = FieldLayoutBuilder::layout(occupied, requests, &oop_ranges);
  if (superklass() != nullptr) end = std::max(end, superklass()->_nonstatic_end);
  _nonstatic_end = end;
  _instance_size = int(align_up(size_t(end), ObjectAlignmentInBytes));

  // Oop maps: the super's runs, then ours (a run continuing the super's last one is merged).
  if (superklass() != nullptr)
    _oop_map_storage.assign(superklass()->_oop_maps, superklass()->_oop_maps + superklass()->_oop_map_count);
  for (auto [off, count] : oop_ranges) {
    if (!_oop_map_storage.empty() && _oop_map_storage.back().offset + 4 * _oop_map_storage.back().count == off)
      _oop_map_storage.back().count += count;
    else
      _oop_map_storage.push_back({off, count});
  }
  std::sort(_oop_map_storage.begin(), _oop_map_storage.end(),
            [](const OopMapBlock& a, const OopMapBlock& b) { return a.offset < b.offset; });
  _oop_maps = _oop_map_storage.data();
  _oop_map_count = int(_oop_map_storage.size());
}

void InstanceKlass::layout_static_fields() {
  // Static references first and contiguous (the collectors scan them as one run), then
  // primitives largest first, packed after them.
  int offset = Klass::_mirror_statics_offset;
  int oops = 0;
  for (FieldInfo& f : _parsed->fields) {
    if ((f.access_flags & JVM_ACC_STATIC) && is_oop_field(f.signature)) {
      f.offset = offset;
      offset += 4;
      oops++;
    }
  }
  std::vector<std::pair<int, int>> occupied{{0, offset}};
  std::vector<FieldLayoutRequest> requests;
  for (FieldInfo& f : _parsed->fields) {
    if ((f.access_flags & JVM_ACC_STATIC) && !is_oop_field(f.signature))
      requests.push_back({&f, field_size(f.signature), false});
  }
  int end = FieldLayoutBuilder::layout(occupied, requests, nullptr);
  _static_oop_field_count = oops;
  _mirror_size = int(align_up(size_t(std::max(end, offset)), ObjectAlignmentInBytes));
}

Method* InstanceKlass::find_local_method(const Symbol* name, const Symbol* sig) const {
  for (Method* m : _parsed->methods)
    if (m->name() == name && m->signature() == sig) return m;
  return nullptr;
}

Method* InstanceKlass::lookup_method_in_classes(const Symbol* name, const Symbol* sig) const {
  for (const InstanceKlass* k = this; k != nullptr; k = k->superklass()) {
    Method* m = k->find_local_method(name, sig);
    if (m != nullptr) return m;
  }
  return nullptr;
}

Method* InstanceKlass::lookup_method_in_interfaces(const Symbol* name, const Symbol* sig) const {
  // JVMS §5.4.3.3 step 3: a maximally-specific superinterface method that is not abstract is
  // preferred; otherwise any non-private, non-static one.
  Method* candidate = nullptr;
  for (InstanceKlass* i : _transitive_interfaces) {
    Method* m = i->find_local_method(name, sig);
    if (m == nullptr || m->is_static() || m->is_private()) continue;
    if (candidate == nullptr) { candidate = m; continue; }
    InstanceKlass* ch = candidate->holder();
    if (i->is_subtype_of(ch)) candidate = m;  // more specific
    else if (candidate->is_abstract() && !m->is_abstract() && !ch->is_subtype_of(i)) candidate = m;
  }
  return candidate;
}

Method* InstanceKlass::class_initializer() const {
  for (Method* m : _parsed->methods)
    if (m->name()->equals("<clinit>") && m->signature()->equals("()V")) return m;
  return nullptr;
}

InstanceKlass* InstanceKlass::find_field(const Symbol* name, const Symbol* sig, int* index) const {
  for (int i = 0; i < fields_count(); i++) {
    const FieldInfo& f = _parsed->fields[i];
    if (f.name == name && f.signature == sig) { *index = i; return const_cast<InstanceKlass*>(this); }
  }
  for (InstanceKlass* i : _local_interfaces) {
    InstanceKlass* k = i->find_field(name, sig, index);
    if (k != nullptr) return k;
  }
  return superklass() != nullptr ? superklass()->find_field(name, sig, index) : nullptr;
}

std::string_view InstanceKlass::package_name() const {
  std::string_view n = _name->view();
  size_t slash = n.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : n.substr(0, slash);
}

bool InstanceKlass::is_same_package(const Klass* other) const {
  // Same run-time package: same loader and same package name (JVMS §5.3).
  if (!other->is_instance_klass()) return false;
  const InstanceKlass* o = static_cast<const InstanceKlass*>(other);
  return o->class_loader_data() == class_loader_data() && o->package_name() == package_name();
}

namespace {
bool is_virtual(const Method* m) {
  return !m->is_static() && !m->is_private() && !m->name()->equals("<init>") && !m->name()->equals("<clinit>");
}

// JVMS §5.4.5: does m (declared in a subclass) override super_m?
bool overrides(const Method* m, const Method* super_m) {
  if (super_m->is_private()) return false;
  if (super_m->is_public() || super_m->is_protected()) return true;
  return m->holder()->is_same_package(super_m->holder());  // package-private
}
}  // namespace

void InstanceKlass::link_vtable() {
  std::vector<Method*> table;
  if (superklass() != nullptr)
    table.assign(superklass()->_vtable, superklass()->_vtable + superklass()->_vtable_length);
  if (!is_interface()) {
    for (Method* m : _parsed->methods) {
      if (!is_virtual(m)) continue;
      bool replaced = false;
      for (size_t i = 0; i < table.size(); i++) {
        Method* s = table[i];
        if (s->name() == m->name() && s->signature() == m->signature() && overrides(m, s)) {
          table[i] = m;
          if (m->_vtable_index < 0) m->_vtable_index = int(i);
          replaced = true;
        }
      }
      if (!replaced) {
        m->_vtable_index = int(table.size());
        table.push_back(m);
      }
    }
  }
  _vtable_length = int(table.size());
  if (!table.empty()) {
    _vtable = new Method*[table.size()];
    std::copy(table.begin(), table.end(), _vtable);
  }
}

Method* InstanceKlass::select_virtual(Method* resolved) const {
  if (resolved->_vtable_index >= 0 && resolved->_vtable_index < _vtable_length && !resolved->holder()->is_interface())
    return _vtable[resolved->_vtable_index];
  return select_interface(resolved);
}

Method* InstanceKlass::select_interface(Method* resolved) const {
  // JVMS §5.4.6: the class's own or inherited instance method, else a maximally-specific
  // superinterface default method.
  for (const InstanceKlass* k = this; k != nullptr; k = k->superklass()) {
    Method* m = k->find_local_method(resolved->name(), resolved->signature());
    if (m != nullptr && !m->is_static()) {
      if (m->is_private() && k != resolved->holder()) continue;
      return m;
    }
  }
  return lookup_method_in_interfaces(resolved->name(), resolved->signature());
}

bool InstanceKlass::is_magic_accessor() const {
  for (const Klass* s = this; s != nullptr; s = s->super()) {
    if (s->name()->equals("jdk/internal/reflect/MagicAccessorImpl")) return s->class_loader_data()->is_boot();
  }
  return false;
}
