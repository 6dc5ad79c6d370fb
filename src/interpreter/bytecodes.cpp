// Bytecodes: the per-opcode table generated from BYTECODES_DO, and instruction lengths for
// the variable-length forms (§6.5 tableswitch, lookupswitch, wide).
#include "interpreter/bytecodes.hpp"

namespace {
void missing_bytecode_row() {}
}  // namespace

// Builds the 256-entry table at compile time; opcodes missing from BYTECODES_DO keep a null
// name and are "undefined" (0xcb..0xff but the rewritten ones, including impdep1/impdep2).
constexpr std::array<Bytecodes::Info, Bytecodes::number_of_codes> Bytecodes::make_table() {
  std::array<Info, number_of_codes> t{};
#define BYTECODE_ROW(name, code, len, flags, effect) t[code] = Info{#name, effect, len, flags};
  BYTECODES_DO(BYTECODE_ROW)
#undef BYTECODE_ROW
#define REWRITTEN_ROW(name, code, len, flags, effect, java) t[code] = Info{#name, effect, len, flags};
  REWRITTEN_BYTECODES_DO(REWRITTEN_ROW)
#undef REWRITTEN_ROW
  // The rows must be dense from 0x00 to 0xca: a gap calls a non-constexpr function, which
  // makes the constinit initialization below fail to compile.
  for (int i = 0; i < number_of_java_codes; i++) {
    if (t[i].name == nullptr) missing_bytecode_row();
  }
  return t;
}

constinit const std::array<Bytecodes::Info, Bytecodes::number_of_codes> Bytecodes::_info = make_table();

constexpr std::array<Bytecodes::Code, Bytecodes::number_of_codes> Bytecodes::make_java_code_table() {
  std::array<Code, number_of_codes> t{};
  for (int i = 0; i < number_of_codes; i++) t[i] = i < number_of_java_codes ? Code(i) : _illegal;
#define REWRITTEN_JAVA(name, code, len, flags, effect, java) t[code] = java;
  REWRITTEN_BYTECODES_DO(REWRITTEN_JAVA)
#undef REWRITTEN_JAVA
  return t;
}

constinit const std::array<Bytecodes::Code, Bytecodes::number_of_codes> Bytecodes::_java_code = make_java_code_table();

int Bytecodes::length_at(const u1* code, int code_length, int bci) {
  if (bci < 0 || bci >= code_length) return -1;
  Code c = cast(code[bci]);
  if (c == _illegal) return -1;
  int len = length_for(c);
  if (len == 0) {
    switch (c) {
      case _wide: {
        // §6.5 wide: 4 bytes for loads/stores/ret, 6 for iinc; anything else is malformed.
        if (bci + 1 >= code_length) return -1;
        Code w = cast(code[bci + 1]);
        if (w == _illegal || !can_be_widened(w)) return -1;
        len = (w == _iinc) ? 6 : 4;
        break;
      }
      case _tableswitch:
      case _lookupswitch: {
        // 0-3 bytes of padding so that the operands start at a multiple of 4 from the
        // start of the code (§6.5 tableswitch), then default and the table header.
        int base = (bci + 4) & ~3;
        // Header: default, low, high (tableswitch) or default, npairs (lookupswitch).
        if (base + (c == _tableswitch ? 12 : 8) > code_length) return -1;
        int64_t entries;
        if (c == _tableswitch) {
          int64_t lo = bytes_s4(code + base + 4), hi = bytes_s4(code + base + 8);
          if (hi < lo) return -1;
          entries = hi - lo + 1;  // each a 4-byte offset
          int64_t end = base + 12 + entries * 4;
          if (end > code_length) return -1;
          len = int(end - bci);
        } else {
          entries = bytes_s4(code + base + 4);  // npairs, each 8 bytes
          if (entries < 0) return -1;
          int64_t end = base + 8 + entries * 8;
          if (end > code_length) return -1;
          len = int(end - bci);
        }
        break;
      }
      default:
        return -1;
    }
  }
  return bci + len <= code_length ? len : -1;
}
