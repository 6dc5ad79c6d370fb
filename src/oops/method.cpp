// Method queries that need more than a field read: source line lookup (JVMS §4.7.12).
#include "oops/method.hpp"

// The line of the LineNumberTable entry that covers `bci`: an exact start_pc match wins,
// otherwise the entry with the greatest start_pc below bci (the table need not be sorted and
// may hold several entries per pc, as javac emits for some constructs). -1 when unknown.
int Method::line_number_from_bci(int bci) const {
  if (bci == -1) bci = 0;  // the synchronization entry of a synchronized method
  if (bci < 0 || bci >= _code_length) return -1;
  int best_bci = 0;
  int best_line = -1;
  for (int i = 0; i < _line_number_count; i++) {
    const LineNumberEntry& e = _line_numbers[i];
    if (e.start_pc == bci) return e.line_number;
    if (e.start_pc < bci && e.start_pc >= best_bci) {
      best_bci = e.start_pc;
      best_line = e.line_number;
    }
  }
  return best_line;
}
