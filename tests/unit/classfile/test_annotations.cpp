// Annotations: finding annotation types in the raw attribute bytes the parser keeps.
#include <gtest/gtest.h>

#include "classBuilder.hpp"
#include "classfile/annotations.hpp"
#include "classfile/classFileParser.hpp"
#include "classfile/classPathImage.hpp"
#include "classfile/symbolTable.hpp"
#include "imageSupport.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

ParsedClass parse_jdk(const char* name) {
  ensure_libjvm_loaded();
  static ClassPathImage image;
  if (!image.is_open()) EXPECT_TRUE(image.open(JVMLAB_JDK_HOME, nullptr));
  std::vector<u1> bytes;
  EXPECT_TRUE(image.read_class(name, &bytes)) << name;
  ParsedClass pc;
  ClassFileError error;
  EXPECT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), name, &pc, &error)) << error.message;
  return pc;
}

Method* method(const ParsedClass& pc, const char* name, const char* sig) {
  for (Method* m : pc.methods) {
    if (m->name()->equals(name) && m->signature()->equals(sig)) return m;
  }
  return nullptr;
}

}  // namespace

TEST(Annotations, FindsTheVmAnnotationsInTheJdk) {
  ParsedClass reflection = parse_jdk("jdk/internal/reflect/Reflection");
  Method* caller = method(reflection, "getCallerClass", "()Ljava/lang/Class;");
  ASSERT_NE(caller, nullptr);
  EXPECT_TRUE(Annotations::has(caller->_annotations, reflection.constants, "Ljdk/internal/reflect/CallerSensitive;"));
  EXPECT_TRUE(Annotations::has(caller->_annotations, reflection.constants,
                               "Ljdk/internal/vm/annotation/IntrinsicCandidate;"));
  EXPECT_FALSE(Annotations::has(caller->_annotations, reflection.constants, "Ljdk/internal/vm/annotation/Hidden;"));

  ParsedClass string = parse_jdk("java/lang/String");
  const FieldInfo* value = nullptr;
  for (const FieldInfo& f : string.fields) {
    if (f.name->equals("value")) value = &f;
  }
  ASSERT_NE(value, nullptr);
  EXPECT_TRUE(Annotations::has(value->annotations, string.constants, "Ljdk/internal/vm/annotation/Stable;"));

  ParsedClass integer = parse_jdk("java/lang/Integer");
  std::vector<std::string> types;
  EXPECT_TRUE(Annotations::for_each_type(integer.annotations, integer.constants, [&](std::string_view t) {
    types.emplace_back(t);
    return true;
  }));
  EXPECT_NE(std::find(types.begin(), types.end(), "Ljdk/internal/ValueBased;"), types.end());
}

TEST(Annotations, NestedValuesAndMalformedBytes) {
  ClassBuilder cb;
  int outer = cb.utf8("LOuter;"), inner = cb.utf8("LInner;"), member = cb.utf8("v"), k = cb.integer(1);
  cb.utf8("Foo");
  // @Outer(v = {@Inner(v = 1), @Inner(v = 1)}) @Inner
  ClassBuilder::Bytes ann = {0, 2, 0, uint8_t(outer), 0, 1, 0, uint8_t(member), '[', 0, 2};
  for (int i = 0; i < 2; i++) {
    ClassBuilder::append(ann, {'@', 0, uint8_t(inner), 0, 1, 0, uint8_t(member), 'I', 0, uint8_t(k)});
  }
  ClassBuilder::append(ann, {0, uint8_t(inner), 0, 0});
  cb.class_attr(ClassBuilder::Attr{cb.utf8("RuntimeVisibleAnnotations"), ann});
  ClassBuilder::Bytes bytes = cb.build();
  ParsedClass pc;
  ClassFileError error;
  ASSERT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), "Foo", &pc, &error)) << error.message;
  std::vector<std::string> types;
  EXPECT_TRUE(Annotations::for_each_type(pc.annotations, pc.constants, [&](std::string_view t) {
    types.emplace_back(t);
    return true;
  }));
  EXPECT_EQ(types, (std::vector<std::string>{"LOuter;", "LInner;"}));

  // Every truncation of the attribute is malformed but safe.
  for (int len = 0; len < pc.annotations.length; len++) {
    RawBytes cut{pc.annotations.data, len};
    (void)Annotations::for_each_type(cut, pc.constants, [](std::string_view) { return true; });
    EXPECT_FALSE(Annotations::has(cut, pc.constants, "LInner;") && len < 10);
  }
  // Deep nesting (a long chain of arrays) uses no recursion.
  std::vector<u1> deep = {0, 1, 0, uint8_t(outer), 0, 1, 0, uint8_t(member)};
  for (int i = 0; i < 200000; i++) ClassBuilder::append(deep, {'[', 0, 1});
  ClassBuilder::append(deep, {'I', 0, uint8_t(k)});
  RawBytes deep_raw{deep.data(), int(deep.size())};
  EXPECT_TRUE(Annotations::has(deep_raw, pc.constants, "LOuter;"));
  deep.pop_back();
  deep_raw.length = int(deep.size());
  EXPECT_FALSE(Annotations::has(deep_raw, pc.constants, "LOuter;"));
  EXPECT_TRUE(Annotations::for_each_type(RawBytes{}, pc.constants, [](std::string_view) { return true; }));
}
