// The fatal-error path: prints the reason and aborts. The hs_err log (DESIGN §7) hooks in here.
#include "utilities/debug.hpp"
#include "utilities/globalDefinitions.hpp"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

void report_fatal(const char* file, int line, const char* fmt, ...) {
  fprintf(stderr, "#\n# A fatal error has been detected by jvmlab:\n#\n#  Internal Error (%s:%d): ", file, line);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n#\n");
  fflush(stderr);
  abort();
}

BasicType char2type(char c) {
  switch (c) {
    case 'Z': return T_BOOLEAN; case 'C': return T_CHAR; case 'F': return T_FLOAT;
    case 'D': return T_DOUBLE; case 'B': return T_BYTE; case 'S': return T_SHORT;
    case 'I': return T_INT; case 'J': return T_LONG; case 'L': return T_OBJECT;
    case '[': return T_ARRAY; case 'V': return T_VOID; default: return T_ILLEGAL;
  }
}

char type2char(BasicType t) {
  switch (t) {
    case T_BOOLEAN: return 'Z'; case T_CHAR: return 'C'; case T_FLOAT: return 'F';
    case T_DOUBLE: return 'D'; case T_BYTE: return 'B'; case T_SHORT: return 'S';
    case T_INT: return 'I'; case T_LONG: return 'J'; case T_OBJECT: return 'L';
    case T_ARRAY: return '['; case T_VOID: return 'V'; default: return '?';
  }
}

const char* type2name(BasicType t) {
  switch (t) {
    case T_BOOLEAN: return "boolean"; case T_CHAR: return "char"; case T_FLOAT: return "float";
    case T_DOUBLE: return "double"; case T_BYTE: return "byte"; case T_SHORT: return "short";
    case T_INT: return "int"; case T_LONG: return "long"; case T_OBJECT: return "object";
    case T_ARRAY: return "array"; case T_VOID: return "void"; default: return "illegal";
  }
}
