// Field offsets and helpers for JDK classes whose instances the VM reads or creates itself
// (HotSpot's javaClasses.hpp): String, Class (with the fields the VM injects), Throwable,
// Thread. Offsets are looked up by name once the classes are loaded.
#pragma once

#include "runtime/exceptions.hpp"

#include <string>

class ClassLoaderData;

class Klass;
struct ParsedClass;

class java_lang_String {
 public:
  static int value_offset, coder_offset, hash_offset;
  static constexpr jbyte LATIN1 = 0, UTF16 = 1;
  // A new String from modified UTF-8 (JVMS §4.4.7); Latin-1 coded when every char fits (compact strings).
  static oop create_from_utf8(const char* utf8, int length, TRAPS);
  static oop create_from_utf8(const char* utf8, TRAPS);
  static std::string as_utf8(oop s);
  static int length(oop s);
  static jchar char_at(oop s, int i);
  static bool equals(oop s, const char* utf8, int length);
  static void compute_offsets();
};

class java_lang_Class {
 public:
  // Fields the VM adds to java.lang.Class (hidden from reflection), as HotSpot injects them.
  static int klass_offset, array_klass_offset, oop_size_offset, static_oop_field_count_offset;
  static int protection_domain_offset, component_mirror_offset;
  static int class_loader_offset, module_offset, component_type_offset, name_offset;
  static void add_injected_fields(ParsedClass* parsed);
  static void compute_offsets();

  // Creates k's mirror (for an InstanceKlass, lays out its static fields in it).
  static void create_mirror(Klass* k, TRAPS);
  static Klass* as_klass(oop mirror) { return mirror->get<Klass*>(klass_offset); }
  // Mirrors of the primitive types (int.class ...), indexed by BasicType.
  static oop primitive_mirror(BasicType t);
  static void create_primitive_mirrors(TRAPS);
  static BasicType primitive_type(oop mirror);  // T_ILLEGAL for a class or array mirror
  static oop* primitive_mirrors_addr();
  // "module java.base of loader 'bootstrap'" / "unnamed module of loader 'app'" (HotSpot's
  // Klass::class_in_module_of_loader), and a loader as those texts name it ("'app'",
  // "'bootstrap'", "'name' @hash").
  static std::string module_and_loader(Klass* k);
  static std::string loader_description(ClassLoaderData* cld);
};

class java_lang_Throwable {
 public:
  static int detailMessage_offset, backtrace_offset, depth_offset, stackTrace_offset, cause_offset;
  static void compute_offsets();
  static oop message(oop t) { return t->obj_field(detailMessage_offset); }
};

class java_lang_Thread {
 public:
  static int eetop_offset, daemon_offset, priority_offset, stackSize_offset, threadStatus_offset;
  static int interrupted_offset, name_offset, group_offset;
  // java.lang.Thread.threadStatus values (JVMTI thread state bits, as jdk.internal.misc.VM decodes them).
  enum Status : jint {
    NEW = 0, RUNNABLE = 0x0005, TERMINATED = 0x0002, SLEEPING = 0x00e1, IN_OBJECT_WAIT = 0x0191,
    IN_OBJECT_WAIT_TIMED = 0x01a1, PARKED = 0x0291, PARKED_TIMED = 0x02a1, BLOCKED_ON_MONITOR_ENTER = 0x0401,
  };
  static void compute_offsets();
  static JavaThread* thread(oop t) { return reinterpret_cast<JavaThread*>(t->get<jlong>(eetop_offset)); }
  static void set_thread(oop t, JavaThread* jt) { t->put<jlong>(eetop_offset, reinterpret_cast<jlong>(jt)); }
  static bool is_daemon(oop t) { return t->get<jboolean>(daemon_offset); }
  static void set_daemon(oop t, bool d) { t->put<jboolean>(daemon_offset, d); }
  static jlong stack_size(oop t) { return t->get<jlong>(stackSize_offset); }
  static void set_status(oop t, Status s) { t->put<jint>(threadStatus_offset, s); }
  static jint status(oop t) { return t->get<jint>(threadStatus_offset); }
  static bool interrupted(oop t) { return t->get<jboolean>(interrupted_offset); }
  static void set_interrupted(oop t, bool v) { t->put<jboolean>(interrupted_offset, v); }
};

// java.lang.ref.Reference and SoftReference: the offsets are published to the collectors
// (ReferenceFields in gc/shared/objectModel.hpp), and the collector's soft reference clock is
// told where SoftReference.clock lives (a static, in SoftReference's mirror).
class java_lang_ref_Reference {
 public:
  static void compute_offsets();  // once the vmClasses are loaded (their mirrors exist)
};

// java.lang.invoke (JSR 292): the fields the VM reads and the ones it injects (HotSpot's
// MemberName.vmindex, ResolvedMethodName.vmtarget/vmholder).
class java_lang_invoke {
 public:
  static int MemberName_clazz, MemberName_name, MemberName_type, MemberName_flags, MemberName_method;
  static int MemberName_vmindex;                        // injected: long
  static int ResolvedMethodName_vmtarget;               // injected: long (Method*)
  static int ResolvedMethodName_vmholder;               // injected: Class
  static int MethodType_rtype, MethodType_ptypes;
  static int MethodHandle_form, MethodHandle_type, LambdaForm_vmentry, CallSite_target;
  static void compute_offsets();  // after java.lang.invoke classes are loaded (lazily, on first use)
  static bool offsets_ready;
};

// Adds the fields HotSpot injects into JDK classes (java.lang.Class, MemberName, ResolvedMethodName).
void inject_vm_fields(ParsedClass* parsed);

// Looks up an instance or static field offset by name and signature; fatal if absent (these are
// fields of JDK classes the VM depends on).
int find_field_offset(Klass* k, const char* name, const char* sig, bool is_static = false);
