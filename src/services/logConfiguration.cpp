// -Xlog parsing, outputs and decorations, after HotSpot 17's logConfiguration.cpp behaviour:
// later selections on an output override earlier ones for the tag sets they match, decorators
// are printed in a fixed order and padded to the widest value seen so far on that output.
#include "services/logConfiguration.hpp"

#include <chrono>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <sys/syscall.h>
#include <unistd.h>

namespace {
enum Decorator { D_time, D_utctime, D_uptime, D_timemillis, D_uptimemillis, D_timenanos, D_uptimenanos,
                 D_hostname, D_pid, D_tid, D_level, D_tags, D_count };
const char* const decorator_names[D_count][2] = {
    {"time", "t"}, {"utctime", "utc"}, {"uptime", "u"}, {"timemillis", "tm"}, {"uptimemillis", "um"},
    {"timenanos", "tn"}, {"uptimenanos", "un"}, {"hostname", "hn"}, {"pid", "p"}, {"tid", "ti"},
    {"level", "l"}, {"tags", "tg"}};
constexpr unsigned default_decorators = (1u << D_uptime) | (1u << D_level) | (1u << D_tags);

// The tag names HotSpot 17 knows that jvmlab uses or may use; an unknown tag is an error.
const char* const known_tags[] = {
    "age", "alloc", "annotation", "arguments", "attach", "barrier", "biasedlocking", "blocks", "bot", "breakpoint",
    "cds", "class", "classhisto", "cleanup", "codecache", "compaction", "compilation", "constraints", "container",
    "coops", "cpu", "cset", "data", "datacreation", "dcmd", "decoder", "defaultmethods", "director", "dump",
    "ergo", "event", "exceptions", "exit", "fingerprint", "free", "freelist", "gc", "handshake", "hashtables",
    "heap", "humongous", "ihop", "iklass", "init", "inlining", "install", "interpreter", "itables", "jfr", "jit",
    "jni", "jvmti", "lambda", "library", "liveness", "load", "loader", "logging", "malloc", "mark", "marking",
    "membername", "memops", "metadata", "metaspace", "methodcomparator", "methodhandles", "mirror", "mmu",
    "module", "monitorinflation", "monitormismatch", "nestmates", "nmethod", "nmt", "normalize", "numa",
    "objecttagging", "obsolete", "oldobject", "oom", "oopmap", "oops", "oopstorage", "os", "owner", "pagesize",
    "parser", "patch", "path", "perf", "periodic", "phases", "plab", "preorder", "preview", "promotion",
    "protectiondomain", "ptrqueue", "purge", "record", "redefine", "ref", "refine", "region", "reloc", "remset",
    "resolve", "safepoint", "sampling", "scavenge", "sealed", "setting", "smr", "stackbarrier", "stackmap",
    "stacktrace", "stackwalk", "start", "startup", "startuptime", "state", "stats", "streaming", "stringdedup",
    "stringtable", "subclass", "survivor", "suspend", "sweep", "symboltable", "system", "table", "task",
    "thread", "time", "timer", "tlab", "tracking", "unload", "unshareable", "update", "valuebasedclasses",
    "verification", "verify", "vmmutex", "vmoperation", "vmthread", "vtables", "vtablestubs", "workgang"};

bool is_known_tag(const std::string& t) {
  for (const char* k : known_tags) if (t == k) return true;
  return false;
}

struct Selection {
  std::vector<std::string> tags;
  bool all = false;
  bool wildcard = false;
  LogLevel level = LogLevel::Info;

  bool matches(const std::vector<std::string>& set) const {
    if (all) return true;
    for (const std::string& t : tags) {
      bool found = false;
      for (const std::string& s : set) if (s == t) { found = true; break; }
      if (!found) return false;
    }
    return wildcard || tags.size() == set.size();
  }
};

struct Output {
  std::string name;
  FILE* stream = nullptr;
  bool owns_stream = false;
  std::vector<Selection> selections;
  unsigned decorators = default_decorators;
  size_t padding[D_count] = {};
  std::mutex lock;
};

std::mutex config_lock;
std::vector<std::unique_ptr<Output>> outputs;
std::chrono::steady_clock::time_point start_time = std::chrono::steady_clock::now();

void log_error_line(const char* fmt, const std::string& arg) {
  // HotSpot prints configuration errors as a logging error with an uptime of zero.
  fprintf(stdout, "[0.000s][error][logging] ");
  fprintf(stdout, fmt, arg.c_str());
  fprintf(stdout, "\n");
  fflush(stdout);
}

Output* find_or_add_output(const std::string& name) {
  for (auto& o : outputs) if (o->name == name) return o.get();
  auto o = std::make_unique<Output>();
  o->name = name;
  if (name == "stdout") o->stream = stdout;
  else if (name == "stderr") o->stream = stderr;
  outputs.push_back(std::move(o));
  return outputs.back().get();
}

void ensure_default() {
  if (!outputs.empty()) return;
  Output* out = find_or_add_output("stdout");
  Selection warn;
  warn.all = true;
  warn.level = LogLevel::Warning;
  out->selections.push_back(warn);
  find_or_add_output("stderr");
}

bool parse_level(const std::string& s, LogLevel* level) {
  static const char* const names[] = {"trace", "debug", "info", "warning", "error", "off"};
  for (int i = 0; i < 6; i++) {
    if (s == names[i]) { *level = LogLevel(i + 1); return true; }
  }
  return false;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    parts.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) return parts;
    start = p + 1;
  }
}

bool parse_selections(const std::string& what, std::vector<Selection>* out) {
  for (const std::string& expr : split(what, ',')) {
    if (expr.empty()) continue;
    Selection sel;
    std::string tags = expr;
    size_t eq = expr.find('=');
    if (eq != std::string::npos) {
      tags = expr.substr(0, eq);
      if (!parse_level(expr.substr(eq + 1), &sel.level)) {
        log_error_line("Invalid level '%s' in log selection.", expr.substr(eq + 1));
        return false;
      }
    }
    if (!tags.empty() && tags.back() == '*') {
      sel.wildcard = true;
      tags.pop_back();
    }
    if (tags == "all") {
      sel.all = true;
    } else {
      for (const std::string& t : split(tags, '+')) {
        if (!is_known_tag(t)) {
          log_error_line("Invalid tag '%s' in log selection.", t);
          return false;
        }
        sel.tags.push_back(t);
      }
    }
    out->push_back(sel);
  }
  return true;
}

bool parse_decorators(const std::string& s, unsigned* mask) {
  *mask = 0;
  if (s == "none") return true;
  for (const std::string& d : split(s, ',')) {
    bool found = false;
    for (int i = 0; i < D_count; i++) {
      if (d == decorator_names[i][0] || d == decorator_names[i][1]) { *mask |= 1u << i; found = true; break; }
    }
    if (!found) {
      log_error_line("Invalid decorator '%s'.", d);
      return false;
    }
  }
  return true;
}

std::string expand_file_name(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size(); i++) {
    if (name[i] == '%' && i + 1 < name.size() && name[i + 1] == 'p') { out += std::to_string(getpid()); i++; }
    else if (name[i] == '%' && i + 1 < name.size() && name[i + 1] == 't') {
      char buf[32];
      time_t now = time(nullptr);
      strftime(buf, sizeof buf, "%Y-%m-%d_%H-%M-%S", localtime(&now));
      out += buf;
      i++;
    } else out += name[i];
  }
  return out;
}

std::string decoration(Decorator d, const LogTagSet& ts, LogLevel level) {
  char buf[64];
  auto now = std::chrono::system_clock::now();
  auto up = std::chrono::steady_clock::now() - start_time;
  long long up_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(up).count();
  long long now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count();
  switch (d) {
    case D_time: case D_utctime: {
      time_t secs = time_t(now_ns / 1000000000);
      struct tm tmv;
      if (d == D_time) localtime_r(&secs, &tmv); else gmtime_r(&secs, &tmv);
      char date[40], zone[8];
      strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tmv);
      if (d == D_time) strftime(zone, sizeof zone, "%z", &tmv); else strcpy(zone, "+0000");
      snprintf(buf, sizeof buf, "%s.%03lld%s", date, (now_ns / 1000000) % 1000, zone);
      return buf;
    }
    case D_uptime: snprintf(buf, sizeof buf, "%.3fs", double(up_ns) / 1e9); return buf;
    case D_timemillis: snprintf(buf, sizeof buf, "%lldms", now_ns / 1000000); return buf;
    case D_uptimemillis: snprintf(buf, sizeof buf, "%lldms", up_ns / 1000000); return buf;
    case D_timenanos: snprintf(buf, sizeof buf, "%lldns", now_ns); return buf;
    case D_uptimenanos: snprintf(buf, sizeof buf, "%lldns", up_ns); return buf;
    case D_hostname: gethostname(buf, sizeof buf); buf[sizeof buf - 1] = 0; return buf;
    case D_pid: return std::to_string(getpid());
    case D_tid: return std::to_string(long(syscall(SYS_gettid)));
    case D_level: return log_level_name(level);
    case D_tags: return ts.label();
    case D_count: break;
  }
  return "";
}
}  // namespace

void LogConfiguration::set_start_time() { start_time = std::chrono::steady_clock::now(); }

void LogConfiguration::reset_to_default() {
  std::lock_guard<std::mutex> g(config_lock);
  for (auto& o : outputs) if (o->owns_stream) fclose(o->stream);
  outputs.clear();
  ensure_default();
  LogTagSet::configuration_changed();
}

bool LogConfiguration::parse_option(const std::string& arg) {
  std::lock_guard<std::mutex> g(config_lock);
  ensure_default();
  // arg is what follows "-Xlog": "" or ":what:output:decorators:options".
  std::string rest = arg.empty() ? "" : arg.substr(1);
  std::vector<std::string> parts = arg.empty() ? std::vector<std::string>{} : split(rest, ':');
  // file=path may itself contain ':' only in quotes; HotSpot requires quoting, jvmlab too.
  std::string what = parts.size() > 0 ? parts[0] : "";
  std::string output = parts.size() > 1 && !parts[1].empty() ? parts[1] : "stdout";
  if (what == "disable") {
    for (auto& o : outputs) {
      Selection off;
      off.all = true;
      off.level = LogLevel::Off;
      o->selections.assign(1, off);
    }
    LogTagSet::configuration_changed();
    return true;
  }
  std::vector<Selection> sels;
  if (what.empty()) {
    Selection all;  // -Xlog alone: every tag set at info
    all.all = true;
    sels.push_back(all);
  } else if (!parse_selections(what, &sels)) {
    return false;
  }
  unsigned decorators = default_decorators;
  bool decorators_given = parts.size() > 2 && !parts[2].empty();
  if (decorators_given && !parse_decorators(parts[2], &decorators)) return false;
  if (output.rfind("file=", 0) == 0) output = output.substr(5);
  if (output != "stdout" && output != "stderr") {
    std::string path = expand_file_name(output);
    output = "file=" + path;
    Output* existing = nullptr;
    for (auto& o : outputs) if (o->name == output) existing = o.get();
    if (existing == nullptr) {
      FILE* f = fopen(path.c_str(), "w");
      if (f == nullptr) {
        log_error_line("Error opening log file '%s'", path);
        return false;
      }
      Output* o = find_or_add_output(output);
      o->stream = f;
      o->owns_stream = true;
    }
  }
  Output* o = find_or_add_output(output);
  for (const Selection& s : sels) o->selections.push_back(s);
  if (decorators_given || o->owns_stream) o->decorators = decorators;
  LogTagSet::configuration_changed();
  return true;
}

LogLevel LogConfiguration::level_for(const LogTagSet& ts) {
  std::lock_guard<std::mutex> g(config_lock);
  ensure_default();
  LogLevel most = LogLevel::Off;
  for (auto& o : outputs) {
    LogLevel l = LogLevel::Off;
    for (const Selection& s : o->selections) if (s.matches(ts.tags())) l = s.level;
    if (l < most) most = l;
  }
  return most;
}

void LogConfiguration::write(const LogTagSet& ts, LogLevel level, const char* message) {
  std::lock_guard<std::mutex> g(config_lock);
  for (auto& o : outputs) {
    LogLevel l = LogLevel::Off;
    for (const Selection& s : o->selections) if (s.matches(ts.tags())) l = s.level;
    if (level < l || l == LogLevel::Off) continue;
    std::string line;
    for (int d = 0; d < D_count; d++) {
      if (!(o->decorators & (1u << d))) continue;
      std::string v = decoration(Decorator(d), ts, level);
      if (v.size() > o->padding[d]) o->padding[d] = v.size();
      v.resize(o->padding[d], ' ');
      line += "[" + v + "]";
    }
    if (!line.empty()) line += ' ';
    line += message;
    line += '\n';
    fwrite(line.data(), 1, line.size(), o->stream);
    fflush(o->stream);
  }
}
