// GenerateOopMap: the fixpoint over basic blocks, the per-opcode transfer function (JVMS §6.5)
// and the replay that produces the map at one bci. Every operand, index and target is checked
// against the method's bounds, so hostile code yields `false`, never a crash.
#include "interpreter/generateOopMap.hpp"

#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodes.hpp"
#include "interpreter/oopMapCache.hpp"
#include "oops/constantPool.hpp"
#include "oops/method.hpp"

#include <algorithm>
#include <string_view>

// How it works
//  1. find_blocks() decodes the code once, checking every length, branch target and handler
//     range, and splits it into basic blocks.
//  2. The entry frame (receiver and parameters, §2.6.1) is queued for block 0 in context 0.
//     The worklist loop takes a (block, context) pair, replays the block from its entry
//     state through execute(), merges the state before each instruction into the handlers
//     covering it, and merges the end state into each successor; a successor whose entry
//     state grows is queued again. Merges are monotone and the lattice has height 3, so
//     the loop terminates; kMaxBlockVisits only bounds what a hostile method can cost.
//  3. result_at() replays the block containing the bci from each context's entry state and
//     keeps the slots that are oops in all of them (plus per-context maps if they differ).
//
// Each stored state is one row of _state_cells, _width cells wide:
//
//   | local 0 | ... | local max_locals-1 | stack 0 | ... | stack sp-1 | Bottom ... Bottom |
//   <--------------- max_locals ---------><-------------- max_stack ------------------->
//
// Cells above sp are kept Bottom (pop() clears them), so equal states compare equal.

using CellType = GenerateOopMap::CellType;
using Cell = GenerateOopMap::Cell;
using BC = Bytecodes;

namespace {
constexpr Cell kValue{CellType::Value, 0};
constexpr Cell kRef{CellType::Ref, 0};
constexpr Cell kConflict{CellType::Conflict, 0};

// Least upper bound in the lattice drawn in the header.
Cell merge_cells(Cell a, Cell b) {
  if (a == b) return a;
  if (a.type == CellType::Bottom) return b;
  if (b.type == CellType::Bottom) return a;
  if (a.is_oop() && b.is_oop()) return kRef;
  return kConflict;
}

// Parses one field type (§4.3.2) starting at d[i]. Returns the index after it, or -1.
// kind: 'I' one-slot primitive, 'J' long or double, 'A' reference (class or array).
int parse_field_type(std::string_view d, size_t i, char* kind) {
  size_t dims = 0;
  while (i < d.size() && d[i] == '[') {
    i++;
    dims++;
  }
  if (dims > 255 || i >= d.size()) return -1;  // §4.3.2: at most 255 dimensions
  switch (d[i]) {
    case 'B': case 'C': case 'F': case 'I': case 'S': case 'Z':
      *kind = dims ? 'A' : 'I';
      return int(i + 1);
    case 'J': case 'D':
      *kind = dims ? 'A' : 'J';
      return int(i + 1);
    case 'L': {
      size_t semi = d.find(';', i + 1);
      if (semi == std::string_view::npos || semi == i + 1) return -1;
      *kind = 'A';
      return int(semi + 1);
    }
    default:
      return -1;
  }
}

// A method descriptor (§4.3.3) as argument kinds and a return kind ('V' for void). A method
// has at most 255 parameter slots (§4.3.3), hence the fixed array.
struct MethodShape {
  char args[256];
  int arg_count = 0;
  int arg_slots = 0;
  char ret = 'V';
};

bool parse_method_descriptor(std::string_view d, MethodShape* shape) {
  if (d.empty() || d[0] != '(') return false;
  size_t i = 1;
  while (i < d.size() && d[i] != ')') {
    char kind;
    int next = parse_field_type(d, i, &kind);
    if (next < 0 || shape->arg_count == 255) return false;
    shape->args[shape->arg_count++] = kind;
    shape->arg_slots += kind == 'J' ? 2 : 1;
    i = size_t(next);
  }
  if (i >= d.size() || shape->arg_slots > 255) return false;
  i++;  // ')'
  if (i + 1 == d.size() && d[i] == 'V') {
    shape->ret = 'V';
    return true;
  }
  return parse_field_type(d, i, &shape->ret) == int(d.size());
}

// Normalizes the type letters of Bytecodes' stack-effect strings to kinds.
char kind_of(char letter) {
  switch (letter) {
    case 'I': case 'F': return 'I';
    case 'J': case 'D': return 'J';
    case 'A': return 'A';
    default: return 0;
  }
}
}  // namespace

GenerateOopMap::GenerateOopMap(const Method* m)
    : _method(m),
      _cp(m->constants()),
      _code(m->code()),
      _code_length(m->code_length()),
      _max_locals(m->max_locals()),
      _max_stack(m->max_stack()),
      _width(m->max_locals() + m->max_stack()) {}

// ---- Stack and locals -----------------------------------------------------------------

bool GenerateOopMap::push(Frame& f, Cell c) const {
  if (f.sp >= _max_stack) return false;  // overflow beyond max_stack (§4.7.3)
  f.cells[size_t(_max_locals + f.sp++)] = c;
  return true;
}

bool GenerateOopMap::pop(Frame& f, Cell* c) const {
  if (f.sp <= 0) return false;
  Cell& top = f.cells[size_t(_max_locals + --f.sp)];
  *c = top;
  top = Cell{};  // keeps dead stack cells Bottom, so stored states compare canonically
  return true;
}

bool GenerateOopMap::push_kind(Frame& f, char kind) const {
  switch (kind) {
    case 'I': return push(f, kValue);
    case 'J': return push(f, kValue) && push(f, kValue);
    case 'A': return push(f, kRef);
    default: return false;
  }
}

// Pops one value of `kind`, checking its type: values where values are expected and
// references (initialized or not) where references are. Anything else is a type error the
// verifier would reject.
bool GenerateOopMap::pop_kind(Frame& f, char kind) const {
  Cell c;
  switch (kind) {
    case 'I': return pop(f, &c) && c.type == CellType::Value;
    case 'J': return pop(f, &c) && c.type == CellType::Value && pop(f, &c) && c.type == CellType::Value;
    case 'A': return pop(f, &c) && c.is_oop();
    default: return false;
  }
}

// Applies "<popped>><pushed>" from the bytecode table: pops right to left, pushes left to right.
bool GenerateOopMap::apply_effect(Frame& f, const char* effect) const {
  std::string_view e(effect);
  size_t arrow = e.find('>');
  if (arrow == std::string_view::npos) return false;
  for (size_t i = arrow; i-- > 0;) {
    if (!pop_kind(f, kind_of(e[i]))) return false;
  }
  for (size_t i = arrow + 1; i < e.size(); i++) {
    if (!push_kind(f, kind_of(e[i]))) return false;
  }
  return true;
}

// xload (§6.5 iload, lload, aload...): the local must already hold that kind.
bool GenerateOopMap::load_local(Frame& f, int index, char kind) const {
  int slots = kind == 'J' ? 2 : 1;
  if (index < 0 || index + slots > _max_locals) return false;
  const Cell& c = f.cells[size_t(index)];
  switch (kind) {
    case 'I': return c.type == CellType::Value && push(f, kValue);
    case 'J': return c.type == CellType::Value && f.cells[size_t(index + 1)].type == CellType::Value &&
                     push(f, kValue) && push(f, kValue);
    case 'A': return c.is_oop() && push(f, c);  // keeps UninitRef identity for <init>
    default: return false;
  }
}

// xstore: astore also takes return addresses (§6.5 astore, the jsr idiom) and uninitialized
// references; the stored cell keeps its exact type.
bool GenerateOopMap::store_local(Frame& f, int index, char kind) const {
  int slots = kind == 'J' ? 2 : 1;
  if (index < 0 || index + slots > _max_locals) return false;
  if (kind == 'A') {
    Cell c;
    if (!pop(f, &c) || !(c.is_oop() || c.type == CellType::ReturnAddr)) return false;
    f.cells[size_t(index)] = c;
    return true;
  }
  if (!pop_kind(f, kind)) return false;
  for (int i = 0; i < slots; i++) f.cells[size_t(index + i)] = kValue;
  return true;
}

// ---- Constant pool ----------------------------------------------------------------------

const Symbol* GenerateOopMap::utf8_at(int index) const {
  if (_cp == nullptr || index <= 0 || index >= _cp->length()) return nullptr;
  if (_cp->tag_at(index) != JVM_CONSTANT_Utf8) return nullptr;
  return _cp->symbol_at(index);
}

bool GenerateOopMap::is_class_at(int index) const {
  return _cp != nullptr && index > 0 && index < _cp->length() && _cp->tag_at(index) == JVM_CONSTANT_Class;
}

// The descriptor of the NameAndType referenced by a member ref (is_method: Methodref or
// InterfaceMethodref, else Fieldref) or by a Dynamic/InvokeDynamic entry; all share the
// "name_and_type index in bits 16..31" layout of ConstantPool's slots.
const Symbol* GenerateOopMap::member_descriptor(int index, bool is_method, const Symbol** name) const {
  if (_cp == nullptr || index <= 0 || index >= _cp->length()) return nullptr;
  ConstantTag tag = _cp->tag_at(index);
  bool ok = is_method ? (tag == JVM_CONSTANT_Methodref || tag == JVM_CONSTANT_InterfaceMethodref ||
                         tag == JVM_CONSTANT_InvokeDynamic)
                      : (tag == JVM_CONSTANT_Fieldref || tag == JVM_CONSTANT_Dynamic);
  if (!ok) return nullptr;
  int nat = _cp->high_at(index);
  if (nat <= 0 || nat >= _cp->length() || _cp->tag_at(nat) != JVM_CONSTANT_NameAndType) return nullptr;
  if (name != nullptr) *name = utf8_at(_cp->low_at(nat));
  return utf8_at(_cp->high_at(nat));
}

// ldc, ldc_w, ldc2_w (§6.5): the pushed type comes from the entry's tag (§4.4); a dynamic
// constant (§4.4.10) has the type of its descriptor. ldc2_w takes exactly the two-slot ones.
bool GenerateOopMap::do_ldc(Frame& f, int index, bool wide_constant) const {
  if (_cp == nullptr || index <= 0 || index >= _cp->length()) return false;
  char kind;
  switch (_cp->tag_at(index)) {
    case JVM_CONSTANT_Integer: case JVM_CONSTANT_Float: kind = 'I'; break;
    case JVM_CONSTANT_Long: case JVM_CONSTANT_Double: kind = 'J'; break;
    case JVM_CONSTANT_String: case JVM_CONSTANT_Class:
    case JVM_CONSTANT_MethodType: case JVM_CONSTANT_MethodHandle: kind = 'A'; break;
    case JVM_CONSTANT_Dynamic: {
      const Symbol* desc = member_descriptor(index, false, nullptr);
      if (desc == nullptr || parse_field_type(desc->view(), 0, &kind) != desc->length()) return false;
      break;
    }
    default: return false;
  }
  if ((kind == 'J') != wide_constant) return false;
  return push_kind(f, kind);
}

// getstatic, putstatic, getfield, putfield (§6.5): the value's kind is the field descriptor's.
bool GenerateOopMap::do_field(Frame& f, int bci, int code) const {
  const Symbol* desc = member_descriptor(bytes_u2(_code + bci + 1), false, nullptr);
  if (desc == nullptr || _cp->tag_at(bytes_u2(_code + bci + 1)) != JVM_CONSTANT_Fieldref) return false;
  char kind;
  if (parse_field_type(desc->view(), 0, &kind) != desc->length()) return false;
  switch (code) {
    case BC::_getstatic: return push_kind(f, kind);
    case BC::_putstatic: return pop_kind(f, kind);
    case BC::_getfield: return pop_kind(f, 'A') && push_kind(f, kind);
    case BC::_putfield: return pop_kind(f, kind) && pop_kind(f, 'A');
    default: return false;
  }
}

// invoke* (§6.5): pops the arguments by descriptor, then the receiver (all but invokestatic
// and invokedynamic), then pushes the result. invokespecial <init> on an uninitialized
// reference initializes every copy of it (§4.10.1.9 invokespecial).
bool GenerateOopMap::do_invoke(Frame& f, int bci, int code) const {
  int index = bytes_u2(_code + bci + 1);
  const Symbol* name = nullptr;
  const Symbol* desc = member_descriptor(index, true, &name);
  if (desc == nullptr || name == nullptr) return false;
  bool indy = _cp->tag_at(index) == JVM_CONSTANT_InvokeDynamic;
  if (indy != (code == BC::_invokedynamic)) return false;
  // invokedynamic's two reserved bytes are zero in the class file (§6.5), but the interpreter
  // stores the linked call site's number there (InterpreterRuntime::resolve_invokedynamic).
  MethodShape shape;
  if (!parse_method_descriptor(desc->view(), &shape)) return false;
  for (int i = shape.arg_count; i-- > 0;) {
    if (!pop_kind(f, shape.args[i])) return false;
  }
  if (code != BC::_invokestatic && code != BC::_invokedynamic) {
    Cell receiver;
    if (!pop(f, &receiver) || !receiver.is_oop()) return false;
    if (code == BC::_invokespecial && receiver.type == CellType::UninitRef && name->equals("<init>")) {
      for (int i = 0; i < _max_locals + f.sp; i++) {
        if (f.cells[size_t(i)] == receiver) f.cells[size_t(i)] = kRef;
      }
    }
  }
  return shape.ret == 'V' || push_kind(f, shape.ret);
}

// ---- One instruction ----------------------------------------------------------------------

// The data-flow part of the instruction at bci (JVMS §6.5): what it does to locals and the
// operand stack. Control flow (branch targets, jsr, ret, fall-through) is the caller's.
bool GenerateOopMap::execute(int bci, Frame& f) const {
  const u1* p = _code + bci;
  BC::Code c = BC::java_code(BC::cast(p[0]));
  Cell a, b, x, d;
  switch (c) {
    case BC::_iload: case BC::_fload: return load_local(f, p[1], 'I');
    case BC::_lload: case BC::_dload: return load_local(f, p[1], 'J');
    case BC::_aload: return load_local(f, p[1], 'A');
    case BC::_iload_0: case BC::_iload_1: case BC::_iload_2: case BC::_iload_3:
      return load_local(f, c - BC::_iload_0, 'I');
    case BC::_fload_0: case BC::_fload_1: case BC::_fload_2: case BC::_fload_3:
      return load_local(f, c - BC::_fload_0, 'I');
    case BC::_lload_0: case BC::_lload_1: case BC::_lload_2: case BC::_lload_3:
      return load_local(f, c - BC::_lload_0, 'J');
    case BC::_dload_0: case BC::_dload_1: case BC::_dload_2: case BC::_dload_3:
      return load_local(f, c - BC::_dload_0, 'J');
    case BC::_aload_0: case BC::_aload_1: case BC::_aload_2: case BC::_aload_3:
      return load_local(f, c - BC::_aload_0, 'A');

    case BC::_istore: case BC::_fstore: return store_local(f, p[1], 'I');
    case BC::_lstore: case BC::_dstore: return store_local(f, p[1], 'J');
    case BC::_astore: return store_local(f, p[1], 'A');
    case BC::_istore_0: case BC::_istore_1: case BC::_istore_2: case BC::_istore_3:
      return store_local(f, c - BC::_istore_0, 'I');
    case BC::_fstore_0: case BC::_fstore_1: case BC::_fstore_2: case BC::_fstore_3:
      return store_local(f, c - BC::_fstore_0, 'I');
    case BC::_lstore_0: case BC::_lstore_1: case BC::_lstore_2: case BC::_lstore_3:
      return store_local(f, c - BC::_lstore_0, 'J');
    case BC::_dstore_0: case BC::_dstore_1: case BC::_dstore_2: case BC::_dstore_3:
      return store_local(f, c - BC::_dstore_0, 'J');
    case BC::_astore_0: case BC::_astore_1: case BC::_astore_2: case BC::_astore_3:
      return store_local(f, c - BC::_astore_0, 'A');

    case BC::_iinc:
      return p[1] < _max_locals && f.cells[p[1]].type == CellType::Value;

    case BC::_wide: {  // §6.5 wide: the same operation with a 16-bit local index
      int index = bytes_u2(p + 2);
      switch (BC::cast(p[1])) {
        case BC::_iload: case BC::_fload: return load_local(f, index, 'I');
        case BC::_lload: case BC::_dload: return load_local(f, index, 'J');
        case BC::_aload: return load_local(f, index, 'A');
        case BC::_istore: case BC::_fstore: return store_local(f, index, 'I');
        case BC::_lstore: case BC::_dstore: return store_local(f, index, 'J');
        case BC::_astore: return store_local(f, index, 'A');
        case BC::_iinc: return index < _max_locals && f.cells[size_t(index)].type == CellType::Value;
        case BC::_ret: return true;  // control flow only
        default: return false;
      }
    }

    // The stack-manipulation family works on slots: a long or double is two slots, and the
    // "forms" of §6.5 dup2_x1 etc. only restrict which shapes are legal, so moving slots is
    // exact for every form. Listed as before -> after, top rightmost.
    case BC::_pop: return pop(f, &a);
    case BC::_pop2: return pop(f, &a) && pop(f, &b);
    case BC::_dup:  // a -> a a
      return pop(f, &a) && push(f, a) && push(f, a);
    case BC::_dup_x1:  // b a -> a b a
      return pop(f, &a) && pop(f, &b) && push(f, a) && push(f, b) && push(f, a);
    case BC::_dup_x2:  // x b a -> a x b a
      return pop(f, &a) && pop(f, &b) && pop(f, &x) && push(f, a) && push(f, x) && push(f, b) && push(f, a);
    case BC::_dup2:  // b a -> b a b a
      return pop(f, &a) && pop(f, &b) && push(f, b) && push(f, a) && push(f, b) && push(f, a);
    case BC::_dup2_x1:  // x b a -> b a x b a
      return pop(f, &a) && pop(f, &b) && pop(f, &x) && push(f, b) && push(f, a) && push(f, x) &&
             push(f, b) && push(f, a);
    case BC::_dup2_x2:  // d x b a -> b a d x b a
      return pop(f, &a) && pop(f, &b) && pop(f, &x) && pop(f, &d) && push(f, b) && push(f, a) &&
             push(f, d) && push(f, x) && push(f, b) && push(f, a);
    case BC::_swap:  // b a -> a b
      return pop(f, &a) && pop(f, &b) && push(f, a) && push(f, b);

    case BC::_ldc: return do_ldc(f, p[1], false);
    case BC::_ldc_w: return do_ldc(f, bytes_u2(p + 1), false);
    case BC::_ldc2_w: return do_ldc(f, bytes_u2(p + 1), true);

    case BC::_getstatic: case BC::_putstatic: case BC::_getfield: case BC::_putfield:
      return do_field(f, bci, c);
    case BC::_invokevirtual: case BC::_invokespecial: case BC::_invokestatic:
    case BC::_invokeinterface: case BC::_invokedynamic:
      return do_invoke(f, bci, c);

    case BC::_new:  // §6.5 new: an uninitialized object, identified by this bci (§4.10.1.2)
      return is_class_at(bytes_u2(p + 1)) && push(f, Cell{CellType::UninitRef, u2(bci)});
    case BC::_newarray:  // atype T_BOOLEAN (4) .. T_LONG (11)
      return p[1] >= T_BOOLEAN && p[1] <= T_LONG && apply_effect(f, BC::stack_effect(c));
    case BC::_anewarray: case BC::_checkcast: case BC::_instanceof:
      return is_class_at(bytes_u2(p + 1)) && apply_effect(f, BC::stack_effect(c));
    case BC::_multianewarray: {  // pops `dimensions` counts (>= 1), pushes the array
      if (!is_class_at(bytes_u2(p + 1)) || p[3] == 0) return false;
      for (int i = 0; i < p[3]; i++) {
        if (!pop_kind(f, 'I')) return false;
      }
      return push_kind(f, 'A');
    }

    case BC::_jsr: case BC::_jsr_w: case BC::_ret:
      return true;  // the caller pushes the return address / follows it
    case BC::_breakpoint: case BC::_illegal:
      return false;  // §6.2: reserved, never in a class file
    default:
      return apply_effect(f, BC::stack_effect(c));
  }
}

// ---- Basic blocks ---------------------------------------------------------------------------

// Decodes the whole method once: instruction starts, branch targets and block leaders (entry,
// targets, handler entries, and every instruction after a branch or a non-falling one).
// Validates lengths, targets and the exception table (§4.7.3).
bool GenerateOopMap::find_blocks() {
  int len = _code_length;
  if (_code == nullptr || len <= 0 || len > 65535 || _max_locals < 0 || _max_stack < 0) return false;
  _is_insn_start.assign(size_t(len), 0);
  std::vector<u1> leader(size_t(len), 0);
  std::vector<int64_t> targets;
  leader[0] = 1;
  for (int bci = 0; bci < len;) {
    int l = BC::length_at(_code, len, bci);
    if (l <= 0) return false;
    _is_insn_start[size_t(bci)] = 1;
    const u1* p = _code + bci;
    BC::Code c = BC::java_code(BC::cast(p[0]));
    if (c == BC::_goto_w || c == BC::_jsr_w) {
      targets.push_back(int64_t(bci) + bytes_s4(p + 1));
    } else if (c == BC::_tableswitch || c == BC::_lookupswitch) {
      int base = (bci + 4) & ~3;
      targets.push_back(int64_t(bci) + bytes_s4(_code + base));
      if (c == BC::_tableswitch) {
        int64_t n = int64_t(bytes_s4(_code + base + 8)) - bytes_s4(_code + base + 4) + 1;
        for (int64_t i = 0; i < n; i++) targets.push_back(int64_t(bci) + bytes_s4(_code + base + 12 + 4 * i));
      } else {
        int n = bytes_s4(_code + base + 4);
        for (int i = 0; i < n; i++) targets.push_back(int64_t(bci) + bytes_s4(_code + base + 12 + 8 * i));
      }
    } else if (BC::is_branch(c)) {
      targets.push_back(int64_t(bci) + bytes_s2(p + 1));
    }
    bool wide_ret = c == BC::_wide && p[1] == BC::_ret;
    // The instruction after a branch starts a block; so does the one after jsr, which is
    // reached only through the matching ret.
    if ((BC::is_branch(c) || !BC::can_fall_through(c) || wide_ret) && bci + l < len) {
      leader[size_t(bci + l)] = 1;
    }
    bci += l;
  }
  for (int64_t t : targets) {
    if (t < 0 || t >= len || !_is_insn_start[size_t(t)]) return false;
    leader[size_t(t)] = 1;
  }
  for (int i = 0; i < _method->exception_table_length(); i++) {
    const ExceptionTableEntry& e = _method->exception_table()[i];
    if (e.start_pc >= e.end_pc || e.end_pc > len || e.handler_pc >= len) return false;
    if (!_is_insn_start[e.start_pc] || !_is_insn_start[e.handler_pc]) return false;
    if (e.end_pc < len && !_is_insn_start[e.end_pc]) return false;
    if (e.catch_type_index != 0 && !is_class_at(e.catch_type_index)) return false;
    leader[e.handler_pc] = 1;
  }
  _block_at.assign(size_t(len), -1);
  for (int bci = 0; bci < len; bci++) {
    if (leader[size_t(bci)]) {
      _block_at[size_t(bci)] = int(_block_start.size());
      _block_start.push_back(bci);
    }
  }
  // Per block, the handlers whose range overlaps it, so that the fixpoint looks only at
  // those (a method may have thousands of handlers, each covering a few blocks).
  _block_handlers.assign(_block_start.size(), {});
  for (int i = 0; i < _method->exception_table_length(); i++) {
    const ExceptionTableEntry& e = _method->exception_table()[i];
    int nblocks = int(_block_start.size());
    for (int b = block_containing(e.start_pc); b < nblocks && _block_start[size_t(b)] < e.end_pc; b++) {
      _block_handlers[size_t(b)].push_back(i);
    }
  }
  return true;
}

int GenerateOopMap::block_containing(int bci) const {
  auto it = std::upper_bound(_block_start.begin(), _block_start.end(), bci);
  return int(it - _block_start.begin()) - 1;
}

// Frame at method entry (§2.6.1): the receiver (a real object even in <init>, where the
// verifier calls it uninitializedThis), then the parameters by descriptor. The remaining
// locals hold whatever the interpreter left there, so they are Value: never oops, and a
// merge with a reference yields Conflict, which verified code cannot read.
bool GenerateOopMap::init_entry_frame(Frame* f) const {
  f->cells.assign(size_t(_width), Cell{});
  f->sp = 0;
  for (int i = 0; i < _max_locals; i++) f->cells[size_t(i)] = kValue;
  int slot = 0;
  if (!_method->is_static()) {
    if (_max_locals < 1) return false;
    f->cells[0] = kRef;
    slot = 1;
  }
  const Symbol* sig = _method->signature();
  MethodShape shape;
  if (sig == nullptr || !parse_method_descriptor(sig->view(), &shape)) return false;
  for (int i = 0; i < shape.arg_count; i++) {
    char kind = shape.args[i];
    int n = kind == 'J' ? 2 : 1;
    if (slot + n > _max_locals) return false;
    for (int k = 0; k < n; k++) f->cells[size_t(slot + k)] = kind == 'A' ? kRef : kValue;
    slot += n;
  }
  return true;
}

// ---- Fixpoint ----------------------------------------------------------------------------

void GenerateOopMap::load_entry(int state, Frame* f) const {
  auto first = _state_cells.begin() + ptrdiff_t(state) * _width;
  f->cells.assign(first, first + _width);
  f->sp = _state_sp[size_t(state)];
}

// Merges f into the entry state of the block starting at bci in context ctx, queueing the
// block when its state grows. Stack depths must agree at merges (§4.10.2.2).
bool GenerateOopMap::merge_into(int bci, int ctx, const Frame& f) {
  if (bci < 0 || bci >= _code_length) return false;
  int block = _block_at[size_t(bci)];
  if (block < 0) return false;
  int state = _entry[size_t(ctx)][size_t(block)];
  bool changed = false;
  if (state < 0) {
    if (_state_cells.size() + size_t(_width) > kMaxStateCells) return false;
    state = int(_state_sp.size());
    _entry[size_t(ctx)][size_t(block)] = state;
    _state_sp.push_back(f.sp);
    _state_cells.insert(_state_cells.end(), f.cells.begin(), f.cells.end());
    changed = true;
  } else {
    if (_state_sp[size_t(state)] != f.sp) return false;
    Cell* dst = &_state_cells[size_t(state) * size_t(_width)];
    for (int i = 0; i < _max_locals + f.sp; i++) {
      Cell m = merge_cells(dst[i], f.cells[size_t(i)]);
      if (!(m == dst[i])) {
        dst[i] = m;
        changed = true;
      }
    }
  }
  if (changed && !_queued[size_t(ctx)][size_t(block)]) {
    _queued[size_t(ctx)][size_t(block)] = 1;
    _worklist.emplace_back(block, ctx);
  }
  return true;
}

// Exception edges (§2.10, §4.10.1.6): an instruction inside a handler's range may throw with
// the locals it started with; the handler starts with those locals and a stack holding only
// the exception. The handler's entry is the merge over every instruction of the range.
bool GenerateOopMap::merge_handlers(int block, int bci, int ctx, const Frame& f) {
  for (int i : _block_handlers[size_t(block)]) {
    const ExceptionTableEntry& e = _method->exception_table()[i];
    if (bci < e.start_pc || bci >= e.end_pc) continue;
    Frame& h = _handler_frame;
    h.cells.assign(f.cells.begin(), f.cells.begin() + _max_locals);
    h.cells.resize(size_t(_width));
    h.sp = 0;
    if (!push(h, kRef) || !merge_into(e.handler_pc, ctx, h)) return false;
  }
  return true;
}

// Context of the subroutine entered by the jsr at jsr_bci from ctx, created on first use.
// A subroutine may not call itself, directly or through others (§4.10.2.5); -1 if it does
// or if the context limit is hit.
int GenerateOopMap::enter_subroutine(int ctx, int jsr_bci, int return_bci, int entry_bci) {
  uint64_t key = (uint64_t(uint32_t(ctx)) << 32) | uint32_t(jsr_bci);
  auto it = _context_index.find(key);
  if (it != _context_index.end()) return it->second;
  for (int k = ctx; k > 0; k = _contexts[size_t(k)].parent) {
    if (_contexts[size_t(k)].entry_bci == entry_bci) return -1;
  }
  if (int(_contexts.size()) >= kMaxContexts) return -1;
  int id = int(_contexts.size());
  _contexts.push_back(JsrContext{ctx, jsr_bci, return_bci, entry_bci});
  _entry.emplace_back(_block_start.size(), -1);
  _queued.emplace_back(_block_start.size(), 0);
  _context_index.emplace(key, id);
  return id;
}

// Interprets one block from its entry state in ctx and propagates to its successors.
bool GenerateOopMap::interpret_block(int block, int ctx) {
  Frame f;
  load_entry(_entry[size_t(ctx)][size_t(block)], &f);
  for (int bci = _block_start[size_t(block)];;) {
    if (!merge_handlers(block, bci, ctx, f)) return false;
    const u1* p = _code + bci;
    int l = BC::length_at(_code, _code_length, bci);
    BC::Code c = BC::java_code(BC::cast(p[0]));
    bool wide_ret = c == BC::_wide && p[1] == BC::_ret;
    if (c == BC::_jsr || c == BC::_jsr_w) {
      // §6.5 jsr: push the return address and enter the subroutine in its own context.
      int target = bci + (c == BC::_jsr ? bytes_s2(p + 1) : bytes_s4(p + 1));
      int sub = enter_subroutine(ctx, bci, bci + l, target);
      if (sub < 0 || !push(f, Cell{CellType::ReturnAddr, u2(sub)})) return false;
      return merge_into(target, sub, f);
    }
    if (c == BC::_ret || wide_ret) {
      // §6.5 ret: the local names the subroutine invocation to leave, which must be the
      // current one or one that encloses it (a ret may leave several nested subroutines).
      int index = wide_ret ? bytes_u2(p + 2) : p[1];
      if (index >= _max_locals) return false;
      Cell r = f.cells[size_t(index)];
      if (r.type != CellType::ReturnAddr) return false;
      int k = ctx;
      while (k > 0 && k != r.aux) k = _contexts[size_t(k)].parent;
      if (k <= 0) return false;
      const JsrContext& sub = _contexts[size_t(k)];
      return merge_into(sub.return_bci, sub.parent, f);
    }
    if (!execute(bci, f)) return false;
    if (c == BC::_tableswitch || c == BC::_lookupswitch) {
      int base = (bci + 4) & ~3;
      if (!merge_into(bci + bytes_s4(_code + base), ctx, f)) return false;
      // tableswitch: default, low, high, offsets; lookupswitch: default, npairs, pairs.
      int64_t n = c == BC::_tableswitch
                      ? int64_t(bytes_s4(_code + base + 8)) - bytes_s4(_code + base + 4) + 1
                      : bytes_s4(_code + base + 4);
      int stride = c == BC::_tableswitch ? 4 : 8;
      for (int64_t i = 0; i < n; i++) {
        if (!merge_into(bci + bytes_s4(_code + base + 12 + stride * i), ctx, f)) return false;
      }
      return true;
    }
    if (c == BC::_goto_w) return merge_into(bci + bytes_s4(p + 1), ctx, f);
    if (BC::is_branch(c) && !merge_into(bci + bytes_s2(p + 1), ctx, f)) return false;
    if (!BC::can_fall_through(c)) return true;
    int next = bci + l;
    if (next >= _code_length) return false;  // falls off the end of the code (§4.10.2.2)
    if (_block_at[size_t(next)] >= 0) return merge_into(next, ctx, f);
    bci = next;
  }
}

bool GenerateOopMap::compute() {
  if (!find_blocks()) return false;
  _contexts.push_back(JsrContext{-1, -1, -1, -1});
  _entry.emplace_back(_block_start.size(), -1);
  _queued.emplace_back(_block_start.size(), 0);
  Frame f;
  if (!init_entry_frame(&f) || !merge_into(0, 0, f)) return false;
  int64_t visits = 0;
  while (!_worklist.empty()) {
    auto [block, ctx] = _worklist.back();
    _worklist.pop_back();
    _queued[size_t(ctx)][size_t(block)] = 0;
    if (++visits > kMaxBlockVisits || !interpret_block(block, ctx)) return false;
  }
  _computed = true;
  return true;
}

// ---- Results --------------------------------------------------------------------------------

// Keys identifying ctx in a frame: for each enclosing subroutine invocation, a slot that
// holds its return address (the interpreter stores the encoded return bci there).
void GenerateOopMap::add_jsr_alternative(int ctx, const Frame& f, InterpreterOopMap* out) const {
  InterpreterOopMap::JsrAlternative alt;
  alt.bits.assign(out->_bits.size(), 0);
  int n = _max_locals + f.sp;
  for (int i = 0; i < n; i++) {
    if (f.cells[size_t(i)].is_oop()) InterpreterOopMap::set_bit(alt.bits, i);
  }
  for (int k = ctx; k > 0; k = _contexts[size_t(k)].parent) {
    for (int i = 0; i < n; i++) {
      if (f.cells[size_t(i)] == Cell{CellType::ReturnAddr, u2(k)}) {
        alt.keys.emplace_back(i, InterpreterOopMap::return_address_value(_contexts[size_t(k)].return_bci));
        break;
      }
    }
  }
  out->_alternatives.push_back(std::move(alt));
}

bool GenerateOopMap::result_at(int bci, InterpreterOopMap* out) const {
  if (!_computed || bci < 0 || bci >= _code_length || !_is_insn_start[size_t(bci)]) return false;
  int block = block_containing(bci);
  int start = _block_start[size_t(block)];
  std::vector<std::pair<int, Frame>> reached;  // (ctx, frame before bci)
  for (int ctx = 0; ctx < int(_contexts.size()); ctx++) {
    int state = _entry[size_t(ctx)][size_t(block)];
    if (state < 0) continue;
    Frame f;
    load_entry(state, &f);
    // Instructions before bci in its block are never control transfers (those end blocks).
    for (int i = start; i < bci; i += BC::length_at(_code, _code_length, i)) {
      if (!execute(i, f)) return false;
    }
    if (!reached.empty() && reached.front().second.sp != f.sp) return false;
    reached.emplace_back(ctx, std::move(f));
  }
  if (reached.empty()) return false;  // dead code: no frame can stop here
  int sp = reached.front().second.sp;
  out->reset(bci, _max_locals, sp);
  for (int i = 0; i < _max_locals + sp; i++) {
    bool oop_everywhere = true;
    for (const auto& r : reached) oop_everywhere &= r.second.cells[size_t(i)].is_oop();
    if (oop_everywhere) InterpreterOopMap::set_bit(out->_bits, i);
  }
  // Contexts that disagree (a subroutine called with a reference in a local from one site
  // and a value from another): keep one map per context, most specific keys first, so the
  // walker can pick the right one from the frame's return addresses.
  bool disagree = false;
  for (int i = 0; i < _max_locals + sp && !disagree; i++) {
    for (const auto& r : reached) {
      if (r.second.cells[size_t(i)].is_oop() != out->is_oop(i)) disagree = true;
    }
  }
  if (disagree) {
    for (const auto& r : reached) add_jsr_alternative(r.first, r.second, out);
    auto& alts = out->_alternatives;
    std::stable_sort(alts.begin(), alts.end(),
                     [](const auto& x, const auto& y) { return x.keys.size() > y.keys.size(); });
    // Two contexts that cannot be told apart make the choice unsafe: fall back to the merge.
    for (size_t i = 0; i < alts.size(); i++) {
      for (size_t j = i + 1; j < alts.size(); j++) {
        if (alts[i].keys == alts[j].keys && alts[i].bits != alts[j].bits) {
          alts.clear();
          return true;
        }
      }
    }
  }
  return true;
}
