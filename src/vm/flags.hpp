// The -XX: flag table at run time (HotSpot's JVMFlag): one JVMFlag per row of JVMLAB_FLAGS with its
// address, type, default and origin; lookup by name, setting from "-XX:" text with HotSpot's syntax
// and messages, -XX:+PrintFlagsFinal and -XX:+PrintCommandLineFlags output.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "vm/globals.hpp"

// Where a flag's current value came from (HotSpot's JVMFlagOrigin), printed as "{command line}"...
enum class JVMFlagOrigin : uint8_t {
  Default, CommandLine, EnvironVar, ConfigFile, Management, Ergonomic, AttachOnDemand, Internal
};

enum class JVMFlagType : uint8_t { Bool, Int, Uint, Intx, Uintx, SizeT, Uint64, Double, Ccstr, Ccstrlist };

// HotSpot's JVMFlag::Error: why a set failed. The caller turns it into the message HotSpot prints.
enum class JVMFlagError : uint8_t { Success, WrongFormat, OutOfBounds };

// One value of any flag type (used for defaults).
struct JVMFlagValue {
  bool b = false;
  int64_t i = 0;
  uint64_t u = 0;
  double d = 0;
  const char* s = nullptr;
};

// One row of the table. The fields are public only so that flags.cpp can build the table as a
// constant-initialized aggregate; everything else goes through the member functions.
class JVMFlag {
 public:
  const char* _name;
  const char* _type_name;  // as HotSpot prints it: "bool", "size_t", "ccstrlist"...
  JVMFlagType _type;
  void* _addr;
  const char* _doc;
  JVMFlagValue _default;
  const char* _kind;       // "product", "manageable", "pd product", "diagnostic"...
  JVMFlagOrigin _origin;
  bool _compat;            // accepted for compatibility with HotSpot, no effect in jvmlab (yet)
  const char* _deprecated_in;  // "15.0": setting it prints HotSpot's deprecation warning
  bool _has_range;
  JVMFlagValue _min, _max; // inclusive range when _has_range (HotSpot's JVMFlagLimit)
  char* _owned_string;     // malloc'ed text of a ccstr flag set from a string (nullptr otherwise)

  const char* name() const { return _name; }
  JVMFlagType type() const { return _type; }
  JVMFlagOrigin origin() const { return _origin; }
  bool is_bool() const { return _type == JVMFlagType::Bool; }
  bool is_ccstr() const { return _type == JVMFlagType::Ccstr || _type == JVMFlagType::Ccstrlist; }
  bool is_diagnostic() const;
  bool is_experimental() const;
  // A diagnostic/experimental flag is locked until its unlock option was set (the unlock options
  // themselves never are).
  bool is_locked() const;
  bool is_default() const { return _origin == JVMFlagOrigin::Default; }
  bool is_compat() const { return _compat; }
  const char* deprecated_in() const { return _deprecated_in; }

  bool get_bool() const { return *static_cast<bool*>(_addr); }
  int64_t get_intx() const {  // int and intx flags
    return _type == JVMFlagType::Int ? *static_cast<int32_t*>(_addr) : *static_cast<intx*>(_addr);
  }
  uint64_t get_unsigned() const {  // uint, uintx, size_t and uint64_t flags
    return _type == JVMFlagType::Uint ? *static_cast<uint32_t*>(_addr) : *static_cast<uint64_t*>(_addr);
  }
  double get_double() const { return *static_cast<double*>(_addr); }
  const char* get_ccstr() const { return *static_cast<const char**>(_addr); }

  // The value as -XX:+PrintFlagsFinal prints it ("true", "25.000000", "" for a null string).
  std::string value_string() const;

  // Typed setters: check type and range, write the value and the origin. On OutOfBounds the
  // range message ("intx ThreadStackSize=-1 is outside the allowed range [ 0 ... 1048576 ]")
  // is appended to *range_message when given.
  JVMFlagError set_bool(bool v, JVMFlagOrigin origin);
  JVMFlagError set_signed(int64_t v, JVMFlagOrigin origin, std::string* range_message = nullptr);
  JVMFlagError set_unsigned(uint64_t v, JVMFlagOrigin origin, std::string* range_message = nullptr);
  JVMFlagError set_double(double v, JVMFlagOrigin origin, std::string* range_message = nullptr);
  JVMFlagError set_ccstr(const char* v, JVMFlagOrigin origin);

  // Parses the value text of "-XX:Name=value" for this flag's type (numbers in decimal or 0x hex,
  // with k/m/g/t suffixes for integers; doubles as "1.5"); sets it on success.
  JVMFlagError set_from_value_string(const char* value, JVMFlagOrigin origin,
                                     std::string* range_message = nullptr);

  static JVMFlag* find(std::string_view name);       // nullptr when unknown
  static JVMFlag* fuzzy_match(std::string_view name); // the closest name (HotSpot's "Did you mean")
  static JVMFlag* begin();
  static JVMFlag* end();
  static size_t count();

  // Restores every flag to its default value and origin (tests; before a second VM creation).
  static void reset_all_to_defaults();

  // -XX:+PrintFlagsFinal: "[Global flags]" then one line per (unlocked) flag, sorted by name.
  static std::string print_flags_final();
  // -XX:+PrintCommandLineFlags: "-XX:Name=value -XX:+Name ..." of every non-default flag.
  static std::string print_command_line_flags();
  // One line as PrintFlagsFinal prints it (no newline).
  std::string print_line() const;

  static const char* origin_string(JVMFlagOrigin origin);
};

// HotSpot's Arguments::atojulong: decimal or 0x-hex digits, then at most one of k/K/m/M/g/G/t/T.
// False on syntax errors and overflow.
bool atojulong(const char* s, uint64_t* result);

// HotSpot's StringUtils::similarity (bigram matching) used by fuzzy_match.
double string_similarity(std::string_view a, std::string_view b);

// FLAG_SET_CMDLINE / FLAG_SET_ERGO / FLAG_IS_DEFAULT, HotSpot's spellings.
#define FLAG_IS_DEFAULT(name) (JVMFlag::find(#name)->is_default())
#define FLAG_IS_CMDLINE(name) (JVMFlag::find(#name)->origin() == JVMFlagOrigin::CommandLine)
#define FLAG_SET_ERGO(name, value) flag_set_ergo_value(#name, &name, value)
template <typename T> inline void flag_set_ergo_value(const char* n, T* addr, std::type_identity_t<T> v) {
  *addr = v;
  JVMFlag::find(n)->_origin = JVMFlagOrigin::Ergonomic;
}
