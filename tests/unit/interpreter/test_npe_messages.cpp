// Helpful NPE messages (JEP 358): BytecodeUtils::get_npe_message against HotSpot 17. The cases in
// java/NpeCases.java are compiled with and without -g, run on the installed HotSpot (whose
// messages are the expectations), and parsed with ClassFileParser to find each faulting bci.
#include <gtest/gtest.h>

#include "classfile/classFileParser.hpp"
#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodeUtils.hpp"
#include "interpreter/bytecodes.hpp"

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string jdk_tool(const char* name) { return std::string(JVMLAB_JDK_HOME) + "/bin/" + name; }

std::string temp_dir;
void remove_temp_dir() {
  if (!temp_dir.empty()) (void)std::system(("rm -rf " + temp_dir).c_str());
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Compiles the cases twice (with -g into g/, without into n/) and records HotSpot's output of
// NpeCasesRunner for each; once per process.
const std::string& work_dir() {
  static std::string dir = [] {
    char tmpl[] = "/tmp/jvmlab_npe_XXXXXX";
    std::string d = mkdtemp(tmpl);
    temp_dir = d;
    std::atexit(remove_temp_dir);
    std::string src = std::string(JVMLAB_SOURCE_DIR) + "/tests/unit/interpreter/java/";
    std::string sources = src + "NpeCases.java " + src + "NpeCasesRunner.java";
    for (const char* variant : {"g", "n"}) {
      std::string out = d + "/" + variant;
      std::string flags = variant[0] == 'g' ? "-g " : "";
      std::string cmd = jdk_tool("javac") + " " + flags + "-d " + out + " " + sources + " >> " + d + "/javac.log 2>&1";
      if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "javac failed: " << cmd << "\n" << read_text(d + "/javac.log");
      cmd = jdk_tool("java") + " -Xshare:auto -cp " + out + " NpeCasesRunner > " + out + "/expected.txt 2>" + out + "/java.log";
      if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "java failed: " << cmd << "\n" << read_text(out + "/java.log");
    }
    // Hand-assembled bytecode (ASM inside java.base): generated and run by NpeSyntheticCases.
    std::string exports = " --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED ";
    std::string out = d + "/s";
    std::string cmd = jdk_tool("javac") + exports + "-d " + out + " " + src + "NpeSyntheticCases.java >> " + d + "/javac.log 2>&1";
    if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "javac failed: " << cmd << "\n" << read_text(d + "/javac.log");
    cmd = jdk_tool("java") + exports + "-cp " + out + " NpeSyntheticCases " + out + " > " + out + "/expected.txt 2>" + out + "/java.log";
    if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "java failed: " << cmd << "\n" << read_text(out + "/java.log");
    return d;
  }();
  return dir;
}

struct Expectation {
  std::string case_name, class_name, method_name, message;  // message "null": HotSpot gave none
};

std::vector<Expectation> expectations(const std::string& variant) {
  std::vector<Expectation> result;
  std::istringstream in(read_text(work_dir() + "/" + variant + "/expected.txt"));
  std::string line;
  while (std::getline(in, line)) {
    size_t a = line.find('|');
    size_t b = a == std::string::npos ? a : line.find('|', a + 1);
    size_t c = b == std::string::npos ? b : line.find('|', b + 1);
    if (c == std::string::npos) {
      ADD_FAILURE() << "unexpected runner output: " << line;
      continue;
    }
    result.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1, c - b - 1), line.substr(c + 1)});
  }
  return result;
}

// The parsed class `name` (binary name, e.g. NpeCases$Inner) of one variant; parsed once.
const ParsedClass& parsed_class(const std::string& variant, const std::string& name) {
  static std::map<std::string, ParsedClass> cache;
  auto it = cache.find(variant + "/" + name);
  if (it != cache.end()) return it->second;
  std::string bytes = read_text(work_dir() + "/" + variant + "/" + name + ".class");
  ParsedClass pc;
  ClassFileError error;
  EXPECT_TRUE(ClassFileParser::parse(reinterpret_cast<const u1*>(bytes.data()), bytes.size(), name.c_str(), &pc, &error))
      << name << ": " << error.message;
  return cache.emplace(variant + "/" + name, std::move(pc)).first->second;
}

Method* find_method(const ParsedClass& pc, const std::string& name) {
  for (Method* m : pc.methods) {
    if (m->name()->equals(name)) return m;
  }
  return nullptr;
}

// The instructions that can raise an NPE on a null operand (or are the constructor call an
// explicit `new NullPointerException()` reports).
bool may_raise_npe(Bytecodes::Code c) {
  switch (c) {
    case Bytecodes::_getfield: case Bytecodes::_putfield: case Bytecodes::_arraylength: case Bytecodes::_athrow:
    case Bytecodes::_monitorenter: case Bytecodes::_monitorexit:
    case Bytecodes::_invokevirtual: case Bytecodes::_invokespecial: case Bytecodes::_invokeinterface:
      return true;
    default:
      return (c >= Bytecodes::_iaload && c <= Bytecodes::_saload) || (c >= Bytecodes::_iastore && c <= Bytecodes::_sastore);
  }
}

// The faulting bci by the convention of NpeCases.java: t_* fail at the last candidate
// instruction, f_* at the first.
int faulting_bci(const Method* m, bool first) {
  int found = -1;
  for (int bci = 0; bci < m->code_length();) {
    int len = Bytecodes::length_at(m->code(), m->code_length(), bci);
    if (len <= 0) return -1;
    if (may_raise_npe(Bytecodes::cast(m->code()[bci]))) {
      found = bci;
      if (first) return found;
    }
    bci += len;
  }
  return found;
}

void check_against_hotspot(const std::string& variant, size_t min_cases) {
  std::vector<Expectation> cases = expectations(variant);
  ASSERT_GE(cases.size(), min_cases) << "the runner printed too few cases";
  int checked = 0;
  for (const Expectation& e : cases) {
    SCOPED_TRACE(variant + ": " + e.case_name);
    // The NPE is raised in the case method itself, or in a lambda body, constructor or inner
    // class method it calls (each with a single candidate instruction).
    ASSERT_TRUE(e.class_name.starts_with("NpeCases") || e.class_name.starts_with("NpeSynthetic")) << e.class_name;
    Method* m = find_method(parsed_class(variant, e.class_name), e.method_name);
    ASSERT_NE(m, nullptr);
    int bci = faulting_bci(m, e.case_name.starts_with("f_"));
    ASSERT_GE(bci, 0);
    std::string message;
    bool ok = BytecodeUtils::get_npe_message(m, bci, &message);
    if (e.message == "null" || e.case_name == "f_explicit_msg") {
      EXPECT_FALSE(ok) << message;
    } else {
      EXPECT_TRUE(ok);
      EXPECT_EQ(message, e.message) << "bci " << bci;
    }
    checked++;
  }
  EXPECT_EQ(checked, int(cases.size()));
}

TEST(NpeMessages, MatchHotSpotWithLocalVariableTable) { check_against_hotspot("g", 130); }
TEST(NpeMessages, MatchHotSpotWithoutDebugInfo) { check_against_hotspot("n", 130); }
// Merges, swap/dup2 on references, monitorexit, wide locals, a written `this`, ldc of constants
// HotSpot's analysis does not push, and jsr (class version 49).
TEST(NpeMessages, MatchHotSpotOnAssembledBytecode) { check_against_hotspot("s", 14); }

// ---------------------------------------------------------------------------------------------
// Bytecode HotSpot never analyses at run time (the value cannot be null there, or the code is cut
// off); the expectations follow HotSpot's ExceptionMessageBuilder.

struct SyntheticMethod {
  std::vector<u1> code;
  Method m;
  SyntheticMethod(std::vector<u1> bytes, const char* sig, u2 flags, int max_locals) : code(std::move(bytes)) {
    m._code = code.data();
    m._code_length = int(code.size());
    m._signature = SymbolTable::lookup(sig);
    m._name = SymbolTable::lookup("synthetic");
    m._access_flags = flags;
    m._max_locals = u2(max_locals);
    m._max_stack = 8;
  }
  std::string message(int bci, bool* ok = nullptr) {
    std::string s;
    bool r = BytecodeUtils::get_npe_message(&m, bci, &s);
    if (ok != nullptr) *ok = r;
    return r ? s : "<none>";
  }
};

TEST(NpeMessages, InstanceSlotZeroIsThisUntilWritten) {
  // aload_0; arraylength; ireturn
  SyntheticMethod a({0x2a, 0xbe, 0xac}, "()I", 0, 1);
  EXPECT_EQ(a.message(1), "Cannot read the array length because \"this\" is null");
  // aconst_null; astore_0; aload_0; arraylength; ireturn
  SyntheticMethod b({0x01, 0x4b, 0x2a, 0xbe, 0xac}, "()I", 0, 1);
  EXPECT_EQ(b.message(3), "Cannot read the array length because \"<local0>\" is null");
}

TEST(NpeMessages, ArrayIndexConstantsAsHotSpotPrintsThem) {
  // aload_0; sipush -2; aaload; arraylength; ireturn  — HotSpot prints sipush unsigned
  SyntheticMethod s({0x2a, 0x11, 0xff, 0xfe, 0x32, 0xbe, 0xac}, "([[I)I", JVM_ACC_STATIC, 1);
  EXPECT_EQ(s.message(5), "Cannot read the array length because \"<parameter1>[65534]\" is null");
  // aload_0; bipush -3; aaload; arraylength; ireturn
  SyntheticMethod b({0x2a, 0x10, 0xfd, 0x32, 0xbe, 0xac}, "([[I)I", JVM_ACC_STATIC, 1);
  EXPECT_EQ(b.message(4), "Cannot read the array length because \"<parameter1>[-3]\" is null");
  // aload_0; iconst_m1; aaload; arraylength; ireturn
  SyntheticMethod m({0x2a, 0x02, 0x32, 0xbe, 0xac}, "([[I)I", JVM_ACC_STATIC, 1);
  EXPECT_EQ(m.message(3), "Cannot read the array length because \"<parameter1>[-1]\" is null");
}

TEST(NpeMessages, NoMessageWhereNoImplicitNpe) {
  SyntheticMethod s({0x2a, 0xbe, 0xac}, "([I)I", JVM_ACC_STATIC, 1);
  bool ok = true;
  s.message(0, &ok);  // aload_0 cannot raise an NPE
  EXPECT_FALSE(ok);
  s.message(2, &ok);  // ireturn
  EXPECT_FALSE(ok);
  s.message(3, &ok);  // past the code
  EXPECT_FALSE(ok);
  s.message(-1, &ok);
  EXPECT_FALSE(ok);
  Method native;  // no code
  std::string out = "unchanged";
  EXPECT_FALSE(BytecodeUtils::get_npe_message(&native, 0, &out));
  EXPECT_EQ(out, "unchanged");
}

TEST(NpeMessages, ValueFromExceptionHandlerHasNoDescription) {
  // 0 aload_0; 1 arraylength; 2 ireturn; handler 3: athrow  — the caught exception's origin is
  // the handler's first instruction, which describes nothing; HotSpot then leaves its
  // ' because "' prefix dangling.
  SyntheticMethod s({0x2a, 0xbe, 0xac, 0xbf}, "([I)I", JVM_ACC_STATIC, 1);
  ExceptionTableEntry handler{0, 3, 3, 0};
  s.m._exception_table = &handler;
  s.m._exception_table_length = 1;
  EXPECT_EQ(s.message(3), "Cannot throw exception because \"");
}

TEST(NpeMessages, TruncatedCodeIsSafe) {
  // aload_0; getfield with its operand cut off
  SyntheticMethod s({0x2a, 0xb4, 0x00}, "(Ljava/lang/Object;)I", JVM_ACC_STATIC, 1);
  bool ok = true;
  s.message(1, &ok);
  EXPECT_FALSE(ok);
}

}  // namespace
