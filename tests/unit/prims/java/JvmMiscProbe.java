// Test program for tests/unit/prims/test_jvm_misc.cpp: line numbers below are checked by the test
// (keep the marked lines where they are, or update the constants there).
public class JvmMiscProbe implements Cloneable {
  int number = 7;
  long wide = 42L;
  Object ref;

  static class ProbeException extends RuntimeException {
    ProbeException(String m) {
      super(m);
    }
  }

  static class Holder {
    Throwable made;
    Holder() {
      made = new ProbeException("in constructor");  // line 17
    }
  }

  static Throwable level2() {
    return new ProbeException("boom");  // line 22
  }
  static Throwable level1() {
    return level2();  // line 25
  }
  static Throwable nested() {
    return level1();  // line 28
  }
  static Throwable fromConstructor() {
    return new Holder().made;  // line 31
  }

  static Object cloneMe() throws Exception {
    JvmMiscProbe p = new JvmMiscProbe();
    p.number = 99;
    p.ref = "referent";
    return p.clone();
  }

  static int[] copyInts() {
    int[] a = {1, 2, 3, 4, 5};
    System.arraycopy(a, 0, a, 1, 4);  // overlapping: {1, 1, 2, 3, 4}
    return a;
  }

  static Throwable copyFails() {
    try {
      System.arraycopy(new int[10], 5, new int[10], 0, 6);  // line 49
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  static int hash(Object o) {
    return o.hashCode();
  }

  static native Object[] currentTrace();
  static Object[] traceHere() {
    return currentTrace();  // line 62
  }

  static StackTraceElement[] javaLevelTrace() {
    return level1().getStackTrace();
  }
}
