// GenerateOopMap: abstract interpretation of a method's bytecode that tells, for any reachable
// instruction, which local and operand-stack slots hold references before it executes (the
// role of HotSpot's GenerateOopMap). Used by OopMapCache; see oopMapCache.hpp for the contract.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <unordered_map>
#include <vector>

class Method;
class ConstantPool;
class Symbol;
class InterpreterOopMap;

// The analysis runs once per method to a fixpoint over basic blocks, keeping only the state
// at each block entry; a query replays one block up to the bci.
//
// Type lattice of a slot (a simplification of the verifier's, JVMS §4.10.1.2):
//
//                 Conflict                   top: a reference on one path, a value on
//       /      /         \        \          another (never an oop)
//   Value    Ref    UninitRef   ReturnAddr   UninitRef: from `new` until <init>;
//       \      \         /        /          ReturnAddr: pushed by jsr (§4.10.2.4)
//                  Bottom                    no path has reached the slot yet
//
// with one shortcut: Ref ⊔ UninitRef = Ref, because both are real objects for the GC.
// Longs and doubles are two Value slots, as in the frame (§2.6.1, §2.6.2).
//
// jsr/ret (class files < 50) are analysed per call site: a subroutine reached from jsr site
// S runs in its own context (parent context, S), so a local the subroutine does not touch
// keeps the type it has at S, and ret resumes after S only. This is exact where the old
// inference verifier is (§4.10.2.4, locals polymorphic across a subroutine) and needs no
// bytecode rewriting, unlike HotSpot, which splits conflicting locals instead.
class GenerateOopMap {
 public:
  enum class CellType : u1 { Bottom, Value, Ref, UninitRef, ReturnAddr, Conflict };
  struct Cell {
    CellType type = CellType::Bottom;
    u2 aux = 0;  // UninitRef: bci of its `new`; ReturnAddr: the context it returns from
    bool operator==(const Cell&) const = default;
    bool is_oop() const { return type == CellType::Ref || type == CellType::UninitRef; }
  };

  explicit GenerateOopMap(const Method* m);

  // Runs the analysis. False when the code is malformed (bad opcode, branch target, constant
  // pool index, local index, stack under/overflow, type misuse, inconsistent stack depths
  // at a merge, recursive jsr) or too complex (context or work limits).
  [[nodiscard]] bool compute();

  // The map before the instruction at bci. False if compute() failed, bci is not the start
  // of an instruction, or no path reaches it.
  [[nodiscard]] bool result_at(int bci, InterpreterOopMap* out) const;

  int context_count() const { return int(_contexts.size()); }
  int block_count() const { return int(_block_start.size()); }

  // Limits that keep a hostile method from taking unbounded time or memory at GC time.
  static constexpr int kMaxContexts = 1024;
  static constexpr int64_t kMaxBlockVisits = 4'000'000;
  static constexpr size_t kMaxStateCells = size_t(32) << 20;  // 128 MB of block entry states
  static_assert(kMaxContexts <= 0xffff && sizeof(Cell) == 4, "Cell::aux holds a bci or a context");

 private:
  // Abstract frame: locals [0, max_locals) then the stack [max_locals, max_locals + sp).
  struct Frame {
    std::vector<Cell> cells;
    int sp = 0;
  };
  // A subroutine invocation: entered by the jsr at jsr_bci from context `parent`.
  struct JsrContext {
    int parent;
    int jsr_bci;
    int return_bci;
    int entry_bci;
  };

  bool find_blocks();
  bool init_entry_frame(Frame* f) const;
  bool interpret_block(int block, int ctx);
  bool execute(int bci, Frame& f) const;
  bool merge_into(int bci, int ctx, const Frame& f);
  bool merge_handlers(int block, int bci, int ctx, const Frame& f);
  int enter_subroutine(int ctx, int jsr_bci, int return_bci, int entry_bci);
  int block_containing(int bci) const;
  void load_entry(int state, Frame* f) const;
  void add_jsr_alternative(int ctx, const Frame& f, InterpreterOopMap* out) const;

  // Operand stack and local helpers; all return false on misuse instead of crashing.
  bool push(Frame& f, Cell c) const;
  bool pop(Frame& f, Cell* c) const;
  bool push_kind(Frame& f, char kind) const;
  bool pop_kind(Frame& f, char kind) const;
  bool apply_effect(Frame& f, const char* effect) const;
  bool load_local(Frame& f, int index, char kind) const;
  bool store_local(Frame& f, int index, char kind) const;

  // Constant pool access, validated (§4.4).
  const Symbol* utf8_at(int index) const;
  const Symbol* member_descriptor(int index, bool is_method, const Symbol** name) const;
  bool is_class_at(int index) const;
  bool do_ldc(Frame& f, int index, bool wide_constant) const;
  bool do_field(Frame& f, int bci, int code) const;
  bool do_invoke(Frame& f, int bci, int code) const;

  const Method* _method;
  const ConstantPool* _cp;
  const u1* _code;
  int _code_length;
  int _max_locals;
  int _max_stack;
  int _width;  // _max_locals + _max_stack
  bool _computed = false;

  std::vector<u1> _is_insn_start;   // per bci
  std::vector<int> _block_start;    // sorted leader bcis
  std::vector<int> _block_at;       // per bci: block index of a leader, else -1
  std::vector<std::vector<int>> _block_handlers;  // per block: overlapping handler indices
  std::vector<JsrContext> _contexts;       // [0] is the method body
  std::unordered_map<uint64_t, int> _context_index;  // (parent << 32 | jsr_bci) -> context
  std::vector<std::vector<int>> _entry;    // [ctx][block] -> state index, -1 if unreached
  std::vector<Cell> _state_cells;          // state k at [k * _width, (k + 1) * _width)
  std::vector<int> _state_sp;
  std::vector<std::pair<int, int>> _worklist;  // (block, ctx)
  std::vector<std::vector<u1>> _queued;        // [ctx][block]
  Frame _handler_frame;                        // scratch for exception edges
};
