// Descriptors and names (JVMS §4.2, §4.3): format checks used by the class-file parser, and
// small iterators over method descriptors used by the parser, the interpreter and linkage.
// Checks take the class-file major version because the rules relaxed in Java 5 (JSR 202).
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <string>
#include <string_view>

namespace Descriptors {

// Why a descriptor was rejected. HotSpot reports the last two with their own messages.
enum class Problem : uint8_t {
  None,
  Illegal,            // the generic "has illegal signature" case
  BadClassName,       // "Class name is empty or contains illegal character in descriptor ..."
  TooManyDimensions,  // "Array type descriptor has more than 255 dimensions ..."
};

enum class NameKind : uint8_t { Class, Field, Method };

// JVMS §4.2.2: an unqualified name is non-empty and has none of . ; [ / (and no < > for a
// method). For NameKind::Class, '/' separates non-empty unqualified names (§4.2.1).
bool is_legal_unqualified_name(std::string_view name, NameKind kind);

// The name checks HotSpot applies in the parser (§4.2). Before major version 49 names must be
// Java identifiers (non-ASCII characters are accepted: we cannot ask java.lang.Character here).
bool is_legal_class_name(std::string_view name, int major_version);   // "a/b/C" or an array descriptor
bool is_legal_field_name(std::string_view name, int major_version);
bool is_legal_method_name(std::string_view name, int major_version);  // also accepts <init>, <clinit>

// Length of the field descriptor (§4.3.2) at the start of `s`, 0 if there is none. A 'V' is
// accepted only if `void_ok` (return types). Sets *problem for the special failures.
size_t skip_field_descriptor(std::string_view s, bool void_ok, int major_version, Problem* problem);

// A whole field descriptor.
bool is_legal_field_descriptor(std::string_view s, int major_version, Problem* problem);

// A whole method descriptor (§4.3.3). Returns the argument size in slots (receiver excluded,
// long/double count 2), or -1 if illegal. `name` matters: methods named <...> must return void.
int check_method_descriptor(std::string_view name, std::string_view s, int major_version, Problem* problem);

// --- Iteration over descriptors already checked ---------------------------------------------

// The basic type a field descriptor (or return type) denotes: T_OBJECT for L...;, T_ARRAY for [.
BasicType field_type(std::string_view descriptor);

// Walks the parameters of a checked method descriptor, then its return type:
//   for (MethodDescriptorStream ss(sig); !ss.at_return_type(); ss.next()) use(ss.type(), ss.class_name());
class MethodDescriptorStream {
 public:
  explicit MethodDescriptorStream(std::string_view descriptor);
  bool at_return_type() const { return _at_return; }
  BasicType type() const { return _type; }
  // The current type's descriptor text: "I", "Ljava/lang/String;", "[[J".
  std::string_view descriptor() const { return _sig.substr(_begin, _end - _begin); }
  // Internal class name for T_OBJECT ("java/lang/String"); the array descriptor for T_ARRAY
  // ("[Ljava/lang/String;", which is how arrays are named); empty for primitives.
  std::string_view class_name() const;
  int slots() const { return (_type == T_LONG || _type == T_DOUBLE) ? 2 : (_type == T_VOID ? 0 : 1); }
  void next();  // from the last parameter moves to the return type

 private:
  void scan();
  std::string_view _sig;
  size_t _begin = 0, _end = 0;
  BasicType _type = T_ILLEGAL;
  bool _at_return = false;
};

// Parameter size in slots, receiver excluded (add 1 for instance methods).
int parameter_slots(std::string_view method_descriptor);
// The return type of a checked method descriptor.
BasicType result_type(std::string_view method_descriptor);

// A method as HotSpot 17 names it in linkage error messages (Method::external_name):
// "long pkg.Target.missing(int, java.lang.String)" for holder "pkg.Target" and descriptor
// "(ILjava/lang/String;)J"; without the holder ("long missing(int, java.lang.String)") when
// holder_external is empty.
std::string external_method_name(std::string_view holder_external, std::string_view name, std::string_view sig);

}  // namespace Descriptors
