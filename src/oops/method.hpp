// Method: one method of a class (JVMS §4.6) with its Code attribute (§4.7.3) and what the
// interpreter, the stack walker and reflection need. Filled by the class-file parser; the
// runtime adds linkage (vtable index, native entry, interpreter entry kind).
#pragma once

#include "utilities/globalDefinitions.hpp"

class Symbol;
class InstanceKlass;
class ConstantPool;

// JVM access and property flags (JVMS Table 4.6-A).
enum : u2 {
  JVM_ACC_PUBLIC = 0x0001, JVM_ACC_PRIVATE = 0x0002, JVM_ACC_PROTECTED = 0x0004,
  JVM_ACC_STATIC = 0x0008, JVM_ACC_FINAL = 0x0010, JVM_ACC_SYNCHRONIZED = 0x0020,
  JVM_ACC_SUPER = 0x0020, JVM_ACC_VOLATILE = 0x0040, JVM_ACC_BRIDGE = 0x0040,
  JVM_ACC_TRANSIENT = 0x0080, JVM_ACC_VARARGS = 0x0080, JVM_ACC_NATIVE = 0x0100,
  JVM_ACC_INTERFACE = 0x0200, JVM_ACC_ABSTRACT = 0x0400, JVM_ACC_STRICT = 0x0800,
  JVM_ACC_SYNTHETIC = 0x1000, JVM_ACC_ANNOTATION = 0x2000, JVM_ACC_ENUM = 0x4000,
  JVM_ACC_MODULE = 0x8000,
};

struct ExceptionTableEntry {
  u2 start_pc, end_pc, handler_pc, catch_type_index;  // catch_type_index 0 = any (finally)
};

struct LineNumberEntry {
  u2 start_pc, line_number;
};

struct LocalVariableEntry {  // LocalVariableTable (§4.7.13): names for helpful NPE messages
  u2 start_pc, length;
  Symbol* name;
  Symbol* descriptor;
  u2 index;
};

// A byte range inside the class file's bytes that the VM keeps verbatim (annotations,
// StackMapTable, ...). Copied into metaspace by the parser.
struct RawBytes {
  const u1* data = nullptr;
  int length = 0;
};

class Method {
 public:
  Symbol* name() const { return _name; }
  Symbol* signature() const { return _signature; }
  u2 access_flags() const { return _access_flags; }
  bool is_static() const { return _access_flags & JVM_ACC_STATIC; }
  bool is_native() const { return _access_flags & JVM_ACC_NATIVE; }
  bool is_abstract() const { return _access_flags & JVM_ACC_ABSTRACT; }
  bool is_synchronized() const { return _access_flags & JVM_ACC_SYNCHRONIZED; }
  bool is_private() const { return _access_flags & JVM_ACC_PRIVATE; }
  bool is_public() const { return _access_flags & JVM_ACC_PUBLIC; }
  bool is_protected() const { return _access_flags & JVM_ACC_PROTECTED; }
  bool is_final() const { return _access_flags & JVM_ACC_FINAL; }
  bool is_varargs() const { return _access_flags & JVM_ACC_VARARGS; }

  // Code attribute; code() is null for native and abstract methods.
  const u1* code() const { return _code; }
  int code_length() const { return _code_length; }
  int max_stack() const { return _max_stack; }
  int max_locals() const { return _max_locals; }
  int exception_table_length() const { return _exception_table_length; }
  const ExceptionTableEntry* exception_table() const { return _exception_table; }

  // Size of the arguments in slots (longs and doubles take two), receiver included.
  int size_of_parameters() const { return _size_of_parameters; }
  BasicType result_type() const { return _result_type; }

  // Source line for a bci, -1 if unknown (LineNumberTable, §4.7.12).
  int line_number_from_bci(int bci) const;

  InstanceKlass* holder() const { return _holder; }
  // HotSpot's Method::is_hidden: every method of a hidden class (lambda proxies, LambdaForms) and
  // @jdk.internal.vm.annotation.Hidden methods of boot and platform classes. Stack traces and
  // StackWalker skip them unless -XX:+ShowHiddenFrames.
  bool is_hidden() const { return _hidden; }
  ConstantPool* constants() const { return _constants; }

  // Filled by the parser (all arrays live in metaspace).
  Symbol* _name = nullptr;
  Symbol* _signature = nullptr;
  u2 _access_flags = 0;
  u2 _max_stack = 0;
  u2 _max_locals = 0;
  u2 _size_of_parameters = 0;
  BasicType _result_type = T_VOID;
  int _code_length = 0;
  u1* _code = nullptr;  // writable: the interpreter may rewrite bytecodes to quickened forms
  int _exception_table_length = 0;
  ExceptionTableEntry* _exception_table = nullptr;
  int _line_number_count = 0;
  LineNumberEntry* _line_numbers = nullptr;
  int _local_variable_count = 0;
  LocalVariableEntry* _local_variables = nullptr;
  int _checked_exception_count = 0;
  u2* _checked_exceptions = nullptr;   // constant-pool Class indices (Exceptions, §4.7.5)
  Symbol* _generic_signature = nullptr;  // Signature attribute
  RawBytes _stack_map_table;
  RawBytes _annotations, _parameter_annotations, _type_annotations, _annotation_default;
  RawBytes _method_parameters;

  // Linkage, filled by the runtime.
  InstanceKlass* _holder = nullptr;
  ConstantPool* _constants = nullptr;
  int _vtable_index = -1;      // -1: not virtual (static, private, <init>) or final-in-Object
  int _method_idnum = 0;       // index in the holder's method array
  bool _hidden = false;        // left out of stack traces and StackWalker (see is_hidden)
  void* _native_entry = nullptr;
  void* _interpreter_data = nullptr;  // the interpreter's per-method data (oop map cache, counters)
};

// Field of a class (JVMS §4.5) as parsed; the runtime assigns offsets.
struct FieldInfo {
  Symbol* name = nullptr;
  Symbol* signature = nullptr;
  u2 access_flags = 0;
  u2 constant_value_index = 0;  // ConstantValue attribute (§4.7.2), 0 if none
  Symbol* generic_signature = nullptr;
  RawBytes annotations, type_annotations;
  int offset = 0;  // byte offset in the instance (or in the static field block), set at layout
  bool injected = false;  // added by the VM (java.lang.Class's hidden fields), not in the class file
};
