// Descriptor and name checks (JVMS §4.2, §4.3) and descriptor iteration.
#include <gtest/gtest.h>

#include "classfile/descriptors.hpp"

#include <string>

using namespace Descriptors;

namespace {
bool field_ok(std::string_view s, int major = 61) {
  Problem p = Problem::None;
  return is_legal_field_descriptor(s, major, &p);
}
int method_slots(std::string_view s, std::string_view name = "m", int major = 61) {
  Problem p = Problem::None;
  return check_method_descriptor(name, s, major, &p);
}
}  // namespace

TEST(Descriptors, FieldDescriptors) {
  for (const char* ok : {"I", "J", "D", "Z", "B", "C", "S", "F", "Ljava/lang/String;", "[I", "[[Ljava/lang/Object;", "La;",
                         "L\xc3\xa9t\xc3\xa9;"}) {
    EXPECT_TRUE(field_ok(ok)) << ok;
  }
  for (const char* bad : {"", "V", "X", "II", "L;", "Ljava/lang/String", "[", "[V", "Ljava//String;", "L/a;", "La/;",
                          "La.b;", "La[b;", "I;", "Ljava/lang/String;X"}) {
    EXPECT_FALSE(field_ok(bad)) << bad;
  }
}

TEST(Descriptors, SpecialProblems) {
  Problem p = Problem::None;
  EXPECT_FALSE(is_legal_field_descriptor("L;", 61, &p));
  EXPECT_EQ(p, Problem::BadClassName);
  p = Problem::None;
  std::string deep(256, '[');
  EXPECT_FALSE(is_legal_field_descriptor(deep + "I", 61, &p));
  EXPECT_EQ(p, Problem::TooManyDimensions);
  p = Problem::None;
  EXPECT_TRUE(is_legal_field_descriptor(std::string(255, '[') + "I", 61, &p));
  p = Problem::None;
  EXPECT_FALSE(is_legal_field_descriptor("Q", 61, &p));
  EXPECT_EQ(p, Problem::Illegal);
}

TEST(Descriptors, MethodDescriptors) {
  EXPECT_EQ(method_slots("()V"), 0);
  EXPECT_EQ(method_slots("(IJ)V"), 3);
  EXPECT_EQ(method_slots("(DLjava/lang/String;[J)I"), 4);
  EXPECT_EQ(method_slots("([[D)[Ljava/lang/Object;"), 1);
  EXPECT_EQ(method_slots("()V", "<init>"), 0);
  EXPECT_EQ(method_slots("()I", "<init>"), -1);  // <init> must return void
  EXPECT_EQ(method_slots("(I)V", "<clinit>"), -1);
  EXPECT_EQ(method_slots("(I)V", "<clinit>", 50), 1);  // only enforced from version 51
  for (const char* bad : {"", "V", "()", "(V)V", "(I", "(I)VV", ")V", "(L;)V", "(I)[V", "((I)V"}) {
    EXPECT_EQ(method_slots(bad), -1) << bad;
  }
}

TEST(Descriptors, Names) {
  EXPECT_TRUE(is_legal_class_name("java/lang/Object", 61));
  EXPECT_TRUE(is_legal_class_name("[Ljava/lang/Object;", 61));
  EXPECT_TRUE(is_legal_class_name("Foo$1", 61));
  EXPECT_FALSE(is_legal_class_name("a;b", 61));
  EXPECT_FALSE(is_legal_class_name("a.b", 61));
  EXPECT_FALSE(is_legal_class_name("/a", 61));
  EXPECT_FALSE(is_legal_class_name("a//b", 61));
  EXPECT_FALSE(is_legal_class_name("", 61));
  EXPECT_FALSE(is_legal_class_name("[V", 61));
  EXPECT_TRUE(is_legal_class_name("a-b", 61));   // any Unicode but . ; [ / since Java 5
  EXPECT_FALSE(is_legal_class_name("a-b", 48));  // older files: Java identifiers only
  EXPECT_TRUE(is_legal_field_name("<weird>", 61));
  EXPECT_FALSE(is_legal_field_name("a/b", 61));
  EXPECT_TRUE(is_legal_method_name("<init>", 61));
  EXPECT_TRUE(is_legal_method_name("<clinit>", 61));
  EXPECT_FALSE(is_legal_method_name("<foo>", 61));
  EXPECT_FALSE(is_legal_method_name("a<b", 61));
  EXPECT_FALSE(is_legal_method_name("", 61));
  EXPECT_FALSE(is_legal_method_name("1abc", 45));
  EXPECT_TRUE(is_legal_method_name("abc1", 45));
}

TEST(Descriptors, IteratesParameters) {
  MethodDescriptorStream ss("(ILjava/lang/String;[[JD[Ljava/util/List;)Ljava/lang/Object;");
  const BasicType types[] = {T_INT, T_OBJECT, T_ARRAY, T_DOUBLE, T_ARRAY};
  const char* names[] = {"", "java/lang/String", "[[J", "", "[Ljava/util/List;"};
  int i = 0;
  for (; !ss.at_return_type(); ss.next(), i++) {
    ASSERT_LT(i, 5);
    EXPECT_EQ(ss.type(), types[i]);
    EXPECT_EQ(ss.class_name(), names[i]);
  }
  EXPECT_EQ(i, 5);
  EXPECT_EQ(ss.type(), T_OBJECT);
  EXPECT_EQ(ss.class_name(), "java/lang/Object");
  EXPECT_EQ(parameter_slots("(ILjava/lang/String;[[JD[Ljava/util/List;)V"), 6);
  EXPECT_EQ(result_type("(I)V"), T_VOID);
  EXPECT_EQ(result_type("()[I"), T_ARRAY);
  EXPECT_EQ(result_type("()J"), T_LONG);
  EXPECT_EQ(parameter_slots("()V"), 0);
  EXPECT_EQ(field_type("Z"), T_BOOLEAN);
  EXPECT_EQ(field_type("[Z"), T_ARRAY);
}

TEST(Descriptors, IterationSurvivesGarbage) {
  for (const char* junk : {"", "(", "(L", "([", "(I", ")", "(Lfoo"}) {
    int n = 0;
    for (MethodDescriptorStream ss(junk); !ss.at_return_type() && n < 100; ss.next()) n++;
    EXPECT_LT(n, 100) << junk;
    (void)parameter_slots(junk);
    (void)result_type(junk);
  }
}
