// -Xlog configuration (HotSpot's LogConfiguration): outputs (stdout, stderr, files), each with
// tag selections and levels and its decorators. Syntax, defaults and error texts are HotSpot 17's:
//   -Xlog[:[what][:[output][:[decorators][:output-options]]]]
//   what: tag[+tag...][*][=level][,...] | all[=level] | disable
// The default is warnings and errors of every tag set on stdout with uptime, level and tags.
#pragma once

#include "services/log.hpp"

#include <cstdio>
#include <string>

class LogConfiguration {
 public:
  // Applies one -Xlog option (the text after "-Xlog", e.g. ":gc*:file=gc.log"). On error returns
  // false after printing HotSpot's "[error][logging]" line; the caller prints
  // "Invalid -Xlog option '-Xlog...', see error log for details.".
  static bool parse_option(const std::string& arg);
  // The start of uptime (VM creation).
  static void set_start_time();
  // Writes one decorated line for `ts` at `level` to every output that selects it.
  static void write(const LogTagSet& ts, LogLevel level, const char* message);
  // The most detailed level any output enables for a tag set.
  static LogLevel level_for(const LogTagSet& ts);
  static void reset_to_default();
};
