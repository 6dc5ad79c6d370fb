// The -XX: flag table built from JVMLAB_FLAGS (vm/globals.hpp), with HotSpot's flag kinds, ranges,
// value syntax (jvmFlag.cpp, arguments.cpp: atojulong, the floating-point forms) and the exact
// -XX:+PrintFlagsFinal column layout.
#include "vm/flags.hpp"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

JVMFlagType type_of(const char* type_name) {
  std::string_view t(type_name);
  if (t == "bool") return JVMFlagType::Bool;
  if (t == "intx") return JVMFlagType::Intx;
  if (t == "uintx") return JVMFlagType::Uintx;
  if (t == "size_t") return JVMFlagType::SizeT;
  if (t == "uint64_t") return JVMFlagType::Uint64;
  if (t == "double") return JVMFlagType::Double;
  if (t == "ccstrlist") return JVMFlagType::Ccstrlist;
  return JVMFlagType::Ccstr;
}

// One overload per C++ type a flag can have (intx = long, uintx = size_t = uint64_t = unsigned long).
JVMFlagValue make_value(bool v) { JVMFlagValue r; r.b = v; return r; }
JVMFlagValue make_value(long v) { JVMFlagValue r; r.i = v; return r; }
JVMFlagValue make_value(unsigned long v) { JVMFlagValue r; r.u = v; return r; }
JVMFlagValue make_value(double v) { JVMFlagValue r; r.d = v; return r; }
JVMFlagValue make_value(const char* v) { JVMFlagValue r; r.s = v; return r; }

#define JVMLAB_FLAG_ROW(type, name, value, doc) \
  JVMFlag{#name, #type, type_of(#type), (void*)&name, doc, make_value(static_cast<type>(value)), \
          "product", JVMFlagOrigin::Default, false, {}, {}, {}},
JVMFlag flag_table[] = {JVMLAB_FLAGS(JVMLAB_FLAG_ROW)};
#undef JVMLAB_FLAG_ROW
constexpr size_t kFlagCount = sizeof(flag_table) / sizeof(flag_table[0]);

// Kinds other than "product", as HotSpot 17 declares them (globals.hpp: product_pd, manageable,
// diagnostic, experimental; lp64_product for the compressed-pointer flags).
struct KindRow { const char* name; const char* kind; };
constexpr KindRow kKinds[] = {
  {"MinHeapFreeRatio", "manageable"}, {"MaxHeapFreeRatio", "manageable"},
  {"HeapDumpOnOutOfMemoryError", "manageable"}, {"HeapDumpPath", "manageable"},
  {"ShowCodeDetailsInExceptionMessages", "manageable"},
  {"ThreadStackSize", "pd product"}, {"VMThreadStackSize", "pd product"},
  {"StackShadowPages", "pd product"}, {"StackYellowPages", "pd product"},
  {"StackRedPages", "pd product"}, {"StackReservedPages", "pd product"},
  {"UseCompressedOops", "product lp64_product"}, {"UseCompressedClassPointers", "product lp64_product"},
  {"VerifyBeforeGC", "diagnostic"}, {"VerifyAfterGC", "diagnostic"},
  {"BytecodeVerificationRemote", "diagnostic"}, {"BytecodeVerificationLocal", "diagnostic"},
  {"UnlockDiagnosticVMOptions", "diagnostic"}, {"UnlockExperimentalVMOptions", "experimental"},
};

// Explicit ranges of HotSpot 17 (java -XX:+PrintFlagsRanges); flags without one accept their
// whole type's range and never print a range message.
struct RangeRow { const char* name; double dmin, dmax; int64_t imin, imax; uint64_t umin, umax; };
constexpr uint64_t kMaxUintx = UINT64_MAX;
constexpr RangeRow kRanges[] = {
  {"NewRatio", 0, 0, 0, 0, 0, kMaxUintx - 1},
  {"SurvivorRatio", 0, 0, 0, 0, 1, kMaxUintx - 2},
  {"MinHeapFreeRatio", 0, 0, 0, 0, 0, 100},
  {"MaxHeapFreeRatio", 0, 0, 0, 0, 0, 100},
  {"MaxRAMPercentage", 0.0, 100.0, 0, 0, 0, 0},
  {"MinRAMPercentage", 0.0, 100.0, 0, 0, 0, 0},
  {"InitialRAMPercentage", 0.0, 100.0, 0, 0, 0, 0},
  {"MaxTenuringThreshold", 0, 0, 0, 0, 0, 16},  // markWord::max_age + 1
  {"InitialTenuringThreshold", 0, 0, 0, 0, 0, 16},
  {"TargetSurvivorRatio", 0, 0, 0, 0, 0, 100},
  {"SoftRefLRUPolicyMSPerMB", 0, 0, 0, INT64_MAX, 0, 0},
  {"GCTimeLimit", 0, 0, 0, 0, 0, 100},
  {"GCHeapFreeLimit", 0, 0, 0, 0, 0, 100},
  {"CompressedClassSpaceSize", 0, 0, 0, 0, 1 * M, 3 * G},
  {"MaxDirectMemorySize", 0, 0, 0, 0, 0, (uint64_t)INT64_MAX},
  {"ThreadStackSize", 0, 0, 0, 1 * M, 0, 0},  // in K: at most 1 GB
  {"VMThreadStackSize", 0, 0, 0, INT64_MAX / K, 0, 0},
  {"StackShadowPages", 0, 0, 10, 50, 0, 0},
  {"StackYellowPages", 0, 0, 2, 7, 0, 0},
  {"StackRedPages", 0, 0, 1, 3, 0, 0},
  {"StackReservedPages", 0, 0, 0, 11, 0, 0},
  {"MaxJavaStackTraceDepth", 0, 0, 0, 1073741823, 0, 0},  // max_jint / 2
  {"StringTableSize", 0, 0, 0, 0, 128, 16777216},
};

void initialize_table() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const KindRow& k : kKinds) {
    for (JVMFlag& f : flag_table) {
      if (strcmp(f._name, k.name) == 0) f._kind = k.kind;
    }
  }
  for (const RangeRow& r : kRanges) {
    for (JVMFlag& f : flag_table) {
      if (strcmp(f._name, r.name) != 0) continue;
      f._has_range = true;
      f._min.d = r.dmin; f._max.d = r.dmax;
      f._min.i = r.imin; f._max.i = r.imax;
      f._min.u = r.umin; f._max.u = r.umax;
    }
  }
}

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return buf;
}

bool is_unsigned_type(JVMFlagType t) {
  return t == JVMFlagType::Uintx || t == JVMFlagType::SizeT || t == JVMFlagType::Uint64;
}

// Appends spaces up to column pos, or one space when already there or past it (HotSpot's
// fill_to_pos in JVMFlag::print_on).
void fill_to_pos(std::string& s, size_t pos) {
  if (s.size() < pos) s.append(pos - s.size(), ' ');
  else s.push_back(' ');
}

}  // namespace

bool JVMFlag::is_diagnostic() const { return strcmp(_kind, "diagnostic") == 0; }
bool JVMFlag::is_experimental() const { return strcmp(_kind, "experimental") == 0; }
bool JVMFlag::is_locked() const {
  if (_addr == &UnlockDiagnosticVMOptions || _addr == &UnlockExperimentalVMOptions) return false;
  return (is_diagnostic() && !UnlockDiagnosticVMOptions) || (is_experimental() && !UnlockExperimentalVMOptions);
}

JVMFlag* JVMFlag::begin() { initialize_table(); return flag_table; }
JVMFlag* JVMFlag::end() { initialize_table(); return flag_table + kFlagCount; }
size_t JVMFlag::count() { return kFlagCount; }

JVMFlag* JVMFlag::find(std::string_view name) {
  for (JVMFlag* f = begin(); f != end(); f++) {
    if (name == f->_name) return f;
  }
  return nullptr;
}

double string_similarity(std::string_view a, std::string_view b) {
  size_t total = a.size() + b.size();
  if (total == 0 || a.size() < 2 || b.size() < 2) return 0.0;
  size_t hit = 0;
  for (size_t i = 0; i + 1 < a.size(); i++) {
    for (size_t j = 0; j + 1 < b.size(); j++) {
      if (a[i] == b[j] && a[i + 1] == b[j + 1]) {
        hit++;
        break;
      }
    }
  }
  return 2.0 * double(hit) / double(total);
}

JVMFlag* JVMFlag::fuzzy_match(std::string_view name) {
  constexpr double kThreshold = 0.7;  // HotSpot's VMOptionsFuzzyMatchSimilarity
  JVMFlag* best = nullptr;
  double best_score = kThreshold;
  for (JVMFlag* f = begin(); f != end(); f++) {
    double score = string_similarity(f->_name, name);
    if (score > best_score) {
      best_score = score;
      best = f;
    }
  }
  return best;
}

void JVMFlag::reset_all_to_defaults() {
  for (JVMFlag* f = begin(); f != end(); f++) {
    switch (f->_type) {
      case JVMFlagType::Bool: *static_cast<bool*>(f->_addr) = f->_default.b; break;
      case JVMFlagType::Intx: *static_cast<intx*>(f->_addr) = f->_default.i; break;
      case JVMFlagType::Double: *static_cast<double*>(f->_addr) = f->_default.d; break;
      case JVMFlagType::Ccstr:
      case JVMFlagType::Ccstrlist: *static_cast<const char**>(f->_addr) = f->_default.s; break;
      default: *static_cast<uint64_t*>(f->_addr) = f->_default.u; break;
    }
    f->_origin = JVMFlagOrigin::Default;
    f->_string_storage.clear();
  }
}

bool atojulong(const char* s, uint64_t* result) {
  if (s == nullptr || *s == '\0') return false;
  // strtoull would accept a sign and leading blanks; HotSpot's parser does not.
  if (!(*s >= '0' && *s <= '9')) return false;
  int base = 10;
  const char* digits = s;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    digits = s + 2;
    if (!isxdigit((unsigned char)*digits)) return false;
  }
  errno = 0;
  char* rest = nullptr;
  unsigned long long n = strtoull(digits, &rest, base);
  if (errno != 0 || rest == digits) return false;
  uint64_t mul = 1;
  switch (*rest) {
    case 'T': case 't': mul = G * K; rest++; break;
    case 'G': case 'g': mul = G; rest++; break;
    case 'M': case 'm': mul = M; rest++; break;
    case 'K': case 'k': mul = K; rest++; break;
    default: break;
  }
  if (*rest != '\0') return false;
  if (mul != 1 && n > UINT64_MAX / mul) return false;
  *result = n * mul;
  return true;
}

JVMFlagError JVMFlag::set_bool(bool v, JVMFlagOrigin origin) {
  if (_type != JVMFlagType::Bool) return JVMFlagError::WrongFormat;
  *static_cast<bool*>(_addr) = v;
  _origin = origin;
  return JVMFlagError::Success;
}

JVMFlagError JVMFlag::set_signed(int64_t v, JVMFlagOrigin origin, std::string* range_message) {
  if (_type == JVMFlagType::Double) return set_double(double(v), origin, range_message);
  if (is_unsigned_type(_type)) {
    if (v < 0) return JVMFlagError::WrongFormat;
    return set_unsigned(uint64_t(v), origin, range_message);
  }
  if (_type != JVMFlagType::Intx) return JVMFlagError::WrongFormat;
  if (_has_range && (v < _min.i || v > _max.i)) {
    if (range_message != nullptr) {
      *range_message += format("intx %s=%" PRId64 " is outside the allowed range [ %" PRId64
                               " ... %" PRId64 " ]\n", _name, v, _min.i, _max.i);
    }
    return JVMFlagError::OutOfBounds;
  }
  *static_cast<intx*>(_addr) = v;
  _origin = origin;
  return JVMFlagError::Success;
}

JVMFlagError JVMFlag::set_unsigned(uint64_t v, JVMFlagOrigin origin, std::string* range_message) {
  if (_type == JVMFlagType::Double) return set_double(double(v), origin, range_message);
  if (_type == JVMFlagType::Intx) {
    if (v > uint64_t(INT64_MAX)) return JVMFlagError::OutOfBounds;
    return set_signed(int64_t(v), origin, range_message);
  }
  if (!is_unsigned_type(_type)) return JVMFlagError::WrongFormat;
  if (_has_range && (v < _min.u || v > _max.u)) {
    if (range_message != nullptr) {
      *range_message += format("%s %s=%" PRIu64 " is outside the allowed range [ %" PRIu64
                               " ... %" PRIu64 " ]\n", _type_name, _name, v, _min.u, _max.u);
    }
    return JVMFlagError::OutOfBounds;
  }
  *static_cast<uint64_t*>(_addr) = v;
  _origin = origin;
  return JVMFlagError::Success;
}

JVMFlagError JVMFlag::set_double(double v, JVMFlagOrigin origin, std::string* range_message) {
  if (_type != JVMFlagType::Double) return JVMFlagError::WrongFormat;
  if (_has_range && (v < _min.d || v > _max.d)) {
    if (range_message != nullptr) {
      *range_message += format("double %s=%f is outside the allowed range [ %f ... %f ]\n",
                               _name, v, _min.d, _max.d);
    }
    return JVMFlagError::OutOfBounds;
  }
  *static_cast<double*>(_addr) = v;
  _origin = origin;
  return JVMFlagError::Success;
}

JVMFlagError JVMFlag::set_ccstr(const char* v, JVMFlagOrigin origin) {
  if (!is_ccstr()) return JVMFlagError::WrongFormat;
  // A ccstrlist given twice keeps both values, one per line (HotSpot: -XX:OnOutOfMemoryError).
  if (_type == JVMFlagType::Ccstrlist && get_ccstr() != nullptr && !is_default()) {
    _string_storage += "\n";
    _string_storage += v;
  } else {
    _string_storage = v;
  }
  *static_cast<const char**>(_addr) = _string_storage.c_str();
  _origin = origin;
  return JVMFlagError::Success;
}

// HotSpot's floating-point form: [-digits].digits (both sides non-empty) and then anything
// strtod takes from [-0-9.eE+]; the whole text must be consumed.
static bool parse_double_text(const char* value, double* out) {
  const char* p = value;
  if (*p == '-') p++;
  const char* int_start = p;
  while (*p >= '0' && *p <= '9') p++;
  if (p == int_start || *p != '.' || !(p[1] >= '0' && p[1] <= '9')) return false;
  for (const char* q = value; *q; q++) {
    if (!strchr("-0123456789.eE+", *q)) return false;
  }
  char* rest = nullptr;
  errno = 0;
  double d = strtod(value, &rest);
  if (errno != 0 || *rest != '\0') return false;
  *out = d;
  return true;
}

JVMFlagError JVMFlag::set_from_value_string(const char* value, JVMFlagOrigin origin,
                                            std::string* range_message) {
  switch (_type) {
    case JVMFlagType::Bool:
      return JVMFlagError::WrongFormat;  // booleans are only -XX:+Name / -XX:-Name
    case JVMFlagType::Ccstr:
    case JVMFlagType::Ccstrlist:
      return set_ccstr(value, origin);
    default:
      break;
  }
  double d;
  if (parse_double_text(value, &d)) {
    return _type == JVMFlagType::Double ? set_double(d, origin, range_message)
                                        : JVMFlagError::WrongFormat;
  }
  // Integers: a minus sign only for signed flags (HotSpot's set_numeric_flag).
  bool negative = false;
  if (*value == '-') {
    if (_type != JVMFlagType::Intx) return JVMFlagError::WrongFormat;
    negative = true;
    value++;
  }
  uint64_t n;
  if (!atojulong(value, &n)) return JVMFlagError::WrongFormat;
  if (negative) {
    if (n > uint64_t(INT64_MAX) + 1) return JVMFlagError::WrongFormat;
    return set_signed(int64_t(0 - n), origin, range_message);
  }
  if (_type == JVMFlagType::Intx && n > uint64_t(INT64_MAX)) return JVMFlagError::WrongFormat;
  return set_unsigned(n, origin, range_message);
}

std::string JVMFlag::value_string() const {
  switch (_type) {
    case JVMFlagType::Bool: return get_bool() ? "true" : "false";
    case JVMFlagType::Intx: return format("%" PRId64, get_intx());
    case JVMFlagType::Double: return format("%f", get_double());
    case JVMFlagType::Ccstr:
    case JVMFlagType::Ccstrlist: return get_ccstr() == nullptr ? "" : get_ccstr();
    default: return format("%" PRIu64, get_unsigned());
  }
}

const char* JVMFlag::origin_string(JVMFlagOrigin origin) {
  switch (origin) {
    case JVMFlagOrigin::Default: return "{default}";
    case JVMFlagOrigin::CommandLine: return "{command line}";
    case JVMFlagOrigin::EnvironVar: return "{environment}";
    case JVMFlagOrigin::ConfigFile: return "{config file}";
    case JVMFlagOrigin::Management: return "{management}";
    case JVMFlagOrigin::Ergonomic: return "{ergonomic}";
    case JVMFlagOrigin::AttachOnDemand: return "{attach}";
    case JVMFlagOrigin::Internal: return "{internal}";
  }
  return "{default}";
}

// Columns of HotSpot's JVMFlag::print_on (no ranges): type right-aligned in 9 columns, name at
// column 10, " =" at 50, value at 53, the kind right-aligned to end at column 104, then the origin.
// Multi-line ccstr values print one line per element, as HotSpot does.
std::string JVMFlag::print_line() const {
  std::string kind = std::string("{") + _kind + "}";
  std::string origin = origin_string(_origin);
  std::string value = value_string();
  std::string out;
  size_t start = 0;
  bool first = true;
  do {
    size_t nl = value.find('\n', start);
    std::string part = value.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    std::string line = format("%9s", _type_name);
    fill_to_pos(line, 10);
    line += _name;
    fill_to_pos(line, 50);
    line += first ? " =" : "+=";
    fill_to_pos(line, 53);
    line += part;
    fill_to_pos(line, 84);
    line += format("%20s", kind.c_str());
    line += " ";
    line += origin;
    if (!first) out += "\n";
    out += line;
    first = false;
    start = nl == std::string::npos ? std::string::npos : nl + 1;
  } while (start != std::string::npos);
  return out;
}

static std::vector<const JVMFlag*> sorted_flags() {
  std::vector<const JVMFlag*> v;
  for (JVMFlag* f = JVMFlag::begin(); f != JVMFlag::end(); f++) v.push_back(f);
  std::sort(v.begin(), v.end(), [](const JVMFlag* a, const JVMFlag* b) { return strcmp(a->_name, b->_name) < 0; });
  return v;
}

std::string JVMFlag::print_flags_final() {
  std::string out = "[Global flags]\n";
  for (const JVMFlag* f : sorted_flags()) {
    // Locked flags (diagnostic/experimental without their unlock option) are not listed.
    if (f->is_diagnostic() && !UnlockDiagnosticVMOptions) continue;
    if (f->is_experimental() && !UnlockExperimentalVMOptions) continue;
    out += f->print_line();
    out += "\n";
  }
  return out;
}

std::string JVMFlag::print_command_line_flags() {
  std::string out;
  for (const JVMFlag* f : sorted_flags()) {
    if (f->is_default()) continue;
    if (f->is_bool()) {
      out += format("-XX:%c%s ", f->get_bool() ? '+' : '-', f->_name);
    } else {
      out += format("-XX:%s=%s ", f->_name, f->value_string().c_str());
    }
  }
  out += "\n";
  return out;
}
