// Class-level attributes of a class file (JVMS §4.7): SourceFile, InnerClasses, EnclosingMethod,
// Signature, BootstrapMethods, NestHost/NestMembers, Record, PermittedSubclasses, annotations,
// with HotSpot's checks and messages. Part of the ClassFileParser (see classFileParserInternal.hpp).
#include "classfile/classFileParserInternal.hpp"

#include <unordered_map>

namespace classfile_parser {

// --- class attributes (§4.7) ----------------------------------------------------------------------

bool Parser::parse_bootstrap_methods(u4 attribute_length) {
  size_t start = _s.position();
  if (attribute_length < 2) {
    return fail("Invalid BootstrapMethods attribute length %u in class file %s", attribute_length, cname());
  }
  if (!_s.has(attribute_length)) return truncated();
  int count = _s.u2_fast();
  if (_max_bootstrap_index >= count) return fail("Short length on BootstrapMethods in class file %s", cname());
  // The same bound HotSpot uses: the specifiers, laid out as u2 operands, must fit the attribute.
  const int operand_count = int((attribute_length - 2) / 2);
  const int index_size = count * 2;
  const int operands_length = index_size + operand_count;
  int fill = index_size;
  _bootstrap_methods.resize(size_t(count));
  for (int n = 0; n < count; n++) {
    if (!_s.has(4)) return truncated();
    u2 bsm = _s.u2_fast();
    u2 argc = _s.u2_fast();
    if (!valid_cp_range(bsm) || _tags[bsm] != JVM_CONSTANT_MethodHandle) {
      return fail("bootstrap_method_index %u has bad constant type in class file %s", bsm, cname());
    }
    if (fill + 1 + argc >= operands_length) {
      return fail("Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value in class file %s",
                  cname());
    }
    fill += 2 + argc;
    if (!_s.has(2u * argc)) return truncated();
    std::vector<u2>& spec = _bootstrap_methods[size_t(n)];
    spec.reserve(size_t(argc) + 1);
    spec.push_back(bsm);
    for (int j = 0; j < argc; j++) {
      u2 arg = _s.u2_fast();
      bool loadable = false;
      if (valid_cp_range(arg)) {
        switch (_tags[arg]) {
          case JVM_CONSTANT_Integer: case JVM_CONSTANT_Float: case JVM_CONSTANT_Long: case JVM_CONSTANT_Double:
          case JVM_CONSTANT_Class: case JVM_CONSTANT_String: case JVM_CONSTANT_MethodHandle:
          case JVM_CONSTANT_MethodType: case JVM_CONSTANT_Dynamic:
            loadable = true;
            break;
          default:
            break;
        }
      }
      if (!loadable) return fail("argument_index %u has bad constant type in class file %s", arg, cname());
      spec.push_back(arg);
    }
  }
  if (_s.position() != start + attribute_length) return fail("Bad length on BootstrapMethods in class file %s", cname());
  return true;
}

// HotSpot's InnerClasses sanity pass (JDK-4347400), in linear time. Entries are visited in
// order; for each, first: does the chain of outer classes starting there run into a cycle?
// Then: is there a later entry for the same inner class? If it is an exact duplicate that is a
// ClassFormatError; a cycle or a mere repeat makes HotSpot ignore the attribute (*ignore).
bool Parser::check_inner_classes(bool* ignore) {
  const size_t n = _inner_classes.size();
  *ignore = false;
  // The entry describing each inner class name (the first one, as HotSpot's lookup finds).
  std::unordered_map<std::string_view, size_t> entry_of;
  for (size_t i = 0; i < n; i++) entry_of.emplace(klass_name_at(_inner_classes[i].inner_class_index), i);
  // Colour walk over entry -> entry of its outer class: 0 unseen, 1 on the current path,
  // 2 chain ends, 3 chain reaches a cycle.
  std::vector<u1> state(n, 0);
  std::vector<size_t> path;
  for (size_t start = 0; start < n; start++) {
    size_t e = start;
    u1 result = 2;
    path.clear();
    while (true) {
      if (state[e] == 1) { result = 3; break; }
      if (state[e] >= 2) { result = state[e]; break; }
      state[e] = 1;
      path.push_back(e);
      u2 outer = _inner_classes[e].outer_class_index;
      if (outer == 0) break;
      std::string_view outer_name = klass_name_at(outer);
      if (outer_name == klass_name_at(_inner_classes[e].inner_class_index)) { result = 3; break; }
      auto it = entry_of.find(outer_name);
      if (it == entry_of.end()) break;
      e = it->second;
    }
    for (size_t p : path) state[p] = result;
  }
  // For each entry, the next later entry with the same inner_class_info_index.
  std::vector<size_t> next_same(n, n);
  std::unordered_map<u2, size_t> later;
  for (size_t i = n; i-- > 0;) {
    u2 inner = _inner_classes[i].inner_class_index;
    auto it = later.find(inner);
    if (it != later.end()) next_same[i] = it->second;
    later[inner] = i;
  }
  for (size_t idx = 0; idx < n; idx++) {
    if (state[idx] == 3) { *ignore = true; return true; }
    size_t y = next_same[idx];
    if (y == n) continue;
    const InnerClassInfo &a = _inner_classes[idx], &b = _inner_classes[y];
    if (a.outer_class_index == b.outer_class_index && a.inner_name_index == b.inner_name_index &&
        a.access_flags == b.access_flags) {
      return fail("Duplicate entry in InnerClasses attribute in class file %s", cname());
    }
    *ignore = true;
    return true;
  }
  return true;
}

bool Parser::parse_inner_classes(size_t start, bool has_attribute, u4 attribute_length) {
  size_t mark = _s.position();
  u2 length = 0;
  if (has_attribute) {
    _s.set_position(start);
    if (!read_u2(&length)) return false;
  }
  if (!_s.has(8u * length)) return truncated();
  for (int n = 0; n < length; n++) {
    InnerClassInfo e;
    e.inner_class_index = _s.u2_fast();
    if (!valid_klass_reference_at(e.inner_class_index)) {
      return fail("inner_class_info_index %u has bad constant type in class file %s", e.inner_class_index, cname());
    }
    e.outer_class_index = _s.u2_fast();
    if (e.outer_class_index != 0 && !valid_klass_reference_at(e.outer_class_index)) {
      return fail("outer_class_info_index %u has bad constant type in class file %s", e.outer_class_index, cname());
    }
    e.inner_name_index = _s.u2_fast();
    if (e.inner_name_index != 0 && !valid_symbol_at(e.inner_name_index)) {
      return fail("inner_name_index %u has bad constant type in class file %s", e.inner_name_index, cname());
    }
    if (e.inner_class_index == e.outer_class_index) {
      return fail("Class is both outer and inner class in class file %s", cname());
    }
    u2 mask = _major >= kJava9 ? u2(kInnerClassModifiers | JVM_ACC_MODULE) : kInnerClassModifiers;
    u2 flags = _s.u2_fast() & mask;
    if ((flags & JVM_ACC_INTERFACE) && _major < kJava6) flags |= JVM_ACC_ABSTRACT;
    if (!check_class_modifiers(flags)) return false;
    e.access_flags = flags;
    _inner_classes.push_back(e);
  }
  if (_major >= kJava1_5) {
    bool ignore = false;
    if (!check_inner_classes(&ignore)) return false;
    if (ignore) _inner_classes.clear();
    if (has_attribute && attribute_length != 2u + 8u * length) {
      return fail("Wrong InnerClasses attribute length in class file %s", cname());
    }
  }
  _s.set_position(mark);
  return true;
}

// NestMembers (§4.7.29) and PermittedSubclasses (§4.7.31) share one shape: a u2 count of class
// indices. `entry` and `attribute` name them in HotSpot's messages.
bool Parser::parse_class_index_list(size_t start, u4 attribute_length, std::vector<u2>* out, const char* entry,
                                    const char* attribute) {
  size_t mark = _s.position();
  _s.set_position(start);
  u2 length;
  if (!read_u2(&length)) return false;
  if (!_s.has(2u * length)) return truncated();
  for (int n = 0; n < length; n++) {
    u2 index = _s.u2_fast();
    if (!valid_klass_reference_at(index)) {
      return fail("%s class_info_index %u has bad constant type in class file %s", entry, index, cname());
    }
    out->push_back(index);
  }
  if (attribute_length != 2u + 2u * length) {
    return fail("Wrong %s attribute length in class file %s", attribute, cname());
  }
  _s.set_position(mark);
  return true;
}

// §4.7.30. The components are read from the attribute's start; its declared length is compared
// with what was read only at the end, as HotSpot does.
bool Parser::parse_record(size_t start, u4 attribute_length) {
  size_t mark = _s.position();
  _s.set_position(start);
  u2 count;
  if (!read_u2(&count)) return false;
  uint64_t calculated = 2;
  for (int x = 0; x < count; x++) {
    if (!_s.has(6)) return truncated();
    RecordComponentTmp c;
    c.name_index = _s.u2_fast();
    if (!valid_symbol_at(c.name_index)) {
      return fail("Invalid constant pool index %u for name in Record attribute in class file %s", c.name_index, cname());
    }
    std::string_view name = utf8_at(c.name_index);
    if (!Descriptors::is_legal_field_name(name, _major)) {
      return fail("Illegal field name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
    }
    c.descriptor_index = _s.u2_fast();
    if (!valid_symbol_at(c.descriptor_index)) {
      return fail("Invalid constant pool index %u for descriptor in Record attribute in class file %s",
                  c.descriptor_index, cname());
    }
    std::string_view sig = utf8_at(c.descriptor_index);
    Descriptors::Problem p = Descriptors::Problem::None;
    if (!Descriptors::is_legal_field_descriptor(sig, _major, &p)) return descriptor_problem(p, "Field", name, sig);
    u2 attributes = _s.u2_fast();
    calculated += 6;
    bool invisible_seen = false, invisible_type_seen = false;
    for (int y = 0; y < attributes; y++) {
      if (!_s.has(6)) return truncated();
      u2 attr_index = _s.u2_fast();
      u4 length = _s.u4_fast();
      calculated += 6ull + length;
      if (!valid_symbol_at(attr_index)) {
        return fail("Invalid Record attribute name index %u in class file %s", attr_index, cname());
      }
      std::string_view attr = utf8_at(attr_index);
      if (attr == "Signature") {
        if (c.generic_signature_index != 0) {
          return fail("Multiple Signature attributes for Record component in class file %s", cname());
        }
        if (length != 2) {
          return fail("Invalid Signature attribute length %u in Record component in class file %s", length, cname());
        }
        if (!read_u2(&c.generic_signature_index)) return false;
        if (!valid_symbol_at(c.generic_signature_index)) {
          return fail("Invalid Signature attribute at constant pool index %u in class file %s", c.generic_signature_index,
                      cname());
        }
      } else if (attr == "RuntimeVisibleAnnotations") {
        if (c.annotations.present()) {
          return fail("Multiple RuntimeVisibleAnnotations attributes for Record component in class file %s", cname());
        }
        if (!read_raw(&c.annotations, length)) return false;
      } else if (attr == "RuntimeInvisibleAnnotations") {
        if (invisible_seen) {
          return fail("Multiple RuntimeInvisibleAnnotations attributes for Record component in class file %s", cname());
        }
        invisible_seen = true;
        if (!skip(length)) return false;
      } else if (attr == "RuntimeVisibleTypeAnnotations") {
        if (c.type_annotations.present()) {
          return fail("Multiple RuntimeVisibleTypeAnnotations attributes for Record component in class file %s", cname());
        }
        if (!read_raw(&c.type_annotations, length)) return false;
      } else if (attr == "RuntimeInvisibleTypeAnnotations") {
        if (invisible_type_seen) {
          return fail("Multiple RuntimeInvisibleTypeAnnotations attributes for Record component in class file %s",
                      cname());
        }
        invisible_type_seen = true;
        if (!skip(length)) return false;
      } else {
        if (!skip(length)) return false;
      }
    }
    _record_components.push_back(c);
  }
  if (attribute_length != calculated) return fail("Record attribute has wrong length in class file %s", cname());
  _is_record = true;
  _s.set_position(mark);
  return true;
}

bool Parser::parse_class_attributes() {
  u2 count;
  if (!read_u2(&count)) return false;
  bool sourcefile_seen = false, sde_seen = false, inner_seen = false, enclosing_seen = false, bsm_seen = false;
  bool nest_members_seen = false, nest_host_seen = false, record_seen = false, permitted_seen = false;
  bool invisible_seen = false, invisible_type_seen = false;
  size_t inner_start = 0, nest_members_start = 0, record_start = 0, permitted_start = 0;
  u4 inner_length = 0, nest_members_length = 0, record_length = 0, permitted_length = 0;
  while (count--) {
    if (!_s.has(6)) return truncated();
    u2 attr_index = _s.u2_fast();
    u4 length = _s.u4_fast();
    if (!valid_symbol_at(attr_index)) {
      return fail("Attribute name has bad constant pool index %u in class file %s", attr_index, cname());
    }
    std::string_view tag = utf8_at(attr_index);
    if (tag == "SourceFile") {
      if (length != 2) return fail("Wrong SourceFile attribute length in class file %s", cname());
      if (sourcefile_seen) return fail("Multiple SourceFile attributes in class file %s", cname());
      sourcefile_seen = true;
      if (!read_u2(&_sourcefile_index)) return false;
      if (!valid_symbol_at(_sourcefile_index)) {
        return fail("Invalid SourceFile attribute at constant pool index %u in class file %s", _sourcefile_index, cname());
      }
    } else if (tag == "SourceDebugExtension") {
      if (sde_seen) return fail("Multiple SourceDebugExtension attributes in class file %s", cname());
      sde_seen = true;
      if (!read_raw(&_source_debug_extension, length)) return false;
    } else if (tag == "InnerClasses") {
      if (inner_seen) return fail("Multiple InnerClasses attributes in class file %s", cname());
      inner_seen = true;
      inner_start = _s.position();
      inner_length = length;
      if (!skip(length)) return false;
    } else if (tag == "Synthetic") {
      if (length != 0) return fail("Invalid Synthetic classfile attribute length %u in class file %s", length, cname());
      _access_flags |= JVM_ACC_SYNTHETIC;
    } else if (tag == "Deprecated") {
      if (length != 0) return fail("Invalid Deprecated classfile attribute length %u in class file %s", length, cname());
    } else if (_major < kJava1_5) {
      if (!skip(length)) return false;
    } else if (tag == "Signature") {
      if (_generic_signature_index != 0) return fail("Multiple Signature attributes in class file %s", cname());
      if (length != 2) return fail("Wrong Signature attribute length %u in class file %s", length, cname());
      if (!read_u2(&_generic_signature_index)) return false;
      if (!valid_symbol_at(_generic_signature_index)) {
        return fail("Invalid constant pool index %u in Signature attribute in class file %s", _generic_signature_index,
                    cname());
      }
    } else if (tag == "RuntimeVisibleAnnotations") {
      if (_annotations.present()) return fail("Multiple RuntimeVisibleAnnotations attributes in class file %s", cname());
      if (!read_raw(&_annotations, length)) return false;
    } else if (tag == "RuntimeInvisibleAnnotations") {
      if (invisible_seen) return fail("Multiple RuntimeInvisibleAnnotations attributes in class file %s", cname());
      invisible_seen = true;
      if (!skip(length)) return false;
    } else if (tag == "EnclosingMethod") {
      if (enclosing_seen) return fail("Multiple EnclosingMethod attributes in class file %s", cname());
      enclosing_seen = true;
      if (length != 4) return fail("Wrong EnclosingMethod attribute length %u in class file %s", length, cname());
      if (!_s.has(4)) return truncated();
      _enclosing_class_index = _s.u2_fast();
      _enclosing_method_index = _s.u2_fast();
      if (_enclosing_class_index == 0) {
        return fail("Invalid class index in EnclosingMethod attribute in class file %s", cname());
      }
      if (!valid_klass_reference_at(_enclosing_class_index)) {
        return fail("Invalid or out-of-bounds class index in EnclosingMethod attribute in class file %s", cname());
      }
      if (_enclosing_method_index != 0 &&
          (_enclosing_method_index >= _cp_length || _tags[_enclosing_method_index] != JVM_CONSTANT_NameAndType)) {
        return fail("Invalid or out-of-bounds method index in EnclosingMethod attribute in class file %s", cname());
      }
    } else if (tag == "BootstrapMethods" && _major >= kJava7) {
      if (bsm_seen) return fail("Multiple BootstrapMethods attributes in class file %s", cname());
      bsm_seen = true;
      if (!parse_bootstrap_methods(length)) return false;
    } else if (tag == "RuntimeVisibleTypeAnnotations") {
      if (_type_annotations.present()) {
        return fail("Multiple RuntimeVisibleTypeAnnotations attributes in class file %s", cname());
      }
      if (!read_raw(&_type_annotations, length)) return false;
    } else if (tag == "RuntimeInvisibleTypeAnnotations") {
      if (invisible_type_seen) return fail("Multiple RuntimeInvisibleTypeAnnotations attributes in class file %s", cname());
      invisible_type_seen = true;
      if (!skip(length)) return false;
    } else if (_major >= kJava11 && tag == "NestMembers") {
      if (nest_members_seen) return fail("Multiple NestMembers attributes in class file %s", cname());
      nest_members_seen = true;
      if (nest_host_seen) return fail("Conflicting NestHost and NestMembers attributes in class file %s", cname());
      nest_members_start = _s.position();
      nest_members_length = length;
      if (!skip(length)) return false;
    } else if (_major >= kJava11 && tag == "NestHost") {
      if (nest_host_seen) return fail("Multiple NestHost attributes in class file %s", cname());
      nest_host_seen = true;
      if (nest_members_seen) return fail("Conflicting NestMembers and NestHost attributes in class file %s", cname());
      if (length != 2) return fail("Wrong NestHost attribute length in class file %s", cname());
      if (!read_u2(&_nest_host_index)) return false;
      if (!valid_klass_reference_at(_nest_host_index)) {
        return fail("Nest-host class_info_index %u has bad constant type in class file %s", _nest_host_index, cname());
      }
    } else if (_major >= kJava16 && tag == "Record") {
      if (record_seen) return fail("Multiple Record attributes in class file %s", cname());
      record_seen = true;
      record_start = _s.position();
      record_length = length;
      if (!skip(length)) return false;
    } else if (_major >= kJava17 && tag == "PermittedSubclasses") {
      // Sealed classes are final in Java 17 (JEP 409); earlier versions had them in preview only.
      if (permitted_seen) return fail("Multiple PermittedSubclasses attributes in class file %s", cname());
      if (_access_flags & JVM_ACC_FINAL) return fail("PermittedSubclasses attribute in final class file %s", cname());
      permitted_seen = true;
      permitted_start = _s.position();
      permitted_length = length;
      if (!skip(length)) return false;
    } else {
      if (!skip(length)) return false;  // unknown attribute (§4.7.1)
    }
  }
  size_t end = _s.position();
  if (inner_seen || enclosing_seen) {
    if (!parse_inner_classes(inner_start, inner_seen, inner_length)) return false;
  }
  if (nest_members_seen && !parse_class_index_list(nest_members_start, nest_members_length, &_nest_members, "Nest member", "NestMembers")) return false;
  if (record_seen && !parse_record(record_start, record_length)) return false;
  if (permitted_seen && !parse_class_index_list(permitted_start, permitted_length, &_permitted_subclasses, "Permitted subclass", "PermittedSubclasses")) return false;
  if (_max_bootstrap_index >= 0 && !bsm_seen) {
    return fail("Missing BootstrapMethods attribute in class file %s", cname());
  }
  _s.set_position(end);
  return true;
}

}  // namespace classfile_parser
