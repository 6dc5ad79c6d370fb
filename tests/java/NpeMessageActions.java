// Helpful NullPointerException messages (JEP 358) for every failing action: getfield and
// putfield of each type, invokevirtual/invokeinterface/private-method/final-class calls,
// load from and store to arrays of every element type (int, long, double, float, byte,
// boolean, char, short, Object), arraylength, athrow, monitorenter, unboxing of each
// wrapper, and an enhanced-for over a null array and a null Iterable. The program is
// compiled without -g, so locals appear as <localN>.
import java.util.*;

public class NpeMessageActions {
    int i; long l; double d; float f; byte b; boolean z; char c; short s; Object o; String str;
    private int secret() { return 1; }

    static void t(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (NullPointerException e) { System.out.println(what + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        NpeMessageActions n = null;
        t("getfield int", () -> { NpeMessageActions x = null; System.out.print(x.i); });
        t("getfield long", () -> { NpeMessageActions x = null; System.out.print(x.l); });
        t("getfield double", () -> { NpeMessageActions x = null; System.out.print(x.d); });
        t("getfield Object", () -> { NpeMessageActions x = null; System.out.print(x.o); });
        t("putfield float", () -> { NpeMessageActions x = null; x.f = 1f; });
        t("putfield byte", () -> { NpeMessageActions x = null; x.b = 1; });
        t("putfield boolean", () -> { NpeMessageActions x = null; x.z = true; });
        t("putfield char", () -> { NpeMessageActions x = null; x.c = 'c'; });
        t("putfield short", () -> { NpeMessageActions x = null; x.s = 2; });
        t("putfield String", () -> { NpeMessageActions x = null; x.str = "s"; });
        t("invokevirtual", () -> { Object x = null; x.toString(); });
        t("invokevirtual final class", () -> { String x = null; x.isEmpty(); });
        t("invokeinterface", () -> { List<String> x = null; x.size(); });
        t("invokeinterface generic", () -> { Comparable<String> x = null; x.compareTo("a"); });
        t("private method (nestmate invokevirtual)", () -> { NpeMessageActions x = null; x.secret(); });
        t("native method", () -> { Object x = null; x.getClass(); });
        t("method with args", () -> { StringBuilder x = null; x.insert(0, 1.5); });
        t("iaload", () -> { int[] a = null; System.out.print(a[0]); });
        t("laload", () -> { long[] a = null; System.out.print(a[1]); });
        t("daload", () -> { double[] a = null; System.out.print(a[2]); });
        t("faload", () -> { float[] a = null; System.out.print(a[0]); });
        t("baload byte", () -> { byte[] a = null; System.out.print(a[0]); });
        t("baload boolean", () -> { boolean[] a = null; System.out.print(a[0]); });
        t("caload", () -> { char[] a = null; System.out.print(a[0]); });
        t("saload", () -> { short[] a = null; System.out.print(a[0]); });
        t("aaload", () -> { String[] a = null; System.out.print(a[0]); });
        t("iastore", () -> { int[] a = null; a[0] = 1; });
        t("lastore", () -> { long[] a = null; a[0] = 1L; });
        t("dastore", () -> { double[] a = null; a[0] = 1.0; });
        t("fastore", () -> { float[] a = null; a[0] = 1f; });
        t("bastore", () -> { byte[] a = null; a[0] = 1; });
        t("bastore boolean", () -> { boolean[] a = null; a[0] = true; });
        t("castore", () -> { char[] a = null; a[0] = 'x'; });
        t("sastore", () -> { short[] a = null; a[0] = 1; });
        t("aastore", () -> { Object[] a = null; a[0] = "x"; });
        t("arraylength", () -> { int[][] a = null; System.out.print(a.length); });
        t("athrow", () -> { RuntimeException e = null; throw e; });
        t("monitorenter", () -> { Object lock = null; synchronized (lock) { System.out.print(""); } });
        t("unbox Integer", () -> { Integer x = null; int y = x; });
        t("unbox Long", () -> { Long x = null; long y = x + 1; });
        t("unbox Double", () -> { Double x = null; double y = x * 2; });
        t("unbox Boolean", () -> { Boolean x = null; if (x) System.out.print(""); });
        t("unbox Character", () -> { Character x = null; char y = x; });
        t("unbox Byte", () -> { Byte x = null; byte y = x; });
        t("unbox Short", () -> { Short x = null; short y = x; });
        t("unbox Float", () -> { Float x = null; float y = x; });
        t("for-each array", () -> { int[] a = null; for (int v : a) System.out.print(v); });
        t("for-each Iterable", () -> { List<String> a = null; for (String v : a) System.out.print(v); });
        t("string switch", () -> { String k = null; switch (k) { case "a": break; default: break; } });
        t("compound assign field", () -> { NpeMessageActions x = null; x.i += 5; });
        t("increment long array", () -> { long[] a = null; a[0]++; });
        t("instance method ref on null", () -> { String x = null; Runnable r = x::length; });
        t("explicit NPE keeps message", () -> { throw new NullPointerException("explicit"); });
        t("explicit NPE without message", () -> { throw new NullPointerException(); });
        NullPointerException own = new NullPointerException();
        System.out.println("constructed, never thrown: " + own.getMessage());
    }
}
