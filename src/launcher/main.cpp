// jvmlab: the java command. Placeholder until the launcher lands (issue 2, item 9).
#include <cstdio>
int main() { fprintf(stderr, "jvmlab: launcher not built yet\n"); return 1; }
