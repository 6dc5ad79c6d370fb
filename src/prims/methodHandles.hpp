// JSR 292 support (HotSpot's prims/methodHandles): MemberName resolution and the
// MethodHandleNatives natives, the signature-polymorphic methods of MethodHandle (invokeBasic,
// linkTo*, invokeExact/invoke through invokers), and linking of invokedynamic call sites and
// MethodType/MethodHandle constants through the JDK's own java.lang.invoke code.
#pragma once

#include "runtime/exceptions.hpp"

#include <string>

class Method;
class Klass;
class InstanceKlass;
class Symbol;

// How the interpreter must call a signature-polymorphic method (JVMS §2.9.3).
enum class MHIntrinsic : uint8_t {
  None = 0,
  InvokeBasic,    // MethodHandle.invokeBasic: target = mh.form.vmentry
  LinkToStatic,   // MethodHandle.linkTo*: the last argument is a MemberName
  LinkToSpecial,
  LinkToVirtual,
  LinkToInterface,
  Invoker,        // invokeExact/invoke and VarHandle methods: linked to an adapter plus appendix
};

class MethodHandles {
 public:
  static void register_special_natives();
  static bool is_signature_polymorphic(const Method* m);
  static MHIntrinsic intrinsic_of(const Method* m);
  // The signature-polymorphic method `name` of MethodHandle or VarHandle k, else null.
  static Method* find_signature_polymorphic(InstanceKlass* k, Symbol* name);

  // The Method* a MemberName designates (ResolvedMethodName.vmtarget), or null.
  static Method* vmtarget(oop member_name);
  // Fills member_name for m as a call would name it (HotSpot's init_method_MemberName with the
  // CallInfo of m itself): StackWalker's StackFrameInfo.
  static void init_method_member_name(Handle member_name, Method* m, TRAPS);

  // invokehandle linkage: MethodHandleNatives.linkMethod for a call of `name` with call-site
  // descriptor `sig` on `holder` (MethodHandle or VarHandle). Returns the adapter; *appendix the
  // extra trailing argument (may be null).
  static Method* link_invoker(InstanceKlass* caller, Klass* holder, Symbol* name, Symbol* sig,
                              oop* appendix, TRAPS);
  // invokedynamic linkage (JVMS §5.4.3.6): bootstrap through MethodHandleNatives.linkCallSite.
  static Method* link_call_site(InstanceKlass* caller, int indy_cp_index, oop* appendix, TRAPS);

  // ldc of CONSTANT_MethodType / CONSTANT_MethodHandle (JVMS §5.4.3.5).
  static oop resolve_method_type(InstanceKlass* caller, Symbol* descriptor, TRAPS);
  static oop resolve_method_handle_constant(InstanceKlass* caller, int cp_index, TRAPS);
  // A bootstrap method's static argument at cp index i (§5.4.3.6): a loadable constant as object.
  static oop resolve_bootstrap_argument(InstanceKlass* caller, int cp_index, TRAPS);

  // The descriptor of a java.lang.invoke.MethodType ("(ILjava/lang/String;)V").
  static std::string method_type_descriptor(oop method_type);
};
