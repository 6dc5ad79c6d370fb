// Interpreter oop maps: which slots of an interpreter frame stopped at a given bci hold
// references (DESIGN §2, "Roots are precise"), computed by GenerateOopMap and cached per
// method and bci by OopMapCache. Frames have untagged slots, so this is the GC's only guide.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

class Method;

// ---------------------------------------------------------------------------------------
// The contract between the interpreter, the frame walker and this analysis
//
// Slot numbering. A frame of method M has max_locals local slots and an operand stack of
// up to max_stack slots, all 8 bytes and untagged. The map numbers them
//     0 .. max_locals-1                          local variable i      (JVMS §2.6.1)
//     max_locals .. max_locals+depth-1           operand stack, bottom (0) to top (depth-1)
// where depth = expression_stack_size(). long and double take two slots in both areas
// (§2.6.1, §2.6.2), neither of them an oop. Monitors of synchronized methods/blocks are not
// part of the map: the interpreter keeps them in a separate area the walker scans.
//
// Which bci, which state. The map for bci B describes the frame *before* the instruction at
// B starts executing: its operands are still on the stack. That is the state at
//   * method entry: bci 0, empty stack, parameters in locals;
//   * a safepoint poll at a branch: the frame's bci is the branch (stack before it, operands
//     of if_icmpXX still pushed) or its target, whichever bci the interpreter stores;
//   * every "call site" (Bytecodes::is_gc_point: invokes, new, newarray, anewarray,
//     multianewarray, ldc*, athrow, checkcast, instanceof, monitorenter, field accesses and
//     anything that can throw): while the callee runs, while the runtime resolves, allocates
//     or throws, the frame's bci stays B and its stack still holds B's operands (an invoke's
//     receiver and arguments, putfield's object and value, multianewarray's dimensions).
//   * an exception handler's first instruction: stack = [the exception].
// So the interpreter must (1) store bcp/sp into the frame before anything that can GC,
// (2) pop operands and push results only after the instruction completes, with no GC point
// in between, (3) on a jsr push InterpreterOopMap::return_address_value(return bci), and
// (4) keep every slot the map calls an oop either null or a valid reference. Slots the map
// does not call oops may hold anything, including stale references: the GC neither reads
// nor updates them. Locals beyond the parameters need no zeroing at frame creation.
//
// Arguments shared with a callee. If the interpreter lets a callee's parameter locals overlay
// the caller's top-of-stack arguments (as HotSpot does), those slots are reported both by the
// caller (as operands at the invoke) and by the callee (as locals); the walker must visit
// them once, e.g. by skipping the caller's top size_of_parameters slots when a callee frame
// exists. They are reported by the caller because the GC may run before the callee frame is
// built (resolution, class initialization).
//
// Conflicts. Where a slot is a reference on one path and a value on another (or unset), it is
// reported as not an oop. That is safe for code the verifier accepts: at a merge the verifier
// gives such a slot the type top (§4.10.1.2), and no instruction may read a top slot as a
// reference; it must be overwritten first. So the reference it may hold on the current path
// is dead, and the GC may leave it stale. (HotSpot instead rewrites the method so that such
// a local is split in two; reporting "not an oop" needs no rewriting.)
//
// Subroutines (jsr/ret, class files < 50). Inside a subroutine called from several sites a
// local untouched by it may be a live reference from one site and an int from another; the
// old verifier allows reading it after ret (§4.10.2.4). The merged map reports it as not an
// oop, and lists per-call-site alternatives, each keyed by the return bcis the frame holds
// in its ReturnAddress slots (jsr pushes return_address_value(bci)). Walkers must use
// iterate_oops_in_frame, which picks the right one from the frame's contents; iterate_oops
// is exact for all other frames.
//
// Failures and checks. A frame stopped where no map exists (dead code, an unverified or
// malformed method) is a VM bug: lookup returns false and the walker should fatal(). The
// walker can assert expression_stack_size() == the frame's sp depth. The analysis reads
// opcodes through Bytecodes::java_code, so quickened bytecodes must keep the class file's
// operands (or extend java_code), and queries are meant for safepoints, when no thread is
// rewriting code.
// ---------------------------------------------------------------------------------------
class InterpreterOopMap {
 public:
  int bci() const { return _bci; }
  int max_locals() const { return _max_locals; }
  int expression_stack_size() const { return _stack_size; }
  int number_of_entries() const { return _max_locals + _stack_size; }

  // For logs and tests: "bci 12 locals R.R. stack RR" ('R' oop, '.' not), plus "+N jsr"
  // when per-call-site alternatives exist.
  std::string to_string() const;

  // Is slot (numbered as above) a reference in every context reaching bci?
  bool is_oop(int slot) const { return test(_bits, slot); }
  int oop_count() const;

  // Calls f(slot) for each oop slot, locals first, then the stack from the bottom.
  template <typename F> void iterate_oops(F&& f) const { iterate(_bits, f); }

  // As iterate_oops, but for a frame inside a jsr subroutine it first selects the call
  // site's map: read_slot(slot) must return the frame's raw 64-bit contents of that slot.
  template <typename ReadSlot, typename F>
  void iterate_oops_in_frame(ReadSlot&& read_slot, F&& f) const {
    iterate(bits_for_frame(read_slot), f);
  }

  // Per-call-site maps inside subroutines (see the contract above); empty almost always.
  struct JsrAlternative {
    std::vector<std::pair<int, int64_t>> keys;  // (slot, return_address_value it must hold)
    std::vector<uint64_t> bits;
  };
  const std::vector<JsrAlternative>& jsr_alternatives() const { return _alternatives; }

  // What jsr pushes (§6.5 jsr): the return bci with a tag in the high bits, so that an int
  // or float slot can never be mistaken for a return address when choosing an alternative.
  // ret must decode it with return_bci_of.
  static constexpr int64_t kReturnAddressTag = int64_t(0x4a53520000000000);  // "JSR"
  static constexpr int64_t return_address_value(int bci) { return kReturnAddressTag | int64_t(bci); }
  static constexpr int return_bci_of(int64_t value) { return int(value & 0xffff); }

  // Copies keep everything; the cache hands out copies so GC threads never share one.
  InterpreterOopMap() = default;

 private:
  friend class GenerateOopMap;

  static bool test(const std::vector<uint64_t>& bits, int slot) {
    return slot >= 0 && size_t(slot >> 6) < bits.size() &&
           ((bits[size_t(slot >> 6)] >> (slot & 63)) & 1);
  }
  template <typename F> void iterate(const std::vector<uint64_t>& bits, F& f) const {
    for (size_t w = 0; w < bits.size(); w++) {
      for (uint64_t word = bits[w]; word != 0; word &= word - 1) {
        f(int(w * 64) + __builtin_ctzll(word));
      }
    }
  }
  template <typename ReadSlot> const std::vector<uint64_t>& bits_for_frame(ReadSlot& read_slot) const {
    for (const JsrAlternative& alt : _alternatives) {
      bool match = true;
      for (const auto& [slot, ret_bci] : alt.keys) {
        if (int64_t(read_slot(slot)) != ret_bci) {
          match = false;
          break;
        }
      }
      if (match) return alt.bits;
    }
    return _bits;
  }
  void reset(int bci, int max_locals, int stack_size);
  static void set_bit(std::vector<uint64_t>& bits, int slot) {
    bits[size_t(slot >> 6)] |= uint64_t(1) << (slot & 63);
  }

  int _bci = -1;
  int _max_locals = 0;
  int _stack_size = 0;
  std::vector<uint64_t> _bits;  // one bit per slot, number_of_entries() bits
  std::vector<JsrAlternative> _alternatives;
};

// Cached oop maps: one entry per method, holding the maps already asked for, keyed by bci.
// One mutex guards the table: lookups happen only at GC time, where they are few (one per
// distinct frame bci). The table is separate from Method so that it needs no space in
// methods that never meet a GC, and leaves Method::_interpreter_data to the interpreter.
class OopMapCache {
 public:
  // Computes the map for m at bci without the cache. False if m has no code, the code is
  // malformed (the verifier rejects such classes before they run) or bci is not a reachable
  // instruction start; *out is then unspecified. Never crashes on bad bytecode.
  [[nodiscard]] static bool compute(const Method* m, int bci, InterpreterOopMap* out);

  // As compute(), through the cache. Thread-safe.
  [[nodiscard]] static bool lookup(const Method* m, int bci, InterpreterOopMap* out);

  // Drops m's entry: call when a method is deallocated (class unloading) or its code changes
  // in a way that changes types (never for quickening, which keeps them).
  static void flush(const Method* m);
  static void flush_all();

  // Statistics, for tests and -Xlog.
  static size_t cached_methods();
  static size_t cached_maps();
};
