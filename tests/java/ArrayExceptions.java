// VM-generated exception messages: ArrayIndexOutOfBoundsException, NegativeArraySizeException,
// ArrayStoreException, ClassCastException, ArithmeticException, and the helpful
// NullPointerException messages (JEP 358, on by default in 17).
public class ArrayExceptions {
    static int[] ints = new int[3];
    static String field;
    int value;
    ArrayExceptions next;

    static void run(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        run("load index 3", () -> System.out.println(ints[3]));
        run("store index -1", () -> ints[-1] = 1);
        run("long[] index 10", () -> { long[] l = new long[10]; l[10] = 5; });
        run("char[] index MAX", () -> { char[] c = new char[0]; c[Integer.MAX_VALUE] = 'x'; });
        run("2d inner", () -> { int[][] g = new int[2][2]; g[1][2] = 1; });
        run("new int[-1]", () -> { int[] x = new int[-1]; });
        run("new String[-5]", () -> { String[] x = new String[-5]; });
        run("new int[2][-3]", () -> { int[][] x = new int[2][-3]; });
        run("new int[-2][3]", () -> { int[][] x = new int[-2][3]; });
        run("reflective newInstance(-7)", () -> java.lang.reflect.Array.newInstance(int.class, -7));
        run("store Integer in String[]", () -> { Object[] o = new String[1]; o[0] = Integer.valueOf(1); });
        run("store String in Integer[][]", () -> { Object[] o = new Integer[1][]; o[0] = "s"; });
        run("store int[] in long[][]", () -> { Object[] o = new long[1][]; o[0] = new int[0]; });
        run("cast Integer to String", () -> { Object o = 1; String s = (String) o; });
        run("cast String[] to Integer[]", () -> { Object o = new String[0]; Integer[] s = (Integer[]) o; });
        run("cast int[] to long[]", () -> { Object o = new int[0]; long[] s = (long[]) o; });
        run("cast to own class", () -> { Object o = "x"; ArrayExceptions a = (ArrayExceptions) o; });
        run("int / 0", () -> System.out.println(ints.length / (ints[0])));
        run("NPE array load", () -> { int[] n = null; System.out.println(n[0]); });
        run("NPE array length", () -> { int[] n = null; System.out.println(n.length); });
        run("NPE static field method", () -> System.out.println(field.length()));
        run("NPE field read", () -> { ArrayExceptions a = new ArrayExceptions(); System.out.println(a.next.value); });
        run("NPE field write", () -> { ArrayExceptions a = new ArrayExceptions(); a.next.next = a; });
        run("NPE chained call", () -> { ArrayExceptions a = new ArrayExceptions(); System.out.println(a.self().next.self()); });
        run("NPE throw null", () -> { RuntimeException r = null; throw r; });
        run("NPE synchronized", () -> { Object o = null; synchronized (o) { System.out.println("in"); } });
        run("NPE unboxing", () -> { Integer i = null; int j = i; });
        run("NPE array store", () -> { String[][] s = new String[1][]; s[0][0] = "x"; });
        run("NPE explicit", () -> { throw new NullPointerException("custom message"); });
        run("NPE requireNonNull", () -> java.util.Objects.requireNonNull(null, "thing must not be null"));
    }

    ArrayExceptions self() { return this; }
}
