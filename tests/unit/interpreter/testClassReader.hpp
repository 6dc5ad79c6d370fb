// Test support: reads just enough of a class file (JVMS §4.1, §4.4, §4.6, §4.7.3) to build
// Methods with their constant pool, and decodes StackMapTable (§4.7.4) so that the oop maps
// can be checked against the types javac wrote. Not the VM's parser: no validation beyond
// staying inside the buffer.
#pragma once

#include "classfile/symbolTable.hpp"
#include "oops/constantPool.hpp"
#include "oops/method.hpp"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace oopmap_test {

// One verification type per slot after expansion: long/double become two slots.
enum class VType : u1 { Top, Int, Float, Long, Double, Null, UninitThis, Object, Uninit, Half };
inline bool vtype_is_ref(VType t) {
  return t == VType::Null || t == VType::UninitThis || t == VType::Object || t == VType::Uninit;
}
inline bool vtype_is_primitive(VType t) {
  return t == VType::Int || t == VType::Float || t == VType::Long || t == VType::Double || t == VType::Half;
}

struct StackMapFrame {
  int bci;
  std::vector<VType> locals;  // expanded to slots
  std::vector<VType> stack;
};

struct ParsedMethod {
  Method* method;
  std::string name;
  std::vector<StackMapFrame> frames;
};

class TestClassReader {
 public:
  explicit TestClassReader(std::vector<u1> bytes) : _b(std::move(bytes)) {}

  bool parse(std::vector<ParsedMethod>* out) {
    if (u4_() != 0xCAFEBABE) return false;
    u2_();
    _major = u2_();
    int count = u2_();
    _cp = ConstantPool::allocate(count);
    for (int i = 1; i < count && _ok; i++) {
      int tag = u1_();
      uint64_t slot = 0;
      switch (tag) {
        case JVM_CONSTANT_Utf8: {
          int len = u2_();
          if (!need(len)) return false;
          slot = uint64_t(uintptr_t(SymbolTable::lookup(reinterpret_cast<const char*>(&_b[_p]), len)));
          _p += size_t(len);
          break;
        }
        case JVM_CONSTANT_Integer: case JVM_CONSTANT_Float: slot = u4_(); break;
        case JVM_CONSTANT_Long: case JVM_CONSTANT_Double:
          slot = (uint64_t(u4_()) << 32) | u4_();
          break;
        case JVM_CONSTANT_Class: case JVM_CONSTANT_String: case JVM_CONSTANT_MethodType:
        case JVM_CONSTANT_Module: case JVM_CONSTANT_Package:
          slot = u2_();
          break;
        case JVM_CONSTANT_MethodHandle: {
          int kind = u1_();
          slot = uint64_t(kind) | (uint64_t(u2_()) << 16);
          break;
        }
        default: {  // Fieldref .. InterfaceMethodref, NameAndType, Dynamic, InvokeDynamic
          int a = u2_();
          slot = uint64_t(a) | (uint64_t(u2_()) << 16);
        }
      }
      _cp->set_tag(i, ConstantTag(tag));
      _cp->set_slot(i, slot);
      if (tag == JVM_CONSTANT_Long || tag == JVM_CONSTANT_Double) i++;
    }
    u2_();  // access
    _this_class = u2_();
    u2_();  // super
    skip(2 * u2_());  // interfaces
    int fields = u2_();
    for (int i = 0; i < fields && _ok; i++) {
      skip(6);
      skip_attributes();
    }
    int methods = u2_();
    for (int i = 0; i < methods && _ok; i++) out->push_back(parse_method());
    return _ok;
  }

 private:
  ParsedMethod parse_method() {
    ParsedMethod pm;
    Method* m = new Method();
    pm.method = m;
    m->_access_flags = u2_();
    m->_name = _cp->symbol_at(u2_());
    m->_signature = _cp->symbol_at(u2_());
    m->_constants = _cp;
    pm.name = m->_name->str() + m->_signature->str();
    int attrs = u2_();
    for (int a = 0; a < attrs && _ok; a++) {
      std::string name = _cp->symbol_at(u2_())->str();
      size_t len = u4_();
      size_t end = _p + len;
      if (name == "Code") {
        m->_max_stack = u2_();
        m->_max_locals = u2_();
        m->_code_length = int(u4_());
        if (!need(m->_code_length)) break;
        m->_code = new u1[size_t(m->_code_length)];
        memcpy(m->_code, &_b[_p], size_t(m->_code_length));
        _p += size_t(m->_code_length);
        m->_exception_table_length = u2_();
        m->_exception_table = new ExceptionTableEntry[size_t(m->_exception_table_length) + 1];
        for (int e = 0; e < m->_exception_table_length; e++) {
          ExceptionTableEntry& x = m->_exception_table[e];
          x.start_pc = u2_(); x.end_pc = u2_(); x.handler_pc = u2_(); x.catch_type_index = u2_();
        }
        int code_attrs = u2_();
        for (int c = 0; c < code_attrs && _ok; c++) {
          std::string cname = _cp->symbol_at(u2_())->str();
          size_t clen = u4_();
          size_t cend = _p + clen;
          if (cname == "StackMapTable") pm.frames = parse_stack_map(m);
          _p = cend;
        }
      }
      _p = end;
    }
    return pm;
  }

  // The implicit initial frame (§4.10.1.6) then each explicit frame (§4.7.4).
  std::vector<StackMapFrame> parse_stack_map(const Method* m) {
    std::vector<VType> locals;  // unexpanded: one entry per verification type
    if (!(m->_access_flags & JVM_ACC_STATIC)) {
      locals.push_back(m->_name->equals("<init>") && !is_object_class() ? VType::UninitThis : VType::Object);
    }
    std::string sig = m->_signature->str();
    for (size_t i = 1; i < sig.size() && sig[i] != ')'; i++) {
      char c = sig[i];
      if (c == '[' || c == 'L') {
        while (sig[i] == '[') i++;
        if (sig[i] == 'L') i = sig.find(';', i);
        locals.push_back(VType::Object);
      } else {
        locals.push_back(c == 'J' ? VType::Long : c == 'D' ? VType::Double : c == 'F' ? VType::Float : VType::Int);
      }
    }
    std::vector<StackMapFrame> frames;
    int n = u2_();
    int bci = -1;
    for (int i = 0; i < n && _ok; i++) {
      int type = u1_();
      std::vector<VType> stack;
      int delta;
      if (type < 64) {
        delta = type;
      } else if (type < 128) {
        delta = type - 64;
        stack.push_back(vtype());
      } else if (type == 247) {
        delta = u2_();
        stack.push_back(vtype());
      } else if (type >= 248 && type <= 250) {
        delta = u2_();
        locals.resize(locals.size() - size_t(251 - type));
      } else if (type == 251) {
        delta = u2_();
      } else if (type >= 252 && type <= 254) {
        delta = u2_();
        for (int k = 0; k < type - 251; k++) locals.push_back(vtype());
      } else if (type == 255) {
        delta = u2_();
        locals.clear();
        int nl = u2_();
        for (int k = 0; k < nl; k++) locals.push_back(vtype());
        int ns = u2_();
        for (int k = 0; k < ns; k++) stack.push_back(vtype());
      } else {
        _ok = false;
        break;
      }
      bci = bci < 0 ? delta : bci + delta + 1;
      frames.push_back({bci, expand(locals), expand(stack)});
    }
    return frames;
  }

  static std::vector<VType> expand(const std::vector<VType>& types) {
    std::vector<VType> slots;
    for (VType t : types) {
      slots.push_back(t);
      if (t == VType::Long || t == VType::Double) slots.push_back(VType::Half);
    }
    return slots;
  }

  VType vtype() {
    int tag = u1_();
    switch (tag) {
      case 0: return VType::Top;
      case 1: return VType::Int;
      case 2: return VType::Float;
      case 3: return VType::Double;
      case 4: return VType::Long;
      case 5: return VType::Null;
      case 6: return VType::UninitThis;
      case 7: u2_(); return VType::Object;
      case 8: u2_(); return VType::Uninit;
      default: _ok = false; return VType::Top;
    }
  }

  bool is_object_class() const {
    return _cp->klass_name_at(_this_class)->equals("java/lang/Object");
  }
  void skip_attributes() {
    int n = u2_();
    for (int i = 0; i < n && _ok; i++) {
      u2_();
      skip(u4_());
    }
  }
  bool need(size_t n) {
    if (_p + n > _b.size()) _ok = false;
    return _ok;
  }
  void skip(size_t n) {
    if (need(n)) _p += n;
  }
  uint32_t u1_() { return need(1) ? _b[_p++] : 0; }
  uint32_t u2_() { uint32_t a = u1_(); return (a << 8) | u1_(); }
  uint32_t u4_() { uint32_t a = u2_(); return (a << 16) | u2_(); }

  std::vector<u1> _b;
  size_t _p = 0;
  bool _ok = true;
  int _major = 0;
  int _this_class = 0;
  ConstantPool* _cp = nullptr;
};

inline bool read_file(const std::string& path, std::vector<u1>* out) {
  FILE* f = fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  u1 buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->insert(out->end(), buf, buf + n);
  fclose(f);
  return true;
}

}  // namespace oopmap_test
