// java.lang.String, java.lang.Class and java.lang.Throwable as the VM sees them.
#include "classfile/javaClasses.hpp"

#include "utilities/debug.hpp"

#include "classfile/classLoaderData.hpp"
#include "classfile/moduleEntry.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "gc/shared/referenceProcessor.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"

#include <cstring>
#include <vector>

int find_field_offset(Klass* k, const char* name, const char* sig, bool is_static) {
  InstanceKlass* ik = InstanceKlass_cast(k);
  Symbol* n = SymbolTable::lookup(name);
  Symbol* s = SymbolTable::lookup(sig);
  for (int i = 0; i < ik->fields_count(); i++) {
    const FieldInfo& f = ik->field_at(i);
    if (f.name == n && f.signature == s && bool(f.access_flags & JVM_ACC_STATIC) == is_static) return f.offset;
  }
  fatal("field %s %s not found in %s", name, sig, k->name()->bytes());
}

// ---- String ------------------------------------------------------------------------------------

int java_lang_String::value_offset, java_lang_String::coder_offset, java_lang_String::hash_offset;

void java_lang_String::compute_offsets() {
  value_offset = find_field_offset(vmClasses::String_klass(), "value", "[B");
  coder_offset = find_field_offset(vmClasses::String_klass(), "coder", "B");
  hash_offset = find_field_offset(vmClasses::String_klass(), "hash", "I");
}

namespace {
// Modified UTF-8 (JVMS §4.4.7) to UTF-16 code units; malformed bytes are taken as Latin-1.
std::vector<jchar> decode_utf8(const char* s, int len) {
  std::vector<jchar> out;
  out.reserve(size_t(len));
  const u1* p = reinterpret_cast<const u1*>(s);
  for (int i = 0; i < len;) {
    u1 c = p[i];
    if (c < 0x80) { out.push_back(c); i++; }
    else if ((c & 0xe0) == 0xc0 && i + 1 < len) { out.push_back(jchar(((c & 0x1f) << 6) | (p[i + 1] & 0x3f))); i += 2; }
    else if ((c & 0xf0) == 0xe0 && i + 2 < len) {
      out.push_back(jchar(((c & 0x0f) << 12) | ((p[i + 1] & 0x3f) << 6) | (p[i + 2] & 0x3f)));
      i += 3;
    } else { out.push_back(c); i++; }
  }
  return out;
}
}  // namespace

oop java_lang_String::create_from_utf8(const char* utf8, int length, TRAPS) {
  std::vector<jchar> chars = decode_utf8(utf8, length);
  bool latin1 = true;
  for (jchar c : chars) if (c > 0xff) { latin1 = false; break; }
  int n = int(chars.size());
  arrayOop value = oopFactory::new_typeArray(T_BYTE, latin1 ? n : 2 * n, CHECK_NULL);
  if (latin1) {
    for (int i = 0; i < n; i++) value->elements<jbyte>()[i] = jbyte(chars[i]);
  } else {
    memcpy(value->elements<jchar>(), chars.data(), 2 * size_t(n));  // UTF16 in native byte order
  }
  Handle v(THREAD, value);
  oop s = oopFactory::new_instance(vmClasses::String_klass(), CHECK_NULL);
  oop_store_at(s, value_offset, v());
  s->put<jbyte>(coder_offset, latin1 ? LATIN1 : UTF16);
  return s;
}

oop java_lang_String::create_from_utf8(const char* utf8, TRAPS) {
  return create_from_utf8(utf8, int(strlen(utf8)), THREAD);
}

int java_lang_String::length(oop s) {
  arrayOop v = static_cast<arrayOop>(s->obj_field(value_offset));
  return s->get<jbyte>(coder_offset) == LATIN1 ? v->length() : v->length() / 2;
}

jchar java_lang_String::char_at(oop s, int i) {
  arrayOop v = static_cast<arrayOop>(s->obj_field(value_offset));
  return s->get<jbyte>(coder_offset) == LATIN1 ? jchar(u1(v->elements<jbyte>()[i])) : v->elements<jchar>()[i];
}

std::string java_lang_String::as_utf8(oop s) {
  std::string out;
  int n = length(s);
  for (int i = 0; i < n; i++) {
    jchar c = char_at(s, i);
    if (c != 0 && c < 0x80) out += char(c);
    else if (c < 0x800) { out += char(0xc0 | (c >> 6)); out += char(0x80 | (c & 0x3f)); }
    else { out += char(0xe0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3f)); out += char(0x80 | (c & 0x3f)); }
  }
  return out;
}

bool java_lang_String::equals(oop s, const char* utf8, int length) {
  std::vector<jchar> chars = decode_utf8(utf8, length);
  if (int(chars.size()) != java_lang_String::length(s)) return false;
  for (size_t i = 0; i < chars.size(); i++)
    if (char_at(s, int(i)) != chars[i]) return false;
  return true;
}

// ---- java.lang.ref ------------------------------------------------------------------------------

void java_lang_ref_Reference::compute_offsets() {
  Klass* r = vmClasses::Reference_klass();
  ReferenceFields::queue = find_field_offset(r, "queue", "Ljava/lang/ref/ReferenceQueue;");
  ReferenceFields::next = find_field_offset(r, "next", "Ljava/lang/ref/Reference;");
  ReferenceFields::discovered = find_field_offset(r, "discovered", "Ljava/lang/ref/Reference;");
  Klass* soft = vmClasses::SoftReference_klass();
  ReferenceFields::soft_timestamp = find_field_offset(soft, "timestamp", "J");
  ReferenceFields::referent = find_field_offset(r, "referent", "Ljava/lang/Object;");  // last: published() from here on
  ReferenceProcessor::publish_soft_reference_clock(soft, find_field_offset(soft, "clock", "J", /*is_static=*/true));
}

// ---- Class -------------------------------------------------------------------------------------

int java_lang_Class::klass_offset, java_lang_Class::array_klass_offset, java_lang_Class::oop_size_offset;
int java_lang_Class::static_oop_field_count_offset, java_lang_Class::protection_domain_offset;
int java_lang_Class::component_mirror_offset, java_lang_Class::class_loader_offset;
int java_lang_Class::module_offset, java_lang_Class::component_type_offset, java_lang_Class::name_offset;

namespace {
oop primitive_mirrors[T_VOID + 1];
}

namespace {
void add_injected(ParsedClass* parsed, const char* name, const char* sig) {
  // Invisible to reflection (FieldInfo.injected); HotSpot's JavaClasses::get_injected.
  FieldInfo f;
  f.name = SymbolTable::lookup(name);
  f.signature = SymbolTable::lookup(sig);
  f.access_flags = JVM_ACC_PRIVATE | JVM_ACC_SYNTHETIC;
  f.injected = true;
  parsed->fields.push_back(f);
}
}  // namespace

void inject_vm_fields(ParsedClass* parsed) {
  if (parsed->name->equals("java/lang/Class")) {
    java_lang_Class::add_injected_fields(parsed);
  } else if (parsed->name->equals("java/lang/invoke/MemberName")) {
    add_injected(parsed, "vmindex", "J");
  } else if (parsed->name->equals("java/lang/invoke/ResolvedMethodName")) {
    add_injected(parsed, "vmtarget", "J");
    add_injected(parsed, "vmholder", "Ljava/lang/Class;");
  }
}

void java_lang_Class::add_injected_fields(ParsedClass* parsed) {
  // javaClasses.hpp CLASS_INJECTED_FIELDS in HotSpot.
  auto add = [&](const char* name, const char* sig) { add_injected(parsed, name, sig); };
  add("klass", "J");
  add("array_klass", "J");
  add("oop_size", "I");
  add("static_oop_field_count", "I");
  add("protection_domain", "Ljava/lang/Object;");
  add("signers", "Ljava/lang/Object;");
  add("source_file", "Ljava/lang/Object;");
}

void java_lang_Class::compute_offsets() {
  Klass* c = vmClasses::Class_klass();
  klass_offset = find_field_offset(c, "klass", "J");
  array_klass_offset = find_field_offset(c, "array_klass", "J");
  oop_size_offset = find_field_offset(c, "oop_size", "I");
  static_oop_field_count_offset = find_field_offset(c, "static_oop_field_count", "I");
  protection_domain_offset = find_field_offset(c, "protection_domain", "Ljava/lang/Object;");
  class_loader_offset = find_field_offset(c, "classLoader", "Ljava/lang/ClassLoader;");
  module_offset = find_field_offset(c, "module", "Ljava/lang/Module;");
  component_type_offset = find_field_offset(c, "componentType", "Ljava/lang/Class;");
  name_offset = find_field_offset(c, "name", "Ljava/lang/String;");
  Klass::_mirror_size_offset = oop_size_offset;
  Klass::_mirror_static_count_offset = static_oop_field_count_offset;
  Klass::_mirror_statics_offset = c->instance_size();
}

void java_lang_Class::create_mirror(Klass* k, TRAPS) {
  int size = vmClasses::Class_klass()->instance_size();
  int static_oops = 0;
  if (k->is_instance_klass()) {
    InstanceKlass* ik = InstanceKlass_cast(k);
    ik->layout_static_fields();
    size = ik->mirror_size();
    static_oops = ik->static_oop_field_count();
  }
  address mem = oopFactory::allocate(THREAD, size_t(size));
  if (mem == nullptr) return;
  oopFactory::init_header(mem, vmClasses::Class_klass());
  oop m = reinterpret_cast<oop>(mem);
  m->put<Klass*>(klass_offset, k);
  m->put<jint>(oop_size_offset, size);
  m->put<jint>(static_oop_field_count_offset, static_oops);
  k->set_java_mirror(m);
  if (k->is_array_klass()) {
    ArrayKlass* ak = static_cast<ArrayKlass*>(k);
    oop component = ak->element_klass() != nullptr ? ak->element_klass()->java_mirror()
                                                   : primitive_mirror(ak->element_type());
    if (component != nullptr) oop_store_at(m, component_type_offset, component);
  }
  if (k->class_loader_data() != nullptr && k->class_loader_data()->loader() != nullptr)
    oop_store_at(m, class_loader_offset, k->class_loader_data()->loader());
  // Class.module: null until java.base is defined; ModuleRegistry patches those mirrors then.
  if (oop module = module_for_class(k)) oop_store_at(k->java_mirror(), module_offset, module);
}

oop java_lang_Class::primitive_mirror(BasicType t) { return t <= T_VOID ? primitive_mirrors[t] : nullptr; }
oop* java_lang_Class::primitive_mirrors_addr() { return primitive_mirrors; }

void java_lang_Class::create_primitive_mirrors(TRAPS) {
  for (int t = T_BOOLEAN; t <= T_VOID; t++) {
    if (t == T_OBJECT || t == T_ARRAY) continue;
    address mem = oopFactory::allocate(THREAD, size_t(vmClasses::Class_klass()->instance_size()));
    if (mem == nullptr) return;
    oopFactory::init_header(mem, vmClasses::Class_klass());
    oop m = reinterpret_cast<oop>(mem);
    m->put<jint>(oop_size_offset, vmClasses::Class_klass()->instance_size());
    primitive_mirrors[t] = m;  // klass field stays null: a primitive type has no Klass
    // array_klass records the primitive array class (int.class -> int[]).
    if (t != T_VOID) m->put<Klass*>(array_klass_offset, vmClasses::type_array_klass(BasicType(t)));
  }
}

BasicType java_lang_Class::primitive_type(oop mirror) {
  for (int t = T_BOOLEAN; t <= T_VOID; t++)
    if (primitive_mirrors[t] == mirror && mirror != nullptr) return BasicType(t);
  return T_ILLEGAL;
}

// ---- Throwable ---------------------------------------------------------------------------------

int java_lang_Throwable::detailMessage_offset, java_lang_Throwable::backtrace_offset;
int java_lang_Throwable::depth_offset, java_lang_Throwable::stackTrace_offset, java_lang_Throwable::cause_offset;

void java_lang_Throwable::compute_offsets() {
  Klass* t = vmClasses::Throwable_klass();
  detailMessage_offset = find_field_offset(t, "detailMessage", "Ljava/lang/String;");
  backtrace_offset = find_field_offset(t, "backtrace", "Ljava/lang/Object;");
  depth_offset = find_field_offset(t, "depth", "I");
  stackTrace_offset = find_field_offset(t, "stackTrace", "[Ljava/lang/StackTraceElement;");
  cause_offset = find_field_offset(t, "cause", "Ljava/lang/Throwable;");
}

// ---- Thread ------------------------------------------------------------------------------------

int java_lang_Thread::eetop_offset, java_lang_Thread::daemon_offset, java_lang_Thread::priority_offset;
int java_lang_Thread::stackSize_offset, java_lang_Thread::threadStatus_offset, java_lang_Thread::interrupted_offset;
int java_lang_Thread::name_offset, java_lang_Thread::group_offset;

void java_lang_Thread::compute_offsets() {
  Klass* t = vmClasses::Thread_klass();
  eetop_offset = find_field_offset(t, "eetop", "J");
  daemon_offset = find_field_offset(t, "daemon", "Z");
  priority_offset = find_field_offset(t, "priority", "I");
  stackSize_offset = find_field_offset(t, "stackSize", "J");
  threadStatus_offset = find_field_offset(t, "threadStatus", "I");
  interrupted_offset = find_field_offset(t, "interrupted", "Z");
  name_offset = find_field_offset(t, "name", "Ljava/lang/String;");
  group_offset = find_field_offset(t, "group", "Ljava/lang/ThreadGroup;");
}

// ---- java.lang.invoke ---------------------------------------------------------------------------

int java_lang_invoke::MemberName_clazz, java_lang_invoke::MemberName_name, java_lang_invoke::MemberName_type;
int java_lang_invoke::MemberName_flags, java_lang_invoke::MemberName_method, java_lang_invoke::MemberName_vmindex;
int java_lang_invoke::ResolvedMethodName_vmtarget, java_lang_invoke::ResolvedMethodName_vmholder;
int java_lang_invoke::MethodType_rtype, java_lang_invoke::MethodType_ptypes;
int java_lang_invoke::MethodHandle_form, java_lang_invoke::MethodHandle_type;
int java_lang_invoke::LambdaForm_vmentry, java_lang_invoke::CallSite_target;
bool java_lang_invoke::offsets_ready = false;

void java_lang_invoke::compute_offsets() {
  if (offsets_ready) return;
  JavaThread* THREAD = JavaThread::current();
  auto k = [&](const char* n) { return SystemDictionary::resolve_boot(n, THREAD); };
  Klass* mn = k("java/lang/invoke/MemberName");
  Klass* rmn = k("java/lang/invoke/ResolvedMethodName");
  Klass* mt = k("java/lang/invoke/MethodType");
  Klass* mh = k("java/lang/invoke/MethodHandle");
  Klass* lf = k("java/lang/invoke/LambdaForm");
  Klass* cs = k("java/lang/invoke/CallSite");
  if (HAS_PENDING_EXCEPTION) return;
  MemberName_clazz = find_field_offset(mn, "clazz", "Ljava/lang/Class;");
  MemberName_name = find_field_offset(mn, "name", "Ljava/lang/String;");
  MemberName_type = find_field_offset(mn, "type", "Ljava/lang/Object;");
  MemberName_flags = find_field_offset(mn, "flags", "I");
  MemberName_method = find_field_offset(mn, "method", "Ljava/lang/invoke/ResolvedMethodName;");
  MemberName_vmindex = find_field_offset(mn, "vmindex", "J");
  ResolvedMethodName_vmtarget = find_field_offset(rmn, "vmtarget", "J");
  ResolvedMethodName_vmholder = find_field_offset(rmn, "vmholder", "Ljava/lang/Class;");
  MethodType_rtype = find_field_offset(mt, "rtype", "Ljava/lang/Class;");
  MethodType_ptypes = find_field_offset(mt, "ptypes", "[Ljava/lang/Class;");
  MethodHandle_form = find_field_offset(mh, "form", "Ljava/lang/invoke/LambdaForm;");
  MethodHandle_type = find_field_offset(mh, "type", "Ljava/lang/invoke/MethodType;");
  LambdaForm_vmentry = find_field_offset(lf, "vmentry", "Ljava/lang/invoke/MemberName;");
  CallSite_target = find_field_offset(cs, "target", "Ljava/lang/invoke/MethodHandle;");
  offsets_ready = true;
}

// "module java.base of loader 'bootstrap'" / "unnamed module of loader 'app'": where a class
// lives, as HotSpot's Klass::class_in_module_of_loader describes it.
std::string java_lang_Class::module_and_loader(Klass* k) {
  Klass* bottom = k->is_array_klass() ? static_cast<ArrayKlass*>(k)->bottom_klass() : k;
  if (bottom == nullptr) return "module java.base of loader 'bootstrap'";  // primitive arrays
  std::string module = "unnamed module";
  if (oop mirror = bottom->java_mirror()) {
    oop m = mirror->obj_field(java_lang_Class::module_offset);
    if (m != nullptr) {
      static int name_offset = find_field_offset(m->klass(), "name", "Ljava/lang/String;");
      oop name = m->obj_field(name_offset);
      if (name != nullptr) module = "module " + java_lang_String::as_utf8(name);
    }
  }
  return module + " of loader " + loader_description(bottom->class_loader_data());
}

std::string java_lang_Class::loader_description(ClassLoaderData* cld) {
  std::string loader = "'bootstrap'";
  if (oop l = cld->loader()) {
    static int id_offset = find_field_offset(vmClasses::ClassLoader_klass(), "nameAndId", "Ljava/lang/String;");
    oop id = l->obj_field(id_offset);
    loader = id != nullptr ? java_lang_String::as_utf8(id) : l->klass()->name()->as_external_name();
  }
  return loader;
}
