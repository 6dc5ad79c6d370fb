// ClassFileParser: class files (JVMS ch. 4, versions 45..61) into ParsedClass, with HotSpot's §4.8
// checks and messages. Phase 1 checks everything into plain containers (nothing interned, nothing
// in metaspace); phase 2, which cannot fail on input, builds the metadata. Class attributes: see
// classFileAttributes.cpp.
#include "classfile/classFileParser.hpp"

#include "classfile/classFileParserInternal.hpp"
#include "classfile/symbolTable.hpp"
#include "memory/metaspace.hpp"
#include "utilities/debug.hpp"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <new>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace classfile_parser {

bool Parser::fail_kind(ClassFileErrorKind kind, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  _error->kind = kind;
  _error->message = buf;
  return false;
}

bool Parser::fail(const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  _error->kind = ClassFileErrorKind::ClassFormatError;
  _error->message = buf;
  return false;
}

bool Parser::illegal_signature(const char* what, std::string_view name, std::string_view sig) {
  return fail_kind(ClassFileErrorKind::ClassFormatError, "%s \"%.*s\" in class %s has illegal signature \"%.*s\"",
                   what, int(name.size()), name.data(), cname(), int(sig.size()), sig.data());
}

bool Parser::descriptor_problem(Descriptors::Problem p, const char* what, std::string_view name, std::string_view sig) {
  switch (p) {
    case Descriptors::Problem::BadClassName:
      return fail("Class name is empty or contains illegal character in descriptor in class file %s", cname());
    case Descriptors::Problem::TooManyDimensions:
      return fail("Array type descriptor has more than 255 dimensions in class file %s", cname());
    default:
      return illegal_signature(what, name, sig);
  }
}

bool Parser::read_u2(u2* v) {
  if (!_s.has(2)) return truncated();
  *v = _s.u2_fast();
  return true;
}

bool Parser::skip(u4 length) {
  if (!_s.has(length)) return truncated();
  _s.skip_fast(length);
  return true;
}

bool Parser::read_raw(Range* r, u4 length) {
  if (!_s.has(length)) return truncated();
  r->data = _s.current();
  r->length = length;
  _s.skip_fast(length);
  return true;
}

// --- header and version (§4.1) ------------------------------------------------------------------

bool Parser::check_version() {
  if (_major < kMinMajor) {
    return fail_kind(ClassFileErrorKind::UnsupportedClassVersionError,
                     "%s (class file version %u.%u) was compiled with an invalid major version", cname(), _major, _minor);
  }
  if (_major > kMaxMajor) {
    return fail_kind(ClassFileErrorKind::UnsupportedClassVersionError,
                     "%s has been compiled by a more recent version of the Java Runtime (class file version %u.%u), "
                     "this version of the Java Runtime only recognizes class file versions up to %u.0",
                     cname(), _major, _minor, kMaxMajor);
  }
  if (_major < kJava12 || _minor == 0) return true;
  if (_minor == kPreviewMinor) {
    if (_major != kMaxMajor) {
      return fail_kind(ClassFileErrorKind::UnsupportedClassVersionError,
                       "%s (class file version %u.%u) was compiled with preview features that are unsupported. "
                       "This version of the Java Runtime only recognizes preview features for class file version %u.%u",
                       cname(), _major, _minor, kMaxMajor, kPreviewMinor);
    }
    // jvmlab has no --enable-preview.
    return fail_kind(ClassFileErrorKind::UnsupportedClassVersionError,
                     "Preview features are not enabled for %s (class file version %u.%u). Try running with '--enable-preview'",
                     cname(), _major, _minor);
  }
  return fail_kind(ClassFileErrorKind::UnsupportedClassVersionError,
                   "%s (class file version %u.%u) was compiled with an invalid non-zero minor version", cname(), _major,
                   _minor);
}

// --- constant pool (§4.4) ------------------------------------------------------------------------

// Pass 0: read each entry's structure. Cross references are checked in the next pass, once
// every tag is known.
bool Parser::parse_constant_pool_entries() {
  // Like HotSpot, each entry asks for one byte more than it needs (the next tag, or the access
  // flags after the pool), so a pool cut at an entry boundary reads as truncated right there.
  for (int index = 1; index < _cp_length; index++) {
    if (!_s.has(1)) return truncated();
    u1 tag = _s.u1_fast();
    switch (tag) {
      case JVM_CONSTANT_Class:
      case JVM_CONSTANT_String:
      case JVM_CONSTANT_MethodType:
        if (tag == JVM_CONSTANT_MethodType && _major < kJava7) {
          return fail("Class file version does not support constant tag %u in class file %s", tag, cname());
        }
        if (!_s.has(3)) return truncated();
        _slots[index] = _s.u2_fast();
        break;
      case JVM_CONSTANT_Fieldref:
      case JVM_CONSTANT_Methodref:
      case JVM_CONSTANT_InterfaceMethodref:
      case JVM_CONSTANT_NameAndType: {
        if (!_s.has(5)) return truncated();
        u2 a = _s.u2_fast();
        u2 b = _s.u2_fast();
        _slots[index] = a | (uint64_t(b) << 16);
        break;
      }
      case JVM_CONSTANT_MethodHandle: {
        if (_major < kJava7) {
          return fail("Class file version does not support constant tag %u in class file %s", tag, cname());
        }
        if (!_s.has(4)) return truncated();
        u1 kind = _s.u1_fast();
        u2 ref = _s.u2_fast();
        _slots[index] = kind | (uint64_t(ref) << 16);
        break;
      }
      case JVM_CONSTANT_Dynamic:
      case JVM_CONSTANT_InvokeDynamic: {
        if (_major < (tag == JVM_CONSTANT_Dynamic ? kJava11 : kJava7)) {
          return fail("Class file version does not support constant tag %u in class file %s", tag, cname());
        }
        if (!_s.has(5)) return truncated();
        u2 bsm = _s.u2_fast();
        u2 nat = _s.u2_fast();
        if (int(bsm) > _max_bootstrap_index) _max_bootstrap_index = bsm;
        _slots[index] = bsm | (uint64_t(nat) << 16);
        break;
      }
      case JVM_CONSTANT_Integer:
      case JVM_CONSTANT_Float:
        if (!_s.has(5)) return truncated();
        _slots[index] = _s.u4_fast();
        break;
      case JVM_CONSTANT_Long:
      case JVM_CONSTANT_Double:
        // §4.4.5: the entry takes two indices.
        if (index + 1 >= _cp_length) return fail("Invalid constant pool entry %u in class file %s", index, cname());
        if (!_s.has(9)) return truncated();
        _slots[index] = _s.u8_fast();
        _tags[index] = tag;
        index++;  // the following index stays Invalid
        continue;
      case JVM_CONSTANT_Utf8: {
        if (!_s.has(2)) return truncated();
        u2 len = _s.u2_fast();
        if (!_s.has(uint64_t(len) + 1)) return truncated();
        const u1* p = _s.current();
        _s.skip_fast(len);
        if (!is_legal_utf8(p, len, _major <= 47)) {
          return fail("Illegal UTF8 string in constant pool in class file %s", cname());
        }
        _utf8[index] = std::string_view(reinterpret_cast<const char*>(p), len);
        break;
      }
      case JVM_CONSTANT_Module:
      case JVM_CONSTANT_Package:
        // §4.4.11, §4.4.12: only in module-info, which is not a class. HotSpot reports it after
        // the access flags, so that ACC_MODULE gives NoClassDefFoundError first.
        if (_major >= kJava9) {
          if (!_s.has(3)) return truncated();
          _s.u2_fast();
          _bad_constant = tag;
          break;
        }
        [[fallthrough]];
      default:
        return fail("Unknown constant tag %u in class file %s", tag, cname());
    }
    _tags[index] = tag;
  }
  return true;
}

// Pass 1: every index an entry holds points at an entry of the right kind.
bool Parser::check_constant_pool_references() {
  auto bad_index = [this](unsigned i) { return fail("Invalid constant pool index %u in class file %s", i, cname()); };
  for (int index = 1; index < _cp_length; index++) {
    switch (_tags[index]) {
      case JVM_CONSTANT_Fieldref:
      case JVM_CONSTANT_Methodref:
      case JVM_CONSTANT_InterfaceMethodref:
        if (!valid_klass_reference_at(low(index))) return bad_index(low(index));
        if (!valid_cp_range(high(index)) || _tags[high(index)] != JVM_CONSTANT_NameAndType) return bad_index(high(index));
        break;
      case JVM_CONSTANT_Long:
      case JVM_CONSTANT_Double:
        index++;
        if (index >= _cp_length || _tags[index] != JVM_CONSTANT_Invalid) {
          return fail("Improper constant pool long/double index %u in class file %s", index, cname());
        }
        break;
      case JVM_CONSTANT_NameAndType:
        if (!valid_symbol_at(low(index))) return bad_index(low(index));
        if (!valid_symbol_at(high(index))) return bad_index(high(index));
        break;
      case JVM_CONSTANT_Class:
      case JVM_CONSTANT_String:
      case JVM_CONSTANT_MethodType:
        if (!valid_symbol_at(low(index))) return bad_index(low(index));
        break;
      case JVM_CONSTANT_MethodHandle: {
        unsigned ref = high(index);
        if (!valid_cp_range(ref)) return bad_index(ref);
        u1 t = _tags[ref];
        switch (low(index)) {
          case REF_getField: case REF_getStatic: case REF_putField: case REF_putStatic:
            if (t != JVM_CONSTANT_Fieldref) {
              return fail("Invalid constant pool index %u in class file %s (not a field)", ref, cname());
            }
            break;
          case REF_invokeVirtual: case REF_newInvokeSpecial:
            if (t != JVM_CONSTANT_Methodref) {
              return fail("Invalid constant pool index %u in class file %s (not a method)", ref, cname());
            }
            break;
          case REF_invokeStatic: case REF_invokeSpecial:
            if (t != JVM_CONSTANT_Methodref && !(_major >= kJava8 && t == JVM_CONSTANT_InterfaceMethodref)) {
              return fail("Invalid constant pool index %u in class file %s (not a method)", ref, cname());
            }
            break;
          case REF_invokeInterface:
            if (t != JVM_CONSTANT_InterfaceMethodref) {
              return fail("Invalid constant pool index %u in class file %s (not an interface method)", ref, cname());
            }
            break;
          default:
            return fail("Bad method handle kind at constant pool index %u in class file %s", index, cname());
        }
        break;
      }
      case JVM_CONSTANT_Dynamic:
      case JVM_CONSTANT_InvokeDynamic:
        // The bootstrap index is checked against the BootstrapMethods attribute later.
        if (!valid_cp_range(high(index)) || _tags[high(index)] != JVM_CONSTANT_NameAndType) return bad_index(high(index));
        break;
      default:
        break;
    }
  }
  return true;
}

// Pass 2: names and descriptors are well formed (§4.2, §4.3).
bool Parser::check_constant_pool_formats() {
  using Descriptors::Problem;
  for (int index = 1; index < _cp_length; index++) {
    switch (_tags[index]) {
      case JVM_CONSTANT_Class: {
        std::string_view name = klass_name_at(index);
        Problem p = Problem::None;
        if (name.size() > 0 && name[0] == '[') {
          // Array class names are descriptors; their own errors take precedence.
          size_t n = Descriptors::skip_field_descriptor(name, false, _major, &p);
          if (p != Problem::None) return descriptor_problem(p, "", "", "");
          if (n == name.size()) break;
        } else if (Descriptors::is_legal_class_name(name, _major)) {
          break;
        }
        return fail("Illegal class name \"%.*s\" in class file %s", int(name.size()), name.data(), cname());
      }
      case JVM_CONSTANT_NameAndType: {
        std::string_view name = utf8_at(low(index));
        std::string_view sig = utf8_at(high(index));
        if (sig.empty()) return fail("Illegal zero length constant pool entry at %d in class %s", high(index), cname());
        if (name.empty()) return fail("Illegal zero length constant pool entry at %d in class %s", low(index), cname());
        Problem p = Problem::None;
        if (sig[0] == '(') {
          if (!Descriptors::is_legal_method_name(name, _major)) {
            return fail("Illegal method name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
          }
          if (Descriptors::check_method_descriptor(name, sig, _major, &p) < 0) {
            return descriptor_problem(p, "Method", name, sig);
          }
        } else {
          if (!Descriptors::is_legal_field_name(name, _major)) {
            return fail("Illegal field name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
          }
          if (!Descriptors::is_legal_field_descriptor(sig, _major, &p)) return descriptor_problem(p, "Field", name, sig);
        }
        break;
      }
      case JVM_CONSTANT_Dynamic: {
        unsigned nat = high(index);
        std::string_view name = utf8_at(low(nat)), sig = utf8_at(high(nat));
        if (!sig.empty() && sig[0] == '(') return illegal_signature("CONSTANT_Dynamic", name, sig);
        break;
      }
      case JVM_CONSTANT_InvokeDynamic:
      case JVM_CONSTANT_Fieldref:
      case JVM_CONSTANT_Methodref:
      case JVM_CONSTANT_InterfaceMethodref: {
        unsigned nat = high(index);
        unsigned name_index = low(nat);
        std::string_view name = utf8_at(name_index), sig = utf8_at(high(nat));
        bool is_method_sig = !sig.empty() && sig[0] == '(';
        if (_tags[index] == JVM_CONSTANT_Fieldref) {
          if (is_method_sig) return illegal_signature("Field", name, sig);
        } else {
          if (!is_method_sig) return illegal_signature("Method", name, sig);
          // A Methodref may name <init> but no other special method.
          if (_tags[index] == JVM_CONSTANT_Methodref && !name.empty() && name[0] == '<' && name != "<init>") {
            return fail("Bad method name at constant pool index %u in class file %s", name_index, cname());
          }
        }
        break;
      }
      case JVM_CONSTANT_MethodHandle: {
        u1 kind = u1(low(index));
        if (kind >= REF_invokeVirtual && kind <= REF_newInvokeSpecial) {
          unsigned name_index = low(high(high(index)));
          std::string_view name = utf8_at(name_index);
          if (kind == REF_newInvokeSpecial) {
            if (name != "<init>") {
              return fail("Bad constructor name at constant pool index %u in class file %s", name_index, cname());
            }
          } else if (name == "<init>") {
            return fail("Bad method name at constant pool index %u in class file %s", name_index, cname());
          }
        }
        break;
      }
      case JVM_CONSTANT_MethodType: {
        std::string_view sig = utf8_at(low(index));
        Problem p = Problem::None;
        if (Descriptors::check_method_descriptor("type", sig, _major, &p) < 0) {
          return descriptor_problem(p, "Method", "type", sig);
        }
        break;
      }
      default:
        break;
    }
  }
  return true;
}

// --- class header (§4.1) ---------------------------------------------------------------------------

bool Parser::check_class_modifiers(u2 flags) {
  if (flags & JVM_ACC_MODULE) {
    return fail_kind(ClassFileErrorKind::NoClassDefFoundError, "%s is not a class because access_flag ACC_MODULE is set",
                     cname());
  }
  bool is_interface = flags & JVM_ACC_INTERFACE, is_abstract = flags & JVM_ACC_ABSTRACT;
  bool is_final = flags & JVM_ACC_FINAL, is_super = flags & JVM_ACC_SUPER, is_enum = flags & JVM_ACC_ENUM;
  bool is_annotation = flags & JVM_ACC_ANNOTATION;
  bool gte_1_5 = _major >= kJava1_5;
  if ((is_abstract && is_final) || (is_interface && !is_abstract) || (is_interface && gte_1_5 && (is_super || is_enum)) ||
      (!is_interface && gte_1_5 && is_annotation)) {
    return fail("Illegal class modifiers in class %s: 0x%X", cname(), flags);
  }
  return true;
}

bool Parser::parse_this_and_super() {
  _this_index = _s.u2_fast();
  if (!valid_klass_reference_at(_this_index)) {
    return fail("Invalid this class index %u in constant pool in class file %s", _this_index, cname());
  }
  std::string_view name = klass_name_at(_this_index);
  if (name[0] == '[') return fail("Bad class name in class file %s", cname());
  if (_expected != nullptr) {
    if (name != std::string_view(_expected)) {
      // HotSpot 17: the name asked for, then the name the file declares.
      return fail_kind(ClassFileErrorKind::NoClassDefFoundError, "%s (wrong name: %.*s)", _expected, int(name.size()),
                       name.data());
    }
  } else {
    _class_name = std::string(name);
  }
  _super_index = _s.u2_fast();
  if (_super_index == 0) {
    if (name != "java/lang/Object") return fail("Invalid superclass index %u in class file %s", _super_index, cname());
  } else {
    if (!valid_klass_reference_at(_super_index)) {
      return fail("Invalid superclass index %u in class file %s", _super_index, cname());
    }
    if (klass_name_at(_super_index)[0] == '[') return fail("Bad superclass name in class file %s", cname());
  }
  return true;
}

bool Parser::parse_interfaces() {
  u2 count = _s.u2_fast();
  _interfaces.reserve(count);
  for (int i = 0; i < count; i++) {
    u2 index;
    if (!read_u2(&index)) return false;
    if (!valid_klass_reference_at(index)) {
      return fail("Interface name has bad constant pool index %u in class file %s", index, cname());
    }
    if (klass_name_at(index)[0] == '[') return fail("Bad interface name in class file %s", cname());
    _interfaces.push_back(index);
  }
  if (count > 1) {
    std::unordered_set<std::string_view> seen;
    for (u2 index : _interfaces) {
      std::string_view name = klass_name_at(index);
      if (!seen.insert(name).second) {
        return fail("Duplicate interface name \"%.*s\" in class file %s", int(name.size()), name.data(), cname());
      }
    }
  }
  return true;
}

// --- fields (§4.5) ------------------------------------------------------------------------------------

bool Parser::check_field_modifiers(u2 flags, bool is_interface) {
  bool is_public = flags & JVM_ACC_PUBLIC, is_protected = flags & JVM_ACC_PROTECTED, is_private = flags & JVM_ACC_PRIVATE;
  bool is_static = flags & JVM_ACC_STATIC, is_final = flags & JVM_ACC_FINAL, is_volatile = flags & JVM_ACC_VOLATILE;
  bool is_transient = flags & JVM_ACC_TRANSIENT, is_enum = flags & JVM_ACC_ENUM;
  bool illegal;
  if (is_interface) {
    illegal = !is_public || !is_static || !is_final || is_private || is_protected || is_volatile || is_transient ||
              (_major >= kJava1_5 && is_enum);
  } else {
    illegal = (is_public && is_protected) || (is_public && is_private) || (is_protected && is_private) ||
              (is_final && is_volatile);
  }
  if (illegal) return fail("Illegal field modifiers in class %s: 0x%X", cname(), flags);
  return true;
}

// §4.7.2: the constant's kind must match the field's type.
bool Parser::check_constant_value(u2 cv, std::string_view signature) {
  if (cv == 0 || cv >= _cp_length) {
    return fail("Bad initial value index %u in ConstantValue attribute in class file %s", cv, cname());
  }
  u1 tag = _tags[cv];
  bool ok;
  switch (signature[0]) {
    case 'J': ok = tag == JVM_CONSTANT_Long; break;
    case 'F': ok = tag == JVM_CONSTANT_Float; break;
    case 'D': ok = tag == JVM_CONSTANT_Double; break;
    case 'B': case 'C': case 'S': case 'Z': case 'I': ok = tag == JVM_CONSTANT_Integer; break;
    case 'L':
      if (signature != "Ljava/lang/String;" || tag != JVM_CONSTANT_String) {
        return fail("Bad string initial value in class file %s", cname());
      }
      return true;
    default:
      return fail("Unable to set initial value %u in class file %s", cv, cname());
  }
  if (!ok) return fail("Inconsistent constant value type in class file %s", cname());
  return true;
}

bool Parser::parse_field_attributes(FieldTmp* f) {
  u2 count = _s.u2_fast();
  bool is_static = f->access_flags & JVM_ACC_STATIC;
  bool invisible_seen = false, invisible_type_seen = false;
  while (count--) {
    if (!_s.has(6)) return truncated();
    u2 name_index = _s.u2_fast();
    u4 length = _s.u4_fast();
    if (!valid_symbol_at(name_index)) {
      return fail("Invalid field attribute index %u in class file %s", name_index, cname());
    }
    std::string_view name = utf8_at(name_index);
    if (is_static && name == "ConstantValue") {
      if (f->constant_value_index != 0) return fail("Duplicate ConstantValue attribute in class file %s", cname());
      if (length != 2) return fail("Invalid ConstantValue field attribute length %u in class file %s", length, cname());
      if (!read_u2(&f->constant_value_index)) return false;
      if (!check_constant_value(f->constant_value_index, utf8_at(f->signature_index))) return false;
    } else if (name == "Synthetic") {
      if (length != 0) return fail("Invalid Synthetic field attribute length %u in class file %s", length, cname());
      f->access_flags |= JVM_ACC_SYNTHETIC;
    } else if (name == "Deprecated") {
      if (length != 0) return fail("Invalid Deprecated field attribute length %u in class file %s", length, cname());
    } else if (_major >= kJava1_5 && name == "Signature") {
      if (f->generic_signature_index != 0) return fail("Multiple Signature attributes for field in class file %s", cname());
      if (length != 2) return fail("Wrong size %u for field's Signature attribute in class file %s", length, cname());
      if (!read_u2(&f->generic_signature_index)) return false;
      if (!valid_symbol_at(f->generic_signature_index)) {
        return fail("Invalid Signature attribute at constant pool index %u in class file %s", f->generic_signature_index,
                    cname());
      }
    } else if (_major >= kJava1_5 && name == "RuntimeVisibleAnnotations") {
      if (f->annotations.present()) {
        return fail("Multiple RuntimeVisibleAnnotations attributes for field in class file %s", cname());
      }
      if (!read_raw(&f->annotations, length)) return false;
    } else if (_major >= kJava1_5 && name == "RuntimeInvisibleAnnotations") {
      if (invisible_seen) return fail("Multiple RuntimeInvisibleAnnotations attributes for field in class file %s", cname());
      invisible_seen = true;
      if (!skip(length)) return false;  // kept only with -XX:+PreserveAllAnnotations in HotSpot
    } else if (_major >= kJava1_5 && name == "RuntimeVisibleTypeAnnotations") {
      if (f->type_annotations.present()) {
        return fail("Multiple RuntimeVisibleTypeAnnotations attributes for field in class file %s", cname());
      }
      if (!read_raw(&f->type_annotations, length)) return false;
    } else if (_major >= kJava1_5 && name == "RuntimeInvisibleTypeAnnotations") {
      if (invisible_type_seen) {
        return fail("Multiple RuntimeInvisibleTypeAnnotations attributes for field in class file %s", cname());
      }
      invisible_type_seen = true;
      if (!skip(length)) return false;
    } else {
      if (!skip(length)) return false;  // unknown attributes are ignored (§4.7.1)
    }
  }
  return true;
}

bool Parser::parse_fields() {
  u2 count;
  if (!read_u2(&count)) return false;
  bool is_interface = _access_flags & JVM_ACC_INTERFACE;
  _fields.resize(count);
  for (FieldTmp& f : _fields) {
    if (!_s.has(8)) return truncated();
    u2 flags = _s.u2_fast() & kFieldModifiers;
    if (!check_field_modifiers(flags, is_interface)) return false;
    f.access_flags = flags;
    f.name_index = _s.u2_fast();
    if (!valid_symbol_at(f.name_index)) {
      return fail("Invalid constant pool index %u for field name in class file %s", f.name_index, cname());
    }
    std::string_view name = utf8_at(f.name_index);
    if (!Descriptors::is_legal_field_name(name, _major)) {
      return fail("Illegal field name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
    }
    f.signature_index = _s.u2_fast();
    if (!valid_symbol_at(f.signature_index)) {
      return fail("Invalid constant pool index %u for field signature in class file %s", f.signature_index, cname());
    }
    std::string_view sig = utf8_at(f.signature_index);
    Descriptors::Problem p = Descriptors::Problem::None;
    if (!Descriptors::is_legal_field_descriptor(sig, _major, &p)) return descriptor_problem(p, "Field", name, sig);
    if (!parse_field_attributes(&f)) return false;
  }
  if (count > 1) {
    NameSigSet seen;
    for (const FieldTmp& f : _fields) {
      std::string_view name = utf8_at(f.name_index), sig = utf8_at(f.signature_index);
      if (!seen.insert({name, sig}).second) {
        return fail("Duplicate field name \"%.*s\" with signature \"%s\" in class file %s", int(name.size()), name.data(),
                    external_name(sig).c_str(), cname());
      }
    }
  }
  return true;
}

// --- methods (§4.6, §4.7.3) ---------------------------------------------------------------------------

bool Parser::check_method_modifiers(u2 flags, bool is_interface, std::string_view name) {
  bool is_public = flags & JVM_ACC_PUBLIC, is_private = flags & JVM_ACC_PRIVATE, is_static = flags & JVM_ACC_STATIC;
  bool is_final = flags & JVM_ACC_FINAL, is_native = flags & JVM_ACC_NATIVE, is_abstract = flags & JVM_ACC_ABSTRACT;
  bool is_bridge = flags & JVM_ACC_BRIDGE, is_strict = flags & JVM_ACC_STRICT;
  bool is_synchronized = flags & JVM_ACC_SYNCHRONIZED, is_protected = flags & JVM_ACC_PROTECTED;
  bool gte_1_5 = _major >= kJava1_5;
  // From version 61 ACC_STRICT means nothing (JEP 306: all floating point is strict), so it no
  // longer conflicts with ACC_ABSTRACT.
  bool gte_17 = _major >= kJava17;
  bool illegal = false;
  if (is_interface) {
    if (_major >= kJava8) {
      // Exactly one of public/private; never protected, final, native, synchronized; an
      // abstract method is not private, static or (before 61) strict.
      illegal = (is_public == is_private) || is_native || is_protected || is_final || is_synchronized ||
                (is_abstract && (is_private || is_static || (!gte_17 && is_strict)));
    } else if (gte_1_5) {
      illegal = !is_public || is_private || is_protected || is_static || is_final || is_synchronized || is_native ||
                !is_abstract || is_strict;
    } else {
      illegal = !is_public || is_static || is_final || is_native || !is_abstract;
    }
  } else if ((is_public && is_protected) || (is_public && is_private) || (is_protected && is_private)) {
    illegal = true;
  } else if (name == "<init>") {
    illegal = is_static || is_final || is_synchronized || is_native || is_abstract || (gte_1_5 && is_bridge);
  } else if (is_abstract) {
    illegal = is_final || is_native || is_private || is_static ||
              (gte_1_5 && (is_synchronized || (!gte_17 && is_strict)));
  }
  if (illegal) {
    return fail("Method %.*s in class %s has illegal modifiers: 0x%X", int(name.size()), name.data(), cname(), flags);
  }
  return true;
}

bool Parser::parse_local_variable_table(MethodTmp* m, u4 attribute_length, bool is_lvtt) {
  const char* table = is_lvtt ? "LocalVariableTypeTable" : "LocalVariableTable";
  u2 count;
  if (!read_u2(&count)) return false;
  if (attribute_length != 2u + 10u * count) return fail("%s has wrong length in class file %s", table, cname());
  if (!_s.has(10u * count)) return truncated();
  for (int i = 0; i < count; i++) {
    LocalVariableTmp e;
    e.start_pc = _s.u2_fast();
    e.length = _s.u2_fast();
    e.name_index = _s.u2_fast();
    e.descriptor_index = _s.u2_fast();
    e.index = _s.u2_fast();
    if (e.start_pc >= m->code_length) return fail("Invalid start_pc %u in %s in class file %s", e.start_pc, table, cname());
    if (u4(e.start_pc) + e.length > m->code_length) {
      return fail("Invalid length %u in %s in class file %s", e.length, table, cname());
    }
    if (!valid_symbol_at(e.name_index)) {
      return fail("Name index %u in %s has bad constant type in class file %s", e.name_index, table, cname());
    }
    if (!valid_symbol_at(e.descriptor_index)) {
      return fail("Signature index %u in %s has bad constant type in class file %s", e.descriptor_index, table, cname());
    }
    std::string_view name = utf8_at(e.name_index), sig = utf8_at(e.descriptor_index);
    if (!Descriptors::is_legal_field_name(name, _major)) {
      return fail("Illegal field name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
    }
    int extra_slot = 0;
    if (!is_lvtt) {
      Descriptors::Problem p = Descriptors::Problem::None;
      if (!Descriptors::is_legal_field_descriptor(sig, _major, &p)) return descriptor_problem(p, "Field", name, sig);
      if (sig == "J" || sig == "D") extra_slot = 1;
    }
    if (int(e.index) + extra_slot >= m->max_locals) {
      return fail("Invalid index %u in %s in class file %s", e.index, table, cname());
    }
    (is_lvtt ? m->local_variable_types : m->local_variables).push_back(e);
  }
  return true;
}

// §4.7.13, §4.7.14 as HotSpot merges them: all LocalVariableTables of a method form one table
// with at most one entry per (start_pc, length, name, slot); each LocalVariableTypeTable entry
// must match one LVT entry, at most once. HotSpot skips this when the LVTs are empty.
bool Parser::check_local_variable_tables(const MethodTmp& m) {
  if (m.local_variables.empty()) return true;
  auto key = [](const LocalVariableTmp& e) {
    return (uint64_t(e.start_pc) << 48) | (uint64_t(e.length) << 32) | (uint64_t(e.name_index) << 16) | e.index;
  };
  std::unordered_map<uint64_t, bool> typed;  // LVT entry -> already has an LVTT entry
  for (const LocalVariableTmp& e : m.local_variables) {
    if (!typed.emplace(key(e), false).second && _major >= kJava1_5) {
      std::string_view name = utf8_at(e.name_index);
      return fail("Duplicated LocalVariableTable attribute entry for '%.*s' in class file %s", int(name.size()),
                  name.data(), cname());
    }
  }
  for (const LocalVariableTmp& e : m.local_variable_types) {
    std::string_view name = utf8_at(e.name_index);
    auto it = typed.find(key(e));
    if (it == typed.end()) {
      return fail("LVTT entry for '%.*s' in class file %s does not match any LVT entry", int(name.size()), name.data(),
                  cname());
    }
    if (it->second) {
      return fail("Duplicated LocalVariableTypeTable attribute entry for '%.*s' in class file %s", int(name.size()),
                  name.data(), cname());
    }
    it->second = true;
  }
  return true;
}

bool Parser::parse_code_attribute(MethodTmp* m, u4 attribute_length, int args_size) {
  if (!_s.has(8)) return truncated();
  m->max_stack = _s.u2_fast();
  m->max_locals = _s.u2_fast();
  m->code_length = _s.u4_fast();
  if (args_size > m->max_locals) return fail("Arguments can't fit into locals in class file %s", cname());
  if (m->code_length == 0 || m->code_length > kMaxCodeSize) {
    return fail("Invalid method Code length %u in class file %s", m->code_length, cname());
  }
  if (!_s.has(m->code_length)) return truncated();
  m->code = _s.current();
  _s.skip_fast(m->code_length);

  u2 handlers;
  if (!read_u2(&handlers)) return false;
  if (!_s.has(8u * handlers)) return truncated();
  m->exception_table.resize(handlers);
  for (ExceptionTableEntry& e : m->exception_table) {
    e.start_pc = _s.u2_fast();
    e.end_pc = _s.u2_fast();
    e.handler_pc = _s.u2_fast();
    e.catch_type_index = _s.u2_fast();
    if (!(e.start_pc < e.end_pc && e.end_pc <= m->code_length)) {
      return fail("Illegal exception table range in class file %s", cname());
    }
    if (e.handler_pc >= m->code_length) return fail("Illegal exception table handler in class file %s", cname());
    if (e.catch_type_index != 0 && !valid_klass_reference_at(e.catch_type_index)) {
      return fail("Catch type in exception table has bad constant type in class file %s", cname());
    }
  }

  u2 count;
  if (!read_u2(&count)) return false;
  // 64-bit sum: lengths that lie cannot wrap around to the declared length.
  uint64_t calculated = 2 + 2 + 4 + uint64_t(m->code_length) + 2 + 2 + 8ull * handlers;
  bool stack_map_seen = false;
  while (count--) {
    if (!_s.has(6)) return truncated();
    u2 name_index = _s.u2_fast();
    u4 length = _s.u4_fast();
    calculated += 6ull + length;
    if (!valid_symbol_at(name_index)) return fail("Invalid code attribute name index %u in class file %s", name_index, cname());
    std::string_view name = utf8_at(name_index);
    if (name == "LineNumberTable") {
      u2 entries;
      if (!read_u2(&entries)) return false;
      if (length != 2u + 4u * entries) return fail("LineNumberTable attribute has wrong length in class file %s", cname());
      if (!_s.has(4u * entries)) return truncated();
      for (int i = 0; i < entries; i++) {
        LineNumberEntry e;
        e.start_pc = _s.u2_fast();
        e.line_number = _s.u2_fast();
        if (e.start_pc >= m->code_length) return fail("Invalid pc in LineNumberTable in class file %s", cname());
        m->line_numbers.push_back(e);
      }
    } else if (name == "LocalVariableTable") {
      if (!parse_local_variable_table(m, length, false)) return false;
    } else if (_major >= kJava1_5 && name == "LocalVariableTypeTable") {
      if (!parse_local_variable_table(m, length, true)) return false;
    } else if (_major >= kJava6 && name == "StackMapTable") {
      if (stack_map_seen) return fail("Multiple StackMapTable attributes in class file %s", cname());
      stack_map_seen = true;
      if (!read_raw(&m->stack_map, length)) return false;  // kept raw for the verifier (§4.7.4)
    } else {
      if (!skip(length)) return false;
    }
  }
  if (attribute_length != calculated) return fail("Code segment has wrong length in class file %s", cname());
  return true;
}

bool Parser::parse_method(MethodTmp* m, bool is_interface) {
  if (!_s.has(8)) return truncated();
  u2 flags = _s.u2_fast();
  m->name_index = _s.u2_fast();
  if (!valid_symbol_at(m->name_index)) {
    return fail("Illegal constant pool index %u for method name in class file %s", m->name_index, cname());
  }
  std::string_view name = utf8_at(m->name_index);
  if (!Descriptors::is_legal_method_name(name, _major)) {
    return fail("Illegal method name \"%.*s\" in class %s", int(name.size()), name.data(), cname());
  }
  m->signature_index = _s.u2_fast();
  if (!valid_symbol_at(m->signature_index)) {
    return fail("Illegal constant pool index %u for method signature in class file %s", m->signature_index, cname());
  }
  std::string_view sig = utf8_at(m->signature_index);
  if (name == "<clinit>") {
    // §4.6: other flags of a class initializer are ignored; from version 51 it must be static.
    if (_major < kJava7) {
      flags = JVM_ACC_STATIC;
    } else if (flags & JVM_ACC_STATIC) {
      flags &= JVM_ACC_STATIC | (_major <= kJava16 ? JVM_ACC_STRICT : 0);  // ACC_STRICT means nothing from 61
    } else {
      return fail("Method <clinit> is not static in class file %s", cname());
    }
  } else if (!check_method_modifiers(flags, is_interface, name)) {
    return false;
  }
  if (name == "<init>" && is_interface) {
    return fail("Interface cannot have a method named <init>, class file %s", cname());
  }
  Descriptors::Problem p = Descriptors::Problem::None;
  int arg_slots = Descriptors::check_method_descriptor(name, sig, _major, &p);
  if (arg_slots < 0) return descriptor_problem(p, "Method", name, sig);
  int args_size = ((flags & JVM_ACC_STATIC) ? 0 : 1) + arg_slots;
  if (args_size > kMaxArgsSize) return fail("Too many arguments in method signature in class file %s", cname());
  flags &= kMethodModifiers;

  u2 count = _s.u2_fast();
  bool code_seen = false, exceptions_seen = false, parameters_seen = false;
  bool invisible_seen = false, invisible_param_seen = false, invisible_type_seen = false;
  while (count--) {
    if (!_s.has(6)) return truncated();
    u2 attr_index = _s.u2_fast();
    u4 length = _s.u4_fast();
    if (!valid_symbol_at(attr_index)) {
      return fail("Invalid method attribute name index %u in class file %s", attr_index, cname());
    }
    std::string_view attr = utf8_at(attr_index);
    if (attr == "Code") {
      if (flags & (JVM_ACC_NATIVE | JVM_ACC_ABSTRACT)) {
        return fail("Code attribute in native or abstract methods in class file %s", cname());
      }
      if (code_seen) return fail("Multiple Code attributes in class file %s", cname());
      code_seen = true;
      if (!parse_code_attribute(m, length, args_size)) return false;
    } else if (attr == "Exceptions") {
      if (exceptions_seen) return fail("Multiple Exceptions attributes in class file %s", cname());
      exceptions_seen = true;
      u2 n;
      if (!read_u2(&n)) return false;
      if (!_s.has(2u * n)) return truncated();
      for (int i = 0; i < n; i++) {
        u2 index = _s.u2_fast();
        if (!valid_klass_reference_at(index)) {
          return fail("Exception name has bad type at constant pool %u in class file %s", index, cname());
        }
        m->checked_exceptions.push_back(index);
      }
      if (length != 2u + 2u * n) return fail("Exceptions attribute has wrong length in class file %s", cname());
    } else if (attr == "MethodParameters") {
      if (parameters_seen) return fail("Multiple MethodParameters attributes in class file %s", cname());
      parameters_seen = true;
      if (!_s.has(1)) return truncated();
      u4 n = _s.current()[0];
      if (length != n * 4 + 1) {
        // HotSpot's text has no class name here.
        return fail("Invalid MethodParameters method attribute length %u in class file", length);
      }
      if (!read_raw(&m->method_parameters, length)) return false;  // u1 count, then {u2 name, u2 flags}
    } else if (attr == "Synthetic") {
      if (length != 0) return fail("Invalid Synthetic method attribute length %u in class file %s", length, cname());
      flags |= JVM_ACC_SYNTHETIC;
    } else if (attr == "Deprecated") {
      if (length != 0) return fail("Invalid Deprecated method attribute length %u in class file %s", length, cname());
    } else if (_major < kJava1_5) {
      if (!skip(length)) return false;
    } else if (attr == "Signature") {
      if (m->generic_signature_index != 0) return fail("Multiple Signature attributes for method in class file %s", cname());
      if (length != 2) return fail("Invalid Signature attribute length %u in class file %s", length, cname());
      if (!read_u2(&m->generic_signature_index)) return false;
      if (!valid_symbol_at(m->generic_signature_index)) {
        return fail("Invalid Signature attribute at constant pool index %u in class file %s", m->generic_signature_index,
                    cname());
      }
    } else if (attr == "RuntimeVisibleAnnotations") {
      if (m->annotations.present()) {
        return fail("Multiple RuntimeVisibleAnnotations attributes for method in class file %s", cname());
      }
      if (!read_raw(&m->annotations, length)) return false;
    } else if (attr == "RuntimeInvisibleAnnotations") {
      if (invisible_seen) return fail("Multiple RuntimeInvisibleAnnotations attributes for method in class file %s", cname());
      invisible_seen = true;
      if (!skip(length)) return false;
    } else if (attr == "RuntimeVisibleParameterAnnotations") {
      if (m->parameter_annotations.present()) {
        return fail("Multiple RuntimeVisibleParameterAnnotations attributes for method in class file %s", cname());
      }
      if (!read_raw(&m->parameter_annotations, length)) return false;
    } else if (attr == "RuntimeInvisibleParameterAnnotations") {
      if (invisible_param_seen) {
        return fail("Multiple RuntimeInvisibleParameterAnnotations attributes for method in class file %s", cname());
      }
      invisible_param_seen = true;
      if (!skip(length)) return false;
    } else if (attr == "AnnotationDefault") {
      if (m->annotation_default.present()) {
        return fail("Multiple AnnotationDefault attributes for method in class file %s", cname());
      }
      if (!read_raw(&m->annotation_default, length)) return false;
    } else if (attr == "RuntimeVisibleTypeAnnotations") {
      if (m->type_annotations.present()) {
        return fail("Multiple RuntimeVisibleTypeAnnotations attributes for method in class file %s", cname());
      }
      if (!read_raw(&m->type_annotations, length)) return false;
    } else if (attr == "RuntimeInvisibleTypeAnnotations") {
      if (invisible_type_seen) {
        return fail("Multiple RuntimeInvisibleTypeAnnotations attributes for method in class file %s", cname());
      }
      invisible_type_seen = true;
      if (!skip(length)) return false;
    } else {
      if (!skip(length)) return false;
    }
  }
  if (!(flags & (JVM_ACC_NATIVE | JVM_ACC_ABSTRACT)) && !code_seen) {
    return fail("Absent Code attribute in method that is not native or abstract in class file %s", cname());
  }
  if (!check_local_variable_tables(*m)) return false;
  m->access_flags = flags;
  return true;
}

bool Parser::parse_methods() {
  u2 count;
  if (!read_u2(&count)) return false;
  bool is_interface = _access_flags & JVM_ACC_INTERFACE;
  _methods.resize(count);
  for (MethodTmp& m : _methods) {
    if (!parse_method(&m, is_interface)) return false;
  }
  if (count > 1) {
    NameSigSet seen;
    for (const MethodTmp& m : _methods) {
      std::string_view name = utf8_at(m.name_index), sig = utf8_at(m.signature_index);
      if (!seen.insert({name, sig}).second) {
        return fail("Duplicate method name \"%.*s\" with signature \"%s\" in class file %s", int(name.size()),
                    name.data(), external_name(sig).c_str(), cname());
      }
    }
  }
  return true;
}

// --- the whole file (§4.1) ------------------------------------------------------------------------

bool Parser::parse() {
  if (!_s.has(8)) return truncated();
  u4 magic = _s.u4_fast();
  if (magic != kMagic) return fail("Incompatible magic value %u in class file %s", magic, cname());
  _minor = _s.u2_fast();
  _major = _s.u2_fast();
  if (!check_version()) return false;

  if (!_s.has(3)) return truncated();
  u2 cp_size = _s.u2_fast();
  if (cp_size < 1) return fail("Illegal constant pool size %u in class file %s", cp_size, cname());
  _cp_length = cp_size;
  _tags.assign(cp_size, JVM_CONSTANT_Invalid);
  _slots.assign(cp_size, 0);
  _utf8.assign(cp_size, std::string_view());
  if (!parse_constant_pool_entries()) return false;
  if (_bad_constant == 0) {
    if (!check_constant_pool_references()) return false;
    if (!check_constant_pool_formats()) return false;
  }

  if (!_s.has(8)) return truncated();
  u2 flags = _s.u2_fast() & (_major >= kJava9 ? (kClassModifiers | JVM_ACC_MODULE) : kClassModifiers);
  if ((flags & JVM_ACC_INTERFACE) && _major < kJava6) flags |= JVM_ACC_ABSTRACT;  // old class files
  if (!check_class_modifiers(flags)) return false;
  if (_bad_constant != 0) return fail("Unknown constant tag %u in class file %s", _bad_constant, cname());
  _access_flags = flags;

  if (!parse_this_and_super()) return false;
  if (!parse_interfaces()) return false;
  if (!parse_fields()) return false;
  if (!parse_methods()) return false;
  if (!parse_class_attributes()) return false;
  if (!_s.at_eos()) return fail("Extra bytes at the end of class file %s", cname());

  // Checks HotSpot makes right after parsing, before resolving the super types.
  if (_class_name == "java/lang/Object" && !_interfaces.empty()) {
    return fail("java.lang.Object cannot implement an interface in class file %s", cname());
  }
  if ((_access_flags & JVM_ACC_INTERFACE) && _super_index != 0 && klass_name_at(_super_index) != "java/lang/Object") {
    return fail("Interfaces must have java.lang.Object as superclass in class file %s", cname());
  }
  return true;
}

// --- phase 2: build the metadata -----------------------------------------------------------------

RawBytes Parser::copy_raw(const Range& r) {
  RawBytes out;
  if (!r.present()) return out;
  u1* p = static_cast<u1*>(Metaspace::allocate_nonclass(r.length == 0 ? 1 : r.length));
  guarantee(p != nullptr, "out of native memory for class metadata");
  if (r.length > 0) memcpy(p, r.data, r.length);
  out.data = p;
  out.length = int(r.length);
  return out;
}

// One metaspace block per method:
//   [Method][code][ExceptionTableEntry...][LineNumberEntry...][LocalVariableEntry...][u2 checked...]
// Annotation-like raw attributes get blocks of their own (copy_raw).
Method* Parser::build_method(const MethodTmp& t, ConstantPool* cp) {
  size_t size = align_up(sizeof(Method), 8);
  size_t code_off = size;
  size = align_up(size + t.code_length, 8);
  size_t et_off = size;
  size += t.exception_table.size() * sizeof(ExceptionTableEntry);
  size_t ln_off = size;
  size = align_up(size + t.line_numbers.size() * sizeof(LineNumberEntry), 8);
  size_t lv_off = size;
  size += t.local_variables.size() * sizeof(LocalVariableEntry);
  size_t ce_off = size;
  size += t.checked_exceptions.size() * sizeof(u2);
  char* block = static_cast<char*>(Metaspace::allocate_nonclass(size));
  guarantee(block != nullptr, "out of native memory for class metadata");

  Method* m = new (block) Method();
  m->_name = symbol(t.name_index);
  m->_signature = symbol(t.signature_index);
  m->_access_flags = t.access_flags;
  m->_max_stack = t.max_stack;
  m->_max_locals = t.max_locals;
  std::string_view sig = m->_signature->view();
  m->_size_of_parameters = u2(Descriptors::parameter_slots(sig) + (m->is_static() ? 0 : 1));
  m->_result_type = Descriptors::result_type(sig);
  if (t.code != nullptr) {
    m->_code_length = int(t.code_length);
    m->_code = reinterpret_cast<u1*>(block + code_off);
    memcpy(m->_code, t.code, t.code_length);
  }
  m->_exception_table_length = int(t.exception_table.size());
  if (!t.exception_table.empty()) {
    m->_exception_table = reinterpret_cast<ExceptionTableEntry*>(block + et_off);
    memcpy(m->_exception_table, t.exception_table.data(), t.exception_table.size() * sizeof(ExceptionTableEntry));
  }
  m->_line_number_count = int(t.line_numbers.size());
  if (!t.line_numbers.empty()) {
    m->_line_numbers = reinterpret_cast<LineNumberEntry*>(block + ln_off);
    memcpy(m->_line_numbers, t.line_numbers.data(), t.line_numbers.size() * sizeof(LineNumberEntry));
  }
  m->_local_variable_count = int(t.local_variables.size());
  if (!t.local_variables.empty()) {
    m->_local_variables = reinterpret_cast<LocalVariableEntry*>(block + lv_off);
    for (size_t i = 0; i < t.local_variables.size(); i++) {
      const LocalVariableTmp& v = t.local_variables[i];
      m->_local_variables[i] = LocalVariableEntry{v.start_pc, v.length, symbol(v.name_index), symbol(v.descriptor_index),
                                                  v.index};
    }
  }
  m->_checked_exception_count = int(t.checked_exceptions.size());
  if (!t.checked_exceptions.empty()) {
    m->_checked_exceptions = reinterpret_cast<u2*>(block + ce_off);
    memcpy(m->_checked_exceptions, t.checked_exceptions.data(), t.checked_exceptions.size() * sizeof(u2));
  }
  m->_generic_signature = t.generic_signature_index ? symbol(t.generic_signature_index) : nullptr;
  m->_stack_map_table = copy_raw(t.stack_map);
  m->_annotations = copy_raw(t.annotations);
  m->_parameter_annotations = copy_raw(t.parameter_annotations);
  m->_type_annotations = copy_raw(t.type_annotations);
  m->_annotation_default = copy_raw(t.annotation_default);
  m->_method_parameters = copy_raw(t.method_parameters);
  m->_constants = cp;
  return m;
}

void Parser::build(ParsedClass* out) {
  ConstantPool* cp = ConstantPool::allocate(_cp_length);
  guarantee(cp != nullptr, "out of native memory for class metadata");
  _symbols.assign(size_t(_cp_length), nullptr);
  for (int i = 1; i < _cp_length; i++) {
    u1 tag = _tags[i];
    cp->set_tag(i, ConstantTag(tag));
    if (tag == JVM_CONSTANT_Utf8) {
      _symbols[i] = SymbolTable::lookup(_utf8[i]);
      cp->set_slot(i, uint64_t(reinterpret_cast<uintptr_t>(_symbols[i])));
    } else {
      cp->set_slot(i, _slots[i]);
    }
  }
  ParsedClass pc;
  pc.minor_version = _minor;
  pc.major_version = _major;
  pc.access_flags = _access_flags;
  pc.name = symbol(low(_this_index));
  pc.super_name = _super_index ? symbol(low(_super_index)) : nullptr;
  for (u2 i : _interfaces) pc.interfaces.push_back(symbol(low(i)));
  pc.constants = cp;
  pc.fields.reserve(_fields.size());
  for (const FieldTmp& t : _fields) {
    FieldInfo f;
    f.name = symbol(t.name_index);
    f.signature = symbol(t.signature_index);
    f.access_flags = t.access_flags;
    f.constant_value_index = t.constant_value_index;
    f.generic_signature = t.generic_signature_index ? symbol(t.generic_signature_index) : nullptr;
    f.annotations = copy_raw(t.annotations);
    f.type_annotations = copy_raw(t.type_annotations);
    pc.fields.push_back(f);
  }
  pc.methods.reserve(_methods.size());
  for (const MethodTmp& t : _methods) pc.methods.push_back(build_method(t, cp));
  pc.source_file = _sourcefile_index ? symbol(_sourcefile_index) : nullptr;
  pc.generic_signature = _generic_signature_index ? symbol(_generic_signature_index) : nullptr;
  if (_source_debug_extension.present()) {
    pc.source_debug_extension = SymbolTable::lookup(reinterpret_cast<const char*>(_source_debug_extension.data),
                                                    int(_source_debug_extension.length));
  }
  pc.inner_classes = std::move(_inner_classes);
  pc.enclosing_class_index = _enclosing_class_index;
  pc.enclosing_method_index = _enclosing_method_index;
  pc.nest_host_index = _nest_host_index;
  pc.nest_members = std::move(_nest_members);
  pc.permitted_subclasses = std::move(_permitted_subclasses);
  pc.is_record = _is_record;
  for (const RecordComponentTmp& t : _record_components) {
    RecordComponentInfo r;
    r.name = symbol(t.name_index);
    r.descriptor = symbol(t.descriptor_index);
    r.generic_signature = t.generic_signature_index ? symbol(t.generic_signature_index) : nullptr;
    r.annotations = copy_raw(t.annotations);
    r.type_annotations = copy_raw(t.type_annotations);
    pc.record_components.push_back(r);
  }
  pc.bootstrap_methods = std::move(_bootstrap_methods);
  pc.annotations = copy_raw(_annotations);
  pc.type_annotations = copy_raw(_type_annotations);
  *out = std::move(pc);
}

}  // namespace classfile_parser

bool ClassFileParser::parse(const u1* bytes, size_t length, const char* expected_name, ParsedClass* out,
                            ClassFileError* error) {
  *error = ClassFileError();
  if (bytes == nullptr && length != 0) length = 0;
  static const u1 empty[1] = {0};
  classfile_parser::Parser parser(bytes != nullptr ? bytes : empty, length, expected_name, error);
  if (!parser.parse()) return false;
  parser.build(out);
  return true;
}
