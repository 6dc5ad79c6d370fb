// Compiled apart from the other test classes (not on the boot class path): the Unsafe tests pass
// its bytes to Unsafe.defineClass and use it through UnsafeTestApi.
public class UnsafeTestDefined implements UnsafeTestApi {
    static int BASE;
    int extra = 1;  // no constructor runs under allocateInstance: stays 0

    static { BASE = 40; }

    public int value() { return BASE + 2 + extra; }
}
