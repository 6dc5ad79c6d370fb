// Interpreter oop maps on real javac output and on the JDK's own classes, cross-checked with
// the StackMapTable javac wrote (JVMS §4.7.4): where the verifier's frame says reference, the
// map must say oop; where it says int/long/float/double, it must not; stacks must agree.
#include <gtest/gtest.h>

#include "interpreter/generateOopMap.hpp"
#include "oopMapTestSupport.hpp"
#include "testClassReader.hpp"

#include <chrono>
#include <cstdlib>
#include <dirent.h>
#include <string>
#include <unistd.h>

using namespace oopmap_test;

namespace {

const char* kSamples = R"JAVA(
import java.util.*;
import java.util.function.*;
public class OopMapSamples {
  static Object field;
  long counter;
  static int loops(Object[] arr, int n) {
    int sum = 0;
    for (Object o : arr) { if (o != null) sum += o.hashCode(); }
    for (int i = 0; i < n; i++) { String s = "x" + i; sum += s.length(); }
    return sum;
  }
  static String tryCatchFinally(String a) {
    StringBuilder sb = new StringBuilder();
    try { sb.append(a.length()); if (a.isEmpty()) return "empty"; }
    catch (RuntimeException e) { sb.append(e.getMessage()); }
    finally { sb.append("done"); }
    return sb.toString();
  }
  static int switches(int k, String s) {
    int r;
    switch (k) { case 1: r = 10; break; case 2: r = 20; break; case 3: r = 7; break; default: r = 0; }
    switch (k) { case 100: r++; break; case -5000: r--; break; case 1 << 20: r += 3; break; }
    switch (s) { case "a": r += 1; break; case "bb": r += 2; break; default: break; }
    return r;
  }
  static double mixed(long a, double b, Object c, int[][] d) {
    long x = a * 3; double y = b / 2; Object z = c == null ? d : c;
    int[][][] m = new int[2][3][];
    synchronized (z) { x += m.length; }
    return x + y + (z instanceof int[][] q ? q.length : 0);
  }
  static Runnable lambdas(List<String> l) {
    int base = l.size();
    Function<String, Integer> f = s -> s.length() + base;
    l.forEach(s -> field = f.apply(s));
    return () -> System.out.println(l);
  }
  Object ctor() { return new ArrayList<>(new HashMap<String, Object>(counter > 0 ? 4 : 8).keySet()); }
  static Object conflict(boolean b) {
    if (b) { String s = "ref"; field = s; } else { int i = 42; field = i; }
    Object o = field;
    return o;
  }
  static int nestedTry(Object o) {
    try { try { return o.hashCode(); } finally { field = null; } }
    catch (Throwable t) { return -1; }
    finally { field = o; }
  }
  static long longLoop(long[] a, double[] d) {
    long s = 0; double t = 0;
    for (int i = 0; i < a.length; i++) { s += a[i]; t += d[i]; a[i] = s; }
    return s + (long) t;
  }
  static String switchExpr(Object o) {
    return switch (o.hashCode() & 3) { case 0 -> "zero"; case 1 -> { String x = o.toString(); yield x + x; } default -> "many"; };
  }
}
)JAVA";

struct CheckStats {
  int methods = 0, frames = 0, maps = 0;
  double analysis_seconds = 0;  // compute() only, the once-per-method cost
  std::vector<std::string> errors;
};

// Checks every method of one class file: the analysis succeeds, every StackMapTable frame
// agrees with the map at its bci, and every instruction that is a GC point has a map.
void check_class(const std::string& path, CheckStats* st) {
  std::vector<u1> bytes;
  std::vector<ParsedMethod> methods;
  if (!read_file(path, &bytes) || !TestClassReader(bytes).parse(&methods)) {
    st->errors.push_back(path + ": unreadable");
    return;
  }
  for (const ParsedMethod& pm : methods) {
    const Method* m = pm.method;
    if (m->code() == nullptr) continue;
    st->methods++;
    GenerateOopMap gen(m);
    auto start = std::chrono::steady_clock::now();
    bool ok = gen.compute();
    st->analysis_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!ok) {
      st->errors.push_back(path + " " + pm.name + ": analysis failed");
      continue;
    }
    for (int bci = 0; bci < m->code_length(); bci += Bytecodes::length_at(m->code(), m->code_length(), bci)) {
      InterpreterOopMap map;
      if (gen.result_at(bci, &map)) st->maps++;
    }
    for (const StackMapFrame& f : pm.frames) {
      st->frames++;
      InterpreterOopMap map;
      std::string where = path + " " + pm.name + " @" + std::to_string(f.bci);
      if (!gen.result_at(f.bci, &map)) {
        st->errors.push_back(where + ": no map");
        continue;
      }
      if (map.expression_stack_size() != int(f.stack.size())) {
        st->errors.push_back(where + ": stack depth " + std::to_string(map.expression_stack_size()) +
                             " vs " + std::to_string(f.stack.size()));
        continue;
      }
      for (size_t i = 0; i < f.stack.size(); i++) {
        if (vtype_is_ref(f.stack[i]) != map.is_oop(m->max_locals() + int(i))) {
          st->errors.push_back(where + ": stack slot " + std::to_string(i));
        }
      }
      for (size_t i = 0; i < f.locals.size() && int(i) < m->max_locals(); i++) {
        bool oop = map.is_oop(int(i));
        if ((vtype_is_ref(f.locals[i]) && !oop) || (vtype_is_primitive(f.locals[i]) && oop)) {
          st->errors.push_back(where + ": local " + std::to_string(i) + " " + describe(map));
        }
      }
    }
  }
}

std::vector<std::string> class_files_under(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      std::string path = dir + "/" + name;
      if (name.size() > 6 && name.ends_with(".class")) {
        out.push_back(path);
      } else if (e->d_type == DT_DIR) {
        auto sub = class_files_under(path);
        out.insert(out.end(), sub.begin(), sub.end());
      }
    }
    closedir(d);
  }
  return out;
}

std::string make_temp_dir() {
  char tmpl[] = "/tmp/jvmlab-oopmap-XXXXXX";
  return mkdtemp(tmpl) ? std::string(tmpl) : std::string();
}

void report(const CheckStats& st) {
  for (size_t i = 0; i < st.errors.size() && i < 20; i++) ADD_FAILURE() << st.errors[i];
  printf("  %d methods, %d stack map frames checked, %d maps; analysis %.1f us/method\n", st.methods,
         st.frames, st.maps, st.methods ? 1e6 * st.analysis_seconds / st.methods : 0.0);
}

}  // namespace

TEST(OopMapJavac, SamplesAgreeWithStackMapTable) {
  std::string javac = std::string(JVMLAB_JDK_HOME) + "/bin/javac";
  if (access(javac.c_str(), X_OK) != 0) GTEST_SKIP() << "no javac";
  std::string dir = make_temp_dir();
  ASSERT_FALSE(dir.empty());
  std::string src = dir + "/OopMapSamples.java";
  FILE* f = fopen(src.c_str(), "w");
  ASSERT_NE(f, nullptr);
  fputs(kSamples, f);
  fclose(f);
  std::string cmd = javac + " -g -d " + dir + " " + src + " > " + dir + "/javac.log 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  CheckStats st;
  for (const std::string& path : class_files_under(dir)) check_class(path, &st);
  report(st);
  EXPECT_GE(st.methods, 12);
  EXPECT_GE(st.frames, 30);
  EXPECT_TRUE(st.errors.empty());
  std::system(("rm -rf " + dir).c_str());
}

TEST(OopMapJavac, JdkClassesAgreeWithStackMapTable) {
  // java.base's java/lang and java/util packages (about 700 classes), extracted with jimage;
  // JVMLAB_OOPMAP_JDK_REGEX widens it (e.g. '/java.base/.*\.class' for all of java.base).
  std::string jimage = std::string(JVMLAB_JDK_HOME) + "/bin/jimage";
  std::string modules = std::string(JVMLAB_JDK_HOME) + "/lib/modules";
  if (access(jimage.c_str(), X_OK) != 0 || access(modules.c_str(), R_OK) != 0) GTEST_SKIP() << "no jimage";
  std::string dir = make_temp_dir();
  ASSERT_FALSE(dir.empty());
  const char* custom = getenv("JVMLAB_OOPMAP_JDK_REGEX");
  std::string regex = custom != nullptr ? custom : "/java.base/java/(lang|util)/[^/]*\\.class";
  std::string cmd = jimage + " extract --dir " + dir + " --include 'regex:" + regex + "' " + modules;
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  CheckStats st;
  for (const std::string& path : class_files_under(dir)) check_class(path, &st);
  report(st);
  EXPECT_GE(st.methods, custom != nullptr ? 1 : 5000);
  EXPECT_TRUE(st.errors.empty()) << st.errors.size() << " disagreements";
  std::system(("rm -rf " + dir).c_str());
}

TEST(OopMapJavac, MutatedJdkBytecodeNeverCrashes) {
  // "Never crash on bad bytecode": flip bytes of real methods' code, shrink max_stack and
  // max_locals, and add random handlers; the analysis may accept or reject, and every bci
  // query must be answered without reading out of bounds (run under ASan to see it).
  std::string jimage = std::string(JVMLAB_JDK_HOME) + "/bin/jimage";
  std::string modules = std::string(JVMLAB_JDK_HOME) + "/lib/modules";
  if (access(jimage.c_str(), X_OK) != 0 || access(modules.c_str(), R_OK) != 0) GTEST_SKIP() << "no jimage";
  std::string dir = make_temp_dir();
  ASSERT_FALSE(dir.empty());
  std::string cmd = jimage + " extract --dir " + dir + " --include 'regex:/java.base/java/util/[A-L][^/]*\\.class' " +
                    modules;
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  uint64_t seed = 0x9e3779b97f4a7c15ULL;
  auto next = [&seed](uint64_t bound) {  // xorshift: deterministic across runs
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return bound == 0 ? 0 : seed % bound;
  };
  int accepted = 0, rejected = 0;
  for (const std::string& path : class_files_under(dir)) {
    std::vector<u1> bytes;
    std::vector<ParsedMethod> methods;
    if (!read_file(path, &bytes) || !TestClassReader(bytes).parse(&methods)) continue;
    for (const ParsedMethod& pm : methods) {
      const Method* orig = pm.method;
      if (orig->code() == nullptr) continue;
      for (int round = 0; round < 8; round++) {
        std::vector<u1> code(orig->code(), orig->code() + orig->code_length());
        int flips = 1 + int(next(2));
        for (int i = 0; i < flips; i++) code[next(code.size())] = u1(next(256));
        std::vector<ExceptionTableEntry> handlers(orig->exception_table(),
                                                  orig->exception_table() + orig->exception_table_length());
        if (next(4) == 0) {
          handlers.push_back({u2(next(code.size() + 2)), u2(next(code.size() + 2)), u2(next(code.size() + 2)),
                              u2(next(4))});
        }
        int max_stack = orig->max_stack() - int(next(8) == 0);
        int max_locals = orig->max_locals() - int(next(8) == 0);
        Method* m = make_method(orig->signature()->str(), orig->is_static(), std::max(0, max_locals),
                                std::max(0, max_stack), code, orig->constants(), handlers);
        GenerateOopMap gen(m);
        if (!gen.compute()) {
          rejected++;
          continue;
        }
        accepted++;
        for (int bci = -1; bci <= m->code_length(); bci++) {
          InterpreterOopMap map;
          if (gen.result_at(bci, &map)) {
            EXPECT_LE(map.expression_stack_size(), m->max_stack());
          }
        }
      }
    }
  }
  printf("  %d mutants accepted, %d rejected\n", accepted, rejected);
  EXPECT_GT(rejected, 1000);
  std::system(("rm -rf " + dir).c_str());
}

TEST(OopMapJavac, ClassDirectoryAgreesWithStackMapTable) {
  // Any directory of class files, e.g. unpacked third-party jars (other compilers, older
  // targets): JVMLAB_OOPMAP_CLASS_DIR=/tmp/classes unit_tests --gtest_filter='*ClassDirectory*'
  const char* dir = getenv("JVMLAB_OOPMAP_CLASS_DIR");
  if (dir == nullptr) GTEST_SKIP() << "JVMLAB_OOPMAP_CLASS_DIR not set";
  CheckStats st;
  for (const std::string& path : class_files_under(dir)) check_class(path, &st);
  report(st);
  EXPECT_TRUE(st.errors.empty()) << st.errors.size() << " disagreements";
}
