// The boot class loader, class definition, array classes, and linking/initialization
// (JVMS §5.3, §5.4, §5.5).
#include "classfile/systemDictionary.hpp"

#include "classfile/annotations.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/classPathImage.hpp"
#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "gc/shared/barrier.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "memory/oopFactory.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/cpCache.hpp"
#include "oops/instanceKlass.hpp"
#include "prims/jniHandles.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/mutexLocker.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/synchronizer.hpp"

#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <atomic>
#include <mutex>

namespace {
ClassPathImage boot_image;
std::vector<std::string> boot_append;
std::recursive_mutex define_lock;  // one class definition at a time (klass list, dictionaries)
std::mutex init_lock;              // JVMS §5.5 LC, shared by all classes
// Never destroyed: threads may still wait on it while the process exits.
std::condition_variable& init_cv = *new std::condition_variable();
size_t loaded_count = 0;

bool read_file(const std::string& path, std::vector<u1>* out) {
  FILE* f = fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  out->clear();
  u1 buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->insert(out->end(), buf, buf + n);
  fclose(f);
  return true;
}

bool read_boot_class(const char* name, std::vector<u1>* bytes) {
  if (boot_image.read_class(name, bytes)) return true;
  for (const std::string& dir : boot_append)
    if (read_file(dir + "/" + name + ".class", bytes)) return true;
  return false;
}

void throw_class_file_error(JavaThread* THREAD, const ClassFileError& e) {
  const char* cls = "java/lang/ClassFormatError";
  if (e.kind == ClassFileErrorKind::UnsupportedClassVersionError) cls = "java/lang/UnsupportedClassVersionError";
  if (e.kind == ClassFileErrorKind::NoClassDefFoundError) cls = "java/lang/NoClassDefFoundError";
  Exceptions::throw_msg(THREAD, cls, e.message.c_str());
}
}  // namespace

bool SystemDictionary::initialize(const char* jdk_home, const std::vector<std::string>& append, std::string* error) {
  ClassLoaderData::initialize_boot();
  boot_append = append;
  return boot_image.is_open() || boot_image.open(jdk_home, error);
}

size_t SystemDictionary::loaded_class_count() { return loaded_count; }

InstanceKlass* SystemDictionary::define_class(const u1* bytes, size_t length, const char* expected_name,
                                              ClassLoaderData* loader, TRAPS) {
  auto* parsed = new ParsedClass();
  ClassFileError err;
  if (!ClassFileParser::parse(bytes, length, expected_name, parsed, &err)) {
    delete parsed;
    throw_class_file_error(THREAD, err);
    return nullptr;
  }
  return define_parsed(parsed, loader, nullptr, THREAD);
}

InstanceKlass* SystemDictionary::define_hidden_class(const u1* bytes, size_t length, InstanceKlass* lookup,
                                                     bool nestmate, TRAPS) {
  auto* parsed = new ParsedClass();
  ClassFileError err;
  if (!ClassFileParser::parse(bytes, length, nullptr, parsed, &err)) {
    delete parsed;
    throw_class_file_error(THREAD, err);
    return nullptr;
  }
  static std::atomic<uint64_t> hidden_counter{0};
  char suffix[32];
  snprintf(suffix, sizeof suffix, "+0x%016llx", (unsigned long long)(0x800000000ULL + 0x400 * hidden_counter++));
  Symbol* hidden_name = SymbolTable::lookup(parsed->name->str() + suffix);
  InstanceKlass* k = define_parsed(parsed, lookup->class_loader_data(), hidden_name, CHECK_NULL);
  if (nestmate) {
    InstanceKlass* host = lookup->dynamic_nest_host() != nullptr ? lookup->dynamic_nest_host() : lookup;
    if (host->parsed()->nest_host_index != 0) {
      Klass* h = resolve_from(host, host->constants()->klass_name_at(host->parsed()->nest_host_index), CHECK_NULL);
      host = InstanceKlass_cast(h);
    }
    k->_dynamic_nest_host = host;
  }
  return k;
}

namespace {
// The classes this thread is defining (HotSpot's placeholders): meeting one again while
// resolving the supertypes of another means a circular hierarchy (JVMS §5.3.5 step 3).
thread_local std::vector<std::pair<ClassLoaderData*, Symbol*>> classes_being_defined;

struct DefiningMark {
  DefiningMark(ClassLoaderData* loader, Symbol* name) { classes_being_defined.emplace_back(loader, name); }
  ~DefiningMark() { classes_being_defined.pop_back(); }
};

// HotSpot's handle_resolution_exception: a supertype or constant-pool class the loader cannot
// find is a NoClassDefFoundError (the internal name as message) caused by the loader's
// ClassNotFoundException.
void cnfe_to_ncdfe(Symbol* name, JavaThread* THREAD) {
  if (!HAS_PENDING_EXCEPTION) return;
  Handle e(THREAD, THREAD->pending_exception());
  THREAD->clear_pending_exception();
  Klass* cnfe = SystemDictionary::resolve_boot("java/lang/ClassNotFoundException", THREAD);  // loaded at boot
  THREAD->clear_pending_exception();
  if (cnfe != nullptr && e()->klass()->is_subtype_of(cnfe)) {
    Exceptions::throw_msg_cause(THREAD, "java/lang/NoClassDefFoundError", name->bytes(), e());
  } else {
    THREAD->set_pending_exception(e());
  }
}

std::string_view package_of(std::string_view n) {
  size_t slash = n.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : n.substr(0, slash);
}

// JVMS §5.3.5 step 3-4 checks on the supertypes (HotSpot's check_super_class_access /
// check_super_interface_access and sealed-class permission, JEP 409): a supertype must be
// accessible (public or same run-time package) and, if sealed, name this class as permitted.
bool supertypes_accessible(const ParsedClass* parsed, ClassLoaderData* loader, InstanceKlass* super,
                           const std::vector<InstanceKlass*>& interfaces, JavaThread* THREAD) {
  std::string self = parsed->name->as_external_name();
  // The class being defined is in its loader's unnamed module (jvmlab defines no named-module
  // classes outside the boot loader's).
  std::string self_where = loader->is_boot() ? "module java.base of loader 'bootstrap'"
                                             : "unnamed module of loader " + java_lang_Class::loader_description(loader);
  auto where = [&](InstanceKlass* s) {
    std::string w = java_lang_Class::module_and_loader(s);
    if (w == self_where) return "(" + self + " and " + s->name()->as_external_name() + " are in " + w + ")";
    return "(" + self + " is in " + self_where + "; " + s->name()->as_external_name() + " is in " + w + ")";
  };
  // As HotSpot's verify_class_access: the JDK's generated accessors (subclasses of the boot class
  // jdk.internal.reflect.MagicAccessorImpl) may extend the non-public accessor classes.
  const bool magic = super != nullptr && super->is_magic_accessor();
  auto check = [&](InstanceKlass* s, const char* what) {
    bool same_package = s->class_loader_data() == loader && package_of(s->name()->view()) == package_of(parsed->name->view());
    if (!(s->access_flags() & JVM_ACC_PUBLIC) && !same_package && !magic) {
      std::string msg = "class " + self + " cannot access its " + what + " " + s->name()->as_external_name() + " " + where(s);
      Exceptions::throw_msg(THREAD, "java/lang/IllegalAccessError", msg.c_str());
      return false;
    }
    const std::vector<u2>& permitted = s->parsed()->permitted_subclasses;
    if (!permitted.empty()) {
      bool listed = false;
      for (u2 index : permitted) listed |= s->constants()->klass_name_at(index) == parsed->name;
      if (!listed) {
        std::string msg = "class " + self + (s->is_interface() ? " cannot implement sealed interface " : " cannot inherit from sealed class ") +
                          s->name()->as_external_name();
        Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
        return false;
      }
    }
    return true;
  };
  if (super != nullptr && !check(super, "superclass")) return false;
  for (InstanceKlass* i : interfaces)
    if (!check(i, "superinterface")) return false;
  return true;
}

// JVMS §5.4.5 / HotSpot's check_final_method_override: a method may not override a final one it
// can see in a superclass.
bool overrides_final_method(const ParsedClass* parsed, ClassLoaderData* loader, InstanceKlass* super, JavaThread* THREAD) {
  for (const Method* m : parsed->methods) {
    if (m->is_static() || m->is_private() || m->name()->char_at(0) == '<') continue;
    for (InstanceKlass* s = super; s != nullptr; s = s->superklass()) {
      Method* sm = s->find_local_method(m->name(), m->signature());
      if (sm == nullptr || sm->is_static() || sm->is_private()) continue;
      if (!sm->is_final()) break;
      bool visible = sm->is_public() || sm->is_protected() ||
                     (s->class_loader_data() == loader && package_of(s->name()->view()) == package_of(parsed->name->view()));
      if (!visible) continue;
      std::string msg = "class " + parsed->name->as_external_name() + " overrides final method " +
                        s->name()->as_external_name() + "." + m->name()->str() + m->signature()->str();
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
      return true;
    }
  }
  return false;
}
}  // namespace

Klass* SystemDictionary::resolve_from(InstanceKlass* holder, Symbol* name, TRAPS) {
  if (holder->is_hidden() && name == holder->original_name()) return holder;
  Klass* k = resolve_or_fail(name, holder->class_loader_data(), THREAD);
  if (HAS_PENDING_EXCEPTION) {
    cnfe_to_ncdfe(name, THREAD);
    return nullptr;
  }
  return k;
}


InstanceKlass* SystemDictionary::define_parsed(ParsedClass* parsed, ClassLoaderData* loader, Symbol* hidden_name, TRAPS) {
  SafepointSafeLocker<std::recursive_mutex> g(define_lock, JavaThread::current());
  if (hidden_name == nullptr) {
    for (const auto& [l, n] : classes_being_defined) {
      if (l == loader && n == parsed->name) {
        Exceptions::throw_msg(THREAD, "java/lang/ClassCircularityError", parsed->name->bytes());
        delete parsed;
        return nullptr;
      }
    }
  }
  DefiningMark defining(loader, parsed->name);
  if (Klass* existing = hidden_name != nullptr ? nullptr : loader->find(parsed->name)) {
    // A second definition by the same loader (JVMS §5.3.5 step 1: LinkageError).
    (void)existing;
    // HotSpot 17's check_constraints text, with class_in_module_of_loader(false, true).
    std::string name = parsed->name->as_external_name();
    std::string where = "unnamed module of loader " + java_lang_Class::loader_description(loader);
    if (oop l = loader->loader()) {
      static const int parent_offset = find_field_offset(vmClasses::ClassLoader_klass(), "parent", "Ljava/lang/ClassLoader;");
      static const int id_offset = find_field_offset(vmClasses::ClassLoader_klass(), "nameAndId", "Ljava/lang/String;");
      oop parent = l->obj_field(parent_offset);
      oop id = parent != nullptr ? parent->obj_field(id_offset) : nullptr;
      where += ", parent loader " + (parent == nullptr ? std::string("'bootstrap'")
                                                      : id != nullptr ? java_lang_String::as_utf8(id) : parent->klass()->name()->as_external_name());
    } else {
      where = "module java.base of loader 'bootstrap'";
    }
    std::string msg = "loader " + java_lang_Class::loader_description(loader) + " attempted duplicate " +
                      ((parsed->access_flags & JVM_ACC_INTERFACE) ? "interface" : "class") + " definition for " + name +
                      ". (" + name + " is in " + where + ")";
    delete parsed;
    Exceptions::throw_msg(THREAD, "java/lang/LinkageError", msg.c_str());
    return nullptr;
  }
  inject_vm_fields(parsed);

  // JVMS §5.3.5 step 3: the superclass, then the superinterfaces, resolved by this loader.
  InstanceKlass* super = nullptr;
  if (parsed->super_name != nullptr) {
    Klass* s = resolve_or_fail(parsed->super_name, loader, THREAD);
    if (HAS_PENDING_EXCEPTION) {
      cnfe_to_ncdfe(parsed->super_name, THREAD);
      delete parsed;
      return nullptr;
    }
    if (!s->is_instance_klass() || s->is_interface()) {
      std::string msg = "class " + parsed->name->as_external_name() + " has interface " + s->name()->as_external_name() + " as super class";
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
      return nullptr;
    }
    super = InstanceKlass_cast(s);
    if (super->access_flags() & JVM_ACC_FINAL) {
      std::string msg = "class " + parsed->name->as_external_name() + " cannot inherit from final class " + s->name()->as_external_name();
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
      return nullptr;
    }
  }
  std::vector<InstanceKlass*> interfaces;
  for (Symbol* iname : parsed->interfaces) {
    Klass* i = resolve_or_fail(iname, loader, THREAD);
    if (HAS_PENDING_EXCEPTION) {
      cnfe_to_ncdfe(iname, THREAD);
      delete parsed;
      return nullptr;
    }
    if (!i->is_instance_klass() || !i->is_interface()) {
      std::string msg = "class " + parsed->name->as_external_name() + " can not implement " + i->name()->as_external_name() +
                        ", because it is not an interface (" + i->name()->as_external_name() + " is in " +
                        java_lang_Class::module_and_loader(i) + ")";
      Exceptions::throw_msg(THREAD, "java/lang/IncompatibleClassChangeError", msg.c_str());
      return nullptr;
    }
    interfaces.push_back(InstanceKlass_cast(i));
  }

  if (!supertypes_accessible(parsed, loader, super, interfaces, THREAD) ||
      (super != nullptr && overrides_final_method(parsed, loader, super, THREAD))) {
    delete parsed;
    return nullptr;
  }
  InstanceKlass* k = InstanceKlass::create(parsed, super, std::move(interfaces), loader);
  k->_cp_cache = ConstantPoolCache::allocate(parsed->constants->length());
  parsed->constants->set_cache(k->_cp_cache);
  if (hidden_name != nullptr) {
    k->_hidden_name_source = k->_name;
    k->_name = hidden_name;
  } else {
    loader->add(parsed->name, k);
  }
  const bool privileged = loader->is_boot() ||
      loader->loader()->klass()->name()->equals("jdk/internal/loader/ClassLoaders$PlatformClassLoader");
  for (Method* m : parsed->methods) {
    m->_hidden = hidden_name != nullptr ||
                 (privileged && Annotations::has(m->_annotations, m->constants(), "Ljdk/internal/vm/annotation/Hidden;"));
  }
  loaded_count++;
  if (vmClasses::Class_klass() != nullptr && vmClasses::Class_klass()->is_linked()) {
    java_lang_Class::create_mirror(k, CHECK_NULL);
  }
  return k;
}

Klass* SystemDictionary::resolve_or_null(Symbol* name, ClassLoaderData* loader, TRAPS) {
  if (Klass* k = loader->find(name)) return k;
  if (name->char_at(0) == '[') {
    // Array class (JVMS §5.3.3): resolve the component, then make its array class.
    std::string_view d = name->view().substr(1);
    if (d.size() == 1) {
      BasicType t = char2type(d[0]);
      if (t == T_ILLEGAL || t == T_VOID || t == T_OBJECT || t == T_ARRAY) return nullptr;
      return vmClasses::type_array_klass(t);
    }
    Symbol* elem;
    if (d[0] == 'L' && d.back() == ';') elem = SymbolTable::lookup(d.substr(1, d.size() - 2));
    else if (d[0] == '[') elem = SymbolTable::lookup(d);
    else return nullptr;
    Klass* e = resolve_or_null(elem, loader, CHECK_NULL);
    if (e == nullptr) return nullptr;
    return array_klass_of(e, THREAD);
  }
  if (!loader->is_boot()) {
    // Delegation to a Java class loader: ClassLoader.loadClass(String), as HotSpot's
    // SystemDictionary::load_instance_class does for non-boot loaders.
    Handle loader_h(THREAD, loader->loader());
    std::string ext = name->as_external_name();
    oop jname = java_lang_String::create_from_utf8(ext.c_str(), CHECK_NULL);
    JavaArgs args;
    args.push_oop(loader_h());
    args.push_oop(jname);
    JavaValue result;
    JavaCalls::call_virtual(&result, vmClasses::ClassLoader_klass(), "loadClass",
                            "(Ljava/lang/String;)Ljava/lang/Class;", args, CHECK_NULL);
    if (result.v.l == nullptr) return nullptr;
    Klass* k = java_lang_Class::as_klass(result.v.l);
    loader->add(name, k);  // initiating loader records the class too (§5.3.4 loader constraints)
    return k;
  }
  SafepointSafeLocker<std::recursive_mutex> g(define_lock, JavaThread::current());
  if (Klass* k = loader->find(name)) return k;
  std::vector<u1> bytes;
  if (!read_boot_class(name->bytes(), &bytes)) return nullptr;
  return define_class(bytes.data(), bytes.size(), name->bytes(), loader, THREAD);
}

Klass* SystemDictionary::resolve_or_fail(Symbol* name, ClassLoaderData* loader, TRAPS) {
  Klass* k = resolve_or_null(name, loader, CHECK_NULL);
  if (k == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NoClassDefFoundError", name->bytes());
  }
  return k;
}

Klass* SystemDictionary::resolve_boot(const char* name, TRAPS) {
  return resolve_or_fail(SymbolTable::lookup(name), ClassLoaderData::boot(), THREAD);
}

Klass* SystemDictionary::array_klass_of(Klass* element, TRAPS) {
  if (Klass* a = element->array_klass_or_null()) return a;
  SafepointSafeLocker<std::recursive_mutex> g(define_lock, JavaThread::current());
  if (Klass* a = element->array_klass_or_null()) return a;
  ArrayKlass* a = ArrayKlass::create_obj_array(element);
  if (vmClasses::Class_klass() != nullptr && vmClasses::Class_klass()->is_linked())
    java_lang_Class::create_mirror(a, CHECK_NULL);
  return a;
}

void SystemDictionary::link_class(InstanceKlass* k, TRAPS) {
  if (k->is_linked()) return;
  SafepointSafeLocker<std::recursive_mutex> g(define_lock, JavaThread::current());
  if (k->is_linked()) return;
  if (k->superklass() != nullptr) link_class(k->superklass(), CHECK);
  for (InstanceKlass* i : k->local_interfaces()) link_class(i, CHECK);
  k->link_vtable();
  k->set_init_state(InstanceKlass::State::Linked);
}

namespace {
// ConstantValue attributes of static final fields (JVMS §4.7.2), set before <clinit> runs.
void initialize_static_constants(InstanceKlass* k, TRAPS) {
  oop mirror = k->java_mirror();
  ConstantPool* cp = k->constants();
  for (int i = 0; i < k->fields_count(); i++) {
    const FieldInfo& f = k->field_at(i);
    if (!(f.access_flags & JVM_ACC_STATIC) || f.constant_value_index == 0) continue;
    int ci = f.constant_value_index;
    switch (f.signature->char_at(0)) {
      case 'J': mirror->put<jlong>(f.offset, cp->long_at(ci)); break;
      case 'D': mirror->put<jdouble>(f.offset, cp->double_at(ci)); break;
      case 'F': mirror->put<jfloat>(f.offset, cp->float_at(ci)); break;
      case 'I': mirror->put<jint>(f.offset, cp->int_at(ci)); break;
      case 'S': mirror->put<jshort>(f.offset, jshort(cp->int_at(ci))); break;
      case 'C': mirror->put<jchar>(f.offset, jchar(cp->int_at(ci))); break;
      case 'B': mirror->put<jbyte>(f.offset, jbyte(cp->int_at(ci))); break;
      case 'Z': mirror->put<jboolean>(f.offset, jboolean(cp->int_at(ci) != 0)); break;
      case 'L': {
        Symbol* s = cp->string_at(ci);
        oop str = StringTable::intern(s->bytes(), s->length(), CHECK);
        oop_store_at(k->java_mirror(), f.offset, str);
        mirror = k->java_mirror();
        break;
      }
      default: break;
    }
  }
}
}  // namespace

namespace {
// HotSpot 17's InstanceKlass::add_initialization_error: a new ExceptionInInitializerError
// "Exception <class>[: <message>] [in thread "<name>"]" with the failing exception's stack trace,
// kept for the NoClassDefFoundErrors of later attempts. Failing to build it (an exception while
// doing so) leaves those without a cause, as in HotSpot.
void record_initialization_error(InstanceKlass* k, Handle e, JavaThread* THREAD) {
  std::string msg = "Exception " + e()->klass()->name()->as_external_name();
  oop detail = java_lang_Throwable::message(e());
  if (detail != nullptr) msg += ": " + java_lang_String::as_utf8(detail);
  std::string thread_name;
  if (THREAD->threadObj() != nullptr) {
    oop name = THREAD->threadObj()->obj_field(java_lang_Thread::name_offset);
    if (name != nullptr) thread_name = java_lang_String::as_utf8(name);
  }
  msg += " [in thread \"" + thread_name + "\"]";
  InstanceKlass* eiie_klass = InstanceKlass_cast(SystemDictionary::resolve_boot("java/lang/ExceptionInInitializerError", THREAD));
  if (HAS_PENDING_EXCEPTION) { THREAD->clear_pending_exception(); return; }
  oop jmsg = java_lang_String::create_from_utf8(msg.c_str(), THREAD);
  if (HAS_PENDING_EXCEPTION) { THREAD->clear_pending_exception(); return; }
  JavaArgs ctor_args;
  ctor_args.push_oop(jmsg);
  oop error_oop = JavaCalls::construct(eiie_klass, "(Ljava/lang/String;)V", ctor_args, THREAD);
  if (HAS_PENDING_EXCEPTION) { THREAD->clear_pending_exception(); return; }
  Handle error(THREAD, error_oop);
  JavaArgs get_args;
  get_args.push_oop(e());
  JavaValue trace;
  JavaCalls::call_virtual(&trace, vmClasses::Throwable_klass(), "getStackTrace", "()[Ljava/lang/StackTraceElement;",
                          get_args, THREAD);
  if (!HAS_PENDING_EXCEPTION) {
    JavaArgs set_args;
    set_args.push_oop(error());
    set_args.push_oop(trace.v.l);
    JavaValue ignored;
    JavaCalls::call_virtual(&ignored, vmClasses::Throwable_klass(), "setStackTrace", "([Ljava/lang/StackTraceElement;)V",
                            set_args, THREAD);
  }
  if (HAS_PENDING_EXCEPTION) { THREAD->clear_pending_exception(); return; }
  k->set_init_error(JNIHandles::make_global(error()));
}
}  // namespace

namespace {
// JVMS §5.5 step 7: the superinterfaces initialized with a class are those that declare a
// non-abstract, non-static method (a default method), found by a recursive enumeration of the
// interfaces of the class in declaration order, superinterfaces first.
bool declares_default_methods(InstanceKlass* i) {
  for (int m = 0; m < i->methods_count(); m++) {
    Method* method = i->method_at(m);
    if (!method->is_static() && !method->is_abstract() && !method->name()->equals("<clinit>")) return true;
  }
  return false;
}

bool has_default_methods(InstanceKlass* k) {
  if (k->is_interface() && declares_default_methods(k)) return true;
  for (InstanceKlass* i : k->local_interfaces())
    if (has_default_methods(i)) return true;
  return false;
}

void initialize_super_interfaces(InstanceKlass* k, TRAPS) {
  for (InstanceKlass* i : k->local_interfaces()) {
    if (has_default_methods(i)) initialize_super_interfaces(i, CHECK);
    if (declares_default_methods(i)) SystemDictionary::initialize_class(i, CHECK);
  }
}
}  // namespace

void SystemDictionary::initialize_class(InstanceKlass* k, TRAPS) {
  if (k->is_initialized()) return;
  link_class(k, CHECK);
  // JVMS §5.5 steps 1-5: take LC; wait while another thread initializes; recursive request by
  // the same thread completes at once; an erroneous class throws NoClassDefFoundError.
  {
    std::unique_lock<std::mutex> lc(init_lock);
    for (;;) {
      InstanceKlass::State s = k->init_state();
      if (s == InstanceKlass::State::FullyInitialized) return;
      if (s == InstanceKlass::State::BeingInitialized) {
        if (k->init_thread() == THREAD) return;
        // Blocked counts as safe for safepoints; coming back waits for a collection to end.
        ThreadState saved = THREAD->state();
        SafepointSynchronize::transition_to_blocked(THREAD);
        init_cv.wait(lc);
        lc.unlock();
        SafepointSynchronize::transition_from_blocked(THREAD);
        THREAD->set_state(saved);
        lc.lock();
        continue;
      }
      if (s == InstanceKlass::State::InitializationError) {
        lc.unlock();
        std::string msg = "Could not initialize class " + k->name()->as_external_name();
        Exceptions::throw_msg_cause(THREAD, "java/lang/NoClassDefFoundError", msg.c_str(),
                                    JNIHandles::resolve(k->init_error()));
        return;
      }
      k->set_init_thread(THREAD);
      k->set_init_state(InstanceKlass::State::BeingInitialized);  // step 6
      break;
    }
  }
  auto fail = [&](JavaThread* t) {
    std::lock_guard<std::mutex> lc(init_lock);
    k->set_init_thread(nullptr);
    k->set_init_state(InstanceKlass::State::InitializationError);
    init_cv.notify_all();
    (void)t;
  };
  // Step 7: the superclass first (not superinterfaces of an interface); then superinterfaces that
  // declare default methods.
  if (!k->is_interface() && k->superklass() != nullptr) {
    initialize_class(k->superklass(), THREAD);
    if (HAS_PENDING_EXCEPTION) { fail(THREAD); return; }
  }
  if (!k->is_interface() && has_default_methods(k)) {
    initialize_super_interfaces(k, THREAD);
    if (HAS_PENDING_EXCEPTION) { fail(THREAD); return; }
  }
  initialize_static_constants(k, THREAD);
  if (HAS_PENDING_EXCEPTION) { fail(THREAD); return; }
  // Step 9: run <clinit>.
  if (Method* clinit = k->class_initializer()) {
    JavaValue result;
    JavaArgs none;
    JavaCalls::call(&result, clinit, none, THREAD);
  }
  if (HAS_PENDING_EXCEPTION) {
    // Step 11: an exception that is not an Error is wrapped in ExceptionInInitializerError.
    Handle e(THREAD, THREAD->pending_exception());
    THREAD->clear_pending_exception();
    record_initialization_error(k, e, THREAD);
    fail(THREAD);
    if (!e()->klass()->is_subtype_of(vmClasses::Error_klass())) {
      InstanceKlass* eiie_klass = InstanceKlass_cast(resolve_boot("java/lang/ExceptionInInitializerError", THREAD));
      if (HAS_PENDING_EXCEPTION) return;
      JavaArgs args;
      args.push_oop(e());
      oop eiie = JavaCalls::construct(eiie_klass, "(Ljava/lang/Throwable;)V", args, THREAD);
      if (!HAS_PENDING_EXCEPTION) Exceptions::throw_oop(THREAD, eiie);
    } else {
      Exceptions::throw_oop(THREAD, e());
    }
    return;
  }
  // Step 10: done.
  std::lock_guard<std::mutex> lc(init_lock);
  k->set_init_thread(nullptr);
  k->set_init_state(InstanceKlass::State::FullyInitialized);
  init_cv.notify_all();
}
