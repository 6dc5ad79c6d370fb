// StackWalker (JEP 259): JVM_CallStackWalk and JVM_MoreStackWalk fill the frame buffers of
// java.lang.StackStreamFactory.AbstractStackWalker from the calling thread's frames, and call
// back AbstractStackWalker.doStackWalk while the walk stays anchored here (HotSpot's
// prims/stackwalk.cpp); StackTraceElement.of(StackFrameInfo) comes back through
// JVM_InitStackTraceElement.
#include "classfile/javaClasses.hpp"
#include "classfile/systemDictionary.hpp"
#include "gc/shared/barrier.hpp"
#include "interpreter/frame.hpp"
#include "oops/instanceKlass.hpp"
#include "oops/method.hpp"
#include "prims/jniHandles.hpp"
#include "prims/methodHandles.hpp"
#include "runtime/interfaceSupport.hpp"
#include "runtime/javaCalls.hpp"
#include "runtime/stackTrace.hpp"
#include "vm/globals.hpp"

namespace {

// StackStreamFactory's mode bits (@Native constants).
constexpr jlong FILL_CLASS_REFS_ONLY = 0x2;
constexpr jlong GET_CALLER_CLASS = 0x4;
constexpr jlong SHOW_HIDDEN_FRAMES = 0x20;
// The frame buffers' element 0 holds the walking thread's Thread object while a walk is open
// (FrameBuffer.START_POS = 2 leaves elements 0 and 1 to the VM).
constexpr int kMagicPos = 0;

int sfi_member_name_offset = -1, sfi_bci_offset = -1;

// The position of an open walk: the next frame to decode is `frame`'s caller once `frame` has
// been handed out. Lives on the C++ stack of JVM_CallStackWalk; Java gets its address as anchor.
struct FrameStream {
  JavaThread* thread;
  Frame* frame;  // null at the end of the stack

  jlong anchor() const { return reinterpret_cast<jlong>(this); }
};

bool skipped(const Method* m, jlong mode) {
  // Hidden frames (lambda forms, lambda proxies) are left out unless the walker shows them or
  // -XX:+ShowHiddenFrames; getCallerClass never sees them.
  bool skip_hidden = (mode & SHOW_HIDDEN_FRAMES) == 0 || (mode & GET_CALLER_CLASS) != 0;
  return skip_hidden && !ShowHiddenFrames && m->is_hidden();
}

// Decodes up to max_frames frames from the stream into frames[start_index...], stopping on the
// last frame decoded (the next batch starts past it). Returns the number decoded; *end_index is
// one past the last element filled.
int fill_in_frames(FrameStream& s, jlong mode, int max_frames, int start_index, Handle frames,
                   int* end_index, TRAPS) {
  *end_index = start_index;
  int decoded = 0;
  const int length = static_cast<arrayOop>(frames())->length();
  for (; s.frame != nullptr; s.frame = s.frame->_prev) {
    Method* m = s.frame->_method;
    if (skipped(m, mode)) continue;
    if (*end_index >= length) break;  // the buffer is full (Java sized it; never trust it)
    int index = (*end_index)++;
    narrowOop* slot = &static_cast<arrayOop>(frames())->elements<narrowOop>()[index];
    if (mode & FILL_CLASS_REFS_ONLY) {
      oop_store(slot, m->holder()->java_mirror());
    } else {
      // A StackFrameInfo the Java side preallocated: its MemberName is filled as
      // MethodHandles::init_method_MemberName does, and its bci set.
      oop sfi_oop = CompressedOops::decode(*slot);
      if (sfi_oop == nullptr) {
        Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "frames buffer element is null");
        return decoded;
      }
      Handle sfi(THREAD, sfi_oop);
      Handle member_name(THREAD, sfi()->obj_field(sfi_member_name_offset));
      MethodHandles::init_method_member_name(member_name, m, CHECK_0);
      sfi()->put<jint>(sfi_bci_offset, m->is_native() || m->code() == nullptr ? 0 : s.frame->bci());
    }
    if (++decoded >= max_frames) break;
  }
  return decoded;
}

bool compute_offsets(TRAPS) {
  if (sfi_bci_offset >= 0) return true;
  Klass* k = SystemDictionary::resolve_boot("java/lang/StackFrameInfo", CHECK_false);
  sfi_member_name_offset = find_field_offset(k, "memberName", "Ljava/lang/Object;");
  sfi_bci_offset = find_field_offset(k, "bci", "I");
  return true;
}

bool is_walker_frame(const Method* m, const Klass* walker, const Klass* abstract_walker) {
  const InstanceKlass* h = m->holder();
  return h == walker || h == abstract_walker || h->super() == abstract_walker;
}

}  // namespace

extern "C" {

JNIEXPORT jobject JNICALL JVM_CallStackWalk(JNIEnv* env, jobject stackStream, jlong mode, jint skip_frames,
                                            jint frame_count, jint start_index, jobjectArray frames_array) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  if (frames_array == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "frames_array is NULL");
    return nullptr;
  }
  if (!compute_offsets(THREAD)) return nullptr;
  Klass* walker = SystemDictionary::resolve_boot("java/lang/StackWalker", THREAD);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Klass* abstract_walker = SystemDictionary::resolve_boot("java/lang/StackStreamFactory$AbstractStackWalker", THREAD);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  Handle stream_obj(THREAD, JNIHandles::resolve(stackStream));
  Handle frames(THREAD, JNIHandles::resolve(frames_array));
  if (static_cast<arrayOop>(frames())->length() < start_index + frame_count || start_index <= kMagicPos) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "not enough space in buffers");
    return nullptr;
  }

  // The walker's own frames (callStackWalk, beginStackWalk, walk ... StackWalker.walk) are not
  // part of the walk; then skip_frames more.
  FrameStream s{THREAD, THREAD->last_frame()};
  while (s.frame != nullptr && is_walker_frame(s.frame->_method, walker, abstract_walker)) s.frame = s.frame->_prev;
  for (int n = 0; n < skip_frames && s.frame != nullptr; n++) s.frame = s.frame->_prev;

  int end_index = start_index;
  if (s.frame != nullptr) {
    int n = fill_in_frames(s, mode, frame_count, start_index, frames, &end_index, THREAD);
    if (HAS_PENDING_EXCEPTION) return nullptr;
    if (n < 1) {
      Exceptions::throw_msg(THREAD, "java/lang/InternalError", "stack walk: decode failed");
      return nullptr;
    }
  }

  // Open the walk: the buffer's magic element names this thread while doStackWalk runs.
  oop_store(&static_cast<arrayOop>(frames())->elements<narrowOop>()[kMagicPos], THREAD->threadObj());
  JavaArgs args;
  args.push_oop(stream_obj());
  args.push_long(s.anchor());
  args.push_int(skip_frames);
  args.push_int(frame_count);
  args.push_int(start_index);
  args.push_int(end_index);
  JavaValue result;
  JavaCalls::call_virtual(&result, InstanceKlass_cast(abstract_walker), "doStackWalk", "(JIIII)Ljava/lang/Object;",
                          args, THREAD);
  Handle r(THREAD, HAS_PENDING_EXCEPTION ? nullptr : result.v.l);
  // Close it before anything else, so a stale anchor is never honoured.
  narrowOop* magic = &static_cast<arrayOop>(frames())->elements<narrowOop>()[kMagicPos];
  bool ok = CompressedOops::decode(*magic) == THREAD->threadObj();
  oop_store(magic, nullptr);
  if (HAS_PENDING_EXCEPTION) return nullptr;
  if (!ok) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError", "doStackWalk: corrupted buffers on exit");
    return nullptr;
  }
  return JNIHandles::make_local(THREAD, r());
}

JNIEXPORT jint JNICALL JVM_MoreStackWalk(JNIEnv* env, jobject stackStream, jlong mode, jlong anchor, jint frame_count,
                                         jint start_index, jobjectArray frames_array) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  if (frames_array == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", "frames_array is NULL");
    return 0;
  }
  Handle frames(THREAD, JNIHandles::resolve(frames_array));
  // The anchor must be the open walk of this thread: the magic element names the thread, and the
  // address lies in this thread's C++ stack above this call (the JVM_CallStackWalk frame).
  narrowOop* magic = &static_cast<arrayOop>(frames())->elements<narrowOop>()[kMagicPos];
  FrameStream* s = reinterpret_cast<FrameStream*>(anchor);
  char here;
  if (anchor == 0 || CompressedOops::decode(*magic) != THREAD->threadObj() ||
      reinterpret_cast<char*>(s) <= &here || s->thread != THREAD) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError", "doStackWalk: corrupted buffers");
    return 0;
  }
  if (frame_count <= 0) return start_index;
  if (static_cast<arrayOop>(frames())->length() < start_index + frame_count || start_index <= kMagicPos) {
    Exceptions::throw_msg(THREAD, "java/lang/IllegalArgumentException", "not enough space in buffers");
    return 0;
  }
  int end_index = start_index;
  if (s->frame != nullptr) {
    s->frame = s->frame->_prev;  // past the last frame of the previous batch
    if (s->frame != nullptr) {
      int n = fill_in_frames(*s, mode, frame_count, start_index, frames, &end_index, THREAD);
      if (HAS_PENDING_EXCEPTION) return 0;
      if (n < 1) {
        Exceptions::throw_msg(THREAD, "java/lang/InternalError", "doStackWalk: later decode failed");
        return 0;
      }
    }
  }
  return end_index;
}

// StackFrameInfo.toStackTraceElement: the element for the frame's MemberName and bci.
JNIEXPORT void JNICALL JVM_InitStackTraceElement(JNIEnv* env, jobject element, jobject stackFrameInfo) {
  JNI_ENTRY_BODY(env);
  HandleMark hm(THREAD);
  if (element == nullptr || stackFrameInfo == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/NullPointerException", nullptr);
    return;
  }
  if (!compute_offsets(THREAD)) return;
  oop sfi = JNIHandles::resolve(stackFrameInfo);
  oop member_name = sfi->obj_field(sfi_member_name_offset);
  Method* m = member_name != nullptr ? MethodHandles::vmtarget(member_name) : nullptr;
  if (m == nullptr) {
    Exceptions::throw_msg(THREAD, "java/lang/InternalError", "stack frame info without a method");
    return;
  }
  int bci = sfi->get<jint>(sfi_bci_offset);
  StackTrace::fill_element(Handle(THREAD, JNIHandles::resolve(element)), m, bci, THREAD);
}

}  // extern "C"
