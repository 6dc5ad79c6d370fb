// libjli's JavaMain for jvmlab (JDK 17 java.c): every step calls the JDK's own
// sun.launcher.LauncherHelper / java.lang.VersionProps through JNI, so texts ("Error: Could not find
// or load main class X", the usage) are the JDK's. Only jni.h is used: the VM is dlopen'ed.
#include "launcher/javaMain.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <jni.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using CreateJavaVM_t = jint (*)(JavaVM**, void**, void*);
using GetDefaultJavaVMInitArgs_t = jint (*)(void*);
using FindClassFromBootLoader_t = jclass (*)(JNIEnv*, const char*);

// The JNI 1.1 init-args layout: HotSpot still reports its default Java stack size through
// javaStackSize when asked with version JNI_VERSION_1_1 (libjli relies on it for the main thread).
struct JDK1_1InitArgs {
  jint version;
  char** properties;
  jint checkSource;
  jint nativeStackSize;
  jint javaStackSize;
  jint minHeapSize;
  jint maxHeapSize;
  jint verifyMode;
  char* classpath;
  jint (*vfprintf)(FILE* fp, const char* format, va_list args);
  void (*exit)(jint code);
  void (*abort)();
  jint enableClassGC;
  jint enableVerboseGC;
  jint disableAsyncGC;
  jint verbose;
  jboolean debugging;
  jint debugPort;
};

constexpr const char* kProgramName = "java";  // libjli's _program_name, shown in the usage text

void report_error(const char* fmt, const char* a = nullptr, const char* b = nullptr) {
  fprintf(stderr, fmt, a, b);
  fprintf(stderr, "\n");
}

struct JavaMainArgs {
  const LauncherArgs* args;
  const std::vector<std::string>* vm_options;
  const std::vector<KnownVM>* known_vms;
  CreateJavaVM_t create_vm;
  FindClassFromBootLoader_t find_boot_class;
  int ret;
};

class JavaMain {
 public:
  explicit JavaMain(JavaMainArgs* a) : _a(a), _args(*a->args) {}
  int run();

 private:
  jclass find_boot_class(const char* name) {
    return _a->find_boot_class != nullptr ? _a->find_boot_class(_env, name) : _env->FindClass(name);
  }
  jclass launcher_helper() {
    if (_helper == nullptr) _helper = find_boot_class("sun/launcher/LauncherHelper");
    return _helper;
  }
  jboolean print_to() const { return _args.print_to_stdout ? JNI_FALSE : JNI_TRUE; }  // USE_STDERR
  jstring new_platform_string(const char* s);
  jobjectArray new_platform_string_array(const std::vector<std::string>& v);
  void print_java_version();
  void print_usage();
  void show_settings();
  void call_static_void(const char* name, const char* sig);
  // libjli's LEAVE(): detach (the VM reports an uncaught exception there), destroy, return ret.
  int leave();
  // CHECK_EXCEPTION_LEAVE: a pending exception is described and ends the run with `code`.
  bool exception_leave(int code) {
    if (_env->ExceptionOccurred() == nullptr) return false;
    _env->ExceptionDescribe();
    _ret = code;
    return true;
  }
  // CHECK_EXCEPTION_NULL_LEAVE.
  bool null_leave(const void* p) {
    if (_env->ExceptionOccurred() != nullptr) {
      _env->ExceptionDescribe();
      return true;
    }
    if (p == nullptr) {
      fprintf(stderr, "Error: A JNI error has occurred, please check your installation and try again\n");
      return true;
    }
    return false;
  }

  JavaMainArgs* _a;
  const LauncherArgs& _args;
  JavaVM* _vm = nullptr;
  JNIEnv* _env = nullptr;
  jclass _helper = nullptr;
  int _ret = 0;
};

jstring JavaMain::new_platform_string(const char* s) {
  // LauncherHelper.makePlatformString decodes the bytes with sun.jnu.encoding.
  jsize len = (jsize)strlen(s);
  jbyteArray bytes = _env->NewByteArray(len);
  if (bytes == nullptr) return nullptr;
  _env->SetByteArrayRegion(bytes, 0, len, reinterpret_cast<const jbyte*>(s));
  jclass cls = launcher_helper();
  if (cls == nullptr) return nullptr;
  jmethodID mid = _env->GetStaticMethodID(cls, "makePlatformString", "(Z[B)Ljava/lang/String;");
  if (mid == nullptr) return nullptr;
  jstring str = (jstring)_env->CallStaticObjectMethod(cls, mid, JNI_TRUE, bytes);
  _env->DeleteLocalRef(bytes);
  return str;
}

jobjectArray JavaMain::new_platform_string_array(const std::vector<std::string>& v) {
  jclass string_class = find_boot_class("java/lang/String");
  if (string_class == nullptr) return nullptr;
  jobjectArray ary = _env->NewObjectArray((jsize)v.size(), string_class, nullptr);
  if (ary == nullptr) return nullptr;
  for (size_t i = 0; i < v.size(); i++) {
    jstring s = new_platform_string(v[i].c_str());
    if (s == nullptr) return nullptr;
    _env->SetObjectArrayElement(ary, (jsize)i, s);
    _env->DeleteLocalRef(s);
  }
  return ary;
}

void JavaMain::print_java_version() {
  // JDK 17's launcher calls VersionProps.print(boolean err) for -version and -showversion.
  jclass ver = find_boot_class("java/lang/VersionProps");
  if (ver == nullptr) return;
  jmethodID print = _env->GetStaticMethodID(ver, "print", "(Z)V");
  if (print == nullptr) return;
  _env->CallStaticVoidMethod(ver, print, print_to());
}

void JavaMain::print_usage() {
  jclass cls = launcher_helper();
  if (cls == nullptr) return;
  if (_args.help == HelpKind::Extra) {
    jmethodID x = _env->GetStaticMethodID(cls, "printXUsageMessage", "(Z)V");
    if (x != nullptr) _env->CallStaticVoidMethod(cls, x, print_to());
    return;
  }
  jmethodID init_help = _env->GetStaticMethodID(cls, "initHelpMessage", "(Ljava/lang/String;)V");
  if (init_help == nullptr) return;
  jmethodID vm_select = _env->GetStaticMethodID(cls, "appendVmSelectMessage", "(Ljava/lang/String;Ljava/lang/String;)V");
  if (vm_select == nullptr) return;
  jmethodID vm_synonym = _env->GetStaticMethodID(cls, "appendVmSynonymMessage", "(Ljava/lang/String;Ljava/lang/String;)V");
  if (vm_synonym == nullptr) return;
  jmethodID print_help = _env->GetStaticMethodID(cls, "printHelpMessage", "(Z)V");
  if (print_help == nullptr) return;
  jstring progname = new_platform_string(kProgramName);
  if (progname == nullptr) return;
  _env->CallStaticVoidMethod(cls, init_help, progname);
  if (_env->ExceptionOccurred() != nullptr) return;
  // The VM choices of the JDK's jvm.cfg after the first (default) one, as libjli lists them.
  const std::vector<KnownVM>& vms = *_a->known_vms;
  for (size_t i = 1; i < vms.size(); i++) {
    if (vms[i].flag != "KNOWN") continue;
    jstring vm1 = _env->NewStringUTF(vms[i].name.c_str());
    jstring vm2 = _env->NewStringUTF(vms[i].name.c_str() + 1);
    _env->CallStaticVoidMethod(cls, vm_select, vm1, vm2);
    if (_env->ExceptionOccurred() != nullptr) return;
  }
  _env->CallStaticVoidMethod(cls, print_help, print_to());
}

void JavaMain::show_settings() {
  jclass cls = launcher_helper();
  if (cls == nullptr) return;
  jmethodID mid = _env->GetStaticMethodID(cls, "showSettings", "(ZLjava/lang/String;JJJ)V");
  if (mid == nullptr) return;
  jstring opt = _env->NewStringUTF(_args.show_settings.c_str());
  _env->CallStaticVoidMethod(cls, mid, JNI_TRUE, opt, (jlong)_args.initial_heap_size,
                             (jlong)_args.max_heap_size, (jlong)_args.thread_stack_size);
}

void JavaMain::call_static_void(const char* name, const char* sig) {
  jclass cls = launcher_helper();
  if (cls == nullptr) return;
  jmethodID mid = _env->GetStaticMethodID(cls, name, sig);
  if (mid != nullptr) _env->CallStaticVoidMethod(cls, mid);
}

int JavaMain::leave() {
  if (_vm->DetachCurrentThread() != JNI_OK) {
    fprintf(stderr, "Error: Could not detach main thread.\n");
    _ret = 1;
  }
  _vm->DestroyJavaVM();
  return _ret;
}

int JavaMain::run() {
  std::vector<JavaVMOption> options;
  for (const std::string& s : *_a->vm_options) options.push_back({const_cast<char*>(s.c_str()), nullptr});
  JavaVMInitArgs init_args;
  init_args.version = JNI_VERSION_1_2;
  init_args.nOptions = (jint)options.size();
  init_args.options = options.data();
  init_args.ignoreUnrecognized = JNI_FALSE;
  if (_a->create_vm(&_vm, reinterpret_cast<void**>(&_env), &init_args) != JNI_OK) {
    fprintf(stderr, "Error: Could not create the Java Virtual Machine.\n");
    fprintf(stderr, "Error: A fatal exception has occurred. Program will exit.\n");
    exit(1);
  }

  if (!_args.show_settings.empty()) {
    show_settings();
    if (exception_leave(1)) return leave();
  }
  if (_args.show_resolved_modules) {
    call_static_void("showResolvedModules", "()V");
    if (exception_leave(1)) return leave();
  }
  if (_args.list_modules) {
    call_static_void("listModules", "()V");
    exception_leave(1);
    return leave();
  }
  if (_args.has_describe_module) {
    jclass cls = launcher_helper();
    jmethodID mid = cls ? _env->GetStaticMethodID(cls, "describeModule", "(Ljava/lang/String;)V") : nullptr;
    jstring name = _env->NewStringUTF(_args.describe_module.c_str());
    if (mid != nullptr) _env->CallStaticVoidMethod(cls, mid, name);
    exception_leave(1);
    return leave();
  }
  if (_args.print_version || _args.show_version) {
    print_java_version();
    if (exception_leave(0)) return leave();
    if (_args.print_version) return leave();
  }
  if (_args.validate_modules) return leave();
  if (_args.dump_shared_spaces) {
    exception_leave(1);
    return leave();
  }
  if (_args.help != HelpKind::None || !_args.has_what || _args.mode == LM_UNKNOWN) {
    print_usage();
    exception_leave(1);
    return leave();
  }

  _ret = 1;
  // LoadMainClass: LauncherHelper.checkAndLoadMain(printToStderr, mode, what) loads and validates
  // the main class (reading Main-Class from the jar's manifest in LM_JAR mode).
  jclass helper = launcher_helper();
  if (null_leave(helper)) return leave();
  jmethodID check = _env->GetStaticMethodID(helper, "checkAndLoadMain", "(ZILjava/lang/String;)Ljava/lang/Class;");
  if (null_leave(check)) return leave();
  jstring what = new_platform_string(_args.what.c_str());
  if (null_leave(what)) return leave();
  jclass main_class = (jclass)_env->CallStaticObjectMethod(helper, check, JNI_TRUE, (jint)_args.mode, what);
  if (null_leave(main_class)) return leave();
  jmethodID get_app = _env->GetStaticMethodID(helper, "getApplicationClass", "()Ljava/lang/Class;");
  if (null_leave(get_app)) return leave();
  jclass app_class = (jclass)_env->CallStaticObjectMethod(helper, get_app);
  if (null_leave(app_class)) return leave();
  jobjectArray main_args = new_platform_string_array(_args.app_args);
  if (null_leave(main_args)) return leave();
  if (_args.dry_run) {
    _ret = 0;
    return leave();
  }
  jmethodID main_id = _env->GetStaticMethodID(main_class, "main", "([Ljava/lang/String;)V");
  if (null_leave(main_id)) return leave();
  _env->CallStaticVoidMethod(main_class, main_id, main_args);
  // Without System.exit, the exit code is 1 exactly when main threw.
  _ret = _env->ExceptionOccurred() == nullptr ? 0 : 1;
  return leave();
}

void* java_main_thread(void* p) {
  JavaMainArgs* a = static_cast<JavaMainArgs*>(p);
  JavaMain m(a);
  a->ret = m.run();
  return nullptr;
}

}  // namespace

int check_jar_file(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {  // opens, but is no zip
    close(fd);
    return -2;
  }
  // The end-of-central-directory record (PK\5\6) sits in the last 22 + 65535 bytes.
  off_t size = st.st_size;
  off_t start = size > 22 + 65535 ? size - (22 + 65535) : 0;
  std::string tail(size - start, '\0');
  ssize_t got = pread(fd, tail.data(), tail.size(), start);
  int result = -2;
  if (got == (ssize_t)tail.size() && tail.size() >= 22) {
    for (size_t i = tail.size() - 22 + 1; i-- > 0;) {
      if (memcmp(&tail[i], "PK\5\6", 4) != 0) continue;
      auto u4 = [&](size_t at) {
        const unsigned char* b = reinterpret_cast<const unsigned char*>(&tail[at]);
        return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
      };
      uint32_t cen_size = u4(i + 12), cen_offset = u4(i + 16);
      if ((off_t)cen_offset + cen_size > start + (off_t)i) break;
      char sig[4] = {0, 0, 0, 0};
      if (cen_size == 0 || (pread(fd, sig, 4, cen_offset) == 4 && memcmp(sig, "PK\1\2", 4) == 0)) result = 0;
      break;
    }
  }
  close(fd);
  return result;
}

int launch_java_vm(const std::string& libjvm_path, const LauncherArgs& args,
                   const std::vector<std::string>& vm_options, const std::vector<KnownVM>& known_vms) {
  // RTLD_GLOBAL first: the JDK's libjava.so (NEEDED libjvm.so) then binds to this library by SONAME.
  void* libjvm = dlopen(libjvm_path.c_str(), RTLD_NOW | RTLD_GLOBAL);
  if (libjvm == nullptr) {
    report_error("Error: failed %s, because %s", libjvm_path.c_str(), dlerror());
    return 1;
  }
  auto create_vm = reinterpret_cast<CreateJavaVM_t>(dlsym(libjvm, "JNI_CreateJavaVM"));
  auto get_default = reinterpret_cast<GetDefaultJavaVMInitArgs_t>(dlsym(libjvm, "JNI_GetDefaultJavaVMInitArgs"));
  if (create_vm == nullptr || get_default == nullptr) {
    report_error("Error: could not find %s in %s", create_vm == nullptr ? "JNI_CreateJavaVM" : "JNI_GetDefaultJavaVMInitArgs",
                 libjvm_path.c_str());
    return 1;
  }
  JavaMainArgs a{&args, &vm_options, &known_vms, create_vm,
                 reinterpret_cast<FindClassFromBootLoader_t>(dlsym(libjvm, "JVM_FindClassFromBootLoader")), 0};

  // The main thread's stack: -Xss, else the VM's default Java stack size (-XshowSettings still gets
  // the -Xss value, 0 when none, as libjli's global is not updated).
  int64_t stack_size = args.thread_stack_size;
  if (stack_size == 0) {
    JDK1_1InitArgs args1_1;
    memset(&args1_1, 0, sizeof args1_1);
    args1_1.version = JNI_VERSION_1_1;
    get_default(&args1_1);  // the return value is ignored, as libjli does
    if (args1_1.javaStackSize > 0) stack_size = args1_1.javaStackSize;
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
  if (stack_size > 0) pthread_attr_setstacksize(&attr, (size_t)stack_size);
  pthread_attr_setguardsize(&attr, 0);  // the VM sets up its own guard pages, as with libjli
  pthread_t tid;
  if (pthread_create(&tid, &attr, java_main_thread, &a) == 0) {
    pthread_join(tid, nullptr);
  } else {
    // As libjli: when no thread can be made, run in the primordial thread.
    java_main_thread(&a);
  }
  pthread_attr_destroy(&attr);
  return args.ret != 0 ? args.ret : a.ret;
}
