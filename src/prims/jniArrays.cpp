// JNI strings and arrays (JNI spec "String Operations", "Array Operations"). Every pointer handed
// to native code is a malloc'ed copy (isCopy = JNI_TRUE), including the "critical" variants: the
// collector may move arrays at any safepoint, and copying needs no GC locker.
#include "prims/jniInternal.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"

#include <cstdlib>
#include <cstring>

using namespace jni;

namespace {

void throw_npe(JavaThread* THREAD) { Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr); }

// Appends c in modified UTF-8 (JVMS §4.4.7): U+0000 is two bytes, supplementary characters stay
// as their two surrogates of three bytes each.
void append_modified_utf8(std::string& out, jchar c) {
  if (c != 0 && c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xc0 | (c >> 6));
    out += char(0x80 | (c & 0x3f));
  } else {
    out += char(0xe0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3f));
    out += char(0x80 | (c & 0x3f));
  }
}

void* copy_out(const void* src, size_t bytes) {
  void* p = malloc(bytes == 0 ? 1 : bytes);  // never null for an empty string or array
  if (p != nullptr && bytes > 0) memcpy(p, src, bytes);
  return p;
}

// ---- strings -------------------------------------------------------------------------------

jstring JNICALL jni_NewString(JNIEnv* env, const jchar* chars, jsize len) {
  JNI_ENTRY_BODY(env);
  std::string utf8;
  for (jsize i = 0; i < len; i++) append_modified_utf8(utf8, chars[i]);
  oop s = java_lang_String::create_from_utf8(utf8.data(), int(utf8.size()), CHECK_NULL);
  return local<jstring>(THREAD, s);
}

jsize JNICALL jni_GetStringLength(JNIEnv* env, jstring str) {
  JNI_ENTRY_BODY(env);
  oop s = resolve(str);
  if (s == nullptr) { throw_npe(THREAD); return 0; }
  return java_lang_String::length(s);
}

jchar* string_chars(JavaThread* THREAD, jstring str, jboolean* is_copy) {
  oop s = resolve(str);
  if (s == nullptr) { throw_npe(THREAD); return nullptr; }
  int n = java_lang_String::length(s);
  jchar* out = static_cast<jchar*>(malloc(size_t(n + 1) * sizeof(jchar)));
  if (out == nullptr) { Exceptions::throw_oom(THREAD, Exceptions::OOMKind::JavaHeap); return nullptr; }
  for (int i = 0; i < n; i++) out[i] = java_lang_String::char_at(s, i);
  out[n] = 0;
  if (is_copy != nullptr) *is_copy = JNI_TRUE;
  return out;
}

const jchar* JNICALL jni_GetStringChars(JNIEnv* env, jstring str, jboolean* is_copy) {
  JNI_ENTRY_BODY(env);
  return string_chars(THREAD, str, is_copy);
}

void JNICALL jni_ReleaseStringChars(JNIEnv* env, jstring, const jchar* chars) {
  JNI_ENTRY_BODY(env);
  free(const_cast<jchar*>(chars));
}

jstring JNICALL jni_NewStringUTF(JNIEnv* env, const char* utf) {
  JNI_ENTRY_BODY(env);
  if (utf == nullptr) return nullptr;
  oop s = java_lang_String::create_from_utf8(utf, CHECK_NULL);
  return local<jstring>(THREAD, s);
}

jsize JNICALL jni_GetStringUTFLength(JNIEnv* env, jstring str) {
  JNI_ENTRY_BODY(env);
  oop s = resolve(str);
  if (s == nullptr) { throw_npe(THREAD); return 0; }
  return jsize(java_lang_String::as_utf8(s).size());
}

const char* JNICALL jni_GetStringUTFChars(JNIEnv* env, jstring str, jboolean* is_copy) {
  JNI_ENTRY_BODY(env);
  oop s = resolve(str);
  if (s == nullptr) { throw_npe(THREAD); return nullptr; }
  std::string utf8 = java_lang_String::as_utf8(s);
  char* out = static_cast<char*>(copy_out(utf8.c_str(), utf8.size() + 1));
  if (out == nullptr) { Exceptions::throw_oom(THREAD, Exceptions::OOMKind::JavaHeap); return nullptr; }
  if (is_copy != nullptr) *is_copy = JNI_TRUE;
  return out;
}

void JNICALL jni_ReleaseStringUTFChars(JNIEnv* env, jstring, const char* chars) {
  JNI_ENTRY_BODY(env);
  free(const_cast<char*>(chars));
}

// StringIndexOutOfBoundsException (no message, as HotSpot) unless [start, start+len) is inside s.
bool string_region_ok(JavaThread* THREAD, oop s, jsize start, jsize len) {
  if (s == nullptr) { throw_npe(THREAD); return false; }
  int n = java_lang_String::length(s);
  if (start < 0 || len < 0 || start > n - len) {
    Exceptions::throw_msg(THREAD, "java/lang/StringIndexOutOfBoundsException", nullptr);
    return false;
  }
  return true;
}

void JNICALL jni_GetStringRegion(JNIEnv* env, jstring str, jsize start, jsize len, jchar* buf) {
  JNI_ENTRY_BODY(env);
  oop s = resolve(str);
  if (!string_region_ok(THREAD, s, start, len)) return;
  for (jsize i = 0; i < len; i++) buf[i] = java_lang_String::char_at(s, start + i);
}

void JNICALL jni_GetStringUTFRegion(JNIEnv* env, jstring str, jsize start, jsize len, char* buf) {
  JNI_ENTRY_BODY(env);
  oop s = resolve(str);
  if (!string_region_ok(THREAD, s, start, len)) return;
  std::string utf8;
  for (jsize i = 0; i < len; i++) append_modified_utf8(utf8, java_lang_String::char_at(s, start + i));
  memcpy(buf, utf8.c_str(), utf8.size() + 1);  // NUL-terminated, as HotSpot
}

const jchar* JNICALL jni_GetStringCritical(JNIEnv* env, jstring str, jboolean* is_copy) {
  JNI_ENTRY_BODY(env);
  return string_chars(THREAD, str, is_copy);
}

void JNICALL jni_ReleaseStringCritical(JNIEnv* env, jstring, const jchar* chars) {
  JNI_ENTRY_BODY(env);
  free(const_cast<jchar*>(chars));
}

// ---- arrays --------------------------------------------------------------------------------

arrayOop resolve_array(JavaThread* THREAD, jarray a) {
  oop o = resolve(a);
  if (o == nullptr) { throw_npe(THREAD); return nullptr; }
  return static_cast<arrayOop>(o);
}

size_t array_bytes(arrayOop a) { return size_t(a->length()) << a->klass()->log2_element_size(); }

jsize JNICALL jni_GetArrayLength(JNIEnv* env, jarray array) {
  JNI_ENTRY_BODY(env);
  arrayOop a = resolve_array(THREAD, array);
  return a == nullptr ? 0 : a->length();
}

bool index_ok(JavaThread* THREAD, arrayOop a, jsize index) {
  if (index < 0 || index >= a->length()) {
    Exceptions::throw_fmt(THREAD, "java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d",
                          index, a->length());
    return false;
  }
  return true;
}

jobjectArray JNICALL jni_NewObjectArray(JNIEnv* env, jsize len, jclass element_class, jobject init) {
  JNI_ENTRY_BODY(env);
  Klass* ek = klass_of(element_class);
  if (ek == nullptr) {
    Exceptions::throw_msg(THREAD, element_class == nullptr ? "java/lang/NullPointerException"
                                                           : "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  arrayOop a = oopFactory::new_objArray(ek, len, CHECK_NULL);
  oop v = resolve(init);  // after the allocation: it may have moved the initial element
  if (v != nullptr) {
    for (jsize i = 0; i < len; i++) oop_store(a->elements<narrowOop>() + i, v);
  }
  return local<jobjectArray>(THREAD, a);
}

jobject JNICALL jni_GetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index) {
  JNI_ENTRY_BODY(env);
  arrayOop a = resolve_array(THREAD, array);
  if (a == nullptr || !index_ok(THREAD, a, index)) return nullptr;
  return local(THREAD, CompressedOops::decode(a->elements<narrowOop>()[index]));
}

// "type mismatch: can not store java.lang.String to java.lang.Integer[0]" as HotSpot's
// jni_SetObjectArrayElement: the bottom class, the index, then "[]" per extra dimension.
std::string store_mismatch_message(arrayOop a, oop v, jsize index) {
  const ArrayKlass* ak = static_cast<const ArrayKlass*>(a->klass());
  const Klass* bottom = ak->bottom_klass();
  std::string bottom_name;
  if (bottom == nullptr || bottom->is_typeArray_klass()) {
    const Klass* inner = ak;
    while (inner->is_objArray_klass()) inner = static_cast<const ArrayKlass*>(inner)->element_klass();
    bottom_name = type2name(inner->element_type());
  } else {
    bottom_name = external_name(bottom);
  }
  std::string msg = "type mismatch: can not store " + external_name(v->klass()) + " to " + bottom_name + "[" +
                    std::to_string(index) + "]";
  for (int d = ak->dimension(); d > 1; d--) msg += "[]";
  return msg;
}

void JNICALL jni_SetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index, jobject value) {
  JNI_ENTRY_BODY(env);
  arrayOop a = resolve_array(THREAD, array);
  if (a == nullptr || !index_ok(THREAD, a, index)) return;
  oop v = resolve(value);
  if (v != nullptr && !v->klass()->is_subtype_of(static_cast<const ArrayKlass*>(a->klass())->element_klass())) {
    Exceptions::throw_msg(THREAD, "java/lang/ArrayStoreException", store_mismatch_message(a, v, index).c_str());
    return;
  }
  oop_store(a->elements<narrowOop>() + index, v);
}

// HotSpot's check_bounds for the region functions.
bool region_ok(JavaThread* THREAD, arrayOop a, jsize start, jsize len) {
  if (len < 0) {
    Exceptions::throw_fmt(THREAD, "java/lang/ArrayIndexOutOfBoundsException", "Length %d is negative", len);
    return false;
  }
  if (start < 0 || start > a->length() - len) {
    Exceptions::throw_fmt(THREAD, "java/lang/ArrayIndexOutOfBoundsException",
                          "Array region %d..%ld out of bounds for length %d", start, long(start) + long(len), a->length());
    return false;
  }
  return true;
}

// Copies `elems` back into the array per the release mode (JNI spec Release<Type>ArrayElements):
// 0 copy back and free, JNI_COMMIT copy back only, JNI_ABORT free only.
void release_elements(JavaThread* THREAD, jarray array, void* elems, jint mode) {
  oop o = resolve(array);
  if (o != nullptr && elems != nullptr && mode != JNI_ABORT) {
    arrayOop a = static_cast<arrayOop>(o);
    memcpy(a->elements<char>(), elems, array_bytes(a));
  }
  if (mode != JNI_COMMIT) free(elems);
}

void* JNICALL jni_GetPrimitiveArrayCritical(JNIEnv* env, jarray array, jboolean* is_copy) {
  JNI_ENTRY_BODY(env);
  arrayOop a = resolve_array(THREAD, array);
  if (a == nullptr) return nullptr;
  void* p = copy_out(a->elements<char>(), array_bytes(a));
  if (p == nullptr) { Exceptions::throw_oom(THREAD, Exceptions::OOMKind::JavaHeap); return nullptr; }
  if (is_copy != nullptr) *is_copy = JNI_TRUE;
  return p;
}

void JNICALL jni_ReleasePrimitiveArrayCritical(JNIEnv* env, jarray array, void* carray, jint mode) {
  JNI_ENTRY_BODY(env);
  release_elements(THREAD, array, carray, mode);
}

#define JNI_PRIMITIVE_TYPES_DO(F)                                                             \
  F(Boolean, jboolean, T_BOOLEAN) F(Byte, jbyte, T_BYTE) F(Char, jchar, T_CHAR) F(Short, jshort, T_SHORT) \
  F(Int, jint, T_INT) F(Long, jlong, T_LONG) F(Float, jfloat, T_FLOAT) F(Double, jdouble, T_DOUBLE)

#define DEFINE_JNI_ARRAY_ACCESS(Name, T, BT)                                                          \
  T##Array JNICALL jni_New##Name##Array(JNIEnv* env, jsize len) {                                     \
    JNI_ENTRY_BODY(env);                                                                              \
    arrayOop a = oopFactory::new_typeArray(BT, len, CHECK_NULL);                                      \
    return local<T##Array>(THREAD, a);                                                                \
  }                                                                                                   \
  T* JNICALL jni_Get##Name##ArrayElements(JNIEnv* env, T##Array array, jboolean* is_copy) {           \
    JNI_ENTRY_BODY(env);                                                                              \
    arrayOop a = resolve_array(THREAD, array);                                                        \
    if (a == nullptr) return nullptr;                                                                 \
    T* p = static_cast<T*>(copy_out(a->elements<T>(), size_t(a->length()) * sizeof(T)));              \
    if (p == nullptr) { Exceptions::throw_oom(THREAD, Exceptions::OOMKind::JavaHeap); return nullptr; } \
    if (is_copy != nullptr) *is_copy = JNI_TRUE;                                                      \
    return p;                                                                                         \
  }                                                                                                   \
  void JNICALL jni_Release##Name##ArrayElements(JNIEnv* env, T##Array array, T* elems, jint mode) {   \
    JNI_ENTRY_BODY(env);                                                                              \
    release_elements(THREAD, array, elems, mode);                                                     \
  }                                                                                                   \
  void JNICALL jni_Get##Name##ArrayRegion(JNIEnv* env, T##Array array, jsize start, jsize len, T* buf) { \
    JNI_ENTRY_BODY(env);                                                                              \
    arrayOop a = resolve_array(THREAD, array);                                                        \
    if (a == nullptr || !region_ok(THREAD, a, start, len)) return;                                   \
    if (len > 0) memcpy(buf, a->elements<T>() + start, size_t(len) * sizeof(T));                      \
  }                                                                                                   \
  void JNICALL jni_Set##Name##ArrayRegion(JNIEnv* env, T##Array array, jsize start, jsize len,        \
                                          const T* buf) {                                             \
    JNI_ENTRY_BODY(env);                                                                              \
    arrayOop a = resolve_array(THREAD, array);                                                        \
    if (a == nullptr || !region_ok(THREAD, a, start, len)) return;                                   \
    if (len > 0) memcpy(a->elements<T>() + start, buf, size_t(len) * sizeof(T));                      \
  }

JNI_PRIMITIVE_TYPES_DO(DEFINE_JNI_ARRAY_ACCESS)
#undef DEFINE_JNI_ARRAY_ACCESS

}  // namespace

void jni_fill_arrays(JNINativeInterface_* t) {
  t->NewString = jni_NewString;
  t->GetStringLength = jni_GetStringLength;
  t->GetStringChars = jni_GetStringChars;
  t->ReleaseStringChars = jni_ReleaseStringChars;
  t->NewStringUTF = jni_NewStringUTF;
  t->GetStringUTFLength = jni_GetStringUTFLength;
  t->GetStringUTFChars = jni_GetStringUTFChars;
  t->ReleaseStringUTFChars = jni_ReleaseStringUTFChars;
  t->GetStringRegion = jni_GetStringRegion;
  t->GetStringUTFRegion = jni_GetStringUTFRegion;
  t->GetStringCritical = jni_GetStringCritical;
  t->ReleaseStringCritical = jni_ReleaseStringCritical;
  t->GetArrayLength = jni_GetArrayLength;
  t->NewObjectArray = jni_NewObjectArray;
  t->GetObjectArrayElement = jni_GetObjectArrayElement;
  t->SetObjectArrayElement = jni_SetObjectArrayElement;
  t->GetPrimitiveArrayCritical = jni_GetPrimitiveArrayCritical;
  t->ReleasePrimitiveArrayCritical = jni_ReleasePrimitiveArrayCritical;
#define FILL_JNI_ARRAY_ACCESS(Name, T, BT)                         \
  t->New##Name##Array = jni_New##Name##Array;                     \
  t->Get##Name##ArrayElements = jni_Get##Name##ArrayElements;     \
  t->Release##Name##ArrayElements = jni_Release##Name##ArrayElements; \
  t->Get##Name##ArrayRegion = jni_Get##Name##ArrayRegion;         \
  t->Set##Name##ArrayRegion = jni_Set##Name##ArrayRegion;
  JNI_PRIMITIVE_TYPES_DO(FILL_JNI_ARRAY_ACCESS)
#undef FILL_JNI_ARRAY_ACCESS
}
