// Internal to the class-file parser: its working structures and the Parser class, shared by
// classFileParser.cpp (header, constant pool, fields, methods, building the metadata) and
// classFileAttributes.cpp (class attributes). Not for use outside src/classfile/.
#pragma once

#include "classfile/classFileParser.hpp"
#include "classfile/classFileStream.hpp"
#include "classfile/descriptors.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace classfile_parser {

constexpr u4 kMagic = 0xCAFEBABE;
constexpr u2 kMinMajor = 45;
constexpr u2 kMaxMajor = 61;      // Java 17
constexpr u2 kPreviewMinor = 65535;
constexpr u2 kJava1_5 = 49, kJava6 = 50, kJava7 = 51, kJava8 = 52, kJava9 = 53, kJava11 = 55,
             kJava12 = 56, kJava16 = 60, kJava17 = 61;
constexpr u4 kMaxCodeSize = 65535;  // §4.7.3
constexpr int kMaxArgsSize = 255;   // §4.3.3

// Flags kept from the class file (HotSpot's JVM_RECOGNIZED_*_MODIFIERS).
constexpr u2 kClassModifiers = JVM_ACC_PUBLIC | JVM_ACC_FINAL | JVM_ACC_SUPER | JVM_ACC_INTERFACE |
                               JVM_ACC_ABSTRACT | JVM_ACC_ANNOTATION | JVM_ACC_ENUM | JVM_ACC_SYNTHETIC;
constexpr u2 kInnerClassModifiers = kClassModifiers | JVM_ACC_PRIVATE | JVM_ACC_PROTECTED | JVM_ACC_STATIC;
constexpr u2 kFieldModifiers = JVM_ACC_PUBLIC | JVM_ACC_PRIVATE | JVM_ACC_PROTECTED | JVM_ACC_STATIC |
                               JVM_ACC_FINAL | JVM_ACC_VOLATILE | JVM_ACC_TRANSIENT | JVM_ACC_ENUM |
                               JVM_ACC_SYNTHETIC;
constexpr u2 kMethodModifiers = JVM_ACC_PUBLIC | JVM_ACC_PRIVATE | JVM_ACC_PROTECTED | JVM_ACC_STATIC |
                                JVM_ACC_FINAL | JVM_ACC_SYNCHRONIZED | JVM_ACC_BRIDGE | JVM_ACC_VARARGS |
                                JVM_ACC_NATIVE | JVM_ACC_ABSTRACT | JVM_ACC_STRICT | JVM_ACC_SYNTHETIC;

// Method handle reference kinds (§4.4.8, Table 5.4.3.5-A).
enum : u1 {
  REF_getField = 1, REF_getStatic, REF_putField, REF_putStatic, REF_invokeVirtual,
  REF_invokeStatic, REF_invokeSpecial, REF_newInvokeSpecial, REF_invokeInterface
};

// A byte range of the input kept verbatim (annotations, StackMapTable, ...).
struct Range {
  const u1* data = nullptr;
  u4 length = 0;
  bool present() const { return data != nullptr; }
};

struct LocalVariableTmp {
  u2 start_pc, length, name_index, descriptor_index, index;
};

struct FieldTmp {
  u2 access_flags = 0, name_index = 0, signature_index = 0, constant_value_index = 0, generic_signature_index = 0;
  Range annotations, type_annotations;
};

struct MethodTmp {
  u2 access_flags = 0, name_index = 0, signature_index = 0;
  u2 max_stack = 0, max_locals = 0;
  u4 code_length = 0;
  const u1* code = nullptr;
  std::vector<ExceptionTableEntry> exception_table;
  std::vector<LineNumberEntry> line_numbers;
  std::vector<LocalVariableTmp> local_variables;
  std::vector<LocalVariableTmp> local_variable_types;  // LocalVariableTypeTable, matched against the LVT
  std::vector<u2> checked_exceptions;
  u2 generic_signature_index = 0;
  Range stack_map, annotations, parameter_annotations, type_annotations, annotation_default, method_parameters;
};

struct RecordComponentTmp {
  u2 name_index = 0, descriptor_index = 0, generic_signature_index = 0;
  Range annotations, type_annotations;
};

// Hash set of (name, signature) pairs by content, for the duplicate-member checks.
struct PairHash {
  size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
    return std::hash<std::string_view>()(p.first) * 31 + std::hash<std::string_view>()(p.second);
  }
};
using NameSigSet = std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash>;

// Modified UTF-8 as HotSpot accepts it in the constant pool (JVMS §4.4.7): no zero byte, no
// 4-byte forms, no stray continuation bytes, and (from version 48) no overlong encodings except
// the two-byte form of U+0000.
inline bool is_legal_utf8(const u1* p, size_t length, bool lenient) {
  for (size_t i = 0; i < length; i++) {
    u1 b = p[i];
    if (b == 0) return false;
    if (b < 0x80) continue;
    switch (b >> 4) {
      case 0xC: case 0xD: {
        if (i + 1 >= length || (p[i + 1] & 0xC0) != 0x80) return false;
        unsigned c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
        if (!lenient && c != 0 && c < 0x80) return false;
        i += 1;
        break;
      }
      case 0xE: {
        if (i + 2 >= length || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return false;
        unsigned c = ((b & 0xF) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
        if (!lenient && c < 0x800) return false;
        i += 2;
        break;
      }
      default:  // 0x8-0xB continuation without a lead, 0xF: not modified UTF-8
        return false;
    }
  }
  return true;
}

// Symbol text as HotSpot's as_klass_external_name prints it: '/' becomes '.'.
inline std::string external_name(std::string_view s) {
  std::string r(s);
  for (char& c : r) if (c == '/') c = '.';
  return r;
}

class Parser {
 public:
  Parser(const u1* bytes, size_t length, const char* expected_name, ClassFileError* error)
      : _s(bytes, length), _error(error), _expected(expected_name),
        _class_name(expected_name != nullptr ? expected_name : "<Unknown>") {}

  bool parse();
  void build(ParsedClass* out);

 private:
  // --- errors --------------------------------------------------------------------------------
  bool fail_kind(ClassFileErrorKind kind, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  // ClassFormatError whose format ends in "%s" for the class name (HotSpot's classfile_parse_error).
  bool fail(const char* fmt, ...) __attribute__((format(printf, 2, 3)));
  bool truncated() { return fail_kind(ClassFileErrorKind::ClassFormatError, "Truncated class file"); }
  bool illegal_signature(const char* what, std::string_view name, std::string_view sig);
  bool descriptor_problem(Descriptors::Problem p, const char* what, std::string_view name, std::string_view sig);
  const char* cname() const { return _class_name.c_str(); }

  // --- constant pool queries -----------------------------------------------------------------
  bool valid_cp_range(unsigned i) const { return i > 0 && i < unsigned(_cp_length); }
  bool valid_symbol_at(unsigned i) const { return valid_cp_range(i) && _tags[i] == JVM_CONSTANT_Utf8; }
  bool valid_klass_reference_at(unsigned i) const { return valid_cp_range(i) && _tags[i] == JVM_CONSTANT_Class; }
  std::string_view utf8_at(unsigned i) const { return _utf8[i]; }
  u2 low(unsigned i) const { return u2(_slots[i] & 0xffff); }
  u2 high(unsigned i) const { return u2((_slots[i] >> 16) & 0xffff); }
  std::string_view klass_name_at(unsigned i) const { return _utf8[low(i)]; }

  // --- phases --------------------------------------------------------------------------------
  bool check_version();
  bool parse_constant_pool_entries();
  bool check_constant_pool_references();
  bool check_constant_pool_formats();
  bool check_class_modifiers(u2 flags);
  bool parse_this_and_super();
  bool parse_interfaces();
  bool check_field_modifiers(u2 flags, bool is_interface);
  bool check_constant_value(u2 cv_index, std::string_view signature);
  bool parse_fields();
  bool parse_field_attributes(FieldTmp* f);
  bool check_method_modifiers(u2 flags, bool is_interface, std::string_view name);
  bool parse_methods();
  bool parse_method(MethodTmp* m, bool is_interface);
  bool parse_code_attribute(MethodTmp* m, u4 attribute_length, int args_size);
  bool parse_local_variable_table(MethodTmp* m, u4 attribute_length, bool is_lvtt);
  bool check_local_variable_tables(const MethodTmp& m);
  bool parse_class_attributes();
  bool parse_bootstrap_methods(u4 attribute_length);
  bool parse_inner_classes(size_t start, bool has_attribute, u4 attribute_length);
  bool check_inner_classes(bool* ignore);
  bool parse_class_index_list(size_t start, u4 attribute_length, std::vector<u2>* out, const char* entry,
                              const char* attribute);
  bool parse_record(size_t start, u4 attribute_length);
  bool read_raw(Range* r, u4 length);  // remembers length bytes at the current position
  bool skip(u4 length);
  bool read_u2(u2* v);

  // --- phase 2 -------------------------------------------------------------------------------
  Symbol* symbol(unsigned i) const { return _symbols[i]; }
  RawBytes copy_raw(const Range& r);
  Method* build_method(const MethodTmp& t, ConstantPool* cp);

  ClassFileStream _s;
  ClassFileError* _error;
  const char* _expected;
  std::string _class_name;  // the name in messages: the expected name, then the name in the file

  u2 _minor = 0, _major = 0;
  int _cp_length = 0;
  std::vector<u1> _tags;
  std::vector<uint64_t> _slots;
  std::vector<std::string_view> _utf8;
  std::vector<Symbol*> _symbols;
  int _max_bootstrap_index = -1;
  u1 _bad_constant = 0;

  u2 _access_flags = 0, _this_index = 0, _super_index = 0;
  std::vector<u2> _interfaces;
  std::vector<FieldTmp> _fields;
  std::vector<MethodTmp> _methods;

  u2 _sourcefile_index = 0, _generic_signature_index = 0;
  Range _source_debug_extension;
  std::vector<InnerClassInfo> _inner_classes;
  u2 _enclosing_class_index = 0, _enclosing_method_index = 0;
  u2 _nest_host_index = 0;
  std::vector<u2> _nest_members, _permitted_subclasses;
  bool _is_record = false;
  std::vector<RecordComponentTmp> _record_components;
  std::vector<std::vector<u2>> _bootstrap_methods;
  Range _annotations, _type_annotations;
};

}  // namespace classfile_parser
