// Test helper: Java sources the class-file tests compile with javac at test time.
#pragma once

// Exercises every attribute the parser keeps: constants, generics, exceptions, nests, records,
// sealed types, lambdas (BootstrapMethods), annotations and their defaults, MethodParameters.
// Line numbers matter: ClassFileParserJavac checks run()'s LineNumberTable (lines 24..30).
inline const char* kSample = R"JAVA(
import java.lang.annotation.*;
import java.util.*;
import java.util.function.*;

@Retention(RetentionPolicy.RUNTIME) @interface Tag { String value() default "dflt"; int n() default 3; }

public class Sample<T extends Comparable<T>> implements Runnable, java.io.Serializable {
  public static final int ANSWER = 42;
  public static final long BIG = 1L << 40;
  public static final String NAME = "sample";
  public static final double PI = 3.5;
  @Tag("field") protected List<T> items = new ArrayList<>();
  private volatile transient int counter;

  public Sample() {}
  public Sample(int a, long b, double c, Object d) { counter = a; }

  @Tag("m") public static long add(long a, int b, double c) throws java.io.IOException, InterruptedException {
    return a + b + (long) c;
  }
  public synchronized void run() {
    try {
      counter++;
    } catch (RuntimeException e) {
      counter--;
    } finally {
      counter += 2;
    }
  }
  public int[] arr() { return new int[0]; }
  public Supplier<String> lambda() { return () -> NAME + counter; }
  public native void nat(int x);
  class Inner { int v = counter; }
  static class Nested {}
  enum Color { RED, GREEN }
  record Point(int x, @Tag("rc") int y) {}
  sealed interface Shape permits Circle, Square {}
  static final class Circle implements Shape {}
  static non-sealed class Square implements Shape {}
  interface WithDefaults {
    default int d() { return 1; }
    static int s() { return 2; }
    private int p() { return 3; }
    int a();
  }
  Object anon() { return new Object() { public String toString() { return "anon"; } }; }
  <E extends T> List<E> generic(List<E> in) {
    List<E> copy = new ArrayList<>(in);
    switch (copy.size()) { case 0: return copy; case 5: copy.clear(); break; case 1000: return null; default: break; }
    long[][] grid = new long[2][3];
    return grid.length > 1 ? copy : in;
  }
}
)JAVA";
