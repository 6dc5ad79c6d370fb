// ClassFileParser on classes javac compiles at test time: every attribute the parser keeps is
// checked against what the source says (constants, generics, exceptions, nests, records,
// sealed types, lambdas, annotations, MethodParameters, line numbers).
#include <gtest/gtest.h>

#include "classfile/classFileParser.hpp"
#include "classfile/symbolTable.hpp"
#include "javaSamples.hpp"

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {



const char* kOld = R"JAVA(
public class Old {
  static int twice(int x) { return 2 * x; }
  public static void main(String[] args) { System.out.println(twice(21)); }
}
)JAVA";

std::string temp_dir;
void remove_temp_dir() {
  if (!temp_dir.empty()) (void)std::system(("rm -rf " + temp_dir).c_str());
}

std::string javac() { return std::string(JVMLAB_JDK_HOME) + "/bin/javac"; }

// Compiles the sources once per process; returns the output directory.
const std::string& compiled_dir() {
  static std::string dir = [] {
    char tmpl[] = "/tmp/jvmlab_cfp_XXXXXX";
    std::string d = mkdtemp(tmpl);
    temp_dir = d;
    std::atexit(remove_temp_dir);
    std::ofstream(d + "/Sample.java") << kSample;
    std::ofstream(d + "/Old.java") << kOld;
    std::string cmd = javac() + " -g -parameters -d " + d + "/out " + d + "/Sample.java > " + d + "/javac.log 2>&1";
    if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "javac failed: " << cmd;
    for (int release : {7, 8}) {
      std::string out = d + "/old" + std::to_string(release);
      cmd = javac() + " --release " + std::to_string(release) + " -d " + out + " " + d + "/Old.java >> " + d +
            "/javac.log 2>&1";
      if (std::system(cmd.c_str()) != 0) ADD_FAILURE() << "javac failed: " << cmd;
    }
    return d;
  }();
  return dir;
}

std::vector<u1> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  return std::vector<u1>(s.begin(), s.end());
}

ParsedClass parse_compiled(const std::string& name, const std::string& subdir = "out") {
  std::vector<u1> bytes = read_file(compiled_dir() + "/" + subdir + "/" + name + ".class");
  EXPECT_FALSE(bytes.empty()) << name;
  ParsedClass pc;
  ClassFileError error;
  EXPECT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), name.c_str(), &pc, &error)) << name << ": " << error.message;
  return pc;
}

Method* find_method(const ParsedClass& pc, const char* name, const char* sig = nullptr) {
  for (Method* m : pc.methods) {
    if (m->name()->equals(name) && (sig == nullptr || m->signature()->equals(sig))) return m;
  }
  return nullptr;
}

const FieldInfo* find_field(const ParsedClass& pc, const char* name) {
  for (const FieldInfo& f : pc.fields) {
    if (f.name->equals(name)) return &f;
  }
  return nullptr;
}

std::string class_at(const ParsedClass& pc, int index) { return pc.constants->klass_name_at(index)->str(); }

}  // namespace

TEST(ClassFileParserJavac, ConstantsAndFields) {
  ParsedClass pc = parse_compiled("Sample");
  EXPECT_EQ(pc.major_version, 61);
  EXPECT_TRUE(pc.name->equals("Sample"));
  ASSERT_EQ(pc.interfaces.size(), 2u);
  EXPECT_TRUE(pc.interfaces[0]->equals("java/lang/Runnable"));
  EXPECT_TRUE(pc.interfaces[1]->equals("java/io/Serializable"));
  ASSERT_NE(pc.generic_signature, nullptr);
  EXPECT_EQ(pc.generic_signature->str(),
            "<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;Ljava/lang/Runnable;Ljava/io/Serializable;");
  ASSERT_NE(pc.source_file, nullptr);
  EXPECT_TRUE(pc.source_file->equals("Sample.java"));

  const ConstantPool* cp = pc.constants;
  const FieldInfo* answer = find_field(pc, "ANSWER");
  ASSERT_NE(answer, nullptr);
  EXPECT_EQ(answer->access_flags, JVM_ACC_PUBLIC | JVM_ACC_STATIC | JVM_ACC_FINAL);
  ASSERT_NE(answer->constant_value_index, 0);
  EXPECT_EQ(cp->tag_at(answer->constant_value_index), JVM_CONSTANT_Integer);
  EXPECT_EQ(cp->int_at(answer->constant_value_index), 42);
  const FieldInfo* big = find_field(pc, "BIG");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(cp->long_at(big->constant_value_index), 1LL << 40);
  EXPECT_EQ(cp->tag_at(big->constant_value_index + 1), JVM_CONSTANT_Invalid);  // §4.4.5
  const FieldInfo* name = find_field(pc, "NAME");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(cp->tag_at(name->constant_value_index), JVM_CONSTANT_String);
  EXPECT_TRUE(cp->string_at(name->constant_value_index)->equals("sample"));
  const FieldInfo* pi = find_field(pc, "PI");
  ASSERT_NE(pi, nullptr);
  EXPECT_EQ(cp->double_at(pi->constant_value_index), 3.5);

  const FieldInfo* items = find_field(pc, "items");
  ASSERT_NE(items, nullptr);
  EXPECT_EQ(items->access_flags, JVM_ACC_PROTECTED);
  ASSERT_NE(items->generic_signature, nullptr);
  EXPECT_TRUE(items->generic_signature->equals("Ljava/util/List<TT;>;"));
  ASSERT_NE(items->annotations.data, nullptr);
  EXPECT_EQ(items->annotations.data[0], 0);  // num_annotations u2 = 1
  EXPECT_EQ(items->annotations.data[1], 1);
  EXPECT_EQ(items->constant_value_index, 0);
  const FieldInfo* counter = find_field(pc, "counter");
  ASSERT_NE(counter, nullptr);
  EXPECT_EQ(counter->access_flags, JVM_ACC_PRIVATE | JVM_ACC_VOLATILE | JVM_ACC_TRANSIENT);
}

TEST(ClassFileParserJavac, MethodsAndCode) {
  ParsedClass pc = parse_compiled("Sample");
  Method* init4 = find_method(pc, "<init>", "(IJDLjava/lang/Object;)V");
  ASSERT_NE(init4, nullptr);
  EXPECT_EQ(init4->size_of_parameters(), 7);  // this, int, long(2), double(2), Object
  EXPECT_EQ(init4->result_type(), T_VOID);

  Method* add = find_method(pc, "add");
  ASSERT_NE(add, nullptr);
  EXPECT_TRUE(add->is_static());
  EXPECT_EQ(add->size_of_parameters(), 5);
  EXPECT_EQ(add->result_type(), T_LONG);
  ASSERT_EQ(add->_checked_exception_count, 2);
  EXPECT_EQ(class_at(pc, add->_checked_exceptions[0]), "java/io/IOException");
  EXPECT_EQ(class_at(pc, add->_checked_exceptions[1]), "java/lang/InterruptedException");
  ASSERT_NE(add->_annotations.data, nullptr);
  ASSERT_NE(add->_method_parameters.data, nullptr);  // -parameters
  EXPECT_EQ(add->_method_parameters.length, 1 + 3 * 4);
  EXPECT_EQ(add->_method_parameters.data[0], 3);
  ASSERT_EQ(add->_local_variable_count, 3);  // -g: a, b, c
  EXPECT_TRUE(add->_local_variables[0].name->equals("a"));
  EXPECT_TRUE(add->_local_variables[0].descriptor->equals("J"));
  EXPECT_EQ(add->_local_variables[1].index, 2);

  Method* run = find_method(pc, "run", "()V");
  ASSERT_NE(run, nullptr);
  EXPECT_TRUE(run->is_synchronized());
  EXPECT_EQ(run->size_of_parameters(), 1);
  EXPECT_GE(run->exception_table_length(), 2);
  bool has_catch = false, has_finally = false;
  for (int i = 0; i < run->exception_table_length(); i++) {
    const ExceptionTableEntry& e = run->exception_table()[i];
    EXPECT_LT(e.start_pc, e.end_pc);
    EXPECT_LT(e.handler_pc, run->code_length());
    if (e.catch_type_index == 0) has_finally = true;
    else has_catch |= class_at(pc, e.catch_type_index) == "java/lang/RuntimeException";
  }
  EXPECT_TRUE(has_catch);
  EXPECT_TRUE(has_finally);
  EXPECT_NE(run->_stack_map_table.data, nullptr);
  // run()'s body is on source lines 24..30 (as javap -l shows); bci 0 is "counter++" on 24,
  // and the finally block is copied, so lines repeat out of order.
  EXPECT_EQ(run->line_number_from_bci(0), 24);
  EXPECT_EQ(run->line_number_from_bci(10), 28);
  EXPECT_EQ(run->line_number_from_bci(23), 25);
  EXPECT_EQ(run->line_number_from_bci(22), 29);  // between entries: the closest start below
  for (int bci = 0; bci < run->code_length(); bci++) {
    int line = run->line_number_from_bci(bci);
    EXPECT_GE(line, 24) << bci;
    EXPECT_LE(line, 30) << bci;
  }
  EXPECT_EQ(run->line_number_from_bci(-5), -1);
  EXPECT_EQ(run->line_number_from_bci(run->code_length()), -1);

  Method* arr = find_method(pc, "arr");
  ASSERT_NE(arr, nullptr);
  EXPECT_EQ(arr->result_type(), T_ARRAY);
  Method* nat = find_method(pc, "nat");
  ASSERT_NE(nat, nullptr);
  EXPECT_TRUE(nat->is_native());
  EXPECT_EQ(nat->code(), nullptr);
  EXPECT_EQ(nat->size_of_parameters(), 2);

  // The lambda: an invokedynamic whose bootstrap is LambdaMetafactory.metafactory.
  ASSERT_FALSE(pc.bootstrap_methods.empty());
  const std::vector<u2>& bsm = pc.bootstrap_methods[0];
  ASSERT_EQ(pc.constants->tag_at(bsm[0]), JVM_CONSTANT_MethodHandle);
  int ref = pc.constants->high_at(bsm[0]);
  EXPECT_TRUE(pc.constants->member_class_name(ref)->equals("java/lang/invoke/LambdaMetafactory") ||
              pc.constants->member_class_name(ref)->equals("java/lang/invoke/StringConcatFactory"));
  Method* synthetic = nullptr;
  for (Method* m : pc.methods) {
    if (m->name()->starts_with("lambda$")) synthetic = m;
  }
  ASSERT_NE(synthetic, nullptr);
  EXPECT_TRUE(synthetic->access_flags() & JVM_ACC_SYNTHETIC);
  for (Method* m : pc.methods) EXPECT_EQ(m->constants(), pc.constants);
}

TEST(ClassFileParserJavac, NestsInnerClassesRecordsSealed) {
  ParsedClass pc = parse_compiled("Sample");
  std::map<std::string, u2> inner;
  for (const InnerClassInfo& ic : pc.inner_classes) inner[class_at(pc, ic.inner_class_index)] = ic.access_flags;
  for (const char* n : {"Sample$Inner", "Sample$Nested", "Sample$Color", "Sample$Point", "Sample$Shape", "Sample$Circle",
                        "Sample$Square", "Sample$WithDefaults", "Sample$1"}) {
    EXPECT_TRUE(inner.count(n)) << n;
  }
  EXPECT_TRUE(inner["Sample$Nested"] & JVM_ACC_STATIC);
  EXPECT_TRUE(inner["Sample$Shape"] & JVM_ACC_INTERFACE);
  EXPECT_GE(pc.nest_members.size(), 9u);
  EXPECT_EQ(pc.nest_host_index, 0);

  ParsedClass in = parse_compiled("Sample$Inner");
  ASSERT_NE(in.nest_host_index, 0);
  EXPECT_EQ(class_at(in, in.nest_host_index), "Sample");

  ParsedClass point = parse_compiled("Sample$Point");
  EXPECT_TRUE(point.is_record);
  EXPECT_TRUE(point.super_name->equals("java/lang/Record"));
  ASSERT_EQ(point.record_components.size(), 2u);
  EXPECT_TRUE(point.record_components[0].name->equals("x"));
  EXPECT_TRUE(point.record_components[0].descriptor->equals("I"));
  EXPECT_EQ(point.record_components[0].annotations.data, nullptr);
  EXPECT_TRUE(point.record_components[1].name->equals("y"));
  EXPECT_NE(point.record_components[1].annotations.data, nullptr);

  ParsedClass shape = parse_compiled("Sample$Shape");
  ASSERT_EQ(shape.permitted_subclasses.size(), 2u);
  EXPECT_EQ(class_at(shape, shape.permitted_subclasses[0]), "Sample$Circle");
  EXPECT_EQ(class_at(shape, shape.permitted_subclasses[1]), "Sample$Square");
  EXPECT_TRUE(shape.access_flags & JVM_ACC_INTERFACE);

  ParsedClass anon = parse_compiled("Sample$1");
  ASSERT_NE(anon.enclosing_class_index, 0);
  EXPECT_EQ(class_at(anon, anon.enclosing_class_index), "Sample");
  ASSERT_NE(anon.enclosing_method_index, 0);
  EXPECT_TRUE(anon.constants->nat_name(anon.enclosing_method_index)->equals("anon"));

  ParsedClass color = parse_compiled("Sample$Color");
  EXPECT_TRUE(color.access_flags & JVM_ACC_ENUM);
  EXPECT_NE(find_method(color, "values", "()[LSample$Color;"), nullptr);

  ParsedClass defaults = parse_compiled("Sample$WithDefaults");
  Method* p = find_method(defaults, "p");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->is_private());
  Method* a = find_method(defaults, "a");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->is_abstract());
  EXPECT_EQ(a->code(), nullptr);
  Method* s = find_method(defaults, "s");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->is_static());
  EXPECT_EQ(s->size_of_parameters(), 0);

  ParsedClass tag = parse_compiled("Tag");
  EXPECT_TRUE(tag.access_flags & JVM_ACC_ANNOTATION);
  Method* value = find_method(tag, "value");
  ASSERT_NE(value, nullptr);
  ASSERT_NE(value->_annotation_default.data, nullptr);
  EXPECT_EQ(value->_annotation_default.data[0], 's');  // element_value tag: String
  EXPECT_NE(tag.annotations.data, nullptr);             // @Retention(RUNTIME)
}

TEST(ClassFileParserJavac, OlderClassFileVersions) {
  ParsedClass v51 = parse_compiled("Old", "old7");
  EXPECT_EQ(v51.major_version, 51);
  ParsedClass v52 = parse_compiled("Old", "old8");
  EXPECT_EQ(v52.major_version, 52);
  Method* twice = find_method(v52, "twice");
  ASSERT_NE(twice, nullptr);
  EXPECT_EQ(twice->size_of_parameters(), 1);
  EXPECT_EQ(twice->result_type(), T_INT);
}

TEST(ClassFileParserJavac, WrongNameIsNoClassDefFoundError) {
  std::vector<u1> bytes = read_file(compiled_dir() + "/out/Sample.class");
  ParsedClass pc;
  ClassFileError error;
  ASSERT_FALSE(ClassFileParser::parse(bytes.data(), bytes.size(), "pkg/Sample", &pc, &error));
  EXPECT_EQ(error.kind, ClassFileErrorKind::NoClassDefFoundError);
  EXPECT_EQ(error.message, "pkg/Sample (wrong name: Sample)");  // asked for, then found
  // Without an expected name, the name comes from the file.
  ASSERT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), nullptr, &pc, &error)) << error.message;
  EXPECT_TRUE(pc.name->equals("Sample"));
}

// Every proper prefix of a real class file is "Truncated class file".
TEST(ClassFileParserJavac, EveryTruncationIsReported) {
  for (const char* name : {"Sample", "Sample$Point", "Sample$Shape"}) {
    std::vector<u1> bytes = read_file(compiled_dir() + "/out/" + name + ".class");
    ASSERT_FALSE(bytes.empty());
    for (size_t len = 0; len < bytes.size(); len++) {
      std::vector<u1> prefix(bytes.begin(), bytes.begin() + long(len));  // own buffer: ASan sees overreads
      ParsedClass pc;
      ClassFileError error;
      ASSERT_FALSE(ClassFileParser::parse(prefix.data(), prefix.size(), name, &pc, &error)) << name << " " << len;
      ASSERT_EQ(error.kind, ClassFileErrorKind::ClassFormatError) << len;
      ASSERT_EQ(error.message, "Truncated class file") << name << " at " << len;
    }
  }
}
