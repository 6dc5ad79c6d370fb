// Test support for the interpreter oop-map tests: a tiny assembler with labels, a constant
// pool builder, and a Method factory. Objects are leaked on purpose (tests are short-lived).
#pragma once

#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodes.hpp"
#include "interpreter/oopMapCache.hpp"
#include "oops/constantPool.hpp"
#include "oops/method.hpp"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace oopmap_test {

using BC = Bytecodes;

// Builds a constant pool entry by entry; indices are returned as the entries are added.
class PoolBuilder {
 public:
  int utf8(const std::string& s) { return add(JVM_CONSTANT_Utf8, uint64_t(uintptr_t(SymbolTable::lookup(s)))); }
  int klass(const std::string& name) { return add(JVM_CONSTANT_Class, uint64_t(utf8(name))); }
  int string(const std::string& s) { return add(JVM_CONSTANT_String, uint64_t(utf8(s))); }
  int integer(int v) { return add(JVM_CONSTANT_Integer, uint32_t(v)); }
  int long_const(int64_t v) {
    int i = add(JVM_CONSTANT_Long, uint64_t(v));
    add(JVM_CONSTANT_Invalid, 0);  // §4.4.5: the next index is unusable
    return i;
  }
  int nat(const std::string& name, const std::string& desc) {
    int n = utf8(name), d = utf8(desc);
    return add(JVM_CONSTANT_NameAndType, uint64_t(n) | (uint64_t(d) << 16));
  }
  int member(ConstantTag tag, const std::string& cls, const std::string& name, const std::string& desc) {
    int c = klass(cls), nt = nat(name, desc);
    return add(tag, uint64_t(c) | (uint64_t(nt) << 16));
  }
  int methodref(const std::string& cls, const std::string& name, const std::string& desc) {
    return member(JVM_CONSTANT_Methodref, cls, name, desc);
  }
  int fieldref(const std::string& cls, const std::string& name, const std::string& desc) {
    return member(JVM_CONSTANT_Fieldref, cls, name, desc);
  }
  int dynamic(ConstantTag tag, const std::string& name, const std::string& desc) {
    int nt = nat(name, desc);
    return add(tag, uint64_t(0) | (uint64_t(nt) << 16));  // bootstrap method 0
  }
  int add(ConstantTag tag, uint64_t slot) {
    _entries.emplace_back(tag, slot);
    return int(_entries.size());
  }
  ConstantPool* build() const {
    ConstantPool* cp = ConstantPool::allocate(int(_entries.size()) + 1);
    for (size_t i = 0; i < _entries.size(); i++) {
      cp->set_tag(int(i + 1), _entries[i].first);
      cp->set_slot(int(i + 1), _entries[i].second);
    }
    return cp;
  }

 private:
  std::vector<std::pair<ConstantTag, uint64_t>> _entries;
};

// Assembles bytecode; branches refer to labels bound later.
class CodeBuilder {
 public:
  int bci() const { return int(_code.size()); }
  CodeBuilder& op(BC::Code c) { return u1_(u1(c)); }
  CodeBuilder& op(BC::Code c, int operand) { return op(c).u1_(u1(operand)); }
  CodeBuilder& op2(BC::Code c, int operand) { return op(c).u2_(operand); }
  CodeBuilder& u1_(int v) { _code.push_back(u1(v)); return *this; }
  CodeBuilder& u2_(int v) { return u1_(v >> 8).u1_(v); }
  CodeBuilder& s4_(int v) { return u2_(int(uint32_t(v) >> 16)).u2_(v & 0xffff); }

  int new_label() { _labels.push_back(-1); return int(_labels.size()) - 1; }
  CodeBuilder& bind(int label) { _labels[size_t(label)] = bci(); return *this; }
  int label_bci(int label) const { return _labels[size_t(label)]; }

  // A 2-byte-offset branch (if*, goto, jsr) or 4-byte (goto_w, jsr_w) to a label.
  CodeBuilder& branch(BC::Code c, int label) {
    int at = bci();
    op(c);
    _fixups.push_back({at, bci(), label, c == BC::_goto_w || c == BC::_jsr_w});
    return (c == BC::_goto_w || c == BC::_jsr_w) ? s4_(0) : u2_(0);
  }
  // tableswitch low..high with targets[i] for low + i.
  CodeBuilder& tableswitch(int dflt, int low, const std::vector<int>& targets) {
    int at = bci();
    op(BC::_tableswitch);
    while (bci() % 4 != 0) u1_(0);
    fixup4(at, dflt);
    s4_(low).s4_(low + int(targets.size()) - 1);
    for (int t : targets) fixup4(at, t);
    return *this;
  }
  CodeBuilder& lookupswitch(int dflt, const std::vector<std::pair<int, int>>& pairs) {
    int at = bci();
    op(BC::_lookupswitch);
    while (bci() % 4 != 0) u1_(0);
    fixup4(at, dflt);
    s4_(int(pairs.size()));
    for (auto [key, t] : pairs) {
      s4_(key);
      fixup4(at, t);
    }
    return *this;
  }
  std::vector<u1> finish() {
    for (const Fixup& f : _fixups) {
      int off = _labels[size_t(f.label)] - f.insn_bci;
      if (f.wide) {
        for (int i = 0; i < 4; i++) _code[size_t(f.operand_bci + i)] = u1(uint32_t(off) >> (24 - 8 * i));
      } else {
        _code[size_t(f.operand_bci)] = u1(off >> 8);
        _code[size_t(f.operand_bci + 1)] = u1(off);
      }
    }
    return _code;
  }

 private:
  struct Fixup {
    int insn_bci, operand_bci, label;
    bool wide;
  };
  void fixup4(int insn_bci, int label) {
    _fixups.push_back({insn_bci, bci(), label, true});
    s4_(0);
  }
  std::vector<u1> _code;
  std::vector<int> _labels;
  std::vector<Fixup> _fixups;
};

// A Method with the given shape; the code and handler arrays are copied and leaked.
inline Method* make_method(const std::string& signature, bool is_static, int max_locals, int max_stack,
                           const std::vector<u1>& code, ConstantPool* cp = nullptr,
                           const std::vector<ExceptionTableEntry>& handlers = {}) {
  Method* m = new Method();
  m->_name = SymbolTable::lookup("test");
  m->_signature = SymbolTable::lookup(signature);
  m->_access_flags = u2(JVM_ACC_PUBLIC | (is_static ? JVM_ACC_STATIC : 0));
  m->_max_locals = u2(max_locals);
  m->_max_stack = u2(max_stack);
  m->_code_length = int(code.size());
  m->_code = new u1[code.size() + 1];
  if (!code.empty()) memcpy(m->_code, code.data(), code.size());
  m->_exception_table_length = int(handlers.size());
  m->_exception_table = new ExceptionTableEntry[handlers.size() + 1];
  for (size_t i = 0; i < handlers.size(); i++) m->_exception_table[i] = handlers[i];
  m->_constants = cp;
  return m;
}

// The map as a string, one char per slot: locals, '|', stack; 'R' oop, '.' not.
inline std::string describe(const InterpreterOopMap& map) {
  std::string s;
  for (int i = 0; i < map.number_of_entries(); i++) {
    if (i == map.max_locals()) s += '|';
    s += map.is_oop(i) ? 'R' : '.';
  }
  if (map.expression_stack_size() == 0) s += '|';
  return s;
}

// Computes the map at bci and describes it, or "FAIL".
inline std::string map_at(const Method* m, int bci) {
  InterpreterOopMap map;
  if (!OopMapCache::compute(m, bci, &map)) return "FAIL";
  return describe(map);
}

}  // namespace oopmap_test
