// BytecodeUtils::get_npe_message over the JDK's own code: for every method of every java.base
// class, a sample of the instructions that can raise an NPE must give a well-formed message
// (and the analysis must neither crash nor read outside the code).
#include <gtest/gtest.h>

#include "../classfile/imageSupport.hpp"
#include "classfile/classFileParser.hpp"
#include "classfile/classPathImage.hpp"
#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodeUtils.hpp"
#include "interpreter/bytecodes.hpp"

#include <string>
#include <vector>

namespace {

bool derefs_operand(Bytecodes::Code c) {
  switch (c) {
    case Bytecodes::_getfield: case Bytecodes::_putfield: case Bytecodes::_arraylength: case Bytecodes::_athrow:
    case Bytecodes::_monitorenter: case Bytecodes::_monitorexit:
    case Bytecodes::_invokevirtual: case Bytecodes::_invokeinterface:
      return true;
    default:
      return (c >= Bytecodes::_iaload && c <= Bytecodes::_saload) || (c >= Bytecodes::_iastore && c <= Bytecodes::_sastore);
  }
}

}  // namespace

TEST(NpeMessagesJdk, EveryJavaBaseMethodGivesWellFormedMessages) {
  ensure_libjvm_loaded();
  ClassPathImage image;
  std::string error;
  ASSERT_TRUE(image.open(JVMLAB_JDK_HOME, &error)) << error;
  std::vector<std::pair<std::string, std::string>> classes;
  image.list_classes(&classes);
  int methods = 0, messages = 0;
  for (const auto& [module, name] : classes) {
    if (module != "java.base") continue;
    std::vector<u1> bytes;
    if (!image.read_class(name.c_str(), &bytes)) continue;
    ParsedClass pc;
    ClassFileError cfe;
    ASSERT_TRUE(ClassFileParser::parse(bytes.data(), bytes.size(), name.c_str(), &pc, &cfe)) << name;
    for (Method* m : pc.methods) {
      if (m->code() == nullptr) continue;
      methods++;
      // Up to 6 candidates per method, spread over the code: the analysis is run once per call.
      std::vector<int> candidates;
      for (int bci = 0; bci < m->code_length();) {
        int len = Bytecodes::length_at(m->code(), m->code_length(), bci);
        ASSERT_GT(len, 0) << name << "." << m->name()->str() << " @" << bci;
        if (derefs_operand(Bytecodes::cast(m->code()[bci]))) candidates.push_back(bci);
        bci += len;
      }
      size_t step = candidates.size() / 6 + 1;
      for (size_t i = 0; i < candidates.size(); i += step) {
        std::string msg;
        int bci = candidates[i];
        ASSERT_TRUE(BytecodeUtils::get_npe_message(m, bci, &msg)) << name << "." << m->name()->str() << " @" << bci;
        ASSERT_TRUE(msg.starts_with("Cannot ")) << msg;
        // A cause, when present, is a complete clause, except that HotSpot leaves ' because "'
        // dangling for values no expression describes (new, ldc, invokedynamic, a handler's
        // exception), which are never null when the instruction runs.
        if (msg.find(" because ") != std::string::npos) {
          EXPECT_TRUE(msg.ends_with("\" is null") || msg.ends_with(" because \""))
              << name << "." << m->name()->str() << " @" << bci << ": " << msg;
        }
        messages++;
      }
    }
  }
  EXPECT_GT(methods, 50000);
  EXPECT_GT(messages, 100000);
}
