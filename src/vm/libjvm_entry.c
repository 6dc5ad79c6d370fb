/* Anchor translation unit for libjvm.so: the exported entry points are defined in src/prims and
 * src/vm and pulled in whole from the core library (see CMakeLists.txt). */
int jvmlab_libjvm_anchor;
