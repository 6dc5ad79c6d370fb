// Differential test: the same malformed and fuzzed class files go to HotSpot 17 (through
// ClassLoader.defineClass in a small Java program) and to our parser. Where HotSpot reports a
// format problem (ClassFormatError, UnsupportedClassVersionError, a wrong-name or ACC_MODULE
// NoClassDefFoundError) we must report the same error with the same message; where HotSpot
// defines the class, we must parse it. Other HotSpot outcomes (a missing super type, ...) come
// from later stages than parsing and are not compared.
#include <gtest/gtest.h>

#include "classBuilder.hpp"
#include "classfile/classFileParser.hpp"
#include "classfile/classPathImage.hpp"
#include "imageSupport.hpp"
#include "javaSamples.hpp"

#include <dirent.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

namespace {

using Bytes = ClassBuilder::Bytes;
using Attr = ClassBuilder::Attr;

const char* kChecker = R"JAVA(
import java.nio.file.*;
import java.util.*;
public class Check extends ClassLoader {
  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    List<String> names = Files.readAllLines(dir.resolve("names.txt"));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      byte[] b = Files.readAllBytes(dir.resolve("c" + i + ".bin"));
      String name = names.get(i).equals("-") ? null : names.get(i);
      String r;
      try {
        new Check().defineClass(name, b, 0, b.length);
        r = "OK\t";
      } catch (Throwable t) {
        r = t.getClass().getName() + "\t" + String.valueOf(t.getMessage()).replace('\n', ' ');
      }
      out.append(i).append('\t').append(r).append('\n');
    }
    Files.write(dir.resolve("results.txt"), out.toString().getBytes("UTF-8"));
  }
}
)JAVA";

struct Case {
  Bytes bytes;
  std::string name;  // internal form; empty: no expected name
};

// Each builder makes one class file that is broken in one way (or valid).
std::vector<Case> hand_made_cases() {
  std::vector<Case> cases;
  auto add = [&](Bytes b, std::string name = "Foo") { cases.push_back({std::move(b), std::move(name)}); };
  auto valid = [] {
    ClassBuilder cb;
    cb.field(0x2, "count", "I");
    cb.method(0x1, "<init>", "()V", {cb.code(1, 1, {0x2a, 0xb7, 0x00, 0x01, 0xb1})});
    cb.method(0x9, "twice", "(J)J", {cb.code(4, 2, {0x1e, 0x05, 0x79, 0xad})});
    return cb.build();
  };
  add(valid());
  add(valid(), "");
  add(valid(), "Bar");
  { Bytes b = valid(); b[3] = 0xBF; add(b); add(b, ""); }
  for (unsigned major : {44u, 45u, 50u, 52u, 61u, 62u, 70u}) add(ClassBuilder().build("Foo", "java/lang/Object", 0x21, major));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 57, 1));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 60, 65535));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 61, 65535));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x21, 52, 9));
  { Bytes b = valid(); b.push_back(0); add(b); }
  { Bytes b = valid(); b.resize(b.size() / 2); add(b); }
  { ClassBuilder cb; cb.raw_entry({7, 0, 99}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({2, 0, 0}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({19, 0, 1}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({19, 0, 1}); add(cb.build("Foo", "java/lang/Object", 0x8000)); }
  { ClassBuilder cb; cb.raw_entry({15, 1, 0, 1}); add(cb.build("Foo", "java/lang/Object", 0x21, 50)); }
  { ClassBuilder cb; int m = cb.ref(10, "Bar", "m", "()V"); cb.raw_entry({15, 10, 0, uint8_t(m)}); add(cb.build()); }
  { ClassBuilder cb; int m = cb.ref(10, "Bar", "m", "()V"); cb.raw_entry({15, 1, 0, uint8_t(m)}); add(cb.build()); }
  { ClassBuilder cb; int m = cb.ref(10, "Bar", "<init>", "()V"); cb.raw_entry({15, 5, 0, uint8_t(m)}); add(cb.build()); }
  { ClassBuilder cb; int m = cb.ref(10, "Bar", "m", "()V"); cb.raw_entry({15, 8, 0, uint8_t(m)}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({1, 0, 2, 'a', 0xFF}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({1, 0, 2, 'a', 0x00}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({1, 0, 2, 0xC1, 0x81}); add(cb.build()); add(cb.build("Foo", "java/lang/Object", 0x21, 47)); }
  { ClassBuilder cb; cb.raw_entry({1, 0, 6, 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({1, 0, 4, 0xF0, 0x9F, 0x98, 0x80}); add(cb.build()); }
  { ClassBuilder cb; cb.klass("a;b"); add(cb.build()); }
  { ClassBuilder cb; cb.klass("a//b"); add(cb.build()); }
  { ClassBuilder cb; cb.klass("[L;"); add(cb.build()); }
  { ClassBuilder cb; cb.klass("[V"); add(cb.build()); }
  { ClassBuilder cb; cb.klass(std::string(256, '[') + "I"); add(cb.build()); }
  { ClassBuilder cb; cb.klass(std::string(255, '[') + "I"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(10, "Bar", "m", "(V)V"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(9, "Bar", "f", "()I"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(10, "Bar", "m", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(10, "Bar", "<clinit>", "()V"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(11, "Bar", "<clinit>", "()V"); add(cb.build()); }
  { ClassBuilder cb; cb.ref(10, "Bar", "<init>", "()I"); add(cb.build()); }
  { ClassBuilder cb; cb.name_and_type("x", ""); add(cb.build()); }
  { ClassBuilder cb; cb.name_and_type("", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.name_and_type("a.b", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.name_and_type("a<b", "()V"); add(cb.build()); }
  { ClassBuilder cb; cb.name_and_type("<init>", "I"); add(cb.build()); }
  { ClassBuilder cb; int nat = cb.name_and_type("x", "()V"); cb.raw_entry({17, 0, 0, 0, uint8_t(nat)}); add(cb.build()); }
  { ClassBuilder cb; cb.raw_entry({16, 0, uint8_t(cb.utf8("I"))}); add(cb.build()); }
  add(ClassBuilder().build("bar/Foo"));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x200));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x410));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x2021));
  add(ClassBuilder().build("Foo", "java/lang/Object", 0x4601));
  add(ClassBuilder().build("Foo", ""));
  add(ClassBuilder().build("[LFoo;"));
  add(ClassBuilder().build("Foo", "[LBar;"));
  add(ClassBuilder().build("Foo", "java/lang/Runnable", 0x601));
  { ClassBuilder cb; cb.add_interface("java/lang/Runnable"); cb.add_interface("java/lang/Runnable"); add(cb.build()); }
  { ClassBuilder cb; cb.add_interface("[Ljava/lang/Runnable;"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x2, "f", "Ljava/lang/String;"); cb.field(0x1, "f", "Ljava/lang/String;"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x0, "f", "Q"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x0, "f", "[[[V"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x3, "f", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x50, "f", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x1, "f", "I"); add(cb.build("Foo", "java/lang/Object", 0x601)); }
  { ClassBuilder cb; cb.field(0x2, "a;b", "I"); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x2, "a-b", "I"); add(cb.build()); add(cb.build("Foo", "java/lang/Object", 0x21, 48)); }
  {
    ClassBuilder cb;
    int s = cb.string("hello");
    Bytes idx;
    ClassBuilder::u2(idx, unsigned(s));
    cb.field(0x18, "f", "I", {Attr{cb.utf8("ConstantValue"), idx}});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int i = cb.integer(3);
    Bytes idx;
    ClassBuilder::u2(idx, unsigned(i));
    cb.field(0x18, "f", "Ljava/lang/Object;", {Attr{cb.utf8("ConstantValue"), idx}});
    add(cb.build());
  }
  { ClassBuilder cb; cb.field(0x18, "f", "I", {Attr{cb.utf8("ConstantValue"), {0, 77}}}); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x2, "f", "I", {Attr{cb.utf8("ConstantValue"), {0, 77}}}); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x2, "f", "I", {Attr{cb.utf8("Synthetic"), {0}}}); add(cb.build()); }
  { ClassBuilder cb; cb.field(0x2, "f", "I", {Attr{999, {}}}); add(cb.build()); }
  { ClassBuilder cb; int sig = cb.utf8("Signature"); cb.field(0x2, "f", "I", {Attr{sig, {0, 1}}, Attr{sig, {0, 1}}}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.return_code()}); cb.method(0x2, "m", "()V", {cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "m", "(V)V", {cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "<init>", "()I", {cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x9, "<init>", "()V", {cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x411, "m", "()V"); add(cb.build()); }
  { ClassBuilder cb; cb.method(0xC01, "m", "()V"); add(cb.build("Foo", "java/lang/Object", 0x421)); add(cb.build("Foo", "java/lang/Object", 0x421, 60)); }
  { ClassBuilder cb; cb.method(0x1, "<clinit>", "()V", {cb.return_code()}); add(cb.build()); add(cb.build("Foo", "java/lang/Object", 0x21, 50)); }
  { ClassBuilder cb; cb.method(0x8, "<clinit>", "(I)V", {cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "<init>", "()V", {cb.return_code()}); add(cb.build("Foo", "java/lang/Object", 0x601)); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V"); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x401, "m", "()V", {cb.return_code()}); add(cb.build("Foo", "java/lang/Object", 0x421)); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.return_code(), cb.return_code()}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "m", "(JJ)V", {cb.code(0, 4, {0xb1})}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.code(0, 1, {})}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x401, "m", "()V"); add(cb.build("Foo", "java/lang/Object", 0x601)); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.return_code()}); add(cb.build("Foo", "java/lang/Object", 0x601)); }
  { ClassBuilder cb; cb.method(0x9, "m", "()V", {cb.return_code()}); add(cb.build("Foo", "java/lang/Object", 0x601, 51)); }
  {
    ClassBuilder cb;
    std::string params = "(";
    for (int i = 0; i < 128; i++) params += "J";
    cb.method(0x9, "m", params + ")V", {cb.return_code()});
    add(cb.build());
  }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, {0, 1, 0, 1, 0, 0, 0, 0}, 1)}); add(cb.build()); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, {0, 0, 0, 1, 0, 9, 0, 0}, 1)}); add(cb.build()); }
  { ClassBuilder cb; int u = cb.utf8("x"); cb.method(0x1, "m", "()V", {cb.code(0, 1, {0x00, 0xb1}, {0, 0, 0, 1, 0, 1, 0, uint8_t(u)}, 1)}); add(cb.build()); }
  { ClassBuilder cb; int l = cb.utf8("LineNumberTable"); cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{l, {0, 1, 0, 5, 0, 1}}})}); add(cb.build()); }
  { ClassBuilder cb; int l = cb.utf8("LineNumberTable"); cb.method(0x1, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{l, {0, 2, 0, 0, 0, 1}}})}); add(cb.build()); }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable"), n = cb.utf8("x"), d = cb.utf8("J");
    cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, {0, 1, 0, 0, 0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, 0}}})});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable"), n = cb.utf8("x"), d = cb.utf8("I");
    cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, {0, 1, 0, 0, 0, 2, 0, uint8_t(n), 0, uint8_t(d), 0, 0}}})});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int lvt = cb.utf8("LocalVariableTable"), n = cb.utf8("a.b"), d = cb.utf8("I");
    cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, {Attr{lvt, {0, 1, 0, 0, 0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, 0}}})});
    add(cb.build());
  }
  {
    // LocalVariableTable / LocalVariableTypeTable merging (duplicates, unmatched LVTT entries).
    auto lv = [](int n, int d, unsigned slot) {
      return Bytes{0, 0, 0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, uint8_t(slot)};
    };
    auto table = [](std::vector<Bytes> entries) {
      Bytes b;
      ClassBuilder::u2(b, unsigned(entries.size()));
      for (auto& e : entries) ClassBuilder::append(b, e);
      return b;
    };
    for (int variant = 0; variant < 5; variant++) {
      ClassBuilder cb;
      int lvt = cb.utf8("LocalVariableTable"), lvtt = cb.utf8("LocalVariableTypeTable");
      int x = cb.utf8("x"), y = cb.utf8("y"), d = cb.utf8("Ljava/util/List;"), g = cb.utf8("Ljava/util/List<TT;>;");
      std::vector<Attr> attrs;
      switch (variant) {
        case 0: attrs = {Attr{lvt, table({lv(x, d, 0), lv(x, d, 0)})}}; break;                          // duplicate LVT
        case 1: attrs = {Attr{lvt, table({lv(x, d, 0)})}, Attr{lvtt, table({lv(y, g, 0)})}}; break;   // unmatched LVTT
        case 2: attrs = {Attr{lvt, table({lv(x, d, 0)})}, Attr{lvtt, table({lv(x, g, 0), lv(x, g, 0)})}}; break;
        case 3: attrs = {Attr{lvtt, table({lv(y, g, 0)})}}; break;                                        // no LVT: unchecked
        default: attrs = {Attr{lvt, table({lv(x, d, 0)})}, Attr{lvt, table({lv(x, d, 0)})}}; break;  // across tables
      }
      cb.method(0x9, "m", "()V", {cb.code(0, 1, {0xb1}, {}, 0, attrs)});
      add(cb.build());
      add(cb.build("Foo", "java/lang/Object", 0x21, 48));
    }
  }
  { ClassBuilder cb; cb.method(0x808, "<clinit>", "()V", {cb.return_code()}); add(cb.build()); add(cb.build("Foo", "java/lang/Object", 0x21, 60)); }
  { ClassBuilder cb; int ex = cb.utf8("Exceptions"), u = cb.utf8("n"); cb.method(0x1, "m", "()V", {cb.return_code(), Attr{ex, {0, 1, 0, uint8_t(u)}}}); add(cb.build()); }
  { ClassBuilder cb; int ex = cb.utf8("Exceptions"), c = cb.klass("E"); cb.method(0x1, "m", "()V", {cb.return_code(), Attr{ex, {0, 1, 0, uint8_t(c), 0}}}); add(cb.build()); }
  { ClassBuilder cb; int mp = cb.utf8("MethodParameters"); cb.method(0x1, "m", "()V", {cb.return_code(), Attr{mp, {2, 0, 0, 0, 0}}}); add(cb.build()); }
  { ClassBuilder cb; int sig = cb.utf8("Signature"); cb.method(0x1, "m", "()V", {cb.return_code(), Attr{sig, {0, 1, 0}}}); add(cb.build()); }
  { ClassBuilder cb; int r = cb.utf8("RuntimeVisibleAnnotations"); cb.method(0x1, "m", "()V", {cb.return_code(), Attr{r, {0, 0}}, Attr{r, {0, 0}}}); add(cb.build()); }
  { ClassBuilder cb; int r = cb.utf8("AnnotationDefault"); cb.method(0x401, "m", "()I", {Attr{r, {'I', 0, 1}}, Attr{r, {'I', 0, 1}}}); add(cb.build("Foo", "java/lang/Object", 0x2601)); }
  { ClassBuilder cb; cb.method(0x1, "m", "()V", {cb.return_code(), Attr{0, {}}}); add(cb.build()); }
  { ClassBuilder cb; Attr c = cb.return_code(); c.length_override = int64_t(c.body.size()) + 1; cb.method(0x1, "m", "()V", {c}); add(cb.build()); }
  { ClassBuilder cb; Attr c = cb.return_code(); c.length_override = 0xFFFFFFFF; cb.method(0x1, "m", "()V", {c}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("Unknown"), {1, 2, 3}, 0xFFFFFFFF}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("SourceFile"), {0, 1, 0}}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("SourceFile"), {0, 99}}); add(cb.build()); }
  { ClassBuilder cb; int sf = cb.utf8("SourceFile"), n = cb.utf8("F.java"); cb.class_attr(Attr{sf, {0, uint8_t(n)}}); cb.class_attr(Attr{sf, {0, uint8_t(n)}}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{0, {}}); add(cb.build()); }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    cb.class_attr(Attr{cb.utf8("InnerClasses"), {0, 1, 0, uint8_t(c), 0, uint8_t(c), 0, 0, 0, 0}});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    cb.class_attr(Attr{cb.utf8("InnerClasses"), {0, 2, 0, uint8_t(c), 0, 0, 0, 0, 0, 8, 0, uint8_t(c), 0, 0, 0, 0, 0, 8}});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    cb.class_attr(Attr{cb.utf8("InnerClasses"), {0, 2, 0, uint8_t(c), 0, 0, 0, 0, 0, 8, 0, uint8_t(c), 0, 0, 0, 0, 0, 9}});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    cb.class_attr(Attr{cb.utf8("InnerClasses"), {0, 1, 0, uint8_t(c), 0, 0, 0, 0, 0, 8, 0}});
    add(cb.build());
  }
  {
    ClassBuilder cb;
    int c = cb.klass("Foo$In");
    cb.class_attr(Attr{cb.utf8("InnerClasses"), {0, 1, 0, uint8_t(c), 0, 0, 0, 0, 0x02, 0x00}});  // interface, not abstract
    add(cb.build());
  }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, 0, 0, 0}}); add(cb.build()); }
  { ClassBuilder cb; int c = cb.klass("O"); cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, uint8_t(c), 0, uint8_t(c)}}); add(cb.build()); }
  { ClassBuilder cb; int c = cb.klass("O"); cb.class_attr(Attr{cb.utf8("EnclosingMethod"), {0, uint8_t(c), 0}}); add(cb.build()); }
  {
    ClassBuilder cb;
    int h = cb.klass("H"), m = cb.klass("M");
    cb.class_attr(Attr{cb.utf8("NestHost"), {0, uint8_t(h)}});
    cb.class_attr(Attr{cb.utf8("NestMembers"), {0, 1, 0, uint8_t(m)}});
    add(cb.build());
  }
  { ClassBuilder cb; int u = cb.utf8("x"); cb.class_attr(Attr{cb.utf8("NestHost"), {0, uint8_t(u)}}); add(cb.build()); }
  { ClassBuilder cb; int c = cb.klass("M"); cb.class_attr(Attr{cb.utf8("NestMembers"), {0, 1, 0, uint8_t(c), 0}}); add(cb.build()); }
  { ClassBuilder cb; int c = cb.klass("S"); cb.class_attr(Attr{cb.utf8("PermittedSubclasses"), {0, 1, 0, uint8_t(c)}}); add(cb.build("Foo", "java/lang/Object", 0x31)); add(cb.build()); }
  { ClassBuilder cb; int c = cb.klass("S"); cb.class_attr(Attr{cb.utf8("PermittedSubclasses"), {0, 1, 0, uint8_t(c), 0}}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("Record"), {0, 0, 9}}); add(cb.build()); }
  {
    ClassBuilder cb;
    int n = cb.utf8("x"), d = cb.utf8("Q");
    cb.class_attr(Attr{cb.utf8("Record"), {0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, 0}});
    add(cb.build());
  }
  { ClassBuilder cb; int sig = cb.utf8("Signature"); cb.class_attr(Attr{sig, {0, 1}}); cb.class_attr(Attr{sig, {0, 1}}); add(cb.build()); }
  { ClassBuilder cb; cb.class_attr(Attr{cb.utf8("Synthetic"), {1}}); add(cb.build()); }
  {
    ClassBuilder cb;
    int nat = cb.name_and_type("run", "()Ljava/lang/Runnable;");
    cb.raw_entry({18, 0, 0, 0, uint8_t(nat)});
    add(cb.build());
    ClassBuilder cb2 = cb;
    cb2.class_attr(Attr{cb2.utf8("BootstrapMethods"), {0, 0}});
    add(cb2.build());
    ClassBuilder cb3 = cb;
    int m = cb3.ref(10, "Bsm", "bsm", "()V");
    int mh = cb3.raw_entry({15, 6, 0, uint8_t(m)});
    ClassBuilder cb4 = cb3;
    cb3.class_attr(Attr{cb3.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 5}});
    add(cb3.build());
    cb4.class_attr(Attr{cb4.utf8("BootstrapMethods"), {0, 1, 0, uint8_t(mh), 0, 1, 0, 1}});
    add(cb4.build());
  }
  return cases;
}

std::vector<Case> fuzzed_cases(const std::vector<Case>& seeds, int count, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Case> out;
  for (int i = 0; i < count; i++) {
    Case c = seeds[rng() % seeds.size()];
    int edits = 1 + int(rng() % 3);
    for (int k = 0; k < edits && !c.bytes.empty(); k++) {
      size_t at = rng() % c.bytes.size();
      switch (rng() % 4) {
        case 0: c.bytes[at] = uint8_t(rng()); break;
        case 1: c.bytes[at] ^= uint8_t(1u << (rng() % 8)); break;
        case 2: c.bytes[at] = uint8_t(c.bytes[at] + 1); break;
        default: c.bytes[at] = uint8_t(c.bytes[at] - 1); break;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

// The classes javac makes of kSample, named as their files.
std::vector<Case> javac_cases() {
  char tmpl[] = "/tmp/jvmlab_diffsrc_XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::ofstream(dir + "/Sample.java") << kSample;
  std::string cmd = std::string(JVMLAB_JDK_HOME) + "/bin/javac -g -parameters -d " + dir + "/out " + dir +
                    "/Sample.java > " + dir + "/javac.log 2>&1";
  std::vector<Case> cases;
  if (std::system(cmd.c_str()) != 0) {
    ADD_FAILURE() << "javac failed";
  } else if (DIR* d = opendir((dir + "/out").c_str())) {
    while (dirent* e = readdir(d)) {
      std::string file = e->d_name;
      if (file.size() < 7 || file.substr(file.size() - 6) != ".class") continue;
      std::ifstream in(dir + "/out/" + file, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string bytes = ss.str();
      cases.push_back({Bytes(bytes.begin(), bytes.end()), file.substr(0, file.size() - 6)});
    }
    closedir(d);
  }
  (void)std::system(("rm -rf " + dir).c_str());
  return cases;
}

unsigned case_seed(unsigned fallback) {
  const char* env = std::getenv("JVMLAB_DIFF_SEED");  // another family of cases for exploration
  return env != nullptr ? unsigned(std::atoi(env)) : fallback;
}

int case_count(int fallback) {
  const char* env = std::getenv("JVMLAB_DIFF_CASES");  // more cases for a long exploratory run
  return env != nullptr ? std::atoi(env) : fallback;
}

std::string binary_name(const std::string& internal) {
  std::string s = internal;
  for (char& ch : s) if (ch == '/') ch = '.';
  return s;
}

struct HotSpotResult {
  std::string exception, message;
};

// Runs all cases through HotSpot in one JVM; returns one result per case.
std::vector<HotSpotResult> run_hotspot(const std::vector<Case>& cases) {
  char tmpl[] = "/tmp/jvmlab_diff_XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::ofstream(dir + "/Check.java") << kChecker;
  std::ofstream names(dir + "/names.txt");
  for (size_t i = 0; i < cases.size(); i++) {
    std::ofstream(dir + "/c" + std::to_string(i) + ".bin", std::ios::binary)
        .write(reinterpret_cast<const char*>(cases[i].bytes.data()), std::streamsize(cases[i].bytes.size()));
    names << (cases[i].name.empty() ? "-" : binary_name(cases[i].name)) << "\n";
  }
  names.close();
  std::string jdk = JVMLAB_JDK_HOME;
  std::string cmd = jdk + "/bin/javac -d " + dir + " " + dir + "/Check.java && " + jdk + "/bin/java -Xshare:auto -cp " +
                    dir + " Check " + dir + " > " + dir + "/java.log 2>&1";
  std::vector<HotSpotResult> results(cases.size());
  if (std::system(cmd.c_str()) != 0) {
    ADD_FAILURE() << "running HotSpot failed: " << cmd;
  } else {
    std::ifstream in(dir + "/results.txt");
    std::string line;
    while (std::getline(in, line)) {
      size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      size_t i = std::stoul(line.substr(0, t1));
      if (i < results.size()) results[i] = {line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)};
    }
  }
  (void)std::system(("rm -rf " + dir).c_str());
  return results;
}

const char* kind_name(ClassFileErrorKind k) {
  switch (k) {
    case ClassFileErrorKind::ClassFormatError: return "java.lang.ClassFormatError";
    case ClassFileErrorKind::UnsupportedClassVersionError: return "java.lang.UnsupportedClassVersionError";
    case ClassFileErrorKind::NoClassDefFoundError: return "java.lang.NoClassDefFoundError";
    default: return "OK";
  }
}

void compare(const std::vector<Case>& cases, int* compared_errors, int* compared_ok, int* skipped) {
  std::vector<HotSpotResult> hs = run_hotspot(cases);
  int mismatches = 0;
  for (size_t i = 0; i < cases.size(); i++) {
    ParsedClass pc;
    ClassFileError err;
    bool ok = ClassFileParser::parse(cases[i].bytes.data(), cases[i].bytes.size(),
                                     cases[i].name.empty() ? nullptr : cases[i].name.c_str(), &pc, &err);
    const HotSpotResult& h = hs[i];
    bool format_error = h.exception == "java.lang.ClassFormatError" ||
                        h.exception == "java.lang.UnsupportedClassVersionError" ||
                        (h.exception == "java.lang.NoClassDefFoundError" &&
                         (h.message.find("(wrong name: ") != std::string::npos ||
                          h.message.find("is not a class because access_flag ACC_MODULE is set") != std::string::npos));
    if (h.exception == "OK") {
      (*compared_ok)++;
      if (!ok && mismatches++ < 20) ADD_FAILURE() << "case " << i << ": HotSpot defines it, we say " << err.message;
    } else if (format_error) {
      (*compared_errors)++;
      std::string ours = ok ? "OK" : std::string(kind_name(err.kind));
      std::string message = err.message;
      for (char& ch : message) if (ch == '\n') ch = ' ';  // as the checker prints it
      if ((ours != h.exception || (!ok && message != h.message)) && mismatches++ < 20) {
        ADD_FAILURE() << "case " << i << ":\n  HotSpot: " << h.exception << ": " << h.message << "\n  ours:    " << ours
                      << ": " << err.message;
      }
    } else {
      (*skipped)++;
    }
  }
  EXPECT_EQ(mismatches, 0);
  if (std::getenv("JVMLAB_DIFF_VERBOSE") != nullptr) {
    std::printf("compared: %d format errors, %d defined; skipped %d (later-stage errors)\n", *compared_errors,
                *compared_ok, *skipped);
  }
}

}  // namespace

TEST(ClassFileParserVsHotSpot, HandMadeCasesMatch) {
  std::vector<Case> cases = hand_made_cases();
  int errors = 0, ok = 0, skipped = 0;
  compare(cases, &errors, &ok, &skipped);
  EXPECT_GT(errors, 100);
  EXPECT_GT(ok, 5);
  RecordProperty("compared_errors", errors);
  RecordProperty("skipped", skipped);
}

TEST(ClassFileParserVsHotSpot, FuzzedCasesMatch) {
  std::vector<Case> seeds = hand_made_cases();
  std::vector<Case> cases = fuzzed_cases(seeds, case_count(1000), case_seed(4242));
  int errors = 0, ok = 0, skipped = 0;
  compare(cases, &errors, &ok, &skipped);
  EXPECT_GT(errors, 300);
  RecordProperty("skipped", skipped);
}

TEST(ClassFileParserVsHotSpot, FuzzedJavacClassesMatch) {
  std::vector<Case> seeds = javac_cases();
  ASSERT_GT(seeds.size(), 10u);
  std::vector<Case> cases = seeds;  // unmodified first: all must be defined or skipped alike
  std::vector<Case> fuzzed = fuzzed_cases(seeds, case_count(1000), case_seed(777));
  cases.insert(cases.end(), fuzzed.begin(), fuzzed.end());
  int errors = 0, ok = 0, skipped = 0;
  compare(cases, &errors, &ok, &skipped);
  EXPECT_GT(errors, 200);
  EXPECT_GT(ok, 10);
}

// Seeds from the JDK image outside java.* (a user loader may define those names): real
// annotations, bootstrap methods, inner classes, big constant pools.
TEST(ClassFileParserVsHotSpot, FuzzedJdkInternalClassesMatch) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  ASSERT_TRUE(image.open(JVMLAB_JDK_HOME, nullptr));
  std::vector<Case> seeds;
  for (const char* name : {"jdk/internal/misc/Unsafe", "jdk/internal/reflect/Reflection", "sun/invoke/util/Wrapper",
                           "jdk/internal/util/Preconditions", "sun/nio/ch/FileChannelImpl",
                           "jdk/internal/module/ModuleBootstrap", "sun/security/util/Debug"}) {
    std::vector<u1> bytes;
    ASSERT_TRUE(image.read_class(name, &bytes)) << name;
    seeds.push_back({Bytes(bytes.begin(), bytes.end()), name});
  }
  std::vector<Case> cases = seeds;
  std::vector<Case> fuzzed = fuzzed_cases(seeds, case_count(500), case_seed(99));
  cases.insert(cases.end(), fuzzed.begin(), fuzzed.end());
  int errors = 0, ok = 0, skipped = 0;
  compare(cases, &errors, &ok, &skipped);
  EXPECT_GT(errors, 100);
}
