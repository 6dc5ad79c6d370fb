// Assertions and the fatal path. fatal() is for VM bugs only; errors caused by user input are
// pending Java exceptions or returned results (DESIGN §2, "rules of the house").
#pragma once

[[noreturn]] void report_fatal(const char* file, int line, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define fatal(...) report_fatal(__FILE__, __LINE__, __VA_ARGS__)
#define guarantee(cond, ...) \
  do { if (__builtin_expect(!(cond), 0)) report_fatal(__FILE__, __LINE__, "guarantee(" #cond ") failed: " __VA_ARGS__); } while (0)
#define ShouldNotReachHere() report_fatal(__FILE__, __LINE__, "should not reach here")
#define Unimplemented(what) report_fatal(__FILE__, __LINE__, "unimplemented: %s", what)

#ifdef JVMLAB_DEBUG
constexpr bool kDebugBuild = true;
#define vm_assert(cond, ...) guarantee(cond, __VA_ARGS__)
#else
constexpr bool kDebugBuild = false;
#define vm_assert(cond, ...) do { (void)sizeof(cond); } while (0)
#endif
