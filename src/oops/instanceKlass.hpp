// InstanceKlass: a class loaded from a class file (JVMS §5.3), with its methods, fields, constant
// pool, dispatch tables and initialization state (§5.5). Array classes are in arrayKlass.hpp.
#pragma once

#include "classfile/classFileParser.hpp"
#include "oops/klass.hpp"

#include <atomic>
#include <vector>

class JavaThread;
class ConstantPoolCache;

class InstanceKlass : public Klass {
 public:
  // JVMS §5.5: a class is loaded, then linked (verified, prepared), then initialized; a failed
  // initializer leaves it erroneous and every later use throws NoClassDefFoundError.
  enum class State : u1 { Loaded, Linked, BeingInitialized, FullyInitialized, InitializationError };

  // Builds the klass from a parsed class file. `super` and `interfaces` are already loaded.
  // The field layout is computed here; static fields are laid out when the mirror is made.
  static InstanceKlass* create(ParsedClass* parsed, InstanceKlass* super,
                               std::vector<InstanceKlass*> interfaces, ClassLoaderData* cld);

  const ParsedClass* parsed() const { return _parsed; }
  ConstantPool* constants() const { return _parsed->constants; }
  InstanceKlass* superklass() const { return static_cast<InstanceKlass*>(_super); }
  const std::vector<InstanceKlass*>& local_interfaces() const { return _local_interfaces; }
  // All superinterfaces, direct or inherited, each once.
  const std::vector<InstanceKlass*>& transitive_interfaces() const { return _transitive_interfaces; }
  int major_version() const { return _parsed->major_version; }
  Symbol* source_file() const { return _parsed->source_file; }

  int methods_count() const { return int(_parsed->methods.size()); }
  Method* method_at(int i) const { return _parsed->methods[i]; }
  // JVMS §5.4.3.3 steps: this class only / superclasses / superinterfaces (maximally specific).
  Method* find_local_method(const Symbol* name, const Symbol* sig) const;
  Method* lookup_method_in_classes(const Symbol* name, const Symbol* sig) const;
  Method* lookup_method_in_interfaces(const Symbol* name, const Symbol* sig) const;
  Method* class_initializer() const;  // <clinit>, or null

  int fields_count() const { return int(_parsed->fields.size()); }
  const FieldInfo& field_at(int i) const { return _parsed->fields[i]; }
  // JVMS §5.4.3.2 field resolution: this class, its superinterfaces, then its superclass.
  // Returns the declaring class and the field index in it, or null.
  InstanceKlass* find_field(const Symbol* name, const Symbol* sig, int* index) const;

  // Virtual dispatch (JVMS §5.4.6): the method invoked for `resolved` on an instance of this class.
  Method* select_virtual(Method* resolved) const;
  Method* select_interface(Method* resolved) const;

  State init_state() const { return _init_state.load(std::memory_order_acquire); }
  bool is_initialized() const { return init_state() == State::FullyInitialized; }
  bool is_linked() const { return init_state() >= State::Linked; }
  void set_init_state(State s) { _init_state.store(s, std::memory_order_release); }
  JavaThread* init_thread() const { return _init_thread; }
  void set_init_thread(JavaThread* t) { _init_thread = t; }
  // The ExceptionInInitializerError recorded when initialization failed (a JNI global handle):
  // the cause of every later NoClassDefFoundError "Could not initialize class".
  jobject init_error() const { return _init_error; }
  void set_init_error(jobject e) { _init_error = e; }

  // Static fields live in the mirror (see Klass::_mirror_statics_offset).
  int static_oop_field_count() const { return _static_oop_field_count; }
  int mirror_size() const { return _mirror_size; }
  // Lays out the static fields; done once java.lang.Class's own layout is known.
  void layout_static_fields();

  ConstantPoolCache* cp_cache() const { return _cp_cache; }

  // Hidden classes (Lookup.defineHiddenClass, JEP 371): not findable by name; named
  // "<name>+0x<address>" (printed with '/'); their constant pool's this_class still says
  // <name> and resolves to the class itself. A hidden nestmate's nest host is the lookup class's.
  bool is_hidden() const { return _hidden_name_source != nullptr; }
  Symbol* original_name() const { return _hidden_name_source != nullptr ? _hidden_name_source : _name; }
  InstanceKlass* dynamic_nest_host() const { return _dynamic_nest_host; }
  bool is_reference_subclass() const { return _reference_type != ReferenceType::None; }
  // Package name as an internal-form prefix ("java/lang"), empty for the unnamed package.
  std::string_view package_name() const;
  bool is_same_package(const Klass* other) const;
  // This class or a superclass is the boot class jdk.internal.reflect.MagicAccessorImpl: the
  // JDK's generated reflection/serialization accessors, which HotSpot's access checks let
  // through (Reflection::verify_class_access / verify_member_access).
  bool is_magic_accessor() const;

  // Linking (§5.4): builds the vtable; verification is done by the class loader before this.
  void link_vtable();

  void* operator new(size_t size) { return Klass::operator new(size); }

 private:
  InstanceKlass(KlassKind kind) : Klass(kind) {}
  void layout_instance_fields();
  void collect_interfaces();

  ParsedClass* _parsed = nullptr;
  std::vector<InstanceKlass*> _local_interfaces;
  std::vector<InstanceKlass*> _transitive_interfaces;
  std::atomic<State> _init_state{State::Loaded};
  JavaThread* _init_thread = nullptr;
  jobject _init_error = nullptr;
  int _static_oop_field_count = 0;
  int _mirror_size = 0;
  int _nonstatic_end = 0;  // end of the last instance field (subclasses may fill the padding)
  ConstantPoolCache* _cp_cache = nullptr;
  std::vector<OopMapBlock> _oop_map_storage;
  Symbol* _hidden_name_source = nullptr;
  InstanceKlass* _dynamic_nest_host = nullptr;

  friend class FieldLayoutBuilder;
  friend class SystemDictionary;
};

inline InstanceKlass* InstanceKlass_cast(Klass* k) { return static_cast<InstanceKlass*>(k); }
