// Tag sets and the print path of unified logging.
#include "services/log.hpp"

#include "services/logConfiguration.hpp"

#include <cstdio>

std::atomic<int> LogTagSet::_config_generation{0};

const char* log_level_name(LogLevel level) {
  switch (level) {
    case LogLevel::Trace: return "trace";
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    case LogLevel::Off: return "off";
  }
  return "";
}

LogTagSet::LogTagSet(const char* tags) {
  std::string cur;
  for (const char* p = tags;; p++) {
    if (*p == ',' || *p == '\0') {
      if (!cur.empty()) _tags.push_back(cur);
      cur.clear();
      if (*p == '\0') break;
    } else if (*p != ' ') {
      cur += *p;
    }
  }
  for (size_t i = 0; i < _tags.size(); i++) _label += (i ? "," : "") + _tags[i];
}

void LogTagSet::refresh() {
  int gen = _config_generation.load(std::memory_order_acquire);
  _level = LogConfiguration::level_for(*this);
  _generation.store(gen, std::memory_order_release);
}

void LogTagSet::vprint(LogLevel level, const char* fmt, va_list ap) {
  char buf[2048];
  vsnprintf(buf, sizeof buf, fmt, ap);
  LogConfiguration::write(*this, level, buf);
}

void LogTagSet::print(LogLevel level, const char* fmt, ...) {
  if (!is_enabled(level)) return;
  va_list ap;
  va_start(ap, fmt);
  vprint(level, fmt, ap);
  va_end(ap);
}
