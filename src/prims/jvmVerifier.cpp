// jvm.h's class-file query functions for the JDK's old split verifier (libverify, used for class
// files before version 50): constant-pool entries, method code and tables, by index.
#include "classfile/javaClasses.hpp"
#include "classfile/symbolTable.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/interfaceSupport.hpp"

#include <cstring>

namespace {
InstanceKlass* klass_of(jclass cb) { return InstanceKlass_cast(java_lang_Class::as_klass(JNIHandles::resolve(cb))); }
Method* method_of(jclass cb, jint i) { return klass_of(cb)->method_at(i); }
// Returned UTF-8 strings are the symbols' own bytes; JVM_ReleaseUTF does nothing (as HotSpot).
const char* utf(const Symbol* s) { return s->bytes(); }
}  // namespace

struct JVM_ExceptionTableEntryType {
  jint start_pc;
  jint end_pc;
  jint handler_pc;
  jint catchType;
};

extern "C" {

JNIEXPORT const char* JNICALL JVM_GetClassNameUTF(JNIEnv* env, jclass cb) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->name()); }

JNIEXPORT void JNICALL JVM_GetClassCPTypes(JNIEnv* env, jclass cb, unsigned char* types) {
  JNI_ENTRY_BODY(env);
  ConstantPool* cp = klass_of(cb)->constants();
  for (int i = 0; i < cp->length(); i++) types[i] = cp->tag_at(i);
}

JNIEXPORT jint JNICALL JVM_GetClassCPEntriesCount(JNIEnv* env, jclass cb) { JNI_ENTRY_BODY(env); return klass_of(cb)->constants()->length(); }

JNIEXPORT jint JNICALL JVM_GetClassFieldsCount(JNIEnv* env, jclass cb) {
  JNI_ENTRY_BODY(env);
  InstanceKlass* k = klass_of(cb);
  int n = 0;
  for (int i = 0; i < k->fields_count(); i++) if (!k->field_at(i).injected) n++;
  return n;
}

JNIEXPORT jint JNICALL JVM_GetClassMethodsCount(JNIEnv* env, jclass cb) { JNI_ENTRY_BODY(env); return klass_of(cb)->methods_count(); }

JNIEXPORT void JNICALL JVM_GetMethodIxExceptionIndexes(JNIEnv* env, jclass cb, jint i, unsigned short* exceptions) {
  JNI_ENTRY_BODY(env);
  Method* m = method_of(cb, i);
  for (int j = 0; j < m->_checked_exception_count; j++) exceptions[j] = m->_checked_exceptions[j];
}

JNIEXPORT jint JNICALL JVM_GetMethodIxExceptionsCount(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->_checked_exception_count; }

JNIEXPORT void JNICALL JVM_GetMethodIxByteCode(JNIEnv* env, jclass cb, jint i, unsigned char* code) {
  JNI_ENTRY_BODY(env);
  Method* m = method_of(cb, i);
  if (m->code() != nullptr) memcpy(code, m->code(), size_t(m->code_length()));
}

JNIEXPORT jint JNICALL JVM_GetMethodIxByteCodeLength(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->code_length(); }

JNIEXPORT void JNICALL JVM_GetMethodIxExceptionTableEntry(JNIEnv* env, jclass cb, jint i, jint e, JVM_ExceptionTableEntryType* entry) {
  JNI_ENTRY_BODY(env);
  const ExceptionTableEntry& t = method_of(cb, i)->exception_table()[e];
  entry->start_pc = t.start_pc;
  entry->end_pc = t.end_pc;
  entry->handler_pc = t.handler_pc;
  entry->catchType = t.catch_type_index;
}

JNIEXPORT jint JNICALL JVM_GetMethodIxExceptionTableLength(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->exception_table_length(); }

JNIEXPORT jint JNICALL JVM_GetFieldIxModifiers(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return klass_of(cb)->field_at(i).access_flags & 0x50df; }
JNIEXPORT jint JNICALL JVM_GetMethodIxModifiers(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->access_flags() & 0x1dff; }
JNIEXPORT jint JNICALL JVM_GetMethodIxLocalsCount(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->max_locals(); }
JNIEXPORT jint JNICALL JVM_GetMethodIxArgsSize(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->size_of_parameters(); }
JNIEXPORT jint JNICALL JVM_GetMethodIxMaxStack(JNIEnv* env, jclass cb, int i) { JNI_ENTRY_BODY(env); return method_of(cb, i)->max_stack(); }

JNIEXPORT jboolean JNICALL JVM_IsConstructorIx(JNIEnv* env, jclass cb, int i) {
  JNI_ENTRY_BODY(env);
  return method_of(cb, i)->name()->equals("<init>") ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jboolean JNICALL JVM_IsVMGeneratedMethodIx(JNIEnv* env, jclass cb, int i) { return JNI_FALSE; }  // jvmlab generates none

JNIEXPORT const char* JNICALL JVM_GetMethodIxNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(method_of(cb, i)->name()); }
JNIEXPORT const char* JNICALL JVM_GetMethodIxSignatureUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(method_of(cb, i)->signature()); }

JNIEXPORT const char* JNICALL JVM_GetCPFieldNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_name(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPMethodNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_name(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPMethodSignatureUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_signature(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPFieldSignatureUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_signature(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPClassNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->klass_name_at(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPFieldClassNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_class_name(i)); }
JNIEXPORT const char* JNICALL JVM_GetCPMethodClassNameUTF(JNIEnv* env, jclass cb, jint i) { JNI_ENTRY_BODY(env); return utf(klass_of(cb)->constants()->member_class_name(i)); }

JNIEXPORT jint JNICALL JVM_GetCPFieldModifiers(JNIEnv* env, jclass cb, int i, jclass called) {
  JNI_ENTRY_BODY(env);
  ConstantPool* cp = klass_of(cb)->constants();
  InstanceKlass* k = klass_of(called);
  for (int f = 0; f < k->fields_count(); f++) {
    const FieldInfo& fi = k->field_at(f);
    if (fi.name == cp->member_name(i) && fi.signature == cp->member_signature(i)) return fi.access_flags & 0x50df;
  }
  return -1;
}

JNIEXPORT jint JNICALL JVM_GetCPMethodModifiers(JNIEnv* env, jclass cb, int i, jclass called) {
  JNI_ENTRY_BODY(env);
  ConstantPool* cp = klass_of(cb)->constants();
  Method* m = klass_of(called)->find_local_method(cp->member_name(i), cp->member_signature(i));
  return m == nullptr ? -1 : (m->access_flags() & 0x1dff);
}

JNIEXPORT void JNICALL JVM_ReleaseUTF(const char* utf) {}

}  // extern "C"
