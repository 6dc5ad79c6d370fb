// The modules image through libjimage.so. The JDK 17 signatures of the JIMAGE_* entry points
// (jimage.hpp in java.base's libjimage): FindResource takes a module name, a version string
// (ignored by 17's implementation) and the resource name inside the module.
#include "classfile/classPathImage.hpp"

#include <cstring>
#include <dlfcn.h>
#include <string>

namespace {
// The version string HotSpot passes; JDK 17's libjimage does not use it.
constexpr const char* kImageVersion = "11.0";
}  // namespace

bool ClassPathImage::open(const char* jdk_home, std::string* error) {
  close();
  auto fail = [&](const std::string& why) {
    if (error != nullptr) *error = why;
    close();
    return false;
  };
  if (jdk_home == nullptr) return fail("no JDK home given");
  std::string lib = std::string(jdk_home) + "/lib/libjimage.so";
  _library = dlopen(lib.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (_library == nullptr) {
    const char* why = dlerror();
    return fail("cannot load " + lib + ": " + (why ? why : "unknown error"));
  }
  _open = reinterpret_cast<Open_t>(dlsym(_library, "JIMAGE_Open"));
  _close = reinterpret_cast<Close_t>(dlsym(_library, "JIMAGE_Close"));
  _package_to_module = reinterpret_cast<PackageToModule_t>(dlsym(_library, "JIMAGE_PackageToModule"));
  _find_resource = reinterpret_cast<FindResource_t>(dlsym(_library, "JIMAGE_FindResource"));
  _get_resource = reinterpret_cast<GetResource_t>(dlsym(_library, "JIMAGE_GetResource"));
  _resource_iterator = reinterpret_cast<ResourceIterator_t>(dlsym(_library, "JIMAGE_ResourceIterator"));
  if (!_open || !_close || !_package_to_module || !_find_resource || !_get_resource) {
    return fail(lib + " lacks the JIMAGE_* entry points");
  }
  std::string modules = std::string(jdk_home) + "/lib/modules";
  jint code = 0;
  _image = _open(modules.c_str(), &code);
  if (_image == nullptr) {
    // A positive code is errno, a negative one a jimage error (bad magic, version, corrupted).
    std::string why = code > 0 ? std::string(strerror(code)) : "jimage error " + std::to_string(code);
    return fail("cannot open " + modules + ": " + why);
  }
  return true;
}

void ClassPathImage::close() {
  if (_image != nullptr && _close != nullptr) _close(_image);
  _image = nullptr;
  if (_library != nullptr) dlclose(_library);
  _library = nullptr;
  _open = nullptr;
  _close = nullptr;
  _package_to_module = nullptr;
  _find_resource = nullptr;
  _get_resource = nullptr;
  _resource_iterator = nullptr;
}

const char* ClassPathImage::module_of_package(const char* pkg) const {
  if (_image == nullptr || pkg == nullptr) return nullptr;
  return _package_to_module(_image, pkg);
}

bool ClassPathImage::read_resource(const char* module, const char* name, std::vector<u1>* bytes) const {
  if (_image == nullptr || module == nullptr || name == nullptr) return false;
  jlong size = 0;
  jlong location = _find_resource(_image, module, kImageVersion, name, &size);
  if (location == 0 || size < 0) return false;
  bytes->resize(size_t(size));
  jlong got = _get_resource(_image, location, reinterpret_cast<char*>(bytes->data()), size);
  if (got != size) {
    bytes->clear();
    return false;
  }
  return true;
}

bool ClassPathImage::read_class(const char* internal_name, std::vector<u1>* bytes) const {
  if (_image == nullptr || internal_name == nullptr) return false;
  const char* slash = strrchr(internal_name, '/');
  // Classes in the unnamed package are never in the image (every module's packages are named).
  if (slash == nullptr) return false;
  std::string pkg(internal_name, size_t(slash - internal_name));
  const char* module = module_of_package(pkg.c_str());
  if (module == nullptr) return false;
  std::string name = std::string(internal_name) + ".class";
  return read_resource(module, name.c_str(), bytes);
}

namespace {
struct ListState {
  std::vector<std::pair<std::string, std::string>>* out;
};
}  // namespace

void ClassPathImage::list_classes(std::vector<std::pair<std::string, std::string>>* out) const {
  if (_image == nullptr || _resource_iterator == nullptr) return;
  ListState state{out};
  _resource_iterator(
      _image,
      [](JImageFile*, const char* module, const char*, const char* package, const char* name, const char* extension,
         void* arg) -> bool {
        if (strcmp(extension, "class") != 0 || module == nullptr || module[0] == '\0') return true;
        if (strcmp(name, "module-info") == 0) return true;
        std::string cls = (package != nullptr && package[0] != '\0') ? std::string(package) + "/" + name : name;
        static_cast<ListState*>(arg)->out->emplace_back(module, cls);
        return true;
      },
      &state);
}
