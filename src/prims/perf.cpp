// jdk.internal.perf.Perf natives (HotSpot's prims/perf.cpp): the JDK's PerfCounters (class
// loading times, launcher counters) live in VM-owned memory exposed as direct ByteBuffers. The
// entries are kept in PerfMemory so the hsperfdata file (jstat, jps; DESIGN §7) can publish them.
#include "prims/perf.hpp"

#include "classfile/javaClasses.hpp"
#include "prims/jniHandles.hpp"
#include "prims/nativeLookup.hpp"
#include "runtime/interfaceSupport.hpp"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace {
std::mutex perf_lock;
std::vector<PerfEntry> entries;

void* allocate_entry(const std::string& name, int variability, int units, size_t size) {
  void* p = calloc(1, size);
  std::lock_guard<std::mutex> g(perf_lock);
  entries.push_back({name, variability, units, p, size});
  return p;
}

jobject JNICALL perf_attach(JNIEnv* env, jobject, jstring, jint, jint) {
  JNI_ENTRY_BODY(env);
  // Attaching to another VM's instrumentation buffer needs the hsperfdata files (future work).
  Exceptions::throw_msg(THREAD, "java/io/IOException", "Perf.attach is not supported by jvmlab yet");
  return nullptr;
}

void JNICALL perf_detach(JNIEnv*, jobject, jobject) {}

jobject JNICALL perf_createLong(JNIEnv* env, jobject, jstring name, jint variability, jint units, jlong value) {
  std::string n;
  {
    JNI_ENTRY_BODY(env);
    n = java_lang_String::as_utf8(JNIHandles::resolve(name));
  }
  auto* p = static_cast<jlong*>(allocate_entry(n, variability, units, sizeof(jlong)));
  *p = value;
  return env->functions->NewDirectByteBuffer(env, p, sizeof(jlong));
}

jobject JNICALL perf_createByteArray(JNIEnv* env, jobject, jstring name, jint variability, jint units,
                                     jbyteArray value, jint max_length) {
  std::string n;
  std::vector<jbyte> bytes;
  {
    JNI_ENTRY_BODY(env);
    n = java_lang_String::as_utf8(JNIHandles::resolve(name));
    arrayOop a = static_cast<arrayOop>(JNIHandles::resolve(value));
    bytes.assign(a->elements<jbyte>(), a->elements<jbyte>() + a->length());
  }
  size_t size = size_t(max_length > int(bytes.size()) ? max_length : int(bytes.size()));
  auto* p = static_cast<jbyte*>(allocate_entry(n, variability, units, size));
  memcpy(p, bytes.data(), bytes.size());
  return env->functions->NewDirectByteBuffer(env, p, jlong(size));
}

jlong JNICALL perf_highResCounter(JNIEnv*, jobject) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

jlong JNICALL perf_highResFrequency(JNIEnv*, jobject) { return 1000000000LL; }  // nanoseconds, as HotSpot on Linux

void JNICALL perf_registerNatives(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = java_lang_Class::as_klass(JNIHandles::resolve(cls));
  NativeLookup::register_native(k, "attach", "(Ljava/lang/String;II)Ljava/nio/ByteBuffer;", (void*)perf_attach);
  NativeLookup::register_native(k, "detach", "(Ljava/nio/ByteBuffer;)V", (void*)perf_detach);
  NativeLookup::register_native(k, "createLong", "(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;", (void*)perf_createLong);
  NativeLookup::register_native(k, "createByteArray", "(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;", (void*)perf_createByteArray);
  NativeLookup::register_native(k, "highResCounter", "()J", (void*)perf_highResCounter);
  NativeLookup::register_native(k, "highResFrequency", "()J", (void*)perf_highResFrequency);
}

// jdk.internal.misc.ScopedMemoryAccess.closeScope0: HotSpot checks (with a handshake) that no
// thread is inside an access to the scope being closed. jvmlab's interpreter does not track
// scoped accesses, so closing always succeeds, as HotSpot's answer when no thread is accessing.
jboolean JNICALL sma_closeScope0(JNIEnv*, jobject, jobject, jobject) { return JNI_TRUE; }

void JNICALL sma_registerNatives(JNIEnv* env, jclass cls) {
  JNI_ENTRY_BODY(env);
  Klass* k = java_lang_Class::as_klass(JNIHandles::resolve(cls));
  NativeLookup::register_native(k, "closeScope0",
                                "(Ljdk/internal/misc/ScopedMemoryAccess$Scope;Ljdk/internal/misc/ScopedMemoryAccess$Scope$ScopedAccessError;)Z",
                                (void*)sma_closeScope0);
}
}  // namespace

void PerfMemory::register_special_natives() {
  NativeLookup::register_special("Java_jdk_internal_perf_Perf_registerNatives", (void*)perf_registerNatives);
  NativeLookup::register_special("Java_jdk_internal_misc_ScopedMemoryAccess_registerNatives", (void*)sma_registerNatives);
}

std::vector<PerfEntry> PerfMemory::entries_snapshot() {
  std::lock_guard<std::mutex> g(perf_lock);
  return entries;
}
