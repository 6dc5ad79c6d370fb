// jdk.internal.misc.Unsafe natives (JDK 17) with HotSpot 17's semantics: field, array and raw
// memory access by (base, offset) — a null base makes the offset an absolute address — CAS,
// fences, off-heap memory, class queries and definition, park/unpark. Bound by registerNatives.
#include "prims/unsafe.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "prims/jniHandles.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/park.hpp"
#include "runtime/threads.hpp"
#include "utilities/debug.hpp"

#include <jvmti.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>
#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

// ---------------------------------------------------------------------------------------------
// Addressing. Unsafe offsets are byte offsets (HotSpot's field_offset_to_byte_offset is the
// identity): base + offset for an object, the offset itself for a null base.

template <typename T> inline T* address_of(oop base, jlong offset) {
  return reinterpret_cast<T*>(reinterpret_cast<uintptr_t>(base) + uintptr_t(offset));
}

// Booleans are normalised as HotSpot's MemoryAccess does: stored as x & 1, read as x != 0.
template <typename T> inline T normalize_for_read(T v) { return v; }
template <> inline jboolean normalize_for_read(jboolean v) { return v != 0; }
template <typename T> inline T normalize_for_write(T v) { return v; }
template <> inline jboolean normalize_for_write(jboolean v) { return v & 1; }

// A reference slot that is not in the heap (null base, native address) has no card to dirty.
inline bool is_heap_slot(oop base, const void* p) {
  return base != nullptr || CollectedHeap::heap()->is_in(p);
}

// ---------------------------------------------------------------------------------------------
// get/put<Type>(Object o, long offset) and the Volatile forms (sequentially consistent, as
// HotSpot's MO_SEQ_CST accesses).

template <typename T> T JNICALL get_value(JNIEnv* env, jobject, jobject o, jlong offset) {
  JNI_ENTRY_BODY(env);
  return normalize_for_read(*address_of<volatile T>(JNIHandles::resolve(o), offset));
}

template <typename T> void JNICALL put_value(JNIEnv* env, jobject, jobject o, jlong offset, T x) {
  JNI_ENTRY_BODY(env);
  *address_of<volatile T>(JNIHandles::resolve(o), offset) = normalize_for_write(x);
}

template <typename T> T JNICALL get_value_volatile(JNIEnv* env, jobject, jobject o, jlong offset) {
  JNI_ENTRY_BODY(env);
  T v;
  __atomic_load(address_of<T>(JNIHandles::resolve(o), offset), &v, __ATOMIC_SEQ_CST);
  return normalize_for_read(v);
}

template <typename T> void JNICALL put_value_volatile(JNIEnv* env, jobject, jobject o, jlong offset, T x) {
  JNI_ENTRY_BODY(env);
  T v = normalize_for_write(x);
  __atomic_store(address_of<T>(JNIHandles::resolve(o), offset), &v, __ATOMIC_SEQ_CST);
}

// References: fields hold narrow oops (-XX:+UseCompressedOops); stores go through the barrier.

jobject JNICALL get_reference(JNIEnv* env, jobject, jobject o, jlong offset) {
  JNI_ENTRY_BODY(env);
  narrowOop n = *address_of<volatile narrowOop>(JNIHandles::resolve(o), offset);
  return JNIHandles::make_local(THREAD, CompressedOops::decode(n));
}

jobject JNICALL get_reference_volatile(JNIEnv* env, jobject, jobject o, jlong offset) {
  JNI_ENTRY_BODY(env);
  narrowOop n = __atomic_load_n(address_of<narrowOop>(JNIHandles::resolve(o), offset), __ATOMIC_SEQ_CST);
  return JNIHandles::make_local(THREAD, CompressedOops::decode(n));
}

void store_reference(oop base, jlong offset, oop x) {
  narrowOop* p = address_of<narrowOop>(base, offset);
  if (is_heap_slot(base, p)) oop_store(p, x);
  else *reinterpret_cast<volatile narrowOop*>(p) = CompressedOops::encode(x);
}

void JNICALL put_reference(JNIEnv* env, jobject, jobject o, jlong offset, jobject x) {
  JNI_ENTRY_BODY(env);
  store_reference(JNIHandles::resolve(o), offset, JNIHandles::resolve(x));
}

void JNICALL put_reference_volatile(JNIEnv* env, jobject, jobject o, jlong offset, jobject x) {
  JNI_ENTRY_BODY(env);
  // A sequentially consistent store on x86: the store (an aligned 4-byte mov) between fences.
  std::atomic_thread_fence(std::memory_order_release);
  store_reference(JNIHandles::resolve(o), offset, JNIHandles::resolve(x));
  std::atomic_thread_fence(std::memory_order_seq_cst);
}

// A full-width (uncompressed) oop stored at a native address.
jobject JNICALL get_uncompressed_object(JNIEnv* env, jobject, jlong addr) {
  JNI_ENTRY_BODY(env);
  return JNIHandles::make_local(THREAD, *reinterpret_cast<oop*>(uintptr_t(addr)));
}

// ---------------------------------------------------------------------------------------------
// Compare-and-set / compare-and-exchange (sequentially consistent, like HotSpot's Atomic::cmpxchg).

template <typename T> T cmpxchg(oop base, jlong offset, T expected, T x) {
  __atomic_compare_exchange_n(address_of<T>(base, offset), &expected, x, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  return expected;  // the value found
}

template <typename T> jboolean JNICALL compare_and_set(JNIEnv* env, jobject, jobject o, jlong offset, T e, T x) {
  JNI_ENTRY_BODY(env);
  return cmpxchg<T>(JNIHandles::resolve(o), offset, e, x) == e;
}

template <typename T> T JNICALL compare_and_exchange(JNIEnv* env, jobject, jobject o, jlong offset, T e, T x) {
  JNI_ENTRY_BODY(env);
  return cmpxchg<T>(JNIHandles::resolve(o), offset, e, x);
}

oop cmpxchg_reference(oop base, jlong offset, oop e, oop x) {
  narrowOop* p = address_of<narrowOop>(base, offset);
  if (is_heap_slot(base, p)) return oop_atomic_cmpxchg(p, e, x);
  narrowOop found = cmpxchg<narrowOop>(nullptr, jlong(uintptr_t(p)), CompressedOops::encode(e), CompressedOops::encode(x));
  return CompressedOops::decode(found);
}

jboolean JNICALL compare_and_set_reference(JNIEnv* env, jobject, jobject o, jlong offset, jobject e, jobject x) {
  JNI_ENTRY_BODY(env);
  oop expected = JNIHandles::resolve(e);
  return cmpxchg_reference(JNIHandles::resolve(o), offset, expected, JNIHandles::resolve(x)) == expected;
}

jobject JNICALL compare_and_exchange_reference(JNIEnv* env, jobject, jobject o, jlong offset, jobject e, jobject x) {
  JNI_ENTRY_BODY(env);
  oop found = cmpxchg_reference(JNIHandles::resolve(o), offset, JNIHandles::resolve(e), JNIHandles::resolve(x));
  return JNIHandles::make_local(THREAD, found);
}

// ---------------------------------------------------------------------------------------------
// Fences (HotSpot's OrderAccess::acquire / release / fence). Leaf calls: no VM state needed.

void JNICALL load_fence(JNIEnv*, jobject) { std::atomic_thread_fence(std::memory_order_acquire); }
void JNICALL store_fence(JNIEnv*, jobject) { std::atomic_thread_fence(std::memory_order_release); }
void JNICALL full_fence(JNIEnv*, jobject) { std::atomic_thread_fence(std::memory_order_seq_cst); }

// ---------------------------------------------------------------------------------------------
// Off-heap memory. The Java side has already checked the arguments and rounded sizes up to
// 8 bytes (Unsafe.alignToHeapWordSize); it turns a 0 result into OutOfMemoryError("Unable to
// allocate N bytes"). Each block carries a 16-byte header with its size so the running total
// stays exact (as HotSpot's malloc headers do under -XX:NativeMemoryTracking).

struct alignas(16) MallocHeader {
  size_t size;
  size_t magic;
};
constexpr size_t kMallocMagic = 0x556e73616665ull;  // "Unsafe"
std::atomic<size_t> malloc_bytes{0};
std::atomic<size_t> malloc_count{0};

MallocHeader* header_of(jlong addr) {
  auto* h = reinterpret_cast<MallocHeader*>(uintptr_t(addr)) - 1;
  guarantee(h->magic == kMallocMagic, "Unsafe memory at %p was not allocated by Unsafe.allocateMemory", (void*)h);
  return h;
}

jlong JNICALL allocate_memory0(JNIEnv*, jobject, jlong size) {
  size_t sz = size_t(size);
  if (sz > SIZE_MAX - sizeof(MallocHeader)) return 0;
  auto* h = static_cast<MallocHeader*>(std::malloc(sizeof(MallocHeader) + sz));
  if (h == nullptr) return 0;
  h->size = sz;
  h->magic = kMallocMagic;
  malloc_bytes += sz;
  malloc_count++;
  return jlong(reinterpret_cast<uintptr_t>(h + 1));
}

jlong JNICALL reallocate_memory0(JNIEnv* env, jobject unsafe, jlong addr, jlong size) {
  if (addr == 0) return allocate_memory0(env, unsafe, size);
  size_t sz = size_t(size);
  if (sz > SIZE_MAX - sizeof(MallocHeader)) return 0;
  MallocHeader* old = header_of(addr);
  size_t old_size = old->size;
  auto* h = static_cast<MallocHeader*>(std::realloc(old, sizeof(MallocHeader) + sz));
  if (h == nullptr) return 0;  // the old block is still valid (realloc's contract)
  h->size = sz;
  malloc_bytes += sz;
  malloc_bytes -= old_size;
  return jlong(reinterpret_cast<uintptr_t>(h + 1));
}

void JNICALL free_memory0(JNIEnv*, jobject, jlong addr) {
  if (addr == 0) return;
  MallocHeader* h = header_of(addr);
  malloc_bytes -= h->size;
  malloc_count--;
  h->magic = 0;
  std::free(h);
}

// The widest unit (8, 4, 2 or 1 bytes) that the address(es) and the size are all aligned to:
// each unit is then read and written whole (HotSpot's Copy::*_atomic).
inline size_t atomic_unit(uintptr_t bits) {
  if ((bits & 7) == 0) return 8;
  if ((bits & 3) == 0) return 4;
  if ((bits & 1) == 0) return 2;
  return 1;
}

template <typename T> void fill_units(address p, size_t bytes, jbyte value) {
  T pattern;
  std::memset(&pattern, value, sizeof(T));
  auto* d = reinterpret_cast<T*>(p);
  for (size_t i = 0, n = bytes / sizeof(T); i < n; i++) __atomic_store_n(d + i, pattern, __ATOMIC_RELAXED);
}

void JNICALL set_memory0(JNIEnv* env, jobject, jobject o, jlong offset, jlong size, jbyte value) {
  JNI_ENTRY_BODY(env);
  address p = address_of<u1>(JNIHandles::resolve(o), offset);
  size_t sz = size_t(size);
  switch (atomic_unit(reinterpret_cast<uintptr_t>(p) | sz)) {
    case 8: fill_units<uint64_t>(p, sz, value); break;
    case 4: fill_units<uint32_t>(p, sz, value); break;
    case 2: fill_units<uint16_t>(p, sz, value); break;
    default: fill_units<uint8_t>(p, sz, value); break;
  }
}

// Copies `bytes` in units of T; the ranges may overlap (conjoint), like memmove.
template <typename T> void copy_units(const u1* src, u1* dst, size_t bytes) {
  auto* s = reinterpret_cast<const T*>(src);
  auto* d = reinterpret_cast<T*>(dst);
  size_t n = bytes / sizeof(T);
  if (dst <= src || dst >= src + bytes) {
    for (size_t i = 0; i < n; i++) __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  } else {
    for (size_t i = n; i-- > 0;) __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  }
}

void JNICALL copy_memory0(JNIEnv* env, jobject, jobject src_base, jlong src_offset, jobject dst_base,
                          jlong dst_offset, jlong size) {
  JNI_ENTRY_BODY(env);
  const u1* src = address_of<u1>(JNIHandles::resolve(src_base), src_offset);
  u1* dst = address_of<u1>(JNIHandles::resolve(dst_base), dst_offset);
  size_t sz = size_t(size);
  switch (atomic_unit(reinterpret_cast<uintptr_t>(src) | reinterpret_cast<uintptr_t>(dst) | sz)) {
    case 8: copy_units<uint64_t>(src, dst, sz); break;
    case 4: copy_units<uint32_t>(src, dst, sz); break;
    case 2: copy_units<uint16_t>(src, dst, sz); break;
    default: copy_units<uint8_t>(src, dst, sz); break;
  }
}

// Copies elements of `sizeof(T)` bytes, reversing the byte order of each (Copy::conjoint_swap).
template <typename T> void swap_units(const u1* src, u1* dst, size_t bytes) {
  size_t n = bytes / sizeof(T);
  auto one = [&](size_t i) {
    T v;
    std::memcpy(&v, src + i * sizeof(T), sizeof(T));
    if constexpr (sizeof(T) == 2) v = __builtin_bswap16(v);
    else if constexpr (sizeof(T) == 4) v = __builtin_bswap32(v);
    else v = __builtin_bswap64(v);
    std::memcpy(dst + i * sizeof(T), &v, sizeof(T));
  };
  if (dst <= src || dst >= src + bytes) {
    for (size_t i = 0; i < n; i++) one(i);
  } else {
    for (size_t i = n; i-- > 0;) one(i);
  }
}

void JNICALL copy_swap_memory0(JNIEnv* env, jobject, jobject src_base, jlong src_offset, jobject dst_base,
                               jlong dst_offset, jlong size, jlong elem_size) {
  JNI_ENTRY_BODY(env);
  const u1* src = address_of<u1>(JNIHandles::resolve(src_base), src_offset);
  u1* dst = address_of<u1>(JNIHandles::resolve(dst_base), dst_offset);
  size_t sz = size_t(size);
  switch (elem_size) {  // the Java side allows only 2, 4 and 8
    case 2: swap_units<uint16_t>(src, dst, sz); break;
    case 4: swap_units<uint32_t>(src, dst, sz); break;
    case 8: swap_units<uint64_t>(src, dst, sz); break;
    default: copy_units<uint8_t>(src, dst, sz); break;
  }
}

// ---------------------------------------------------------------------------------------------
// Persistent-memory writeback (MappedByteBuffer.force on a MAP_SYNC mapping). HotSpot on
// x86_64 flushes with clwb/clflushopt/clflush and ends with sfence; clflush is always there
// and is ordered with stores, so the pre-sync needs nothing.

void JNICALL writeback0(JNIEnv*, jobject, jlong line) {
#if defined(__x86_64__)
  _mm_clflush(reinterpret_cast<const void*>(uintptr_t(line)));
#else
  (void)line;
#endif
}
void JNICALL writeback_pre_sync0(JNIEnv*, jobject) {}
void JNICALL writeback_post_sync0(JNIEnv*, jobject) {
#if defined(__x86_64__)
  _mm_sfence();
#endif
}

int data_cache_line_flush_size() {
#if defined(__x86_64__)
  unsigned eax, ebx, ecx, edx;  // CPUID.1: EDX bit 19 = CLFSH, EBX[15:8] = line size / 8
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (edx & (1u << 19))) return int((ebx >> 8) & 0xff) * 8;
#endif
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Class and field queries.

// java.lang.reflect.Field: the declaring class, the index of the field in that class's fields
// (injected fields come last and never have a Field), and the modifiers.
struct ReflectField {
  int clazz_offset, slot_offset, modifiers_offset;
};
const ReflectField& reflect_field(Klass* field_klass) {
  static const ReflectField f{find_field_offset(field_klass, "clazz", "Ljava/lang/Class;"),
                              find_field_offset(field_klass, "slot", "I"),
                              find_field_offset(field_klass, "modifiers", "I")};
  return f;
}

// The FieldInfo a Field object names, or null with InternalError pending. must_be_static:
// 0 or 1 to require an instance or static field (IllegalArgumentException otherwise).
const FieldInfo* field_of(JavaThread* THREAD, jobject field, int must_be_static) {
  oop reflected = JNIHandles::resolve(field);
  if (reflected == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  const ReflectField& rf = reflect_field(reflected->klass());
  oop mirror = reflected->obj_field(rf.clazz_offset);
  int slot = reflected->get<jint>(rf.slot_offset);
  int modifiers = reflected->get<jint>(rf.modifiers_offset);
  if (must_be_static >= 0 && must_be_static != ((modifiers & JVM_ACC_STATIC) != 0 ? 1 : 0)) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  Klass* k = mirror != nullptr ? java_lang_Class::as_klass(mirror) : nullptr;
  if (k == nullptr || !k->is_instance_klass() || slot < 0 || slot >= InstanceKlass_cast(k)->fields_count() ||
      InstanceKlass_cast(k)->field_at(slot).injected) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError", "Unsafe: bad Field (class or slot)");
    return nullptr;
  }
  return &InstanceKlass_cast(k)->field_at(slot);
}

jlong JNICALL object_field_offset0(JNIEnv* env, jobject, jobject field) {
  JNI_ENTRY_BODY(env);
  const FieldInfo* f = field_of(THREAD, field, 0);
  return f == nullptr ? 0 : f->offset;
}

jlong JNICALL static_field_offset0(JNIEnv* env, jobject, jobject field) {
  JNI_ENTRY_BODY(env);
  const FieldInfo* f = field_of(THREAD, field, 1);
  return f == nullptr ? 0 : f->offset;  // static fields live in the mirror at this offset
}

jobject JNICALL static_field_base0(JNIEnv* env, jobject, jobject field) {
  JNI_ENTRY_BODY(env);
  // HotSpot checks only the modifiers and does not initialize the class.
  oop reflected = JNIHandles::resolve(field);
  if (reflected == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  const ReflectField& rf = reflect_field(reflected->klass());
  if ((reflected->get<jint>(rf.modifiers_offset) & JVM_ACC_STATIC) == 0) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", nullptr);
    return nullptr;
  }
  return JNIHandles::make_local(THREAD, reflected->obj_field(rf.clazz_offset));
}

// objectFieldOffset(Class, String): the first field of that name declared by the class itself
// (static or not; injected fields are invisible), InternalError if none (HotSpot).
jlong JNICALL object_field_offset1(JNIEnv* env, jobject, jclass c, jstring name) {
  JNI_ENTRY_BODY(env);
  oop mirror = JNIHandles::resolve(c);
  oop name_oop = JNIHandles::resolve(name);
  if (mirror == nullptr || name_oop == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return 0;
  }
  Klass* k = java_lang_Class::as_klass(mirror);
  if (k != nullptr && k->is_instance_klass()) {
    InstanceKlass* ik = InstanceKlass_cast(k);
    std::string utf8 = java_lang_String::as_utf8(name_oop);
    for (int i = 0; i < ik->fields_count(); i++) {
      const FieldInfo& f = ik->field_at(i);
      if (!f.injected && f.name->equals(utf8)) return f.offset;
    }
  }
  Exceptions::throw_msg(THREAD, "java/lang/InternalError", nullptr);
  return 0;
}

InstanceKlass* class_to_init(oop mirror) {
  Klass* k = mirror != nullptr ? java_lang_Class::as_klass(mirror) : nullptr;
  if (k == nullptr || !k->is_instance_klass()) return nullptr;  // primitives and arrays need none
  InstanceKlass* ik = InstanceKlass_cast(k);
  return ik->is_initialized() ? nullptr : ik;
}

jboolean JNICALL should_be_initialized0(JNIEnv* env, jobject, jobject c) {
  JNI_ENTRY_BODY(env);
  return class_to_init(JNIHandles::resolve(c)) != nullptr;
}

void JNICALL ensure_class_initialized0(JNIEnv* env, jobject, jobject c) {
  JNI_ENTRY_BODY(env);
  if (InstanceKlass* ik = class_to_init(JNIHandles::resolve(c))) SystemDictionary::initialize_class(ik, THREAD);
}

// Array layout: elements start at 16 for every type (12-byte header + 4-byte length); the
// scale is the element size, 4 for references (narrow oops). A non-array class gets HotSpot's
// answer: it throws java.lang.InvalidClassException, a class that does not exist, so what is
// pending is NoClassDefFoundError: java/lang/InvalidClassException.
bool array_base_and_scale(JavaThread* THREAD, jclass c, int* base, int* scale) {
  oop mirror = JNIHandles::resolve(c);
  Klass* k = mirror != nullptr ? java_lang_Class::as_klass(mirror) : nullptr;
  if (k == nullptr || !k->is_array_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/InvalidClassException", nullptr);
    return false;
  }
  *base = arrayOopDesc::base_offset;
  *scale = k->is_objArray_klass() ? int(sizeof(narrowOop)) : 1 << k->log2_element_size();
  return true;
}

jint JNICALL array_base_offset0(JNIEnv* env, jobject, jclass c) {
  JNI_ENTRY_BODY(env);
  int base = 0, scale = 0;
  return array_base_and_scale(THREAD, c, &base, &scale) ? base : 0;
}

jint JNICALL array_index_scale0(JNIEnv* env, jobject, jclass c) {
  JNI_ENTRY_BODY(env);
  int base = 0, scale = 0;
  return array_base_and_scale(THREAD, c, &base, &scale) ? scale : 0;
}

// ---------------------------------------------------------------------------------------------
// Allocation, class definition, exceptions.

// HotSpot's InstanceKlass::allocate_instance(mirror): InstantiationException for a primitive
// (no message), an interface, an abstract class or an array class (named); IllegalAccessException
// for java.lang.Class; the class is initialized first.
jobject JNICALL allocate_instance(JNIEnv* env, jobject, jclass c) {
  JNI_ENTRY_BODY(env);
  oop mirror = JNIHandles::resolve(c);
  if (mirror == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  Klass* k = java_lang_Class::as_klass(mirror);
  if (k == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/InstantiationException", nullptr);
    return nullptr;
  }
  if (k->is_interface() || (k->access_flags() & JVM_ACC_ABSTRACT) != 0) {
    Exceptions::throw_msg(THREAD, "java/lang/InstantiationException", k->name()->as_external_name().c_str());
    return nullptr;
  }
  if (k == vmClasses::Class_klass()) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessException", k->name()->as_external_name().c_str());
    return nullptr;
  }
  InstanceKlass* ik = InstanceKlass_cast(k);
  SystemDictionary::initialize_class(ik, THREAD);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  oop obj = oopFactory::new_instance(ik, THREAD);
  return JNIHandles::make_local(THREAD, obj);
}

// defineClass0(name, b, off, len, loader, pd): JVM_DefineClass on a copy of b[off, off+len).
// The Java side has checked b != null and len >= 0; the copy checks the region as JNI's
// GetByteArrayRegion does.
jclass JNICALL define_class0(JNIEnv* env, jobject, jstring name, jbyteArray data, jint off, jint len,
                             jobject loader, jobject pd) {
  JNI_ENTRY_BODY(env);
  arrayOop array = static_cast<arrayOop>(JNIHandles::resolve(data));
  if (array == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return nullptr;
  }
  if (off < 0 || len < 0 || jlong(off) + len > array->length()) {
    Exceptions::throw_fmt(THREAD, "java/lang/ArrayIndexOutOfBoundsException",
                          "Array region %d..%lld out of bounds for length %d", off, (long long)(jlong(off) + len),
                          array->length());
    return nullptr;
  }
  std::vector<u1> bytes(array->elements<u1>() + off, array->elements<u1>() + off + len);
  std::string class_name;
  oop name_oop = JNIHandles::resolve(name);
  if (name_oop != nullptr) {
    class_name = java_lang_String::as_utf8(name_oop);
    for (char& ch : class_name) if (ch == '.') ch = '/';
    if (class_name.size() > 0xffff) {  // Symbol::max_length()
      Exceptions::throw_fmt(THREAD, "java/lang/NoClassDefFoundError", "Class name exceeds maximum length of %d: %s",
                            0xffff, class_name.c_str());
      return nullptr;
    }
  }
  ClassLoaderData* cld = ClassLoaderData::for_loader(JNIHandles::resolve(loader));
  InstanceKlass* k = SystemDictionary::define_class(bytes.data(), bytes.size(),
                                                    name_oop != nullptr ? class_name.c_str() : nullptr, cld, THREAD);
  if (HAS_PENDING_EXCEPTION || k == nullptr) return nullptr;
  oop mirror = k->java_mirror();
  if (oop domain = JNIHandles::resolve(pd); domain != nullptr && mirror != nullptr)
    oop_store_at(mirror, java_lang_Class::protection_domain_offset, domain);
  return static_cast<jclass>(JNIHandles::make_local(THREAD, mirror));
}

// HotSpot passes the throwable to JNI Throw (and crashes on null); a null throws
// NullPointerException here.
void JNICALL throw_exception(JNIEnv* env, jobject, jthrowable t) {
  JNI_ENTRY_BODY(env);
  oop e = JNIHandles::resolve(t);
  if (e == nullptr) Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
  else Exceptions::throw_oop(THREAD, e);
}

// ---------------------------------------------------------------------------------------------
// park / unpark (LockSupport).

int thread_field_offset(const char* name, const char* sig) {
  return find_field_offset(vmClasses::Thread_klass(), name, sig);
}

// java.lang.Thread.threadStatus while parked (HotSpot's JavaThreadParkedState): the JVMTI
// state bits that Thread.getState() decodes as WAITING / TIMED_WAITING.
constexpr jint kParked = JVMTI_THREAD_STATE_ALIVE | JVMTI_THREAD_STATE_WAITING |
                         JVMTI_THREAD_STATE_WAITING_INDEFINITELY | JVMTI_THREAD_STATE_PARKED;
constexpr jint kParkedTimed = JVMTI_THREAD_STATE_ALIVE | JVMTI_THREAD_STATE_WAITING |
                              JVMTI_THREAD_STATE_WAITING_WITH_TIMEOUT | JVMTI_THREAD_STATE_PARKED;

void JNICALL park(JNIEnv* env, jobject, jboolean is_absolute, jlong time) {
  JNI_ENTRY_BODY(env);
  Parker* parker = Parker::for_thread(THREAD);
  if (parker->try_consume_permit()) return;
  // An interrupted thread does not block (Thread.interrupt sets the field, then unparks).
  static const int interrupted_offset = thread_field_offset("interrupted", "Z");
  static const int status_offset = thread_field_offset("threadStatus", "I");
  oop thread_obj = THREAD->threadObj();
  if (thread_obj != nullptr && thread_obj->get<jboolean>(interrupted_offset)) return;
  jint saved_status = 0;
  if (thread_obj != nullptr) {
    saved_status = thread_obj->get<jint>(status_offset);
    thread_obj->put<jint>(status_offset, time != 0 ? kParkedTimed : kParked);
  }
  parker->park(THREAD, is_absolute != 0, time);
  // The thread object may have moved while we were blocked: read it again.
  if (oop t = THREAD->threadObj(); t != nullptr && thread_obj != nullptr) t->put<jint>(status_offset, saved_status);
}

void JNICALL unpark(JNIEnv* env, jobject, jobject thread) {
  JNI_ENTRY_BODY(env);
  oop thread_obj = JNIHandles::resolve(thread);
  if (thread_obj == nullptr) return;
  if (JavaThread* t = Threads::thread_for(thread_obj)) Parker::unpark_thread(t);
}

// ---------------------------------------------------------------------------------------------

jint JNICALL get_load_average0(JNIEnv* env, jobject, jdoubleArray loadavg, jint nelem) {
  JNI_ENTRY_BODY(env);
  double la[3];
  int n = getloadavg(la, nelem < 3 ? nelem : 3);
  if (n == -1) return -1;
  arrayOop a = static_cast<arrayOop>(JNIHandles::resolve(loadavg));
  for (int i = 0; i < n && i < a->length(); i++) a->elements<jdouble>()[i] = la[i];
  return n;
}

// ---------------------------------------------------------------------------------------------
// The registration table (HotSpot's jdk_internal_misc_Unsafe_methods).

struct UnsafeNative {
  const char* name;
  const char* signature;
  void* fn;
};

#define OBJ "Ljava/lang/Object;"
#define CLS "Ljava/lang/Class;"
#define FLD "Ljava/lang/reflect/Field;"
#define FN(f) reinterpret_cast<void*>(&f)
#define PRIMITIVE_ACCESSORS(Type, T, D)                                            \
  {"get" #Type, "(" OBJ "J)" D, FN(get_value<T>)},                                 \
  {"put" #Type, "(" OBJ "J" D ")V", FN(put_value<T>)},                             \
  {"get" #Type "Volatile", "(" OBJ "J)" D, FN(get_value_volatile<T>)},             \
  {"put" #Type "Volatile", "(" OBJ "J" D ")V", FN(put_value_volatile<T>)}

const UnsafeNative unsafe_natives[] = {
  {"getReference", "(" OBJ "J)" OBJ, FN(get_reference)},
  {"putReference", "(" OBJ "J" OBJ ")V", FN(put_reference)},
  {"getReferenceVolatile", "(" OBJ "J)" OBJ, FN(get_reference_volatile)},
  {"putReferenceVolatile", "(" OBJ "J" OBJ ")V", FN(put_reference_volatile)},
  {"getUncompressedObject", "(J)" OBJ, FN(get_uncompressed_object)},
  PRIMITIVE_ACCESSORS(Boolean, jboolean, "Z"),
  PRIMITIVE_ACCESSORS(Byte, jbyte, "B"),
  PRIMITIVE_ACCESSORS(Short, jshort, "S"),
  PRIMITIVE_ACCESSORS(Char, jchar, "C"),
  PRIMITIVE_ACCESSORS(Int, jint, "I"),
  PRIMITIVE_ACCESSORS(Long, jlong, "J"),
  PRIMITIVE_ACCESSORS(Float, jfloat, "F"),
  PRIMITIVE_ACCESSORS(Double, jdouble, "D"),
  {"allocateMemory0", "(J)J", FN(allocate_memory0)},
  {"reallocateMemory0", "(JJ)J", FN(reallocate_memory0)},
  {"freeMemory0", "(J)V", FN(free_memory0)},
  {"objectFieldOffset0", "(" FLD ")J", FN(object_field_offset0)},
  {"objectFieldOffset1", "(" CLS "Ljava/lang/String;)J", FN(object_field_offset1)},
  {"staticFieldOffset0", "(" FLD ")J", FN(static_field_offset0)},
  {"staticFieldBase0", "(" FLD ")" OBJ, FN(static_field_base0)},
  {"ensureClassInitialized0", "(" CLS ")V", FN(ensure_class_initialized0)},
  {"arrayBaseOffset0", "(" CLS ")I", FN(array_base_offset0)},
  {"arrayIndexScale0", "(" CLS ")I", FN(array_index_scale0)},
  {"defineClass0", "(Ljava/lang/String;[BIILjava/lang/ClassLoader;Ljava/security/ProtectionDomain;)" CLS,
   FN(define_class0)},
  {"allocateInstance", "(" CLS ")" OBJ, FN(allocate_instance)},
  {"throwException", "(Ljava/lang/Throwable;)V", FN(throw_exception)},
  {"compareAndSetReference", "(" OBJ "J" OBJ OBJ ")Z", FN(compare_and_set_reference)},
  {"compareAndSetInt", "(" OBJ "JII)Z", FN(compare_and_set<jint>)},
  {"compareAndSetLong", "(" OBJ "JJJ)Z", FN(compare_and_set<jlong>)},
  {"compareAndExchangeReference", "(" OBJ "J" OBJ OBJ ")" OBJ, FN(compare_and_exchange_reference)},
  {"compareAndExchangeInt", "(" OBJ "JII)I", FN(compare_and_exchange<jint>)},
  {"compareAndExchangeLong", "(" OBJ "JJJ)J", FN(compare_and_exchange<jlong>)},
  {"park", "(ZJ)V", FN(park)},
  {"unpark", "(" OBJ ")V", FN(unpark)},
  {"getLoadAverage0", "([DI)I", FN(get_load_average0)},
  {"copyMemory0", "(" OBJ "J" OBJ "JJ)V", FN(copy_memory0)},
  {"copySwapMemory0", "(" OBJ "J" OBJ "JJJ)V", FN(copy_swap_memory0)},
  {"writeback0", "(J)V", FN(writeback0)},
  {"writebackPreSync0", "()V", FN(writeback_pre_sync0)},
  {"writebackPostSync0", "()V", FN(writeback_post_sync0)},
  {"setMemory0", "(" OBJ "JJB)V", FN(set_memory0)},
  {"shouldBeInitialized0", "(" CLS ")Z", FN(should_be_initialized0)},
  {"loadFence", "()V", FN(load_fence)},
  {"storeFence", "()V", FN(store_fence)},
  {"fullFence", "()V", FN(full_fence)},
};

#undef PRIMITIVE_ACCESSORS
#undef FN
#undef FLD
#undef CLS
#undef OBJ

// Unsafe.registerNatives(): binds every entry of the table; a missing method is a VM/JDK
// mismatch and throws NoSuchMethodError as JNI RegisterNatives does.
void JNICALL register_natives(JNIEnv* env, jclass unsafe_class) {
  JNI_ENTRY_BODY(env);
  Klass* k = java_lang_Class::as_klass(JNIHandles::resolve(unsafe_class));
  for (const UnsafeNative& n : unsafe_natives) {
    if (!NativeLookup::register_native(k, n.name, n.signature, n.fn)) {
      Exceptions::throw_fmt(THREAD, "java/lang/NoSuchMethodError",
                            "Method 'jdk.internal.misc.Unsafe.%s%s' name or signature does not match", n.name,
                            n.signature);
      return;
    }
  }
}

}  // namespace

void unsafe_register_special_natives() {
  NativeLookup::register_special("Java_jdk_internal_misc_Unsafe_registerNatives",
                                 reinterpret_cast<void*>(&register_natives));
}

void* unsafe_native_entry(const char* name, const char* signature) {
  for (const UnsafeNative& n : unsafe_natives) {
    if (std::strcmp(n.name, name) == 0 && std::strcmp(n.signature, signature) == 0) return n.fn;
  }
  return nullptr;
}

size_t unsafe_malloc_bytes() { return malloc_bytes.load(); }
size_t unsafe_malloc_count() { return malloc_count.load(); }

void unsafe_constants_fixup(JavaThread* THREAD) {
  Klass* k = SystemDictionary::resolve_boot("jdk/internal/misc/UnsafeConstants", CHECK);
  InstanceKlass* ik = InstanceKlass_cast(k);
  // Its <clinit> stores zeros; the VM's values replace them afterwards (HotSpot does the same
  // right after initializing the class, in Threads::create_vm).
  SystemDictionary::initialize_class(ik, CHECK);
  oop mirror = ik->java_mirror();
  mirror->put<jint>(find_field_offset(ik, "ADDRESS_SIZE0", "I", true), jint(sizeof(void*)));
  mirror->put<jint>(find_field_offset(ik, "PAGE_SIZE", "I", true), jint(sysconf(_SC_PAGESIZE)));
  mirror->put<jboolean>(find_field_offset(ik, "BIG_ENDIAN", "Z", true), __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__);
#if defined(__x86_64__)
  constexpr jboolean unaligned_access = true;  // x86 loads and stores need no alignment
#else
  constexpr jboolean unaligned_access = false;
#endif
  mirror->put<jboolean>(find_field_offset(ik, "UNALIGNED_ACCESS", "Z", true), unaligned_access);
  mirror->put<jint>(find_field_offset(ik, "DATA_CACHE_LINE_FLUSH_SIZE", "I", true), data_cache_line_flush_size());
}
