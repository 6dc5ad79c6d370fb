// Allocation: TLAB fast path, heap slow path, and the Java errors of allocation
// (NegativeArraySizeException, "Requested array size exceeds VM limit", "Java heap space").
#include "memory/oopFactory.hpp"

#include "classfile/systemDictionary.hpp"
#include "classfile/vmClasses.hpp"
#include "gc/shared/barrier.hpp"
#include "oops/arrayKlass.hpp"
#include "oops/instanceKlass.hpp"

#include <cstdio>
#include <cstring>

address oopFactory::allocate(JavaThread* thread, size_t bytes) {
  address mem = thread->tlab().allocate(bytes);
  if (mem == nullptr) {
    // The heap may collect: the caller has saved its frame state (interpreter) or holds its
    // oops in handles (runtime).
    mem = CollectedHeap::heap()->allocate(&thread->tlab(), bytes);
    if (mem == nullptr) {
      Exceptions::throw_oom(thread, Exceptions::OOMKind::JavaHeap);
      return nullptr;
    }
    return mem;  // the heap hands out zeroed memory
  }
  memset(mem, 0, bytes);
  return mem;
}

oop oopFactory::new_instance(InstanceKlass* k, TRAPS) {
  address mem = allocate(THREAD, size_t(k->instance_size()));
  if (mem == nullptr) return nullptr;
  init_header(mem, k);
  return reinterpret_cast<oop>(mem);
}

namespace {
arrayOop allocate_array(Klass* ak, int length, TRAPS) {
  if (length < 0) {
    char buf[32];
    snprintf(buf, sizeof buf, "%d", length);
    Exceptions::throw_msg(THREAD, "java/lang/NegativeArraySizeException", buf);
    return nullptr;
  }
  if (length > arrayOopDesc::max_array_length(ak->element_type())) {
    Exceptions::throw_oom(THREAD, Exceptions::OOMKind::ArraySize);
    return nullptr;
  }
  address mem = oopFactory::allocate(THREAD, array_size_in_bytes(length, ak->log2_element_size()));
  if (mem == nullptr) return nullptr;
  oopFactory::init_header(mem, ak);
  arrayOop a = reinterpret_cast<arrayOop>(mem);
  a->set_length(length);
  return a;
}
}  // namespace

arrayOop oopFactory::new_typeArray(BasicType t, int length, TRAPS) {
  return allocate_array(vmClasses::type_array_klass(t), length, THREAD);
}

arrayOop oopFactory::new_objArray(Klass* element_klass, int length, TRAPS) {
  Klass* ak = SystemDictionary::array_klass_of(element_klass, CHECK_NULL);
  return allocate_array(ak, length, THREAD);
}

arrayOop oopFactory::new_array(Klass* array_klass, int length, TRAPS) {
  return allocate_array(array_klass, length, THREAD);
}

arrayOop oopFactory::new_multiArray(Klass* array_klass, int dims, const jint* lengths, TRAPS) {
  // Every length is checked before anything is allocated (JVMS §6.5 multianewarray).
  for (int i = 0; i < dims; i++) {
    if (lengths[i] < 0) {
      char buf[32];
      snprintf(buf, sizeof buf, "%d", lengths[i]);
      Exceptions::throw_msg(THREAD, "java/lang/NegativeArraySizeException", buf);
      return nullptr;
    }
  }
  arrayOop outer = allocate_array(array_klass, lengths[0], CHECK_NULL);
  if (dims == 1 || lengths[0] == 0) return outer;
  Handle h(THREAD, outer);
  Klass* inner = static_cast<ArrayKlass*>(array_klass)->element_klass();
  for (int i = 0; i < lengths[0]; i++) {
    arrayOop sub = new_multiArray(inner, dims - 1, lengths + 1, CHECK_NULL);
    oop_store(&static_cast<arrayOop>(h())->elements<narrowOop>()[i], sub);
  }
  return static_cast<arrayOop>(h());
}
