// Stack traces (see stackTrace.hpp): frame walking, Throwable backtraces, StackTraceElements.
#include "runtime/stackTrace.hpp"

#include "classfile/javaClasses.hpp"
#include "classfile/stringTable.hpp"
#include "classfile/symbolTable.hpp"
#include "classfile/vmClasses.hpp"
#include "classfile/classLoaderData.hpp"
#include "classfile/systemDictionary.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/frame.hpp"
#include "memory/oopFactory.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "utilities/debug.hpp"
#include "vm/globals.hpp"

#include <string>

namespace {
// Offset of an instance field, or -1 when the class has no such field (JDK-internal fields the
// stack trace code reads only when present).
int optional_field_offset(Klass* k, const char* name, const char* sig) {
  if (k == nullptr || !k->is_instance_klass()) return -1;
  Symbol* n = SymbolTable::probe(name);
  Symbol* s = SymbolTable::probe(sig);
  if (n == nullptr || s == nullptr) return -1;
  int index = -1;
  InstanceKlass* holder = InstanceKlass_cast(k)->find_field(n, s, &index);
  if (holder == nullptr || (holder->field_at(index).access_flags & JVM_ACC_STATIC)) return -1;
  return holder->field_at(index).offset;
}

// java.lang.StackTraceElement's fields (JDK 17), looked up once.
struct SteOffsets {
  int declaringClassObject, classLoaderName, moduleName, moduleVersion, declaringClass,
      methodName, fileName, lineNumber;
  SteOffsets() {
    Klass* k = vmClasses::StackTraceElement_klass();
    const char* str = "Ljava/lang/String;";
    declaringClassObject = find_field_offset(k, "declaringClassObject", "Ljava/lang/Class;");
    classLoaderName = find_field_offset(k, "classLoaderName", str);
    moduleName = find_field_offset(k, "moduleName", str);
    moduleVersion = find_field_offset(k, "moduleVersion", str);
    declaringClass = find_field_offset(k, "declaringClass", str);
    methodName = find_field_offset(k, "methodName", str);
    fileName = find_field_offset(k, "fileName", str);
    lineNumber = find_field_offset(k, "lineNumber", "I");
  }
};
const SteOffsets& ste() {
  static const SteOffsets offsets;
  return offsets;
}

// A boot class the trace code reads fields of; null (nothing pending) if it cannot be loaded.
Klass* optional_boot_class(const char* name, JavaThread* thread) {
  Klass* k = SystemDictionary::resolve_boot(name, thread);
  if (thread->has_pending_exception()) thread->clear_pending_exception();
  return k;
}

// Fields read by class name: the loader's name, the module's name and version.
struct ModuleOffsets {
  int loader_name, module_name, module_descriptor, descriptor_version, descriptor_raw_version,
      version_string;
  ModuleOffsets(JavaThread* thread) {
    loader_name = optional_field_offset(vmClasses::ClassLoader_klass(), "name", "Ljava/lang/String;");
    Klass* module = optional_boot_class("java/lang/Module", thread);
    Klass* descriptor = optional_boot_class("java/lang/module/ModuleDescriptor", thread);
    Klass* version = optional_boot_class("java/lang/module/ModuleDescriptor$Version", thread);
    module_name = optional_field_offset(module, "name", "Ljava/lang/String;");
    module_descriptor = optional_field_offset(module, "descriptor", "Ljava/lang/module/ModuleDescriptor;");
    descriptor_version = optional_field_offset(descriptor, "version", "Ljava/lang/module/ModuleDescriptor$Version;");
    descriptor_raw_version = optional_field_offset(descriptor, "rawVersionString", "Ljava/lang/String;");
    version_string = optional_field_offset(version, "version", "Ljava/lang/String;");
  }
};

const ModuleOffsets& module_offsets(JavaThread* thread) {
  static const ModuleOffsets offsets(thread);
  return offsets;
}

oop field_or_null(oop o, int offset) { return o == nullptr || offset < 0 ? nullptr : o->obj_field(offset); }

const ModuleOffsets* prepared_module_offsets = nullptr;  // set by prepare_element_text
}  // namespace

std::vector<RecordedFrame> StackTrace::walk(JavaThread* thread, int max_depth) {
  std::vector<RecordedFrame> frames;
  for (Frame* f = thread->last_frame(); f != nullptr; f = f->_prev) {
    if (max_depth > 0 && int(frames.size()) >= max_depth) break;
    Method* m = f->_method;
    int bci = m->is_native() || m->code() == nullptr ? 0 : f->bci();
    frames.push_back({m, bci});
  }
  return frames;
}

void StackTrace::fill_in(Handle throwable, TRAPS) {
  if (!StackTraceInThrowable || throwable.is_null()) return;
  Klass* tk = throwable()->klass();
  Symbol* fill_name = SymbolTable::lookup("fillInStackTrace");
  Symbol* init_name = SymbolTable::lookup("<init>");

  // HotSpot's order: first the fillInStackTrace frames of the throwable's classes, then the
  // constructors of its class chain; whatever follows is the creation site.
  std::vector<RecordedFrame> frames;
  bool past_fill = false, past_init = false;
  for (Frame* f = THREAD->last_frame(); f != nullptr; f = f->_prev) {
    Method* m = f->_method;
    if (!past_fill) {
      if (m->name() == fill_name && tk->is_subtype_of(m->holder())) continue;
      past_fill = true;
    }
    if (!past_init) {
      if (m->name() == init_name && tk->is_subtype_of(m->holder())) continue;
      past_init = true;
    }
    if (m->is_hidden() && !ShowHiddenFrames) continue;
    if (MaxJavaStackTraceDepth > 0 && intx(frames.size()) >= MaxJavaStackTraceDepth) break;
    frames.push_back({m, m->is_native() || m->code() == nullptr ? 0 : f->bci()});
  }

  // As HotSpot: drop the old trace first (so a failed refill leaves none rather than a stale
  // one) and the lazily made StackTraceElement[] (Throwable resets it to UNASSIGNED_STACK).
  oop_store_at(throwable(), java_lang_Throwable::backtrace_offset, nullptr);
  oop_store_at(throwable(), java_lang_Throwable::stackTrace_offset, nullptr);
  throwable()->put<jint>(java_lang_Throwable::depth_offset, 0);

  int n = int(frames.size());
  HandleMark hm(THREAD);
  arrayOop a = oopFactory::new_typeArray(T_LONG, n, CHECK);
  Handle methods(THREAD, a);
  a = oopFactory::new_typeArray(T_INT, n, CHECK);
  Handle bcis(THREAD, a);
  a = oopFactory::new_objArray(vmClasses::Object_klass(), n, CHECK);
  Handle mirrors(THREAD, a);
  arrayOop backtrace = oopFactory::new_objArray(vmClasses::Object_klass(), 3, CHECK);
  for (int i = 0; i < n; i++) {
    static_cast<arrayOop>(methods())->elements<jlong>()[i] = reinterpret_cast<jlong>(frames[i].method);
    static_cast<arrayOop>(bcis())->elements<jint>()[i] = frames[i].bci;
    oop_store(&static_cast<arrayOop>(mirrors())->elements<narrowOop>()[i], frames[i].method->holder()->java_mirror());
  }
  narrowOop* slots = backtrace->elements<narrowOop>();
  oop_store(&slots[0], methods());
  oop_store(&slots[1], bcis());
  oop_store(&slots[2], mirrors());
  oop_store_at(throwable(), java_lang_Throwable::backtrace_offset, backtrace);
  throwable()->put<jint>(java_lang_Throwable::depth_offset, n);
}

void StackTrace::fill_element(Handle element, Method* method, int bci, TRAPS) {
  const SteOffsets& o = ste();
  const ModuleOffsets& mo = module_offsets(THREAD);
  InstanceKlass* holder = method->holder();
  HandleMark hm(THREAD);
  Handle mirror(THREAD, holder->java_mirror());
  oop_store_at(element(), o.declaringClassObject, mirror());

  std::string cname = holder->name()->as_external_name();
  oop s = java_lang_String::create_from_utf8(cname.c_str(), int(cname.size()), CHECK);
  oop_store_at(element(), o.declaringClass, s);

  // As HotSpot: method names are interned strings (most repeat across traces).
  s = StringTable::intern(method->name()->bytes(), method->name()->length(), CHECK);
  oop_store_at(element(), o.methodName, s);

  Symbol* source = holder->source_file();
  if (source != nullptr) {
    s = StringTable::intern(source->bytes(), source->length(), CHECK);
    oop_store_at(element(), o.fileName, s);
  }
  element()->put<jint>(o.lineNumber, method->is_native() ? -2 : method->line_number_from_bci(bci));

  // The class loader's name (ClassLoader.name; null for the boot loader and unnamed loaders).
  oop loader = holder->class_loader_data() != nullptr ? holder->class_loader_data()->loader() : nullptr;
  oop loader_name = field_or_null(loader, mo.loader_name);
  if (loader_name != nullptr) oop_store_at(element(), o.classLoaderName, loader_name);

  // The named module's name and version (Class.module; unnamed modules have a null name).
  oop module = field_or_null(mirror(), java_lang_Class::module_offset);
  oop module_name = field_or_null(module, mo.module_name);
  if (module_name != nullptr) {
    oop_store_at(element(), o.moduleName, module_name);
    oop descriptor = field_or_null(module, mo.module_descriptor);
    oop version = field_or_null(field_or_null(descriptor, mo.descriptor_version), mo.version_string);
    if (version == nullptr) version = field_or_null(descriptor, mo.descriptor_raw_version);
    if (version != nullptr) oop_store_at(element(), o.moduleVersion, version);
  }
}

void StackTrace::init_elements(Handle elements, Handle throwable, TRAPS) {
  if (elements.is_null() || throwable.is_null()) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return;
  }
  oop bt = throwable()->obj_field(java_lang_Throwable::backtrace_offset);
  int depth = throwable()->get<jint>(java_lang_Throwable::depth_offset);
  int length = static_cast<arrayOop>(elements())->length();
  if (bt == nullptr || static_cast<arrayOop>(bt)->length() != 3 || length != depth) {
    Exceptions::throw_msg(THREAD, "java/lang/IndexOutOfBoundsException", nullptr);
    return;
  }
  Handle backtrace(THREAD, bt);
  for (int i = 0; i < depth; i++) {
    HandleMark hm(THREAD);
    narrowOop* parts = static_cast<arrayOop>(backtrace())->elements<narrowOop>();
    arrayOop methods = static_cast<arrayOop>(CompressedOops::decode(parts[0]));
    arrayOop bcis = static_cast<arrayOop>(CompressedOops::decode(parts[1]));
    Method* m = reinterpret_cast<Method*>(methods->elements<jlong>()[i]);
    int bci = bcis->elements<jint>()[i];
    oop e = CompressedOops::decode(static_cast<arrayOop>(elements())->elements<narrowOop>()[i]);
    if (e == nullptr) {
      Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
      return;
    }
    fill_element(Handle(THREAD, e), m, bci, CHECK);
  }
}

arrayOop StackTrace::create_elements(const std::vector<RecordedFrame>& frames, TRAPS) {
  int n = int(frames.size());
  HandleMark hm(THREAD);
  arrayOop a = oopFactory::new_objArray(vmClasses::StackTraceElement_klass(), n, CHECK_NULL);
  Handle result(THREAD, a);
  for (int i = 0; i < n; i++) {
    HandleMark inner(THREAD);
    oop o = oopFactory::new_instance(vmClasses::StackTraceElement_klass(), CHECK_NULL);
    Handle e(THREAD, o);
    fill_element(e, frames[i].method, frames[i].bci, CHECK_NULL);
    oop_store(&static_cast<arrayOop>(result())->elements<narrowOop>()[i], e());
  }
  return static_cast<arrayOop>(result());
}

arrayOop java_stack_trace_of(JavaThread* thread, int max_depth, TRAPS) {
  return StackTrace::create_elements(StackTrace::walk(thread, max_depth), THREAD);
}

void StackTrace::prepare_element_text(TRAPS) { prepared_module_offsets = &module_offsets(THREAD); }

std::string StackTrace::element_text(Method* method, int bci) {
  vm_assert(prepared_module_offsets != nullptr, "prepare_element_text first");
  const ModuleOffsets& mo = *prepared_module_offsets;
  InstanceKlass* holder = method->holder();
  std::string text = holder->name()->as_external_name();
  if (holder->is_hidden()) {  // <name>+0x<address> prints as <name>/0x<address>
    size_t plus = text.rfind('+');
    if (plus != std::string::npos) text[plus] = '/';
  }
  text += '.';
  text += method->name()->str();
  text += '(';
  oop module = field_or_null(holder->java_mirror(), java_lang_Class::module_offset);
  oop module_name = field_or_null(module, mo.module_name);
  if (module_name != nullptr) {
    text += java_lang_String::as_utf8(module_name);
    oop descriptor = field_or_null(module, mo.module_descriptor);
    oop version = field_or_null(field_or_null(descriptor, mo.descriptor_version), mo.version_string);
    if (version == nullptr) version = field_or_null(descriptor, mo.descriptor_raw_version);
    if (version != nullptr) text += '@' + java_lang_String::as_utf8(version);
    text += '/';
  }
  int line = method->is_native() ? -2 : method->line_number_from_bci(bci);
  Symbol* source = holder->source_file();
  if (line == -2) text += "Native Method";
  else if (source != nullptr && line != -1) text += source->str() + ':' + std::to_string(line);
  else if (source != nullptr) text += source->str();
  else text += "Unknown Source";
  text += ')';
  return text;
}
