// Rewriter: Object.<init>'s returns (see rewriter.hpp).
#include "interpreter/rewriter.hpp"

#include "classfile/symbolTable.hpp"
#include "interpreter/bytecodes.hpp"
#include "oops/instanceKlass.hpp"
#include "utilities/debug.hpp"

void Rewriter::rewrite_Object_init(InstanceKlass* object_klass) {
  Method* init = object_klass->find_local_method(SymbolTable::lookup("<init>"), SymbolTable::lookup("()V"));
  guarantee(init != nullptr && init->code() != nullptr, "java.lang.Object has no <init>()V");
  u1* code = init->_code;
  for (int bci = 0; bci < init->code_length();) {
    int len = Bytecodes::length_at(code, init->code_length(), bci);
    guarantee(len > 0, "malformed java.lang.Object.<init> at bci %d", bci);
    if (code[bci] == Bytecodes::_return) code[bci] = u1(Bytecodes::_return_register_finalizer);
    bci += len;
  }
}
