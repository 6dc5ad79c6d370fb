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

constexpr JVMFlagType type_of(const char* type_name) {
  std::string_view t(type_name);
  if (t == "bool") return JVMFlagType::Bool;
  if (t == "int") return JVMFlagType::Int;
  if (t == "uint") return JVMFlagType::Uint;
  if (t == "intx") return JVMFlagType::Intx;
  if (t == "uintx") return JVMFlagType::Uintx;
  if (t == "size_t") return JVMFlagType::SizeT;
  if (t == "uint64_t") return JVMFlagType::Uint64;
  if (t == "double") return JVMFlagType::Double;
  if (t == "ccstrlist") return JVMFlagType::Ccstrlist;
  return JVMFlagType::Ccstr;
}

// One overload per C++ type a flag can have (intx = long, uintx = size_t = uint64_t = unsigned long).
constexpr JVMFlagValue make_value(bool v) { JVMFlagValue r; r.b = v; return r; }
constexpr JVMFlagValue make_value(int v) { JVMFlagValue r; r.i = v; return r; }
constexpr JVMFlagValue make_value(unsigned v) { JVMFlagValue r; r.u = v; return r; }
constexpr JVMFlagValue make_value(long v) { JVMFlagValue r; r.i = v; return r; }
constexpr JVMFlagValue make_value(unsigned long v) { JVMFlagValue r; r.u = v; return r; }
constexpr JVMFlagValue make_value(double v) { JVMFlagValue r; r.d = v; return r; }
constexpr JVMFlagValue make_value(const char* v) { JVMFlagValue r; r.s = v; return r; }

using uint = unsigned int;

// Flags HotSpot 17 has and users commonly pass, that no part of jvmlab reads yet: accepted (so
// that command lines written for HotSpot run), shown by -XX:+PrintFlagsFinal, without effect.
// A subsystem that implements one moves it to JVMLAB_FLAGS in vm/globals.hpp; the row here is then
// shadowed (lookups find the globals.hpp row first) and can be deleted.
//      type      name                            default       doc
#define JVMLAB_COMPAT_FLAGS(F)                                                                      \
  F(int,      ActiveProcessorCount,           -1,           "Specify the CPU count the VM should use and report as active") \
  F(bool,     AlwaysPreTouch,                 false,        "Force all freshly committed pages to be pre-touched") \
  F(uint,     ParallelGCThreads,              0,            "Number of parallel threads parallel gc will use") \
  F(uint,     ConcGCThreads,                  0,            "Number of threads concurrent gc will use")  \
  F(uintx,    MaxGCPauseMillis,               UINT64_MAX - 1, "Adaptive size policy maximum GC pause time goal in millisecond (G1 sets 200)") \
  F(size_t,   G1HeapRegionSize,               0,            "Size of the G1 regions")                    \
  F(uintx,    InitiatingHeapOccupancyPercent, 45,           "The percent occupancy (IHOP) of the current old generation capacity above which a concurrent mark cycle will be initiated") \
  F(bool,     UseZGC,                         false,        "Use the Z garbage collector")               \
  F(bool,     UseShenandoahGC,                false,        "Use the Shenandoah garbage collector")      \
  F(bool,     UseAdaptiveSizePolicy,          true,         "Use adaptive generation sizing policies")   \
  F(bool,     ClassUnloading,                 true,         "Do unloading of classes")                   \
  F(bool,     ResizeTLAB,                     true,         "Dynamically resize TLAB size for threads")  \
  F(size_t,   MinTLABSize,                    2048,         "Minimum allowed TLAB size (in bytes)")      \
  F(uintx,    TLABWasteTargetPercent,         1,            "Percentage of Eden that can be wasted (half-full TLABs at GC)") \
  F(size_t,   SoftMaxHeapSize,                0,            "Soft limit for maximum heap size (in bytes)") \
  F(uintx,    MaxRAMFraction,                 4,            "Maximum fraction (1/n) of real memory used for maximum heap size. Deprecated, use MaxRAMPercentage instead") \
  F(uintx,    MinRAMFraction,                 2,            "Minimum fraction (1/n) of real memory used for maximum heap size on systems with small physical memory size. Deprecated, use MinRAMPercentage instead") \
  F(uintx,    InitialRAMFraction,             64,           "Fraction (1/n) of real memory used for initial heap size. Deprecated, use InitialRAMPercentage instead") \
  F(uint64_t, MaxRAM,                         137438953472, "Real memory size (in bytes) used to set maximum heap size") \
  F(bool,     UseContainerSupport,            true,         "Enable detection and runtime container configuration support") \
  F(uintx,    MinMetaspaceFreeRatio,          40,           "The minimum percentage of Metaspace free after GC to avoid shrinking") \
  F(uintx,    MaxMetaspaceFreeRatio,          70,           "The maximum percentage of Metaspace free after GC to avoid shrinking") \
  F(size_t,   MinMetaspaceExpansion,          327680,       "The minimum expansion of Metaspace (in bytes)") \
  F(size_t,   MaxMetaspaceExpansion,          5439488,      "The maximum expansion of Metaspace without full GC (in bytes)") \
  F(bool,     UseNUMA,                        false,        "Use NUMA if available")                      \
  F(bool,     UseLargePages,                  false,        "Use large page memory")                      \
  F(bool,     UseTransparentHugePages,        false,        "Use MADV_HUGEPAGE for large pages")          \
  F(ccstr,    NativeMemoryTracking,           "off",        "Native memory tracking options")             \
  F(ccstr,    ErrorFile,                      nullptr,      "If an error occurs, save the error data to this file [default: ./hs_err_pid%p.log] (%p replaced with pid)") \
  F(bool,     ErrorFileToStdout,              false,        "If true, error data is printed to stdout instead of a file") \
  F(bool,     ErrorFileToStderr,              false,        "If true, error data is printed to stderr instead of a file") \
  F(bool,     ShowMessageBoxOnError,          false,        "Keep process alive on VM fatal error")       \
  F(bool,     PerfDataSaveToFile,             false,        "Save PerfData memory to hsperfdata_<pid> file on exit") \
  F(bool,     PerfDisableSharedMem,           false,        "Store performance data in standard memory")  \
  F(bool,     OmitStackTraceInFastThrow,      true,         "Omit backtraces for some 'hot' exceptions in optimized code") \
  F(bool,     PrintGC,                        false,        "Print message at garbage collection. Deprecated, use -Xlog:gc instead.") \
  F(bool,     PrintGCDetails,                 false,        "Print more details at garbage collection. Deprecated, use -Xlog:gc* instead.") \
  F(bool,     UseBiasedLocking,               false,        "(Deprecated) Enable biased locking in JVM")  \
  F(intx,     ThreadPriorityPolicy,           0,            "0 : Normal. 1 : Aggressive.")                \
  F(bool,     TieredCompilation,              true,         "Enable tiered compilation")                  \
  F(intx,     TieredStopAtLevel,              4,            "Stop at given compilation level")            \
  F(intx,     CompileThreshold,               10000,        "number of interpreted method invocations before (re-)compiling") \
  F(bool,     BackgroundCompilation,          true,         "A thread requesting compilation is not blocked during compilation (-Xbatch turns it off)") \
  F(bool,     UseOnStackReplacement,          true,         "Use on stack replacement, calls runtime if invoc. counter overflows in loop") \
  F(bool,     PrintCompilation,               false,        "Print compilations")                         \
  F(uintx,    ReservedCodeCacheSize,          251658240,    "Reserved code cache size (in bytes) - maximum code cache size") \
  F(bool,     PrintFlagsInitial,              false,        "Print all VM flags before argument processing and exit VM")

namespace jvmlab_compat {
#define JVMLAB_DEFINE_COMPAT(type, name, value, doc) type name = value;
JVMLAB_COMPAT_FLAGS(JVMLAB_DEFINE_COMPAT)
#undef JVMLAB_DEFINE_COMPAT
}  // namespace jvmlab_compat

#define JVMLAB_FLAG_ROW(type, name, value, doc) \
  JVMFlag{#name, #type, type_of(#type), (void*)&name, doc, make_value(static_cast<type>(value)), \
          "product", JVMFlagOrigin::Default, false, nullptr, false, {}, {}, nullptr},
#define JVMLAB_COMPAT_ROW(type, name, value, doc) \
  JVMFlag{#name, #type, type_of(#type), (void*)&jvmlab_compat::name, doc, make_value(static_cast<type>(value)), \
          "product", JVMFlagOrigin::Default, true, nullptr, false, {}, {}, nullptr},
// globals.hpp rows first: find() returns the first row of a name. constinit: usable from any static
// initializer.
constinit JVMFlag flag_table[] = {JVMLAB_FLAGS(JVMLAB_FLAG_ROW) JVMLAB_COMPAT_FLAGS(JVMLAB_COMPAT_ROW)};
#undef JVMLAB_FLAG_ROW
#undef JVMLAB_COMPAT_ROW
constexpr size_t kFlagCount = sizeof(flag_table) / sizeof(flag_table[0]);

// Kinds other than "product", as HotSpot 17 declares them (globals.hpp: product_pd, manageable,
// diagnostic, experimental; lp64_product for the compressed-pointer flags).
struct KindRow { const char* name; const char* kind; };
constexpr KindRow kKinds[] = {
  {"MinHeapFreeRatio", "manageable"}, {"MaxHeapFreeRatio", "manageable"},
  {"HeapDumpOnOutOfMemoryError", "manageable"}, {"HeapDumpPath", "manageable"},
  {"ShowCodeDetailsInExceptionMessages", "manageable"}, {"PrintConcurrentLocks", "manageable"},
  {"ThreadStackSize", "pd product"}, {"VMThreadStackSize", "pd product"},
  {"StackShadowPages", "pd product"}, {"StackYellowPages", "pd product"},
  {"StackRedPages", "pd product"}, {"StackReservedPages", "pd product"},
  {"UseCompressedOops", "product lp64_product"}, {"UseCompressedClassPointers", "product lp64_product"},
  {"ShowHiddenFrames", "diagnostic"}, {"VerifyBeforeGC", "diagnostic"}, {"VerifyAfterGC", "diagnostic"},
  {"BytecodeVerificationRemote", "diagnostic"}, {"BytecodeVerificationLocal", "diagnostic"},
  {"UnlockDiagnosticVMOptions", "diagnostic"}, {"UnlockExperimentalVMOptions", "experimental"},
  {"SoftMaxHeapSize", "manageable"}, {"MaxRAM", "pd product"}, {"UseLargePages", "pd product"},
  {"TieredCompilation", "pd product"}, {"CompileThreshold", "pd product"},
  {"BackgroundCompilation", "pd product"}, {"UseOnStackReplacement", "pd product"},
  {"ReservedCodeCacheSize", "pd product"},
};

// Deprecated in HotSpot 17: still accepted, with "Option X was deprecated in version V and will
// likely be removed in a future release." (HotSpot's special_jvm_flags).
struct DeprecatedRow { const char* name; const char* version; };
constexpr DeprecatedRow kDeprecated[] = {
  {"UseBiasedLocking", "15.0"}, {"MaxRAMFraction", "10.0"}, {"MinRAMFraction", "10.0"},
  {"InitialRAMFraction", "10.0"},
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
  {"ActiveProcessorCount", 0, 0, -1, INT32_MAX, 0, 0},
  {"MaxRAMFraction", 0, 0, 0, 0, 1, kMaxUintx},
  {"MinRAMFraction", 0, 0, 0, 0, 1, kMaxUintx},
  {"InitialRAMFraction", 0, 0, 0, 0, 1, kMaxUintx},
  {"InitiatingHeapOccupancyPercent", 0, 0, 0, 0, 0, 100},
  {"MinMetaspaceFreeRatio", 0, 0, 0, 0, 0, 99},
  {"MaxMetaspaceFreeRatio", 0, 0, 0, 0, 0, 100},
  {"TieredStopAtLevel", 0, 0, 0, 4, 0, 0},
  {"ThreadPriorityPolicy", 0, 0, 0, 1, 0, 0},
  {"MaxGCPauseMillis", 0, 0, 0, 0, 1, kMaxUintx - 1},
  {"TLABWasteTargetPercent", 0, 0, 0, 0, 1, 100},
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
  for (const DeprecatedRow& d : kDeprecated) {
    for (JVMFlag& f : flag_table) {
      if (strcmp(f._name, d.name) == 0) f._deprecated_in = d.version;
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
  return t == JVMFlagType::Uint || t == JVMFlagType::Uintx || t == JVMFlagType::SizeT || t == JVMFlagType::Uint64;
}
bool is_signed_type(JVMFlagType t) { return t == JVMFlagType::Int || t == JVMFlagType::Intx; }

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
      case JVMFlagType::Int: *static_cast<int32_t*>(f->_addr) = (int32_t)f->_default.i; break;
      case JVMFlagType::Uint: *static_cast<uint32_t*>(f->_addr) = (uint32_t)f->_default.u; break;
      case JVMFlagType::Double: *static_cast<double*>(f->_addr) = f->_default.d; break;
      case JVMFlagType::Ccstr:
      case JVMFlagType::Ccstrlist: *static_cast<const char**>(f->_addr) = f->_default.s; break;
      default: *static_cast<uint64_t*>(f->_addr) = f->_default.u; break;
    }
    f->_origin = JVMFlagOrigin::Default;
    free(f->_owned_string);
    f->_owned_string = nullptr;
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
  if (!is_signed_type(_type)) return JVMFlagError::WrongFormat;
  if (_type == JVMFlagType::Int && (v < INT32_MIN || v > INT32_MAX)) return JVMFlagError::WrongFormat;
  if (_has_range && (v < _min.i || v > _max.i)) {
    if (range_message != nullptr) {
      *range_message += format("%s %s=%" PRId64 " is outside the allowed range [ %" PRId64
                               " ... %" PRId64 " ]\n", _type_name, _name, v, _min.i, _max.i);
    }
    return JVMFlagError::OutOfBounds;
  }
  if (_type == JVMFlagType::Int) *static_cast<int32_t*>(_addr) = (int32_t)v;
  else *static_cast<intx*>(_addr) = v;
  _origin = origin;
  return JVMFlagError::Success;
}

JVMFlagError JVMFlag::set_unsigned(uint64_t v, JVMFlagOrigin origin, std::string* range_message) {
  if (_type == JVMFlagType::Double) return set_double(double(v), origin, range_message);
  if (is_signed_type(_type)) {
    if (v > uint64_t(INT64_MAX)) return JVMFlagError::WrongFormat;
    return set_signed(int64_t(v), origin, range_message);
  }
  if (!is_unsigned_type(_type)) return JVMFlagError::WrongFormat;
  if (_type == JVMFlagType::Uint && v > UINT32_MAX) return JVMFlagError::WrongFormat;
  if (_has_range && (v < _min.u || v > _max.u)) {
    if (range_message != nullptr) {
      *range_message += format("%s %s=%" PRIu64 " is outside the allowed range [ %" PRIu64
                               " ... %" PRIu64 " ]\n", _type_name, _name, v, _min.u, _max.u);
    }
    return JVMFlagError::OutOfBounds;
  }
  if (_type == JVMFlagType::Uint) *static_cast<uint32_t*>(_addr) = (uint32_t)v;
  else *static_cast<uint64_t*>(_addr) = v;
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
  std::string text = v;
  if (_type == JVMFlagType::Ccstrlist && get_ccstr() != nullptr && !is_default()) {
    text = std::string(get_ccstr()) + "\n" + v;
  }
  char* copy = strdup(text.c_str());
  if (copy == nullptr) return JVMFlagError::WrongFormat;  // out of native memory
  free(_owned_string);
  _owned_string = copy;
  *static_cast<const char**>(_addr) = copy;
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
  // Integers: a minus sign only for signed flags; the value is then cast to the flag's type as
  // HotSpot's set_numeric_flag does (so an int flag keeps the low 32 bits), and range-checked.
  bool negative = false;
  if (*value == '-') {
    if (!is_signed_type(_type)) return JVMFlagError::WrongFormat;
    negative = true;
    value++;
  }
  uint64_t n;
  if (!atojulong(value, &n)) return JVMFlagError::WrongFormat;
  switch (_type) {
    case JVMFlagType::Int: {
      int32_t v = (int32_t)(uint32_t)n;
      return set_signed(negative ? (int32_t)(0u - (uint32_t)v) : v, origin, range_message);
    }
    case JVMFlagType::Intx: {
      int64_t v = (int64_t)n;
      return set_signed(negative ? (int64_t)(0 - (uint64_t)v) : v, origin, range_message);
    }
    case JVMFlagType::Uint: return set_unsigned((uint32_t)n, origin, range_message);
    default: return set_unsigned(n, origin, range_message);
  }
}

std::string JVMFlag::value_string() const {
  switch (_type) {
    case JVMFlagType::Bool: return get_bool() ? "true" : "false";
    case JVMFlagType::Int:
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
// A ccstrlist with several values prints one line per value: the type on the first, "+=" on the
// others, the kind and origin on the last.
std::string JVMFlag::print_line() const {
  std::string kind = std::string("{") + _kind + "}";
  std::string value = value_string();
  std::string out;
  size_t start = 0;
  bool first = true;
  while (true) {
    size_t nl = value.find('\n', start);
    bool last = nl == std::string::npos;
    std::string part = value.substr(start, last ? std::string::npos : nl - start);
    std::string line = format("%9s", first ? _type_name : "");
    fill_to_pos(line, 10);
    line += _name;
    fill_to_pos(line, 50);
    line += first ? " =" : "+=";
    fill_to_pos(line, 53);
    line += part;
    if (last) {
      fill_to_pos(line, 84);
      line += format("%20s", kind.c_str());
      line += " ";
      line += origin_string(_origin);
    }
    out += line;
    if (last) break;
    out += "\n";
    first = false;
    start = nl + 1;
  }
  return out;
}

static std::vector<const JVMFlag*> sorted_flags() {
  std::vector<const JVMFlag*> v;
  for (JVMFlag* f = JVMFlag::begin(); f != JVMFlag::end(); f++) v.push_back(f);
  // Stable: of two rows with one name (a compat row shadowed by globals.hpp), the first stays.
  std::stable_sort(v.begin(), v.end(), [](const JVMFlag* a, const JVMFlag* b) { return strcmp(a->_name, b->_name) < 0; });
  v.erase(std::unique(v.begin(), v.end(), [](const JVMFlag* a, const JVMFlag* b) { return strcmp(a->_name, b->_name) == 0; }),
          v.end());
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
      // A ccstrlist prints one -XX:Name=value per value.
      std::string value = f->value_string();
      size_t start = 0;
      do {
        size_t nl = value.find('\n', start);
        out += std::string("-XX:") + f->_name + "=" + value.substr(start, nl == std::string::npos ? nl : nl - start) + " ";
        start = nl == std::string::npos ? nl : nl + 1;
      } while (start != std::string::npos);
    }
  }
  out += "\n";
  return out;
}
