// ClassPathImage: the boot class path's modules image (JDK_HOME/lib/modules), read through the
// JDK's own libjimage.so (dlopen'ed; JIMAGE_Open, JIMAGE_PackageToModule, JIMAGE_FindResource,
// JIMAGE_GetResource, JIMAGE_Close), as HotSpot's ClassPathImageEntry does.
#pragma once

#include "utilities/globalDefinitions.hpp"

#include <string>
#include <vector>

class ClassPathImage {
 public:
  ClassPathImage() = default;
  ~ClassPathImage() { close(); }
  ClassPathImage(const ClassPathImage&) = delete;
  ClassPathImage& operator=(const ClassPathImage&) = delete;

  // Loads $jdk_home/lib/libjimage.so and opens $jdk_home/lib/modules. On failure returns false
  // with a one-line reason in *error (may be null).
  [[nodiscard]] bool open(const char* jdk_home, std::string* error);
  void close();
  bool is_open() const { return _image != nullptr; }

  // Reads the class `internal_name` ("java/lang/String") from the module its package belongs
  // to (/java.base/java/lang/String.class). False if the package or the class is not in the image.
  [[nodiscard]] bool read_class(const char* internal_name, std::vector<u1>* bytes) const;
  // Reads any resource of a module: read_resource("java.base", "java/lang/Object.class", &v).
  [[nodiscard]] bool read_resource(const char* module, const char* name, std::vector<u1>* bytes) const;
  // The module that holds package `pkg` ("java/lang" -> "java.base"); null if none. The string
  // belongs to libjimage and lives as long as the image is open.
  const char* module_of_package(const char* pkg) const;

  // Every "<module>/<package>/<name>.class" in the image, as internal class names with their
  // module (for tools and tests; walks the whole image).
  void list_classes(std::vector<std::pair<std::string, std::string>>* module_and_class) const;

 private:
  struct JImageFile;
  using Open_t = JImageFile* (*)(const char* name, jint* error);
  using Close_t = void (*)(JImageFile* image);
  using PackageToModule_t = const char* (*)(JImageFile* image, const char* package_name);
  using FindResource_t = jlong (*)(JImageFile* image, const char* module_name, const char* version,
                                   const char* name, jlong* size);
  using GetResource_t = jlong (*)(JImageFile* image, jlong location, char* buffer, jlong size);
  using Visitor_t = bool (*)(JImageFile* image, const char* module_name, const char* version,
                             const char* package, const char* name, const char* extension, void* arg);
  using ResourceIterator_t = void (*)(JImageFile* image, Visitor_t visitor, void* arg);

  void* _library = nullptr;
  JImageFile* _image = nullptr;
  Open_t _open = nullptr;
  Close_t _close = nullptr;
  PackageToModule_t _package_to_module = nullptr;
  FindResource_t _find_resource = nullptr;
  GetResource_t _get_resource = nullptr;
  ResourceIterator_t _resource_iterator = nullptr;
};
