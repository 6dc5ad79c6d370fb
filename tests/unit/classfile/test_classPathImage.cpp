// ClassPathImage: the JDK's lib/modules through libjimage.so.
#include <gtest/gtest.h>

#include "classfile/classPathImage.hpp"
#include "imageSupport.hpp"

#include <cstring>

TEST(ClassPathImage, OpensAndMapsPackages) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  std::string error;
  ASSERT_TRUE(image.open(JVMLAB_JDK_HOME, &error)) << error;
  EXPECT_STREQ(image.module_of_package("java/lang"), "java.base");
  EXPECT_STREQ(image.module_of_package("java/util/concurrent"), "java.base");
  EXPECT_STREQ(image.module_of_package("java/sql"), "java.sql");
  EXPECT_EQ(image.module_of_package("no/such/pkg"), nullptr);
}

TEST(ClassPathImage, ReadsClasses) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  ASSERT_TRUE(image.open(JVMLAB_JDK_HOME, nullptr));
  std::vector<u1> bytes;
  ASSERT_TRUE(image.read_class("java/lang/String", &bytes));
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes[0], 0xCA);
  EXPECT_EQ(bytes[1], 0xFE);
  EXPECT_EQ(bytes[7], 61);  // major version 61: Java 17
  EXPECT_TRUE(image.read_class("java/sql/Connection", &bytes));
  EXPECT_FALSE(image.read_class("java/lang/NoSuchClassHere", &bytes));
  EXPECT_FALSE(image.read_class("NoPackage", &bytes));
  EXPECT_FALSE(image.read_class("no/such/pkg/C", &bytes));
  EXPECT_TRUE(image.read_resource("java.base", "java/lang/Object.class", &bytes));
}

TEST(ClassPathImage, ListsClasses) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  ASSERT_TRUE(image.open(JVMLAB_JDK_HOME, nullptr));
  std::vector<std::pair<std::string, std::string>> classes;
  image.list_classes(&classes);
  EXPECT_GT(classes.size(), 10000u);
  bool found = false;
  for (auto& [module, name] : classes) found |= (module == "java.base" && name == "java/lang/Object");
  EXPECT_TRUE(found);
}

TEST(ClassPathImage, FailsCleanlyWithoutJdk) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  std::string error;
  EXPECT_FALSE(image.open("/nonexistent/jdk", &error));
  EXPECT_NE(error.find("libjimage.so"), std::string::npos);
  EXPECT_FALSE(image.is_open());
  std::vector<u1> bytes;
  EXPECT_FALSE(image.read_class("java/lang/Object", &bytes));
  EXPECT_EQ(image.module_of_package("java/lang"), nullptr);
}
