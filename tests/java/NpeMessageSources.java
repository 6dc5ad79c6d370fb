// Helpful NullPointerException messages describing where the null came from: locals and
// parameters of static and instance methods (<localN>, <parameterN> without -g), this.field,
// chains a.b.c, static fields Class.field, array elements with constant and variable
// indices (incl. 2-D), return values of static/virtual/interface methods with argument
// lists, a null constant, a checkcast result, a ternary (no description), a wide local, and
// a catch parameter. Messages are computed lazily, so getMessage called twice is the same.
import java.util.*;

public class NpeMessageSources {
    static String staticStr;
    static NpeMessageSources staticObj;
    NpeMessageSources next;
    String name;
    int[] data;
    Object[][] grid = new Object[2][2];

    static String make(int a, String b, long c) { return null; }
    NpeMessageSources child() { return null; }
    interface Source { String get(double x, Object... rest); }

    static void t(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (NullPointerException e) { System.out.println(what + ": " + e.getMessage() + (Objects.equals(e.getMessage(), e.getMessage()) ? "" : " (unstable)")); }
    }

    static void param(String p1, int p2, String p3) { System.out.print(p3.length()); }
    void instanceParam(long p1, String p2) { System.out.print(p2.trim()); }
    void fieldUse() { System.out.print(name.length()); }
    void chain() { System.out.print(next.next.name.length()); }
    void gridUse(int k) { System.out.print(grid[1][k].hashCode()); }

    public static void main(String[] args) {
        NpeMessageSources obj = new NpeMessageSources();
        t("static parameter", () -> param("a", 1, null));
        t("instance parameter", () -> obj.instanceParam(5L, null));
        t("this.field", obj::fieldUse);
        t("field chain", () -> { obj.next = new NpeMessageSources(); obj.chain(); });
        t("static field", () -> System.out.print(staticStr.length()));
        t("static field chain", () -> System.out.print(staticObj.name));
        t("array element constant index", () -> { String[] a = new String[3]; System.out.print(a[2].length()); });
        t("array element variable index", () -> { String[] a = new String[3]; int k = 1; System.out.print(a[k].length()); });
        t("2-D array element", () -> obj.gridUse(0));
        t("array in field", () -> System.out.print(obj.data[0]));
        t("static method return", () -> System.out.print(make(1, "x", 2L).length()));
        t("virtual method return", () -> System.out.print(obj.child().name));
        Source src = (x, rest) -> null;
        t("interface method return", () -> System.out.print(src.get(1.0).length()));
        t("null constant", () -> System.out.print(((String) null).length()));
        t("checkcast result", () -> { Object o = null; System.out.print(((StringBuilder) o).length()); });
        t("ternary", () -> { boolean flag = args.length == 0; String s = flag ? null : "x"; System.out.print((flag ? s : null).length()); });
        t("wide local", () -> {
            long a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
            String far = null;
            System.out.print(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 > 0 ? far.length() : 0);
        });
        t("catch parameter", () -> { try { throw new RuntimeException(); } catch (RuntimeException e) { e = null; e.getMessage(); } });
        t("local in static context", () -> { Map<String, String> m = new HashMap<>(); System.out.print(m.get("missing").length()); });
        t("element of List.get", () -> { List<String> l = Arrays.asList((String) null); System.out.print(l.get(0).isEmpty()); });
        t("field of array element", () -> { NpeMessageSources[] arr = new NpeMessageSources[1]; System.out.print(arr[0].name); });
        t("long array from method", () -> System.out.print(longs()[0]));
        t("enum valueOf switch", () -> { Thread.State st = null; switch (st) { case NEW: break; default: break; } });
        NullPointerException saved = null;
        try { String x = null; x.length(); } catch (NullPointerException e) { saved = e; }
        System.out.println("message twice equal " + saved.getMessage().equals(saved.getMessage()) + " toString " + saved);
        NullPointerException viaReflection = null;
        try { String.class.getMethod("length").invoke(null); } catch (ReflectiveOperationException e) { System.out.println("reflective invoke on null: " + e); } catch (NullPointerException e) { viaReflection = e; }
        System.out.println("reflective NPE message " + (viaReflection == null ? "-" : viaReflection.getMessage()));
    }

    static long[] longs() { return null; }
}
