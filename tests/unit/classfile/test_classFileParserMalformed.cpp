// ClassFileParser on malformed input: each check HotSpot makes gives HotSpot's error kind and
// message, and no input (truncated, lying lengths, random bytes) crashes or hangs the parser.
#include <gtest/gtest.h>

#include "classBuilder.hpp"
#include "classfile/classFileParser.hpp"
#include "classfile/symbolTable.hpp"

#include <random>

namespace {

using Bytes = ClassBuilder::Bytes;
using Attr = ClassBuilder::Attr;

ClassFileError parse_error(const Bytes& b, const char* expected = "Foo") {
  ParsedClass pc;
  ClassFileError e;
  bool ok = ClassFileParser::parse(b.data(), b.size(), expected, &pc, &e);
  EXPECT_FALSE(ok) << "parsed although malformed";
  EXPECT_TRUE(bool(e) || ok);
  return e;
}

void expect_cfe(const Bytes& b, const std::string& message, const char* expected = "Foo") {
  ClassFileError e = parse_error(b, expected);
  EXPECT_EQ(e.kind, ClassFileErrorKind::ClassFormatError) << e.message;
  EXPECT_EQ(e.message, message);
}

bool parses(const Bytes& b, ParsedClass* pc = nullptr, const char* expected = "Foo") {
  ParsedClass local;
  ClassFileError e;
  bool ok = ClassFileParser::parse(b.data(), b.size(), expected, pc ? pc : &local, &e);
  EXPECT_TRUE(ok) << e.message;
  return ok;
}

// A small valid class: a field, a constructor with a line number table, a static method.
Bytes valid_class() {
  ClassBuilder cb;
  cb.field(0x2, "count", "I");
  int lnt = cb.utf8("LineNumberTable");
  Bytes lines;
  ClassBuilder::u2(lines, 1);
  ClassBuilder::u2(lines, 0);
  ClassBuilder::u2(lines, 7);
  cb.method(0x1, "<init>", "()V", {cb.code(1, 1, {0x2a, 0xb7, 0x00, 0x01, 0xb1}, {}, 0, {Attr{lnt, lines}})});
  cb.method(0x9, "twice", "(J)J", {cb.code(4, 2, {0x1e, 0x05, 0x79, 0xad})});
  cb.class_attr(Attr{cb.utf8("SourceFile"), {0, 1}});
  return cb.build();
}

}  // namespace

TEST(ClassFileParserMalformed, ValidBaselineParses) {
  ParsedClass pc;
  ASSERT_TRUE(parses(valid_class(), &pc));
  EXPECT_TRUE(pc.name->equals("Foo"));
  ASSERT_EQ(pc.methods.size(), 2u);
  EXPECT_EQ(pc.methods[0]->line_number_from_bci(3), 7);
  EXPECT_EQ(pc.methods[1]->size_of_parameters(), 2);
  EXPECT_EQ(pc.methods[1]->result_type(), T_LONG);
}

TEST(ClassFileParserMalformed, Magic) {
  Bytes b = valid_class();
  b[3] = 0xBF;
  expect_cfe(b, "Incompatible magic value 3405691583 in class file Foo");
  b[0] = 0xDE; b[1] = 0xAD; b[2] = 0xBE; b[3] = 0xEF;
  expect_cfe(b, "Incompatible magic value 3735928559 in class file Foo");
  // Before this_class is read, the name in messages is the expected one or <Unknown>.
  ClassFileError e = parse_error(b, nullptr);
  EXPECT_EQ(e.message, "Incompatible magic value 3735928559 in class file <Unknown>");
}

TEST(ClassFileParserMalformed, Versions) {
  ClassFileError e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 62, 0));
  EXPECT_EQ(e.kind, ClassFileErrorKind::UnsupportedClassVersionError);
  EXPECT_EQ(e.message, "Foo has been compiled by a more recent version of the Java Runtime (class file version 62.0), "
                       "this version of the Java Runtime only recognizes class file versions up to 61.0");
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 65, 3));
  EXPECT_EQ(e.message, "Foo has been compiled by a more recent version of the Java Runtime (class file version 65.3), "
                       "this version of the Java Runtime only recognizes class file versions up to 61.0");
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 44, 0));
  EXPECT_EQ(e.kind, ClassFileErrorKind::UnsupportedClassVersionError);
  EXPECT_EQ(e.message, "Foo (class file version 44.0) was compiled with an invalid major version");
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 57, 1));
  EXPECT_EQ(e.message, "Foo (class file version 57.1) was compiled with an invalid non-zero minor version");
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 61, 65535));
  EXPECT_EQ(e.message, "Preview features are not enabled for Foo (class file version 61.65535). "
                       "Try running with '--enable-preview'");
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 60, 65535));
  EXPECT_EQ(e.message, "Foo (class file version 60.65535) was compiled with preview features that are unsupported. "
                       "This version of the Java Runtime only recognizes preview features for class file version 61.65535");
  // Every supported version parses; before 56 any minor version is allowed.
  for (unsigned major = 45; major <= 61; major++) {
    EXPECT_TRUE(parses(ClassBuilder().build("Foo", "java/lang/Object", 0x21, major, 0))) << major;
  }
  EXPECT_TRUE(parses(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 52, 7)));
}

TEST(ClassFileParserMalformed, TruncatedAtEveryOffset) {
  Bytes b = valid_class();
  for (size_t len = 0; len < b.size(); len++) {
    Bytes prefix(b.begin(), b.begin() + long(len));
    ClassFileError e = parse_error(prefix);
    ASSERT_EQ(e.message, "Truncated class file") << len;
    ASSERT_EQ(e.kind, ClassFileErrorKind::ClassFormatError);
  }
  ParsedClass pc;
  ClassFileError e;
  EXPECT_FALSE(ClassFileParser::parse(nullptr, 0, "Foo", &pc, &e));
  EXPECT_EQ(e.message, "Truncated class file");
}

TEST(ClassFileParserMalformed, ExtraBytes) {
  Bytes b = valid_class();
  b.push_back(0);
  expect_cfe(b, "Extra bytes at the end of class file Foo");
}

TEST(ClassFileParserMalformed, ConstantPoolIndicesAndTags) {
  {
    ClassBuilder cb;
    cb.raw_entry({7, 0, 99});  // Class -> #99
    expect_cfe(cb.build(), "Invalid constant pool index 99 in class file Foo");
  }
  {
    ClassBuilder cb;
    int i = cb.integer(5);
    cb.raw_entry({8, 0, uint8_t(i)});  // String -> an Integer
    expect_cfe(cb.build(), "Invalid constant pool index " + std::to_string(i) + " in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Bar");
    cb.raw_entry({10, 0, uint8_t(c), 0, uint8_t(c)});  // Methodref whose NameAndType is a Class
    expect_cfe(cb.build(), "Invalid constant pool index " + std::to_string(c) + " in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({2, 0, 0});
    expect_cfe(cb.build(), "Unknown constant tag 2 in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({19, 0, 1});  // CONSTANT_Module in a class
    expect_cfe(cb.build(), "Unknown constant tag 19 in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({15, 1, 0, 1});  // MethodHandle in a version 50 class
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x21, 50), "Class file version does not support constant tag 15 in class file Foo");
  }
  {
    ClassBuilder cb;
    int m = cb.ref(10, "Bar", "m", "()V");
    int mh = cb.raw_entry({15, 10, 0, uint8_t(m)});  // bad reference kind
    expect_cfe(cb.build(), "Bad method handle kind at constant pool index " + std::to_string(mh) + " in class file Foo");
  }
  {
    ClassBuilder cb;
    int m = cb.ref(10, "Bar", "m", "()V");
    cb.raw_entry({15, 1, 0, uint8_t(m)});  // getField on a method
    expect_cfe(cb.build(), "Invalid constant pool index " + std::to_string(m) + " in class file Foo (not a field)");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({1, 0, 2, 'a', 0xFF});
    expect_cfe(cb.build(), "Illegal UTF8 string in constant pool in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({1, 0, 2, 'a', 0x00});  // NUL must be encoded as C0 80
    expect_cfe(cb.build(), "Illegal UTF8 string in constant pool in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({1, 0, 3, 'a', 0xC0, 0x80});  // two-byte NUL is fine
    cb.raw_entry({1, 0, 3, 0xE2, 0x82, 0xAC});  // euro sign
    EXPECT_TRUE(parses(cb.build()));
  }
  {
    ClassBuilder cb;
    cb.raw_entry({1, 0, 2, 0xC1, 0x81});  // overlong 'A' in a version 61 file
    expect_cfe(cb.build(), "Illegal UTF8 string in constant pool in class file Foo");
  }
  {
    Bytes b = ClassBuilder().build();
    b[8] = 0; b[9] = 0;  // constant_pool_count = 0
    expect_cfe(b, "Illegal constant pool size 0 in class file Foo");
  }
}

TEST(ClassFileParserMalformed, LongAtTheLastIndex) {
  // Hand-made: a Long as the last pool entry has no room for its second slot.
  Bytes b;
  ClassBuilder::u4(b, 0xCAFEBABE);
  ClassBuilder::u2(b, 0);
  ClassBuilder::u2(b, 61);
  ClassBuilder::u2(b, 2);  // entries #1 only
  ClassBuilder::append(b, {5, 0, 0, 0, 0, 0, 0, 0, 1});
  ClassBuilder::append(b, Bytes(16, 0));
  expect_cfe(b, "Invalid constant pool entry 1 in class file Foo");
}

TEST(ClassFileParserMalformed, ClassNamesAndDescriptorsInThePool) {
  {
    ClassBuilder cb;
    cb.klass("a;b");
    expect_cfe(cb.build(), "Illegal class name \"a;b\" in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.klass("a//b");
    expect_cfe(cb.build(), "Illegal class name \"a//b\" in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.klass("[L;");
    expect_cfe(cb.build(), "Class name is empty or contains illegal character in descriptor in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.klass(std::string(256, '[') + "I");
    expect_cfe(cb.build(), "Array type descriptor has more than 255 dimensions in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.ref(10, "Bar", "m", "(V)V");
    expect_cfe(cb.build(), "Method \"m\" in class Foo has illegal signature \"(V)V\"");
  }
  {
    ClassBuilder cb;
    cb.ref(9, "Bar", "f", "()I");
    // "()I" passes as a NameAndType (a method descriptor); the Fieldref then rejects it.
    expect_cfe(cb.build(), "Field \"f\" in class Foo has illegal signature \"()I\"");
  }
  {
    ClassBuilder cb;
    cb.ref(9, "Bar", "f", "I");
    int nat = cb.name_and_type("g", "()V");
    int bar = cb.klass("Bar");
    cb.raw_entry({9, 0, uint8_t(bar), 0, uint8_t(nat)});  // Fieldref with a method descriptor
    expect_cfe(cb.build(), "Field \"g\" in class Foo has illegal signature \"()V\"");
  }
  {
    ClassBuilder cb;
    cb.ref(10, "Bar", "<clinit>", "()V");
    expect_cfe(cb.build(), "Bad method name at constant pool index 3 in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.name_and_type("x", "");
    expect_cfe(cb.build(), "Illegal zero length constant pool entry at 2 in class Foo");
  }
  {
    ClassBuilder cb;
    cb.name_and_type("a.b", "I");
    expect_cfe(cb.build(), "Illegal field name \"a.b\" in class Foo");
  }
  {
    ClassBuilder cb;
    cb.name_and_type("a<b", "()V");
    expect_cfe(cb.build(), "Illegal method name \"a<b\" in class Foo");
  }
}

TEST(ClassFileParserMalformed, ClassHeader) {
  ClassFileError e = parse_error(ClassBuilder().build("bar/Foo"));
  EXPECT_EQ(e.kind, ClassFileErrorKind::NoClassDefFoundError);
  EXPECT_EQ(e.message, "Foo (wrong name: bar/Foo)");  // asked for, then found (as HotSpot 17)
  e = parse_error(ClassBuilder().build("Foo", "java/lang/Object", 0x8021));
  EXPECT_EQ(e.kind, ClassFileErrorKind::NoClassDefFoundError);
  EXPECT_EQ(e.message, "Foo is not a class because access_flag ACC_MODULE is set");
  expect_cfe(ClassBuilder().build("Foo", "java/lang/Object", 0x200), "Illegal class modifiers in class Foo: 0x200");
  expect_cfe(ClassBuilder().build("Foo", "java/lang/Object", 0x410), "Illegal class modifiers in class Foo: 0x410");
  expect_cfe(ClassBuilder().build("Foo", "java/lang/Object", 0x2021), "Illegal class modifiers in class Foo: 0x2021");
  expect_cfe(ClassBuilder().build("Foo", ""), "Invalid superclass index 0 in class file Foo");
  EXPECT_TRUE(parses(ClassBuilder().build("java/lang/Object", ""), nullptr, "java/lang/Object"));
  expect_cfe(ClassBuilder().build("[LFoo;"), "Bad class name in class file Foo");
  expect_cfe(ClassBuilder().build("Foo", "[LBar;"), "Bad superclass name in class file Foo");
  expect_cfe(ClassBuilder().build("Foo", "Bar", 0x601),
             "Interfaces must have java.lang.Object as superclass in class file Foo");
  {
    ClassBuilder cb;
    cb.add_interface("java/lang/Runnable");
    cb.add_interface("java/lang/Runnable");
    expect_cfe(cb.build(), "Duplicate interface name \"java/lang/Runnable\" in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.add_interface("java/lang/Runnable");
    expect_cfe(cb.build("java/lang/Object", ""), "java.lang.Object cannot implement an interface in class file java/lang/Object",
               "java/lang/Object");
  }
  {
    // this_class pointing at a Utf8 entry.
    Bytes b = ClassBuilder().build();
    size_t flags_at = b.size() - 14;  // flags, this, super, then 4 counts
    b[flags_at + 2] = 0;
    b[flags_at + 3] = 1;
    expect_cfe(b, "Invalid this class index 1 in constant pool in class file Foo");
  }
}

TEST(ClassFileParserMalformed, Fields) {
  {
    ClassBuilder cb;
    cb.field(0x2, "f", "Ljava/lang/String;");
    cb.field(0x1, "f", "Ljava/lang/String;");
    expect_cfe(cb.build(), "Duplicate field name \"f\" with signature \"Ljava.lang.String;\" in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.field(0x2, "f", "I");
    cb.field(0x2, "f", "J");  // same name, other type: legal
    EXPECT_TRUE(parses(cb.build()));
  }
  {
    ClassBuilder cb;
    cb.field(0x0, "f", "Q");
    expect_cfe(cb.build(), "Field \"f\" in class Foo has illegal signature \"Q\"");
  }
  {
    ClassBuilder cb;
    cb.field(0x3, "f", "I");
    expect_cfe(cb.build(), "Illegal field modifiers in class Foo: 0x3");
  }
  {
    ClassBuilder cb;
    cb.field(0x50, "f", "I");  // final volatile
    expect_cfe(cb.build(), "Illegal field modifiers in class Foo: 0x50");
  }
  {
    ClassBuilder cb;
    cb.field(0x1, "f", "I");  // interface fields are public static final
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x601), "Illegal field modifiers in class Foo: 0x1");
  }
  {
    ClassBuilder cb;
    cb.field(0x2, "a;b", "I");
    expect_cfe(cb.build(), "Illegal field name \"a;b\" in class Foo");
  }
  {
    ClassBuilder cb;
    int s = cb.string("hello");
    Bytes idx;
    ClassBuilder::u2(idx, s);
    cb.field(0x18, "f", "I", {Attr{cb.utf8("ConstantValue"), idx}});
    expect_cfe(cb.build(), "Inconsistent constant value type in class file Foo");
  }
  {
    ClassBuilder cb;
    int i = cb.integer(3);
    Bytes idx;
    ClassBuilder::u2(idx, i);
    cb.field(0x18, "f", "Ljava/lang/Object;", {Attr{cb.utf8("ConstantValue"), idx}});
    expect_cfe(cb.build(), "Bad string initial value in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.field(0x18, "f", "I", {Attr{cb.utf8("ConstantValue"), {0, 77}}});
    expect_cfe(cb.build(), "Bad initial value index 77 in ConstantValue attribute in class file Foo");
  }
  {
    ClassBuilder cb;
    int i = cb.integer(3);
    Bytes idx;
    ClassBuilder::u2(idx, i);
    ClassBuilder::u2(idx, 0);
    cb.field(0x18, "f", "I", {Attr{cb.utf8("ConstantValue"), idx}});
    expect_cfe(cb.build(), "Invalid ConstantValue field attribute length 4 in class file Foo");
  }
  {
    // A ConstantValue on an instance field is ignored, even a nonsense one.
    ClassBuilder cb;
    cb.field(0x2, "f", "I", {Attr{cb.utf8("ConstantValue"), {0, 77}}});
    EXPECT_TRUE(parses(cb.build()));
  }
  {
    ClassBuilder cb;
    cb.field(0x2, "f", "I", {Attr{cb.utf8("Synthetic"), {0}}});
    expect_cfe(cb.build(), "Invalid Synthetic field attribute length 1 in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.field(0x2, "f", "I", {Attr{999, {}}});
    expect_cfe(cb.build(), "Invalid field attribute index 999 in class file Foo");
  }
}

TEST(ClassFileParserMalformed, Methods) {
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V", {cb.return_code()});
    cb.method(0x2, "m", "()V", {cb.return_code()});
    expect_cfe(cb.build(), "Duplicate method name \"m\" with signature \"()V\" in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "(V)V", {cb.return_code()});
    expect_cfe(cb.build(), "Method \"m\" in class Foo has illegal signature \"(V)V\"");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "<init>", "()I", {cb.return_code()});
    expect_cfe(cb.build(), "Method \"<init>\" in class Foo has illegal signature \"()I\"");
  }
  {
    ClassBuilder cb;
    cb.method(0x9, "<init>", "()V", {cb.return_code()});
    expect_cfe(cb.build(), "Method <init> in class Foo has illegal modifiers: 0x9");
  }
  {
    ClassBuilder cb;
    cb.method(0x411, "m", "()V");  // abstract final
    expect_cfe(cb.build(), "Method m in class Foo has illegal modifiers: 0x411");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "<clinit>", "()V", {cb.return_code()});
    expect_cfe(cb.build(), "Method <clinit> is not static in class file Foo");
  }
  {
    // abstract strictfp: illegal before version 61, meaningless (so legal) from 61 (JEP 306).
    ClassBuilder cb;
    cb.method(0xC01, "m", "()V");
    EXPECT_TRUE(parses(cb.build("Foo", "java/lang/Object", 0x421, 61)));
    ClassBuilder old;
    old.method(0xC01, "m", "()V");
    expect_cfe(old.build("Foo", "java/lang/Object", 0x421, 60), "Method m in class Foo has illegal modifiers: 0xC01");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "<clinit>", "()V", {cb.return_code()});  // before 51: flags are ignored
    EXPECT_TRUE(parses(cb.build("Foo", "java/lang/Object", 0x21, 50)));
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "<init>", "()V", {cb.return_code()});
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x601), "Interface cannot have a method named <init>, class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V");
    expect_cfe(cb.build(), "Absent Code attribute in method that is not native or abstract in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x401, "m", "()V", {cb.return_code()});
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x421), "Code attribute in native or abstract methods in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V", {cb.return_code(), cb.return_code()});
    expect_cfe(cb.build(), "Multiple Code attributes in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "(JJ)V", {cb.code(0, 4, {0xb1})});  // needs 5 locals
    expect_cfe(cb.build(), "Arguments can't fit into locals in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {})});
    expect_cfe(cb.build(), "Invalid method Code length 0 in class file Foo");
  }
  {
    ClassBuilder cb;
    std::string params = "(";
    for (int i = 0; i < 128; i++) params += "J";
    cb.method(0x9, "m", params + ")V", {cb.return_code()});
    expect_cfe(cb.build(), "Too many arguments in method signature in class file Foo");
  }
  {
    ClassBuilder cb;
    Bytes handlers = {0, 1, 0, 1, 0, 0, 0, 0};  // start == end
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, handlers, 1)});
    expect_cfe(cb.build(), "Illegal exception table range in class file Foo");
  }
  {
    ClassBuilder cb;
    Bytes handlers = {0, 0, 0, 1, 0, 9, 0, 0};
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, handlers, 1)});
    expect_cfe(cb.build(), "Illegal exception table handler in class file Foo");
  }
  {
    ClassBuilder cb;
    int u = cb.utf8("notaclass");
    Bytes handlers = {0, 0, 0, 1, 0, 1, 0, uint8_t(u)};
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, handlers, 1)});
    expect_cfe(cb.build(), "Catch type in exception table has bad constant type in class file Foo");
  }
  {
    ClassBuilder cb;
    int lnt = cb.utf8("LineNumberTable");
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lnt, {0, 1, 0, 5, 0, 1}}})});
    expect_cfe(cb.build(), "Invalid pc in LineNumberTable in class file Foo");
  }
  {
    ClassBuilder cb;
    int lnt = cb.utf8("LineNumberTable");
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lnt, {0, 2, 0, 0, 0, 1}}})});
    expect_cfe(cb.build(), "LineNumberTable attribute has wrong length in class file Foo");
  }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable");
    int n = cb.utf8("x"), d = cb.utf8("J");
    Bytes e = {0, 1, 0, 0, 0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, 0};
    cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, e}})});  // long in slot 0 of 1
    expect_cfe(cb.build(), "Invalid index 0 in LocalVariableTable in class file Foo");
  }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable");
    int n = cb.utf8("x"), d = cb.utf8("I");
    Bytes e = {0, 1, 0, 0, 0, 2, 0, uint8_t(n), 0, uint8_t(d), 0, 0};
    cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, e}})});
    expect_cfe(cb.build(), "Invalid length 2 in LocalVariableTable in class file Foo");
  }
  {
    ClassBuilder cb;
    int ex = cb.utf8("Exceptions");
    int u = cb.utf8("nope");
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{ex, {0, 1, 0, uint8_t(u)}}});
    expect_cfe(cb.build(), "Exception name has bad type at constant pool " + std::to_string(u) + " in class file Foo");
  }
  {
    ClassBuilder cb;
    int ex = cb.utf8("Exceptions");
    int c = cb.klass("java/io/IOException");
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{ex, {0, 1, 0, uint8_t(c), 0}}});
    expect_cfe(cb.build(), "Exceptions attribute has wrong length in class file Foo");
  }
  {
    ClassBuilder cb;
    int mp = cb.utf8("MethodParameters");
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{mp, {2, 0, 0, 0, 0}}});
    expect_cfe(cb.build(), "Invalid MethodParameters method attribute length 5 in class file");
  }
  {
    ClassBuilder cb;
    int sig = cb.utf8("Signature");
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{sig, {0, 1, 0}}});
    expect_cfe(cb.build(), "Invalid Signature attribute length 3 in class file Foo");
  }
  {
    ClassBuilder cb;
    int rva = cb.utf8("RuntimeVisibleAnnotations");
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{rva, {0, 0}}, Attr{rva, {0, 0}}});
    expect_cfe(cb.build(), "Multiple RuntimeVisibleAnnotations attributes for method in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{0, {}}});
    expect_cfe(cb.build(), "Invalid method attribute name index 0 in class file Foo");
  }
}

TEST(ClassFileParserMalformed, AttributeLengthsThatLie) {
  {
    ClassBuilder cb;
    Attr code = cb.return_code();
    code.length_override = int64_t(code.body.size()) + 1;  // one more than the Code holds
    cb.method(0x1, "m", "()V", {code});
    ClassFileError e = parse_error(cb.build());
    EXPECT_EQ(e.message, "Code segment has wrong length in class file Foo");
  }
  {
    ClassBuilder cb;
    Attr code = cb.return_code();
    code.length_override = 0xFFFFFFFF;
    cb.method(0x1, "m", "()V", {code});
    ClassFileError e = parse_error(cb.build());
    EXPECT_EQ(e.message, "Code segment has wrong length in class file Foo");
  }
  {
    ClassBuilder cb;
    int lnt = cb.utf8("LineNumberTable");
    Attr inner{lnt, {0, 0}, 0xFFFFFFF0};
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {inner})});
    expect_cfe(cb.build(), "LineNumberTable attribute has wrong length in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("Unknown"), {1, 2, 3}, 0xFFFFFFFF});
    expect_cfe(cb.build(), "Truncated class file");
  }
  {
    ClassBuilder cb;
    cb.method(0x1, "m", "()V", {cb.return_code(), Attr{cb.utf8("Whatever"), {}, 0x7FFFFFFF}});
    expect_cfe(cb.build(), "Truncated class file");
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("SourceFile"), {0, 1, 0}});
    expect_cfe(cb.build(), "Wrong SourceFile attribute length in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    Bytes ic;
    ClassBuilder::u2(ic, 1);
    ClassBuilder::u2(ic, c); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0);
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic, int64_t(ic.size()) + 2});
    ic.push_back(0); ic.push_back(0);
    cb.class_attr(Attr{cb.utf8("Unknown2"), {}});
    Bytes b = cb.build();
    ClassFileError e = parse_error(b);
    EXPECT_EQ(e.kind, ClassFileErrorKind::ClassFormatError);
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    Bytes ic;
    ClassBuilder::u2(ic, 1);
    ClassBuilder::u2(ic, c); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0);
    ic.push_back(0);
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
    expect_cfe(cb.build(), "Wrong InnerClasses attribute length in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$M");
    Bytes nm = {0, 1, 0, uint8_t(c), 0};
    cb.class_attr(Attr{cb.utf8("NestMembers"), nm});
    expect_cfe(cb.build(), "Wrong NestMembers attribute length in class file Foo");
  }
  {
    ClassBuilder cb;
    Bytes rec = {0, 0, 9};
    cb.class_attr(Attr{cb.utf8("Record"), rec});
    expect_cfe(cb.build(), "Record attribute has wrong length in class file Foo");
  }
}

TEST(ClassFileParserMalformed, ClassAttributes) {
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("SourceFile"), {0, 99}});
    expect_cfe(cb.build(), "Invalid SourceFile attribute at constant pool index 99 in class file Foo");
  }
  {
    ClassBuilder cb;
    int sf = cb.utf8("SourceFile"), name = cb.utf8("Foo.java");
    cb.class_attr(Attr{sf, {0, uint8_t(name)}});
    cb.class_attr(Attr{sf, {0, uint8_t(name)}});
    expect_cfe(cb.build(), "Multiple SourceFile attributes in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{0, {}});
    expect_cfe(cb.build(), "Attribute name has bad constant pool index 0 in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    Bytes ic;
    ClassBuilder::u2(ic, 1);
    ClassBuilder::u2(ic, c); ClassBuilder::u2(ic, c); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0);
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
    expect_cfe(cb.build(), "Class is both outer and inner class in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    Bytes ic;
    ClassBuilder::u2(ic, 2);
    for (int i = 0; i < 2; i++) { ClassBuilder::u2(ic, c); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 8); }
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
    expect_cfe(cb.build(), "Duplicate entry in InnerClasses attribute in class file Foo");
  }
  {
    // A cycle of outer classes: HotSpot drops the attribute rather than failing.
    ClassBuilder cb;
    int a = cb.klass("A"), b = cb.klass("B");
    Bytes ic;
    ClassBuilder::u2(ic, 2);
    ClassBuilder::u2(ic, a); ClassBuilder::u2(ic, b); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0);
    ClassBuilder::u2(ic, b); ClassBuilder::u2(ic, a); ClassBuilder::u2(ic, 0); ClassBuilder::u2(ic, 0);
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
    ParsedClass pc;
    ASSERT_TRUE(parses(cb.build(), &pc));
    EXPECT_TRUE(pc.inner_classes.empty());
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, 0, 0, 0}});
    expect_cfe(cb.build(), "Invalid class index in EnclosingMethod attribute in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Outer");
    cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, uint8_t(c), 0, uint8_t(c)}});
    expect_cfe(cb.build(), "Invalid or out-of-bounds method index in EnclosingMethod attribute in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Outer");
    cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, uint8_t(c), 0}});
    expect_cfe(cb.build(), "Wrong EnclosingMethod attribute length 3 in class file Foo");
  }
  {
    ClassBuilder cb;
    int host = cb.klass("Host"), mem = cb.klass("Mem");
    cb.class_attr(Attr{cb.utf8("NestHost"), {0, uint8_t(host)}});
    cb.class_attr(Attr{cb.utf8("NestMembers"), {0, 1, 0, uint8_t(mem)}});
    expect_cfe(cb.build(), "Conflicting NestHost and NestMembers attributes in class file Foo");
  }
  {
    ClassBuilder cb;
    int u = cb.utf8("x");
    cb.class_attr(Attr{cb.utf8("NestHost"), {0, uint8_t(u)}});
    expect_cfe(cb.build(), "Nest-host class_info_index " + std::to_string(u) + " has bad constant type in class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Sub");
    cb.class_attr(Attr{cb.utf8("PermittedSubclasses"), {0, 1, 0, uint8_t(c)}});
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x31), "PermittedSubclasses attribute in final class file Foo");
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Sub");
    cb.class_attr(Attr{cb.utf8("PermittedSubclasses"), {0, 1, 0, uint8_t(c)}});
    ParsedClass pc;
    ASSERT_TRUE(parses(cb.build(), &pc));
    ASSERT_EQ(pc.permitted_subclasses.size(), 1u);
  }
  {
    ClassBuilder cb;
    int sig = cb.utf8("Signature");
    cb.class_attr(Attr{sig, {0, 1}});
    cb.class_attr(Attr{sig, {0, 1}});
    expect_cfe(cb.build(), "Multiple Signature attributes in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("Synthetic"), {1}});
    expect_cfe(cb.build(), "Invalid Synthetic classfile attribute length 1 in class file Foo");
  }
  {
    ClassBuilder cb;
    cb.class_attr(Attr{cb.utf8("Deprecated"), {}});
    cb.class_attr(Attr{cb.utf8("Synthetic"), {}});
    ParsedClass pc;
    ASSERT_TRUE(parses(cb.build(), &pc));
    EXPECT_TRUE(pc.access_flags & JVM_ACC_SYNTHETIC);
  }
}

TEST(ClassFileParserMalformed, BootstrapMethods) {
  auto indy_class = [](ClassBuilder& cb) {
    int nat = cb.name_and_type("run", "()Ljava/lang/Runnable;");
    cb.raw_entry({18, 0, 0, 0, uint8_t(nat)});  // InvokeDynamic #0:nat
  };
  {
    ClassBuilder cb;
    indy_class(cb);
    expect_cfe(cb.build(), "Missing BootstrapMethods attribute in class file Foo");
  }
  {
    ClassBuilder cb;
    indy_class(cb);
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 0}});
    expect_cfe(cb.build(), "Short length on BootstrapMethods in class file Foo");
  }
  {
    ClassBuilder cb;
    indy_class(cb);
    int u = cb.utf8("x");
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(u), 0, 0}});
    expect_cfe(cb.build(), "bootstrap_method_index " + std::to_string(u) + " has bad constant type in class file Foo");
  }
  {
    ClassBuilder cb;
    indy_class(cb);
    int m = cb.ref(10, "Bsm", "bsm", "()V");
    int mh = cb.raw_entry({15, 6, 0, uint8_t(m)});
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 1, 0, 1}});  // arg #1 is a Utf8
    expect_cfe(cb.build(), "argument_index 1 has bad constant type in class file Foo");
  }
  {
    ClassBuilder cb;
    indy_class(cb);
    int m = cb.ref(10, "Bsm", "bsm", "()V");
    int mh = cb.raw_entry({15, 6, 0, uint8_t(m)});
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 5}});  // 5 args announced, none there
    expect_cfe(cb.build(),
               "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value in class file Foo");
  }
  {
    ClassBuilder cb;
    indy_class(cb);
    int m = cb.ref(10, "Bsm", "bsm", "()V");
    int mh = cb.raw_entry({15, 6, 0, uint8_t(m)});
    int i = cb.integer(1);
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 1, 0, uint8_t(i)}});
    ParsedClass pc;
    ASSERT_TRUE(parses(cb.build(), &pc));
    ASSERT_EQ(pc.bootstrap_methods.size(), 1u);
    EXPECT_EQ(pc.bootstrap_methods[0], (std::vector<u2>{u2(mh), u2(i)}));
  }
}

TEST(ClassFileParserMalformed, FailedParsesLeaveNoSymbols) {
  ClassBuilder cb;
  cb.field(0x2, "never_interned_field_name_1234", "I");
  cb.field(0x2, "never_interned_field_name_1234", "I");  // duplicate: fails
  parse_error(cb.build("never/interned/ClassName_5678"), "never/interned/ClassName_5678");
  EXPECT_EQ(SymbolTable::probe("never_interned_field_name_1234"), nullptr);
  EXPECT_EQ(SymbolTable::probe("never/interned/ClassName_5678"), nullptr);
}

// Random corruption of valid classes: any outcome but a crash, a hang or an error without a
// message. Fixed seed, so a failure reproduces.
TEST(ClassFileParserMalformed, FuzzedBytesNeverCrash) {
  std::mt19937 rng(20261122);
  std::vector<Bytes> seeds = {valid_class()};
  {
    ClassBuilder cb;
    int nat = cb.name_and_type("run", "()Ljava/lang/Runnable;");
    cb.raw_entry({18, 0, 0, 0, uint8_t(nat)});
    int m = cb.ref(10, "Bsm", "bsm", "()V");
    int mh = cb.raw_entry({15, 6, 0, uint8_t(m)});
    int i = cb.integer(1);
    cb.class_attr(Attr{cb.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 1, 0, uint8_t(i)}});
    int c = cb.klass("Foo$In");
    Bytes ic = {0, 1, 0, uint8_t(c), 0, 0, 0, 0, 0, 8};
    cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
    cb.class_attr(Attr{cb.utf8("Record"), {0, 1, 0, uint8_t(cb.utf8("x")), 0, uint8_t(cb.utf8("I")), 0, 0}});
    seeds.push_back(cb.build());
  }
  int ok = 0, failed = 0;
  for (int iter = 0; iter < 60000; iter++) {
    Bytes b = seeds[size_t(iter) % seeds.size()];
    int flips = 1 + int(rng() % 6);
    for (int f = 0; f < flips; f++) {
      size_t at = rng() % b.size();
      switch (rng() % 4) {
        case 0: b[at] = uint8_t(rng()); break;
        case 1: b[at] ^= uint8_t(1u << (rng() % 8)); break;
        case 2: b[at] = 0xFF; break;
        default: b[at] = uint8_t(b[at] + 1); break;
      }
    }
    if (rng() % 8 == 0) b.resize(rng() % (b.size() + 1));
    ParsedClass pc;
    ClassFileError e;
    if (ClassFileParser::parse(b.data(), b.size(), "Foo", &pc, &e)) {
      ok++;
    } else {
      failed++;
      ASSERT_TRUE(bool(e));
      ASSERT_FALSE(e.message.empty());
    }
  }
  EXPECT_GT(failed, 0);
  EXPECT_GT(ok + failed, 0);
}

TEST(ClassFileParserMalformed, CountsThatLie) {
  Bytes b;
  ClassBuilder::u4(b, 0xCAFEBABE);
  ClassBuilder::u2(b, 0);
  ClassBuilder::u2(b, 61);
  ClassBuilder::u2(b, 0xFFFF);  // 65534 entries announced, one present
  ClassBuilder::append(b, {1, 0, 1, 'x'});
  expect_cfe(b, "Truncated class file");
  {
    ClassBuilder cb;
    Bytes full = cb.build();
    // fields_count = 65535 with no fields behind it.
    size_t at = full.size() - 6;
    full[at] = 0xFF;
    full[at + 1] = 0xFF;
    expect_cfe(full, "Truncated class file");
  }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable");
    cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, {0xFF, 0xFF}}})});
    expect_cfe(cb.build(), "LocalVariableTable has wrong length in class file Foo");
  }
}

TEST(ClassFileParserMalformed, OldClassFileNameRules) {
  {
    ClassBuilder cb;
    cb.field(0x2, "a-b", "I");
    EXPECT_TRUE(parses(cb.build()));  // any character but . ; [ / since version 49
  }
  {
    ClassBuilder cb;
    cb.field(0x2, "a-b", "I");
    expect_cfe(cb.build("Foo", "java/lang/Object", 0x21, 48), "Illegal field name \"a-b\" in class Foo");
  }
  {
    ClassBuilder cb;
    cb.raw_entry({1, 0, 2, 0xC1, 0x81});  // overlong 'A' is tolerated up to version 47
    EXPECT_TRUE(parses(cb.build("Foo", "java/lang/Object", 0x21, 47)));
  }
  {
    ClassBuilder cb;  // interfaces in old files get ACC_ABSTRACT implicitly
    ParsedClass pc;
    ASSERT_TRUE(parses(cb.build("Foo", "java/lang/Object", 0x200, 49), &pc));
    EXPECT_TRUE(pc.access_flags & JVM_ACC_ABSTRACT);
  }
}

// Big but legal inputs: long InnerClasses chains and many members are handled in linear time
// (a quadratic check would make this test take minutes).
TEST(ClassFileParserMalformed, LargeInputs) {
  ClassBuilder cb;
  constexpr int kInner = 20000;
  std::vector<int> classes;
  for (int i = 0; i < kInner; i++) classes.push_back(cb.klass("Foo$" + std::to_string(i)));
  Bytes ic;
  ClassBuilder::u2(ic, kInner);
  for (int i = 0; i < kInner; i++) {  // Foo$i is nested in Foo$(i-1): one long chain
    ClassBuilder::u2(ic, unsigned(classes[size_t(i)]));
    ClassBuilder::u2(ic, i == 0 ? 0u : unsigned(classes[size_t(i) - 1]));
    ClassBuilder::u2(ic, 0);
    ClassBuilder::u2(ic, 0x8);
  }
  cb.class_attr(Attr{cb.utf8("InnerClasses"), ic});
  for (int i = 0; i < 3000; i++) cb.field(0x2, "f" + std::to_string(i), "I");
  ParsedClass pc;
  ASSERT_TRUE(parses(cb.build(), &pc));
  EXPECT_EQ(pc.inner_classes.size(), size_t(kInner));
  EXPECT_EQ(pc.fields.size(), 3000u);
}
