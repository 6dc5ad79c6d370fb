// ClassFileParser: reads a class file (JVMS chapter 4, versions 45 to 61) into a ParsedClass:
// the constant pool, fields, methods and class attributes, all checked (§4.8 format checking).
// Nothing here trusts a size or index from the input; a malformed file yields the error HotSpot
// gives (ClassFormatError or UnsupportedClassVersionError) and its message.
#pragma once

#include "oops/constantPool.hpp"
#include "oops/method.hpp"

#include <string>
#include <vector>

struct InnerClassInfo {
  u2 inner_class_index, outer_class_index, inner_name_index, access_flags;
};

struct RecordComponentInfo {
  Symbol* name;
  Symbol* descriptor;
  Symbol* generic_signature;
  RawBytes annotations, type_annotations;
};

struct ParsedClass {
  u2 minor_version = 0;
  u2 major_version = 0;
  u2 access_flags = 0;
  Symbol* name = nullptr;        // this_class, e.g. "java/lang/String"
  Symbol* super_name = nullptr;  // null only for java/lang/Object
  std::vector<Symbol*> interfaces;
  ConstantPool* constants = nullptr;
  std::vector<FieldInfo> fields;
  std::vector<Method*> methods;  // allocated in metaspace, in class-file order

  Symbol* source_file = nullptr;
  Symbol* generic_signature = nullptr;
  Symbol* source_debug_extension = nullptr;
  std::vector<InnerClassInfo> inner_classes;
  u2 enclosing_class_index = 0, enclosing_method_index = 0;  // EnclosingMethod
  u2 nest_host_index = 0;                                    // NestHost
  std::vector<u2> nest_members;                              // NestMembers (class indices)
  std::vector<u2> permitted_subclasses;                      // PermittedSubclasses
  bool is_record = false;
  std::vector<RecordComponentInfo> record_components;
  // BootstrapMethods (§4.7.23): for each, the method-handle index followed by argument indices.
  std::vector<std::vector<u2>> bootstrap_methods;
  RawBytes annotations, type_annotations;
};

enum class ClassFileErrorKind : uint8_t { None, ClassFormatError, UnsupportedClassVersionError, NoClassDefFoundError };

struct ClassFileError {
  ClassFileErrorKind kind = ClassFileErrorKind::None;
  std::string message;  // exactly HotSpot's message text
  explicit operator bool() const { return kind != ClassFileErrorKind::None; }
};

class ClassFileParser {
 public:
  // Parses `length` bytes. `expected_name` (internal form, may be null) is the name the loader
  // asked for: a mismatch is NoClassDefFoundError "X (wrong name: Y)", as in HotSpot.
  // On error returns false and fills *error; nothing is leaked into the VM's tables.
  [[nodiscard]] static bool parse(const u1* bytes, size_t length, const char* expected_name,
                                  ParsedClass* out, ClassFileError* error);
};
