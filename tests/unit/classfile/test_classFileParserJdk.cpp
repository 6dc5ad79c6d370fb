// ClassFileParser on the JDK's own classes, read from lib/modules: every java.base class and a
// sample of the other modules must parse, and a few well-known ones must look as javap shows.
#include <gtest/gtest.h>

#include "classfile/classFileParser.hpp"
#include "classfile/classPathImage.hpp"
#include "classfile/symbolTable.hpp"
#include "imageSupport.hpp"

#include <cstring>
#include <random>

namespace {

ClassPathImage& image() {
  static ClassPathImage* img = [] {
    ensure_libjvm_loaded();
    auto* i = new ClassPathImage();
    std::string error;
    if (!i->open(JVMLAB_JDK_HOME, &error)) ADD_FAILURE() << error;
    return i;
  }();
  return *img;
}

ParsedClass parse_jdk_class(const char* name) {
  std::vector<u1> bytes;
  EXPECT_TRUE(image().read_class(name, &bytes)) << name;
  ParsedClass pc;
  ClassFileError error;
  bool ok = ClassFileParser::parse(bytes.data(), bytes.size(), name, &pc, &error);
  EXPECT_TRUE(ok) << name << ": " << error.message;
  return pc;
}

Method* find_method(const ParsedClass& pc, const char* name, const char* sig) {
  for (Method* m : pc.methods) {
    if (m->name()->equals(name) && m->signature()->equals(sig)) return m;
  }
  return nullptr;
}

const FieldInfo* find_field(const ParsedClass& pc, const char* name) {
  for (const FieldInfo& f : pc.fields) {
    if (f.name->equals(name)) return &f;
  }
  return nullptr;
}

}  // namespace

TEST(ClassFileParserJdk, JavaLangObject) {
  ParsedClass pc = parse_jdk_class("java/lang/Object");
  EXPECT_EQ(pc.major_version, 61);
  EXPECT_TRUE(pc.name->equals("java/lang/Object"));
  EXPECT_EQ(pc.name, SymbolTable::lookup("java/lang/Object"));
  EXPECT_EQ(pc.super_name, nullptr);
  EXPECT_TRUE(pc.interfaces.empty());
  EXPECT_TRUE(pc.fields.empty());
  ASSERT_NE(pc.source_file, nullptr);
  EXPECT_TRUE(pc.source_file->equals("Object.java"));

  Method* init = find_method(pc, "<init>", "()V");
  ASSERT_NE(init, nullptr);
  EXPECT_EQ(init->size_of_parameters(), 1);
  EXPECT_EQ(init->result_type(), T_VOID);
  ASSERT_NE(init->code(), nullptr);
  EXPECT_EQ(init->code()[init->code_length() - 1], 0xb1);  // return
  EXPECT_GT(init->line_number_from_bci(0), 0);
  EXPECT_EQ(init->line_number_from_bci(init->code_length()), -1);
  EXPECT_EQ(init->constants(), pc.constants);

  Method* hash = find_method(pc, "hashCode", "()I");
  ASSERT_NE(hash, nullptr);
  EXPECT_TRUE(hash->is_native());
  EXPECT_EQ(hash->code(), nullptr);
  EXPECT_EQ(hash->result_type(), T_INT);
  EXPECT_NE(hash->_annotations.data, nullptr);  // @IntrinsicCandidate is RuntimeVisible

  Method* wait = find_method(pc, "wait", "(J)V");
  ASSERT_NE(wait, nullptr);
  EXPECT_EQ(wait->size_of_parameters(), 3);  // this + long
  EXPECT_TRUE(wait->is_final());
  Method* wait2 = find_method(pc, "wait", "(JI)V");
  ASSERT_NE(wait2, nullptr);
  EXPECT_EQ(wait2->size_of_parameters(), 4);
  ASSERT_EQ(wait2->_checked_exception_count, 1);
  EXPECT_TRUE(pc.constants->klass_name_at(wait2->_checked_exceptions[0])->equals("java/lang/InterruptedException"));
  EXPECT_GE(wait2->exception_table_length(), 0);
  Method* equals = find_method(pc, "equals", "(Ljava/lang/Object;)Z");
  ASSERT_NE(equals, nullptr);
  EXPECT_EQ(equals->size_of_parameters(), 2);
  EXPECT_EQ(equals->result_type(), T_BOOLEAN);
}

TEST(ClassFileParserJdk, JavaLangString) {
  ParsedClass pc = parse_jdk_class("java/lang/String");
  EXPECT_TRUE(pc.super_name->equals("java/lang/Object"));
  EXPECT_TRUE(pc.access_flags & JVM_ACC_FINAL);
  std::vector<std::string> itfs;
  for (Symbol* s : pc.interfaces) itfs.push_back(s->str());
  EXPECT_EQ(itfs, (std::vector<std::string>{"java/io/Serializable", "java/lang/Comparable", "java/lang/CharSequence",
                                            "java/lang/constant/Constable", "java/lang/constant/ConstantDesc"}));
  const FieldInfo* value = find_field(pc, "value");
  ASSERT_NE(value, nullptr);
  EXPECT_TRUE(value->signature->equals("[B"));
  EXPECT_NE(value->annotations.data, nullptr);  // @Stable
  const FieldInfo* uid = find_field(pc, "serialVersionUID");
  ASSERT_NE(uid, nullptr);
  ASSERT_NE(uid->constant_value_index, 0);
  EXPECT_EQ(pc.constants->tag_at(uid->constant_value_index), JVM_CONSTANT_Long);
  EXPECT_EQ(pc.constants->long_at(uid->constant_value_index), -6849794470754667710LL);
  ASSERT_NE(pc.generic_signature, nullptr);
  EXPECT_TRUE(pc.generic_signature->starts_with("Ljava/lang/Object;Ljava/io/Serializable;Ljava/lang/Comparable<"));
  EXPECT_FALSE(pc.inner_classes.empty());
  EXPECT_FALSE(pc.bootstrap_methods.empty());
  for (const auto& bsm : pc.bootstrap_methods) {
    ASSERT_FALSE(bsm.empty());
    EXPECT_EQ(pc.constants->tag_at(bsm[0]), JVM_CONSTANT_MethodHandle);
  }
  Method* charAt = find_method(pc, "charAt", "(I)C");
  ASSERT_NE(charAt, nullptr);
  EXPECT_EQ(charAt->size_of_parameters(), 2);
  EXPECT_EQ(charAt->result_type(), T_CHAR);
  EXPECT_GT(charAt->_line_number_count, 0);
  EXPECT_NE(charAt->_stack_map_table.data, nullptr);
  Method* valueOf = find_method(pc, "valueOf", "(D)Ljava/lang/String;");
  ASSERT_NE(valueOf, nullptr);
  EXPECT_TRUE(valueOf->is_static());
  EXPECT_EQ(valueOf->size_of_parameters(), 2);
  EXPECT_EQ(valueOf->result_type(), T_OBJECT);
  Method* chars = find_method(pc, "toCharArray", "()[C");
  ASSERT_NE(chars, nullptr);
  EXPECT_EQ(chars->result_type(), T_ARRAY);
}

TEST(ClassFileParserJdk, HashMapAndFriends) {
  ParsedClass pc = parse_jdk_class("java/util/HashMap");
  EXPECT_TRUE(pc.super_name->equals("java/util/AbstractMap"));
  Method* hash = find_method(pc, "hash", "(Ljava/lang/Object;)I");
  ASSERT_NE(hash, nullptr);
  EXPECT_TRUE(hash->is_static());
  EXPECT_EQ(hash->size_of_parameters(), 1);
  Method* put_val = find_method(pc, "putVal", "(ILjava/lang/Object;Ljava/lang/Object;ZZ)Ljava/lang/Object;");
  ASSERT_NE(put_val, nullptr);
  EXPECT_EQ(put_val->size_of_parameters(), 6);
  EXPECT_GE(put_val->max_locals(), 6);
  bool has_node = false;
  for (const auto& ic : pc.inner_classes) {
    has_node |= pc.constants->klass_name_at(ic.inner_class_index)->equals("java/util/HashMap$Node");
  }
  EXPECT_TRUE(has_node);
  EXPECT_FALSE(pc.nest_members.empty());

  ParsedClass node = parse_jdk_class("java/util/HashMap$Node");
  ASSERT_NE(node.nest_host_index, 0);
  EXPECT_TRUE(node.constants->klass_name_at(node.nest_host_index)->equals("java/util/HashMap"));
}

TEST(ClassFileParserJdk, RecordsAndSealedInTheJdk) {
  // java.base in 17 has few records; find one by scanning instead of naming it.
  std::vector<std::pair<std::string, std::string>> classes;
  image().list_classes(&classes);
  int records = 0, sealed = 0;
  for (auto& [module, name] : classes) {
    if (module != "java.base") continue;
    std::vector<u1> bytes;
    if (!image().read_class(name.c_str(), &bytes)) continue;
    ParsedClass pc;
    ClassFileError error;
    if (!ClassFileParser::parse(bytes.data(), bytes.size(), name.c_str(), &pc, &error)) continue;
    if (pc.is_record) {
      records++;
      for (auto& rc : pc.record_components) {
        ASSERT_NE(rc.name, nullptr);
        ASSERT_NE(rc.descriptor, nullptr);
      }
    }
    if (!pc.permitted_subclasses.empty()) sealed++;
  }
  EXPECT_GT(records, 0);
  EXPECT_GE(sealed, 0);
}

// Every class of java.base, and every fourth class of the other modules, parses without error
// and with the name it is stored under. (Metadata of parsed classes is never freed: a sample
// keeps the test's footprint moderate.)
TEST(ClassFileParserJdk, WholeImageParses) {
  std::vector<std::pair<std::string, std::string>> classes;
  image().list_classes(&classes);
  ASSERT_GT(classes.size(), 10000u);
  int parsed = 0, methods = 0, other = 0;
  for (auto& [module, name] : classes) {
    if (module != "java.base" && (other++ % 4) != 0) continue;
    std::vector<u1> bytes;
    std::string path = name + ".class";
    ASSERT_TRUE(image().read_resource(module.c_str(), path.c_str(), &bytes)) << module << "/" << name;
    ParsedClass pc;
    ClassFileError error;
    ASSERT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), name.c_str(), &pc, &error))
        << module << "/" << name << ": " << error.message;
    ASSERT_TRUE(pc.name->equals(name));
    for (Method* m : pc.methods) {
      ASSERT_GE(m->max_locals(), m->code() ? m->size_of_parameters() : 0) << name << "." << m->name()->str();
    }
    methods += int(pc.methods.size());
    parsed++;
  }
  EXPECT_GT(parsed, 10000);
  EXPECT_GT(methods, 50000);
}

// Random corruption of real JDK classes (big constant pools, every attribute kind): the parser
// either accepts or reports an error with a message; never crashes or hangs. Fixed seed.
TEST(ClassFileParserJdk, FuzzedJdkClassesNeverCrash) {
  std::mt19937 rng(17);
  std::vector<std::vector<u1>> seeds;
  for (const char* name : {"java/lang/Object", "java/lang/String", "java/util/HashMap", "java/lang/Thread",
                           "java/lang/invoke/MethodHandles$Lookup", "java/lang/Record", "java/util/Map$Entry",
                           "java/lang/annotation/Retention"}) {
    std::vector<u1> bytes;
    ASSERT_TRUE(image().read_class(name, &bytes)) << name;
    seeds.push_back(std::move(bytes));
  }
  int ok = 0, failed = 0;
  for (int iter = 0; iter < 8000; iter++) {
    std::vector<u1> b = seeds[size_t(iter) % seeds.size()];
    int edits = 1 + int(rng() % 4);
    for (int k = 0; k < edits; k++) {
      size_t at = rng() % b.size();
      switch (rng() % 5) {
        case 0: b[at] = u1(rng()); break;
        case 1: b[at] ^= u1(1u << (rng() % 8)); break;
        case 2:  // a length or index that lies
          for (size_t j = at; j < at + 4 && j < b.size(); j++) b[j] = 0xFF;
          break;
        case 3: b[at] = 0; break;
        default: b.erase(b.begin() + long(at)); break;
      }
      if (b.empty()) break;
    }
    ParsedClass pc;
    ClassFileError error;
    if (ClassFileParser::parse(b.data(), b.size(), nullptr, &pc, &error)) {
      ok++;
    } else {
      failed++;
      ASSERT_FALSE(error.message.empty());
    }
  }
  EXPECT_GT(failed, 1000);
  EXPECT_EQ(ok + failed, 8000);
}
