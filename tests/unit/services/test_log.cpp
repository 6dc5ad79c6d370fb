// Unified logging: -Xlog selections, levels, outputs and decorators as HotSpot 17 prints them.
#include <gtest/gtest.h>

#include "services/log.hpp"
#include "services/logConfiguration.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {
std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string log_file(const std::string& option_rest, void (*body)()) {
  LogConfiguration::reset_to_default();
  std::string path = "/tmp/jvmlab_log_test_" + std::to_string(getpid()) + ".log";
  EXPECT_TRUE(LogConfiguration::parse_option(":" + option_rest + ":file=" + path + ":uptime,level,tags"));
  body();
  LogConfiguration::reset_to_default();  // closes the file
  std::string s = read_file(path);
  unlink(path.c_str());
  return s;
}

// Drops the "[0.001s]" uptime so lines compare exactly.
std::string without_uptime(const std::string& s) {
  std::string out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out += line.substr(line.find(']') + 1) + "\n";
  return out;
}
}  // namespace

TEST(UnifiedLogging, SelectsExactTagSetsAtInfo) {
  std::string s = log_file("gc", [] {
    log_info(gc)("Using Serial");
    log_info(gc, heap)("not selected: gc+heap is not gc");
    log_debug(gc)("not selected: debug is below info");
  });
  EXPECT_EQ(without_uptime(s), "[info][gc] Using Serial\n");
}

TEST(UnifiedLogging, WildcardSelectsEveryTagSetContainingTheTags) {
  std::string s = log_file("gc*", [] {
    log_info(gc, init)("Version");
    log_info(gc, start)("GC(0) Pause Young (Allocation Failure)");
    log_info(gc)("done");
    log_info(safepoint)("not selected");
  });
  // The tag column is padded to the widest tag set printed so far on the output.
  EXPECT_EQ(without_uptime(s),
            "[info][gc,init] Version\n"
            "[info][gc,start] GC(0) Pause Young (Allocation Failure)\n"
            "[info][gc      ] done\n");
}

TEST(UnifiedLogging, LevelsAndPaddingOfTheLevelColumn) {
  std::string s = log_file("gc+heap=debug", [] {
    log_debug(gc, heap)("Minimum heap 1");
    log_info(gc, heap)("GC(0) DefNew");
    log_trace(gc, heap)("not selected");
  });
  EXPECT_EQ(without_uptime(s), "[debug][gc,heap] Minimum heap 1\n[info ][gc,heap] GC(0) DefNew\n");
}

TEST(UnifiedLogging, IsEnabledFollowsTheConfiguration) {
  LogConfiguration::reset_to_default();
  EXPECT_FALSE(log_is_enabled(Info, gc));
  EXPECT_TRUE(log_is_enabled(Warning, gc));  // the default: all=warning on stdout
  std::string path = "/tmp/jvmlab_log_enabled_" + std::to_string(getpid());
  ASSERT_TRUE(LogConfiguration::parse_option(":gc=trace:file=" + path));
  EXPECT_TRUE(log_is_enabled(Trace, gc));
  EXPECT_FALSE(log_is_enabled(Info, gc, heap));
  LogConfiguration::reset_to_default();
  unlink(path.c_str());
}

TEST(UnifiedLogging, RejectsBadOptionsWithHotSpotsMessages) {
  LogConfiguration::reset_to_default();
  testing::internal::CaptureStdout();
  EXPECT_FALSE(LogConfiguration::parse_option(":foo"));
  EXPECT_FALSE(LogConfiguration::parse_option(":gc=bogus"));
  EXPECT_FALSE(LogConfiguration::parse_option(":gc:stdout:bogus"));
  std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(out,
            "[0.000s][error][logging] Invalid tag 'foo' in log selection.\n"
            "[0.000s][error][logging] Invalid level 'bogus' in log selection.\n"
            "[0.000s][error][logging] Invalid decorator 'bogus'.\n");
}

TEST(UnifiedLogging, DecoratorsInHotSpotsOrder) {
  LogConfiguration::reset_to_default();
  std::string path = "/tmp/jvmlab_log_deco_" + std::to_string(getpid());
  // Given as tags,pid,level: printed in the fixed order pid, level, tags.
  ASSERT_TRUE(LogConfiguration::parse_option(":gc:file=" + path + ":tags,pid,level"));
  log_info(gc)("x");
  LogConfiguration::reset_to_default();
  EXPECT_EQ(read_file(path), "[" + std::to_string(getpid()) + "][info][gc] x\n");
  unlink(path.c_str());
}
