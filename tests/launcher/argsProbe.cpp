// Test-only: runs the VM's argument processing (Arguments::parse) on its own command line, as
// JNI_CreateJavaVM would receive it, and exits 0 or 1. tests/launcher/run compares its messages
// with those of HotSpot 17 for the same options.
#include "vm/arguments.hpp"

#include <vector>

int main(int argc, char** argv) {
  std::vector<JavaVMOption> options;
  for (int i = 1; i < argc; i++) options.push_back({argv[i], nullptr});
  JavaVMInitArgs args{JNI_VERSION_1_2, (jint)options.size(), options.data(), JNI_FALSE};
  Arguments arguments;
  return arguments.parse(&args) == JNI_OK ? 0 : 1;
}
