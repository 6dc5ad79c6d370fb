// Reflection subjects for tests/unit/prims/test_jvm_reflection.cpp (compiled with -parameters).
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;

@ReflSample.Marker(7)
public class ReflSample<T> implements Runnable, Comparable<ReflSample<T>> {
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Marker { int value(); }

  public int a = 1;
  private static final String S = "static";
  protected long[] arr;
  transient volatile List<String> names;
  public static int counter;

  public ReflSample() {}
  private ReflSample(int a, String s) throws IOException { this.a = a; }

  public void run() { counter++; }
  public int compareTo(ReflSample<T> o) { return a - o.a; }
  public static int add(int x, long y) { return (int) (x + y); }
  private String greet(String who) { return "hi " + who; }
  protected static double half(double d) { return d / 2; }
  public int thrower(int x) throws IOException {
    if (x < 0) throw new IOException("neg");
    return x * 2;
  }
  public static void varargs(String... xs) {}
  public int virt() { return 1; }

  public static class Member {}
  public class Inner {}
  public static Runnable anon() { return new Runnable() { public void run() {} }; }
  public static Object local() {
    class Local {}
    return new Local();
  }
  public abstract static class Abs { public abstract int f(); }
}

class ReflSub extends ReflSample<String> {
  @Override public int virt() { return 2; }
}

record Point(int x, String label) {}

sealed interface Shape permits Circle, Square {}
final class Circle implements Shape {}
final class Square implements Shape {}
