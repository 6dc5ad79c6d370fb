// Unified logging (-Xlog, JEP 158) as HotSpot 17 prints it. A call site names its tag set once:
//
//   log_info(gc)("Using Serial");
//   if (log_is_enabled(Debug, gc, heap)) log_debug(gc, heap)("Heap before GC ...");
//
// Each tag set caches its enabled level; the cache is refreshed when the configuration changes
// (services/logConfiguration.hpp), so a disabled call site costs one load and a compare.
#pragma once

#include <atomic>
#include <cstdarg>
#include <string>
#include <vector>

enum class LogLevel : int { Trace = 1, Debug, Info, Warning, Error, Off };
const char* log_level_name(LogLevel level);

class LogTagSet {
 public:
  // `tags` as the macro stringizes them: "gc, heap".
  explicit LogTagSet(const char* tags);
  bool is_enabled(LogLevel level) {
    if (_generation.load(std::memory_order_acquire) != _config_generation.load(std::memory_order_acquire)) refresh();
    return level >= _level;
  }
  void print(LogLevel level, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  void vprint(LogLevel level, const char* fmt, va_list ap);

  const std::vector<std::string>& tags() const { return _tags; }
  const std::string& label() const { return _label; }  // "gc,heap" as printed in the tags decorator

  static void configuration_changed() { _config_generation.fetch_add(1); }

 private:
  void refresh();
  std::vector<std::string> _tags;
  std::string _label;
  LogLevel _level = LogLevel::Off;  // the most detailed level enabled on any output
  std::atomic<int> _generation{-1};
  static std::atomic<int> _config_generation;
};

// One writer per statement: log_info(gc)("fmt", args...).
class LogWriter {
 public:
  LogWriter(LogTagSet& ts, LogLevel level) : _ts(ts), _level(level) {}
  void operator()(const char* fmt, ...) __attribute__((format(printf, 2, 3))) {
    if (!_ts.is_enabled(_level)) return;
    va_list ap;
    va_start(ap, fmt);
    _ts.vprint(_level, fmt, ap);
    va_end(ap);
  }
 private:
  LogTagSet& _ts;
  LogLevel _level;
};

#define JVMLAB_LOG_TAGSET(...) ([]() -> LogTagSet& { static LogTagSet ts(#__VA_ARGS__); return ts; }())
#define log_is_enabled(level, ...) (JVMLAB_LOG_TAGSET(__VA_ARGS__).is_enabled(LogLevel::level))
#define log_error(...) LogWriter(JVMLAB_LOG_TAGSET(__VA_ARGS__), LogLevel::Error)
#define log_warning(...) LogWriter(JVMLAB_LOG_TAGSET(__VA_ARGS__), LogLevel::Warning)
#define log_info(...) LogWriter(JVMLAB_LOG_TAGSET(__VA_ARGS__), LogLevel::Info)
#define log_debug(...) LogWriter(JVMLAB_LOG_TAGSET(__VA_ARGS__), LogLevel::Debug)
#define log_trace(...) LogWriter(JVMLAB_LOG_TAGSET(__VA_ARGS__), LogLevel::Trace)
