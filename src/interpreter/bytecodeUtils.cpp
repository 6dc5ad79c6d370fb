// Helpful NullPointerException messages (JEP 358): a data-flow simulation of the operand stack
// remembers which instruction pushed each value; the message then names the failed action and
// prints the null value's origin as a Java-like expression, with HotSpot 17's exact texts.
#include "interpreter/bytecodeUtils.hpp"

#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodes.hpp"
#include "oops/constantPool.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// Descriptors (JVMS §4.3)

// The value kinds the simulation tracks. Besides Java's basic types, a return address (jsr) and
// a conflict (a slot merged from values of different kinds).
enum class VType : uint8_t {
  Int, Float, Long, Double, Byte, Char, Short, Boolean, Object, Array, Address, Void, Conflict
};

int vtype_size(VType t) { return (t == VType::Long || t == VType::Double) ? 2 : (t == VType::Void ? 0 : 1); }
bool is_reference(VType t) { return t == VType::Object || t == VType::Array; }

VType vtype_of_descriptor_char(char c) {
  switch (c) {
    case 'I': return VType::Int;
    case 'F': return VType::Float;
    case 'J': return VType::Long;
    case 'D': return VType::Double;
    case 'B': return VType::Byte;
    case 'C': return VType::Char;
    case 'S': return VType::Short;
    case 'Z': return VType::Boolean;
    case 'L': return VType::Object;
    case '[': return VType::Array;
    case 'V': return VType::Void;
    default: return VType::Conflict;
  }
}

// Walks the parameter types of a method descriptor "(...)R". Each step yields the descriptor of
// one parameter; a malformed descriptor simply ends the walk.
class ParamIterator {
 public:
  explicit ParamIterator(std::string_view sig) : _sig(sig), _pos(sig.starts_with('(') ? 1 : sig.size()) {}
  bool next(std::string_view* param) {
    if (_pos >= _sig.size() || _sig[_pos] == ')') return false;
    size_t start = _pos;
    while (_pos < _sig.size() && _sig[_pos] == '[') _pos++;
    if (_pos >= _sig.size()) return false;
    if (_sig[_pos] == 'L') {
      size_t semi = _sig.find(';', _pos);
      if (semi == std::string_view::npos) return false;
      _pos = semi + 1;
    } else {
      _pos++;
    }
    *param = _sig.substr(start, _pos - start);
    return true;
  }
  // The return descriptor, valid once next() returned false on a well-formed signature.
  std::string_view return_type() const {
    size_t close = _sig.find(')');
    return close == std::string_view::npos ? std::string_view() : _sig.substr(close + 1);
  }

 private:
  std::string_view _sig;
  size_t _pos;
};

int argument_slots(std::string_view sig) {
  ParamIterator it(sig);
  std::string_view p;
  int slots = 0;
  while (it.next(&p)) slots += vtype_size(vtype_of_descriptor_char(p[0]));
  return slots;
}

VType return_vtype(std::string_view sig) {
  ParamIterator it(sig);
  std::string_view p;
  while (it.next(&p)) {
  }
  std::string_view r = it.return_type();
  return r.empty() ? VType::Void : vtype_of_descriptor_char(r[0]);
}

// "java/lang/String" -> "java.lang.String" (Symbol::as_klass_external_name: array class names
// such as "[I" stay as they are).
std::string external_name(std::string_view internal) {
  std::string s(internal);
  for (char& c : s) {
    if (c == '/') c = '.';
  }
  return s;
}

// A field descriptor as Java source writes the type: "I" -> "int", "[[Ljava/util/Map;" ->
// "java.util.Map[][]".
std::string external_type(std::string_view desc) {
  int dims = 0;
  while (!desc.empty() && desc[0] == '[') {
    dims++;
    desc.remove_prefix(1);
  }
  std::string s;
  if (!desc.empty() && desc[0] == 'L') {
    s = external_name(desc.substr(1, desc.size() >= 2 ? desc.size() - 2 : 0));
  } else if (!desc.empty()) {
    static const struct { char c; const char* name; } kPrims[] = {
        {'B', "byte"}, {'C', "char"}, {'D', "double"}, {'F', "float"}, {'I', "int"},
        {'J', "long"}, {'S', "short"}, {'Z', "boolean"}, {'V', "void"}};
    for (const auto& p : kPrims) {
      if (p.c == desc[0]) s = p.name;
    }
  }
  for (int i = 0; i < dims; i++) s += "[]";
  return s;
}

// HotSpot shortens java.lang.Object and java.lang.String in NPE messages. For the class of a
// member the name must match exactly; in the parameter list the test looks only at the first 16
// characters of the first parameter or of one after ", ", so "java.lang.StringBuffer" becomes
// "StringBuffer" there too (trim_well_known_class_names_from_signature in HotSpot).
std::string klass_name_for_message(std::string_view internal) {
  std::string name = external_name(internal);
  if (name == "java.lang.Object") return "Object";
  if (name == "java.lang.String") return "String";
  return name;
}

std::string trim_well_known_parameter_names(const std::string& params) {
  static constexpr std::string_view kPrefix = "java.lang.";
  auto well_known_at = [&](size_t p) {
    std::string_view rest = std::string_view(params).substr(p);
    return rest.starts_with("java.lang.Object") || rest.starts_with("java.lang.String");
  };
  std::string out;
  for (size_t i = 0; i < params.size(); i++) {
    if ((i == 0 && well_known_at(0)) || (i > 1 && params.compare(i - 2, 2, ", ") == 0 && well_known_at(i))) {
      i += kPrefix.size();
    }
    out += params[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The simulated operand stack

// What the analysis knows about one operand-stack slot: the bci of the instruction that pushed
// the value, or kNoBci when paths that pushed it differently merged.
struct SlotData {
  static constexpr int kNoBci = -1;
  int bci = kNoBci;
  VType type = VType::Conflict;

  bool has_bci() const { return bci != kNoBci; }

  // Two references keep the bci only if it is the same; other kinds must match exactly.
  SlotData merge(SlotData other) const {
    if (type != other.type) {
      if (is_reference(type) && is_reference(other.type)) return {bci == other.bci ? bci : kNoBci, VType::Object};
      return {kNoBci, VType::Conflict};
    }
    return {bci == other.bci ? bci : kNoBci, type};
  }
};

// The operand stack before one instruction, plus the set of local slots stored to on some path
// reaching it: a slot never written still holds its parameter (or `this`), so it can be named
// "<parameterN>"; once written it can only be "<localN>". Slots above 63 count as written.
struct SimStack {
  std::vector<SlotData> slots;  // bottom first
  uint64_t written = 0;
  bool broken = false;  // a pop below the bottom: the code is not verifiable, drop this path

  int size() const { return int(slots.size()); }
  SlotData at(int depth) const {  // 0 = top of stack
    if (depth < 0 || depth >= size()) return {};
    return slots[size() - 1 - depth];
  }
  void push_raw(SlotData d) {
    if (d.type != VType::Void) slots.push_back(d);
  }
  void push(int bci, VType t) { push(SlotData{bci, t}); }
  void push(SlotData d) {
    push_raw(d);
    if (vtype_size(d.type) == 2) push_raw(d);
  }
  void pop(int n) {
    if (n > size()) {
      broken = true;
      slots.clear();
      return;
    }
    slots.resize(slots.size() - size_t(n));
  }
  void mark_written(int local) {
    if (local >= 0 && local < 64) written |= uint64_t(1) << local;
  }
  bool was_written(int local) const { return local >= 64 || (written & (uint64_t(1) << local)) != 0; }
  // Both stacks reach the same instruction; verified code has equal depths there.
  void merge(const SimStack& other) {
    size_t n = std::min(slots.size(), other.slots.size());
    for (size_t i = 0; i < n; i++) slots[i] = slots[i].merge(other.slots[i]);
    written |= other.written;
  }
};

constexpr int kNpeExplicitlyConstructed = -2;
constexpr int kCannotThrowNpe = -1;
constexpr int kMaxCauseDetail = 5;         // levels of an expression printed as the cause
constexpr long kMaxAnalysisEntries = 1000000;  // stack slots stored over all instructions

// The analysis of one method. Like HotSpot's, it sweeps the code in bci order, simulating every
// instruction that already has an incoming stack, until a sweep adds no new stack (a merge that
// only changes an existing stack does not trigger another sweep), and stops early once the
// faulting bci has a stack. The resulting stacks (and so the messages) match HotSpot's.
class NpeAnalysis {
 public:
  explicit NpeAnalysis(const Method* m);
  // Computes the stacks, as far as needed for an NPE at npe_bci.
  void analyze(int npe_bci);

  int null_slot(int bci) const;
  std::string failed_action(int bci) const;
  bool print_cause(std::string* os, int bci, int slot) const;

 private:
  // The java opcode at bci, skipping a wide prefix; *operands is the bci of the first operand.
  Bytecodes::Code code_at(int bci, bool* is_wide, int* operands) const;
  int u1_at(int bci) const { return _code[bci]; }
  int u2_at(int bci) const { return bytes_u2(_code + bci); }

  int do_instruction(int bci);
  void merge_into(int bci, SimStack* stack);
  bool print_cause0(std::string* os, int bci, int slot, int max_detail, bool inner_expr, const char* prefix) const;
  void print_local(std::string* os, int bci, int slot, bool is_parameter) const;
  void print_method(std::string* os, int cp_index) const;
  bool member_ref_ok(int cp_index) const;

  const Method* _m;
  const u1* _code;
  int _len;
  const ConstantPool* _cp;
  std::vector<std::unique_ptr<SimStack>> _stacks;  // stack before each bci; index len unused
  long _entries = 0;
  bool _added_one = true;
  bool _all_processed = false;
};

NpeAnalysis::NpeAnalysis(const Method* m)
    : _m(m), _code(m->code()), _len(m->code_length()), _cp(m->constants()), _stacks(size_t(_len) + 1) {}

void NpeAnalysis::analyze(int npe_bci) {
  const Method* m = _m;
  _stacks[0] = std::make_unique<SimStack>();
  // An exception handler starts with the caught exception on an otherwise empty stack; its
  // "pusher" is the handler's first instruction (JVMS §2.10).
  for (int i = 0; i < m->exception_table_length(); i++) {
    int h = m->exception_table()[i].handler_pc;
    if (h < _len && _stacks[h] == nullptr) {
      _stacks[h] = std::make_unique<SimStack>();
      _stacks[h]->push(h, VType::Object);
    }
  }
  while (!_all_processed && _added_one) {
    _all_processed = true;
    _added_one = false;
    for (int i = 0; i < _len;) {
      int len = do_instruction(i);
      if (len <= 0) return;  // undefined or truncated instruction: keep what we have
      i += len;
      if (i == npe_bci && _stacks[i] != nullptr) {
        _all_processed = true;
        break;
      }
      if (_entries > kMaxAnalysisEntries) return;
    }
  }
}

Bytecodes::Code NpeAnalysis::code_at(int bci, bool* is_wide, int* operands) const {
  Bytecodes::Code c = Bytecodes::java_code(Bytecodes::cast(_code[bci]));
  *is_wide = false;
  *operands = bci + 1;
  if (c == Bytecodes::_wide && bci + 1 < _len) {
    *is_wide = true;
    c = Bytecodes::java_code(Bytecodes::cast(_code[bci + 1]));
    *operands = bci + 2;
  }
  return c;
}

bool NpeAnalysis::member_ref_ok(int cp_index) const {
  if (_cp == nullptr || cp_index <= 0 || cp_index >= _cp->length()) return false;
  ConstantTag t = _cp->tag_at(cp_index);
  return t == JVM_CONSTANT_Fieldref || t == JVM_CONSTANT_Methodref || t == JVM_CONSTANT_InterfaceMethodref;
}

// Merges `stack` into the stack recorded at `bci`. As in HotSpot, `stack` itself becomes the
// merge result, so a later target of the same instruction receives the merged state too.
void NpeAnalysis::merge_into(int bci, SimStack* stack) {
  if (bci < 0 || bci >= _len) return;
  if (_stacks[bci] != nullptr) {
    stack->merge(*_stacks[bci]);
  } else {
    _added_one = true;
    _entries += stack->size();
  }
  _stacks[bci] = std::make_unique<SimStack>(*stack);
}

// Simulates the instruction at bci if a stack reaches it; returns its length (<= 0 if the
// instruction is undefined or runs past the code).
int NpeAnalysis::do_instruction(int bci) {
  int len = Bytecodes::length_at(_code, _len, bci);
  if (len <= 0) return len;
  if (_stacks[bci] == nullptr) {
    _all_processed = false;
    return len;
  }
  SimStack stack(*_stacks[bci]);
  bool is_wide;
  int pos;
  Bytecodes::Code code = code_at(bci, &is_wide, &pos);
  int dest = -1;
  std::vector<int> dests;  // switch targets besides the default
  bool flow_ended = false;

  switch (code) {
    case Bytecodes::_nop:
    case Bytecodes::_iinc:
      break;
    case Bytecodes::_aconst_null:
    case Bytecodes::_new:
    case Bytecodes::_aload:
    case Bytecodes::_aload_0: case Bytecodes::_aload_1: case Bytecodes::_aload_2: case Bytecodes::_aload_3:
      stack.push(bci, VType::Object);
      break;
    case Bytecodes::_iconst_m1: case Bytecodes::_iconst_0: case Bytecodes::_iconst_1: case Bytecodes::_iconst_2:
    case Bytecodes::_iconst_3: case Bytecodes::_iconst_4: case Bytecodes::_iconst_5:
    case Bytecodes::_bipush: case Bytecodes::_sipush:
    case Bytecodes::_iload:
    case Bytecodes::_iload_0: case Bytecodes::_iload_1: case Bytecodes::_iload_2: case Bytecodes::_iload_3:
      stack.push(bci, VType::Int);
      break;
    case Bytecodes::_lconst_0: case Bytecodes::_lconst_1:
    case Bytecodes::_lload:
    case Bytecodes::_lload_0: case Bytecodes::_lload_1: case Bytecodes::_lload_2: case Bytecodes::_lload_3:
      stack.push(bci, VType::Long);
      break;
    case Bytecodes::_fconst_0: case Bytecodes::_fconst_1: case Bytecodes::_fconst_2:
    case Bytecodes::_fload:
    case Bytecodes::_fload_0: case Bytecodes::_fload_1: case Bytecodes::_fload_2: case Bytecodes::_fload_3:
      stack.push(bci, VType::Float);
      break;
    case Bytecodes::_dconst_0: case Bytecodes::_dconst_1:
    case Bytecodes::_dload:
    case Bytecodes::_dload_0: case Bytecodes::_dload_1: case Bytecodes::_dload_2: case Bytecodes::_dload_3:
      stack.push(bci, VType::Double);
      break;

    case Bytecodes::_ldc:
    case Bytecodes::_ldc_w:
    case Bytecodes::_ldc2_w: {
      int index = code == Bytecodes::_ldc ? u1_at(pos) : u2_at(pos);
      if (_cp == nullptr || index <= 0 || index >= _cp->length()) return -1;
      switch (_cp->tag_at(index)) {
        case JVM_CONSTANT_Integer: stack.push(bci, VType::Int); break;
        case JVM_CONSTANT_Float: stack.push(bci, VType::Float); break;
        case JVM_CONSTANT_Long: stack.push(bci, VType::Long); break;
        case JVM_CONSTANT_Double: stack.push(bci, VType::Double); break;
        case JVM_CONSTANT_Class: case JVM_CONSTANT_String:
        case JVM_CONSTANT_Fieldref: case JVM_CONSTANT_Methodref: case JVM_CONSTANT_InterfaceMethodref:
          stack.push(bci, VType::Object);
          break;
        // HotSpot 17 pushes nothing for MethodHandle, MethodType and dynamic constants, so the
        // analysis sees one slot less from here on; kept, since it decides the messages.
        default: break;
      }
      break;
    }

    case Bytecodes::_iaload: stack.pop(2); stack.push(bci, VType::Int); break;
    case Bytecodes::_faload: stack.pop(2); stack.push(bci, VType::Float); break;
    case Bytecodes::_aaload: stack.pop(2); stack.push(bci, VType::Object); break;
    case Bytecodes::_baload: stack.pop(2); stack.push(bci, VType::Byte); break;
    case Bytecodes::_caload: stack.pop(2); stack.push(bci, VType::Char); break;
    case Bytecodes::_saload: stack.pop(2); stack.push(bci, VType::Short); break;
    case Bytecodes::_laload: stack.pop(2); stack.push(bci, VType::Long); break;
    case Bytecodes::_daload: stack.pop(2); stack.push(bci, VType::Double); break;

    // Stores mark the local as written (only its first slot for long and double, as HotSpot).
    case Bytecodes::_istore: case Bytecodes::_fstore: case Bytecodes::_astore:
      stack.mark_written(is_wide ? u2_at(pos) : u1_at(pos));
      stack.pop(1);
      break;
    case Bytecodes::_lstore: case Bytecodes::_dstore:
      stack.mark_written(is_wide ? u2_at(pos) : u1_at(pos));
      stack.pop(2);
      break;
    case Bytecodes::_istore_0: case Bytecodes::_istore_1: case Bytecodes::_istore_2: case Bytecodes::_istore_3:
      stack.mark_written(code - Bytecodes::_istore_0); stack.pop(1); break;
    case Bytecodes::_fstore_0: case Bytecodes::_fstore_1: case Bytecodes::_fstore_2: case Bytecodes::_fstore_3:
      stack.mark_written(code - Bytecodes::_fstore_0); stack.pop(1); break;
    case Bytecodes::_astore_0: case Bytecodes::_astore_1: case Bytecodes::_astore_2: case Bytecodes::_astore_3:
      stack.mark_written(code - Bytecodes::_astore_0); stack.pop(1); break;
    case Bytecodes::_lstore_0: case Bytecodes::_lstore_1: case Bytecodes::_lstore_2: case Bytecodes::_lstore_3:
      stack.mark_written(code - Bytecodes::_lstore_0); stack.pop(2); break;
    case Bytecodes::_dstore_0: case Bytecodes::_dstore_1: case Bytecodes::_dstore_2: case Bytecodes::_dstore_3:
      stack.mark_written(code - Bytecodes::_dstore_0); stack.pop(2); break;

    case Bytecodes::_iastore: case Bytecodes::_fastore: case Bytecodes::_aastore:
    case Bytecodes::_bastore: case Bytecodes::_castore: case Bytecodes::_sastore:
      stack.pop(3);
      break;
    case Bytecodes::_lastore: case Bytecodes::_dastore:
      stack.pop(4);
      break;
    case Bytecodes::_pop: case Bytecodes::_monitorenter: case Bytecodes::_monitorexit:
      stack.pop(1);
      break;
    case Bytecodes::_pop2:
      stack.pop(2);
      break;

    // The dup family copies slot data, so a duplicated value keeps its origin.
    case Bytecodes::_dup:
      if (stack.size() < 1) { stack.pop(1); break; }
      stack.push_raw(stack.at(0));
      break;
    case Bytecodes::_dup_x1: {
      if (stack.size() < 2) { stack.pop(2); break; }
      SlotData t1 = stack.at(0), t2 = stack.at(1);
      stack.pop(2);
      for (SlotData d : {t1, t2, t1}) stack.push_raw(d);
      break;
    }
    case Bytecodes::_dup_x2: {
      if (stack.size() < 3) { stack.pop(3); break; }
      SlotData t1 = stack.at(0), t2 = stack.at(1), t3 = stack.at(2);
      stack.pop(3);
      for (SlotData d : {t1, t3, t2, t1}) stack.push_raw(d);
      break;
    }
    case Bytecodes::_dup2:
      if (stack.size() < 2) { stack.pop(2); break; }
      stack.push_raw(stack.at(1));
      stack.push_raw(stack.at(1));
      break;
    case Bytecodes::_dup2_x1: {
      if (stack.size() < 3) { stack.pop(3); break; }
      SlotData t1 = stack.at(0), t2 = stack.at(1), t3 = stack.at(2);
      stack.pop(3);
      for (SlotData d : {t2, t1, t3, t2, t1}) stack.push_raw(d);
      break;
    }
    case Bytecodes::_dup2_x2: {
      if (stack.size() < 4) { stack.pop(4); break; }
      SlotData t1 = stack.at(0), t2 = stack.at(1), t3 = stack.at(2), t4 = stack.at(3);
      stack.pop(4);
      for (SlotData d : {t2, t1, t4, t3, t2, t1}) stack.push_raw(d);
      break;
    }
    case Bytecodes::_swap: {
      if (stack.size() < 2) { stack.pop(2); break; }
      SlotData t1 = stack.at(0), t2 = stack.at(1);
      stack.pop(2);
      stack.push(t1);
      stack.push(t2);
      break;
    }

    case Bytecodes::_iadd: case Bytecodes::_isub: case Bytecodes::_imul: case Bytecodes::_idiv:
    case Bytecodes::_irem: case Bytecodes::_iand: case Bytecodes::_ior: case Bytecodes::_ixor:
    case Bytecodes::_ishl: case Bytecodes::_ishr: case Bytecodes::_iushr:
      stack.pop(2); stack.push(bci, VType::Int); break;
    case Bytecodes::_fadd: case Bytecodes::_fsub: case Bytecodes::_fmul: case Bytecodes::_fdiv: case Bytecodes::_frem:
      stack.pop(2); stack.push(bci, VType::Float); break;
    case Bytecodes::_ladd: case Bytecodes::_lsub: case Bytecodes::_lmul: case Bytecodes::_ldiv:
    case Bytecodes::_lrem: case Bytecodes::_land: case Bytecodes::_lor: case Bytecodes::_lxor:
      stack.pop(4); stack.push(bci, VType::Long); break;
    case Bytecodes::_dadd: case Bytecodes::_dsub: case Bytecodes::_dmul: case Bytecodes::_ddiv: case Bytecodes::_drem:
      stack.pop(4); stack.push(bci, VType::Double); break;
    case Bytecodes::_lshl: case Bytecodes::_lshr: case Bytecodes::_lushr:
      stack.pop(3); stack.push(bci, VType::Long); break;
    case Bytecodes::_ineg: stack.pop(1); stack.push(bci, VType::Int); break;
    case Bytecodes::_fneg: stack.pop(1); stack.push(bci, VType::Float); break;
    case Bytecodes::_lneg: stack.pop(2); stack.push(bci, VType::Long); break;
    case Bytecodes::_dneg: stack.pop(2); stack.push(bci, VType::Double); break;

    case Bytecodes::_i2l: case Bytecodes::_f2l: stack.pop(1); stack.push(bci, VType::Long); break;
    case Bytecodes::_i2f: stack.pop(1); stack.push(bci, VType::Float); break;
    case Bytecodes::_i2d: case Bytecodes::_f2d: stack.pop(1); stack.push(bci, VType::Double); break;
    case Bytecodes::_f2i: stack.pop(1); stack.push(bci, VType::Int); break;
    case Bytecodes::_i2b: stack.pop(1); stack.push(bci, VType::Byte); break;
    case Bytecodes::_i2c: stack.pop(1); stack.push(bci, VType::Char); break;
    case Bytecodes::_i2s: stack.pop(1); stack.push(bci, VType::Short); break;
    case Bytecodes::_l2i: case Bytecodes::_d2i: stack.pop(2); stack.push(bci, VType::Int); break;
    case Bytecodes::_l2f: case Bytecodes::_d2f: stack.pop(2); stack.push(bci, VType::Float); break;
    case Bytecodes::_l2d: stack.pop(2); stack.push(bci, VType::Double); break;
    case Bytecodes::_d2l: stack.pop(2); stack.push(bci, VType::Long); break;

    case Bytecodes::_lcmp: case Bytecodes::_dcmpl: case Bytecodes::_dcmpg:
      stack.pop(4); stack.push(bci, VType::Int); break;
    case Bytecodes::_fcmpl: case Bytecodes::_fcmpg:
      stack.pop(2); stack.push(bci, VType::Int); break;

    case Bytecodes::_ifeq: case Bytecodes::_ifne: case Bytecodes::_iflt: case Bytecodes::_ifge:
    case Bytecodes::_ifgt: case Bytecodes::_ifle: case Bytecodes::_ifnull: case Bytecodes::_ifnonnull:
      stack.pop(1);
      dest = bci + bytes_s2(_code + pos);
      break;
    case Bytecodes::_if_icmpeq: case Bytecodes::_if_icmpne: case Bytecodes::_if_icmplt:
    case Bytecodes::_if_icmpge: case Bytecodes::_if_icmpgt: case Bytecodes::_if_icmple:
    case Bytecodes::_if_acmpeq: case Bytecodes::_if_acmpne:
      stack.pop(2);
      dest = bci + bytes_s2(_code + pos);
      break;
    case Bytecodes::_goto:
      dest = bci + bytes_s2(_code + pos);
      flow_ended = true;
      break;
    case Bytecodes::_goto_w:
      dest = bci + bytes_s4(_code + pos);
      flow_ended = true;
      break;
    // jsr continues at its target; the instruction after it is reached only through ret, whose
    // target the analysis does not track (locals are not simulated), as in HotSpot.
    case Bytecodes::_jsr:
    case Bytecodes::_jsr_w:
      stack.push(bci, VType::Address);
      dest = bci + (code == Bytecodes::_jsr ? bytes_s2(_code + pos) : bytes_s4(_code + pos));
      flow_ended = true;
      break;
    case Bytecodes::_ret:
      flow_ended = true;
      break;
    case Bytecodes::_tableswitch: {  // §6.5 tableswitch: padding, default, low, high, offsets
      stack.pop(1);
      int p = (pos + 3) & ~3;
      dest = bci + bytes_s4(_code + p);
      int64_t low = bytes_s4(_code + p + 4), high = bytes_s4(_code + p + 8);
      for (int64_t i = low; i <= high; i++) dests.push_back(bci + bytes_s4(_code + p + 12 + 4 * (i - low)));
      break;  // as HotSpot, the switches also flow into the next instruction (same stacks)
    }
    case Bytecodes::_lookupswitch: {  // §6.5 lookupswitch: padding, default, npairs, pairs
      stack.pop(1);
      int p = (pos + 3) & ~3;
      dest = bci + bytes_s4(_code + p);
      int npairs = bytes_s4(_code + p + 4);
      for (int i = 0; i < npairs; i++) dests.push_back(bci + bytes_s4(_code + p + 12 + 8 * i));
      break;
    }

    case Bytecodes::_ireturn: case Bytecodes::_freturn: case Bytecodes::_areturn: case Bytecodes::_athrow:
      stack.pop(1); flow_ended = true; break;
    case Bytecodes::_lreturn: case Bytecodes::_dreturn:
      stack.pop(2); flow_ended = true; break;
    case Bytecodes::_return:
      flow_ended = true; break;

    case Bytecodes::_getstatic:
    case Bytecodes::_getfield:
    case Bytecodes::_putstatic:
    case Bytecodes::_putfield: {
      int index = u2_at(pos);
      if (!member_ref_ok(index)) return -1;
      Symbol* sig = _cp->member_signature(index);
      VType t = sig->length() > 0 ? vtype_of_descriptor_char(sig->char_at(0)) : VType::Conflict;
      if (code == Bytecodes::_getfield) stack.pop(1);
      if (code == Bytecodes::_getstatic || code == Bytecodes::_getfield) {
        stack.push(bci, t);
      } else {
        stack.pop(vtype_size(t) + (code == Bytecodes::_putfield ? 1 : 0));
      }
      break;
    }

    case Bytecodes::_invokevirtual:
    case Bytecodes::_invokespecial:
    case Bytecodes::_invokestatic:
    case Bytecodes::_invokeinterface:
    case Bytecodes::_invokedynamic: {
      int index = u2_at(pos);
      Symbol* sig;
      if (code == Bytecodes::_invokedynamic) {
        bool indy_ok = _cp != nullptr && index > 0 && index < _cp->length() &&
                       _cp->tag_at(index) == JVM_CONSTANT_InvokeDynamic;
        if (!indy_ok) return -1;
        sig = _cp->nat_signature(_cp->high_at(index));
      } else {
        if (!member_ref_ok(index)) return -1;
        sig = _cp->member_signature(index);
      }
      if (code != Bytecodes::_invokestatic && code != Bytecodes::_invokedynamic) stack.pop(1);  // receiver
      stack.pop(argument_slots(sig->view()));
      stack.push(bci, return_vtype(sig->view()));
      break;
    }

    case Bytecodes::_newarray:
    case Bytecodes::_anewarray:
      stack.pop(1); stack.push(bci, VType::Object); break;
    case Bytecodes::_instanceof:
    case Bytecodes::_arraylength:
      stack.pop(1); stack.push(bci, VType::Int); break;
    case Bytecodes::_checkcast:
      break;  // the value keeps its origin
    case Bytecodes::_multianewarray:
      stack.pop(u1_at(pos + 2)); stack.push(bci, VType::Object); break;

    default:
      // Unknown here (breakpoint): stacks computed so far stay usable, as in HotSpot.
      _all_processed = false;
      _added_one = false;
      return len;
  }
  if (stack.broken) return len;  // not verifiable: this path ends here

  if (!flow_ended) merge_into(bci + len, &stack);
  if (dest != -1) merge_into(dest, &stack);
  for (int d : dests) merge_into(d, &stack);
  return len;
}

// The depth (0 = top) of the operand-stack slot whose null value the instruction at bci
// dereferences; kNpeExplicitlyConstructed for a constructor call (an NPE made by `new`), or
// kCannotThrowNpe.
int NpeAnalysis::null_slot(int bci) const {
  bool is_wide;
  int pos;
  switch (code_at(bci, &is_wide, &pos)) {
    case Bytecodes::_getfield:
      return member_ref_ok(u2_at(pos)) ? 0 : kCannotThrowNpe;
    case Bytecodes::_arraylength: case Bytecodes::_athrow:
    case Bytecodes::_monitorenter: case Bytecodes::_monitorexit:
      return 0;
    case Bytecodes::_iaload: case Bytecodes::_faload: case Bytecodes::_aaload: case Bytecodes::_baload:
    case Bytecodes::_caload: case Bytecodes::_saload: case Bytecodes::_laload: case Bytecodes::_daload:
      return 1;
    case Bytecodes::_iastore: case Bytecodes::_fastore: case Bytecodes::_aastore:
    case Bytecodes::_bastore: case Bytecodes::_castore: case Bytecodes::_sastore:
      return 2;
    case Bytecodes::_lastore: case Bytecodes::_dastore:
      return 3;
    case Bytecodes::_putfield: {
      if (!member_ref_ok(u2_at(pos))) return kCannotThrowNpe;
      Symbol* sig = _cp->member_signature(u2_at(pos));
      return sig->length() > 0 ? vtype_size(vtype_of_descriptor_char(sig->char_at(0))) : kCannotThrowNpe;
    }
    case Bytecodes::_invokevirtual: case Bytecodes::_invokespecial: case Bytecodes::_invokeinterface: {
      if (!member_ref_ok(u2_at(pos))) return kCannotThrowNpe;
      int index = u2_at(pos);
      // A constructor call cannot raise an implicit NPE in Java code; its bci is where an NPE
      // created by `new NullPointerException()` was filled in.
      if (_cp->member_name(index)->equals("<init>")) return kNpeExplicitlyConstructed;
      return argument_slots(_cp->member_signature(index)->view());
    }
    default:
      return kCannotThrowNpe;
  }
}

// "Klass.name(ParamType, ...)" for the member reference at cp_index.
void NpeAnalysis::print_method(std::string* os, int cp_index) const {
  *os += klass_name_for_message(_cp->member_class_name(cp_index)->view());
  *os += '.';
  *os += _cp->member_name(cp_index)->view();
  std::string params;
  ParamIterator it(_cp->member_signature(cp_index)->view());
  std::string_view p;
  while (it.next(&p)) {
    if (!params.empty()) params += ", ";
    params += external_type(p);
  }
  *os += '(';
  *os += trim_well_known_parameter_names(params);
  *os += ')';
}

std::string NpeAnalysis::failed_action(int bci) const {
  bool is_wide;
  int pos;
  Bytecodes::Code code = code_at(bci, &is_wide, &pos);
  switch (code) {
    case Bytecodes::_iaload: return "Cannot load from int array";
    case Bytecodes::_faload: return "Cannot load from float array";
    case Bytecodes::_aaload: return "Cannot load from object array";
    case Bytecodes::_baload: return "Cannot load from byte/boolean array";
    case Bytecodes::_caload: return "Cannot load from char array";
    case Bytecodes::_saload: return "Cannot load from short array";
    case Bytecodes::_laload: return "Cannot load from long array";
    case Bytecodes::_daload: return "Cannot load from double array";
    case Bytecodes::_iastore: return "Cannot store to int array";
    case Bytecodes::_fastore: return "Cannot store to float array";
    case Bytecodes::_aastore: return "Cannot store to object array";
    case Bytecodes::_bastore: return "Cannot store to byte/boolean array";
    case Bytecodes::_castore: return "Cannot store to char array";
    case Bytecodes::_sastore: return "Cannot store to short array";
    case Bytecodes::_lastore: return "Cannot store to long array";
    case Bytecodes::_dastore: return "Cannot store to double array";
    case Bytecodes::_arraylength: return "Cannot read the array length";
    case Bytecodes::_athrow: return "Cannot throw exception";
    case Bytecodes::_monitorenter: return "Cannot enter synchronized block";
    case Bytecodes::_monitorexit: return "Cannot exit synchronized block";
    case Bytecodes::_getfield: return "Cannot read field \"" + _cp->member_name(u2_at(pos))->str() + "\"";
    case Bytecodes::_putfield: return "Cannot assign field \"" + _cp->member_name(u2_at(pos))->str() + "\"";
    case Bytecodes::_invokevirtual:
    case Bytecodes::_invokespecial:
    case Bytecodes::_invokeinterface: {
      std::string s = "Cannot invoke \"";
      print_method(&s, u2_at(pos));
      return s + "\"";
    }
    default: return std::string();  // null_slot() excluded these
  }
}

// The name of local `slot` as seen at `bci`: its LocalVariableTable name (javac -g), else
// `this`, "<parameterN>" (1-based, in declaration order) while the slot still holds its
// argument, else "<localN>".
void NpeAnalysis::print_local(std::string* os, int bci, int slot, bool is_parameter) const {
  for (int i = 0; i < _m->_local_variable_count; i++) {
    const LocalVariableEntry& e = _m->_local_variables[i];
    if (bci >= e.start_pc && bci < e.start_pc + e.length && e.index == slot) {
      *os += e.name->view();
      return;
    }
  }
  if (!_m->is_static() && slot == 0 && is_parameter) {
    *os += "this";
    return;
  }
  int curr = _m->is_static() ? 0 : 1;
  int param_index = 1;
  bool found = false;
  ParamIterator it(_m->signature()->view());
  std::string_view p;
  while (it.next(&p)) {
    int size = vtype_size(vtype_of_descriptor_char(p[0]));
    if (slot >= curr && slot < curr + size) {
      found = true;
      break;
    }
    param_index++;
    curr += size;
  }
  if (found && is_parameter) {
    *os += "<parameter" + std::to_string(param_index) + ">";
  } else {
    *os += "<local" + std::to_string(slot) + ">";
  }
}

// The expression that computed the value at depth `slot` of the stack before `bci`, following
// the instructions that pushed it for at most max_detail levels. `prefix` is printed (at the top
// level only) before anything but a method call; inside array subscripts (inner_expr) a call
// prints without "the return value of". Returns false if nothing describes the value; note
// that, as in HotSpot, the prefix may then already have been printed.
bool NpeAnalysis::print_cause0(std::string* os, int bci, int slot, int max_detail, bool inner_expr,
                               const char* prefix) const {
  if (max_detail <= 0 || bci < 0 || bci >= _len || _stacks[bci] == nullptr) return false;
  const SimStack& stack = *_stacks[bci];
  if (slot < 0 || slot >= stack.size()) return false;
  SlotData data = stack.at(slot);
  if (!data.has_bci()) return false;

  int source = data.bci;
  bool is_wide;
  int pos;
  Bytecodes::Code code = code_at(source, &is_wide, &pos);
  if (max_detail == kMaxCauseDetail && prefix != nullptr && code != Bytecodes::_invokevirtual &&
      code != Bytecodes::_invokespecial && code != Bytecodes::_invokestatic && code != Bytecodes::_invokeinterface) {
    *os += prefix;
  }

  switch (code) {
    case Bytecodes::_iload_0: case Bytecodes::_aload_0:
    case Bytecodes::_iload_1: case Bytecodes::_aload_1:
    case Bytecodes::_iload_2: case Bytecodes::_aload_2:
    case Bytecodes::_iload_3: case Bytecodes::_aload_3: {
      int local = code >= Bytecodes::_aload_0 ? code - Bytecodes::_aload_0 : code - Bytecodes::_iload_0;
      print_local(os, source, local, !stack.was_written(local));
      return true;
    }
    case Bytecodes::_iload:
    case Bytecodes::_aload: {
      int local = is_wide ? u2_at(pos) : u1_at(pos);
      print_local(os, source, local, !stack.was_written(local));
      return true;
    }
    case Bytecodes::_aconst_null: *os += "null"; return true;
    case Bytecodes::_iconst_m1: *os += "-1"; return true;
    case Bytecodes::_iconst_0: case Bytecodes::_iconst_1: case Bytecodes::_iconst_2:
    case Bytecodes::_iconst_3: case Bytecodes::_iconst_4: case Bytecodes::_iconst_5:
      *os += std::to_string(code - Bytecodes::_iconst_0);
      return true;
    case Bytecodes::_bipush: *os += std::to_string(int(int8_t(_code[pos]))); return true;
    // HotSpot prints sipush's operand unsigned (-1 shows as 65535).
    case Bytecodes::_sipush: *os += std::to_string(u2_at(pos)); return true;

    case Bytecodes::_iaload:
    case Bytecodes::_aaload: {
      // The array one level down; the index at the same level, so a simple index always prints.
      if (!print_cause0(os, source, 1, max_detail - 1, inner_expr, nullptr)) *os += "<array>";
      *os += '[';
      if (!print_cause0(os, source, 0, max_detail, true, nullptr)) *os += "...";
      *os += ']';
      return true;
    }
    case Bytecodes::_getstatic: {
      int index = u2_at(pos);
      *os += klass_name_for_message(_cp->member_class_name(index)->view());
      *os += '.';
      *os += _cp->member_name(index)->view();
      return true;
    }
    case Bytecodes::_getfield: {
      if (print_cause0(os, source, 0, max_detail - 1, inner_expr, nullptr)) *os += '.';
      *os += _cp->member_name(u2_at(pos))->view();
      return true;
    }
    case Bytecodes::_invokevirtual:
    case Bytecodes::_invokespecial:
    case Bytecodes::_invokestatic:
    case Bytecodes::_invokeinterface:
      if (max_detail == kMaxCauseDetail && !inner_expr) *os += " because the return value of \"";
      print_method(os, u2_at(pos));
      return true;
    default:
      return false;
  }
}

bool NpeAnalysis::print_cause(std::string* os, int bci, int slot) const {
  if (!print_cause0(os, bci, slot, kMaxCauseDetail, false, " because \"")) return false;
  *os += "\" is null";
  return true;
}

}  // namespace

bool BytecodeUtils::get_npe_message(const Method* m, int bci, std::string* out) {
  if (m == nullptr || m->code() == nullptr || bci < 0 || bci >= m->code_length()) return false;
  // The faulting instruction must fit in the code, so its operands can be read unchecked.
  if (Bytecodes::length_at(m->code(), m->code_length(), bci) <= 0) return false;
  // An NPE thrown by Constructor.newInstance through the native accessor is no bytecode's NPE.
  if (m->holder() != nullptr && m->holder()->name() != nullptr &&
      m->holder()->name()->equals("jdk/internal/reflect/NativeConstructorAccessorImpl")) {
    return false;
  }
  NpeAnalysis analysis(m);
  int slot = analysis.null_slot(bci);
  if (slot < 0) return false;  // explicitly constructed, or no implicit NPE possible here
  analysis.analyze(bci);
  std::string message = analysis.failed_action(bci);
  analysis.print_cause(&message, bci, slot);
  *out = std::move(message);
  return true;
}
