// ClassCastException messages as HotSpot 17 builds them for checkcast: app classes in
// the unnamed module of loader 'app', java.base classes of loader 'bootstrap', a
// java.sql class of loader 'platform', mixed pairs (separate clauses), arrays of
// primitives and of objects (dimension mismatch), interfaces, a class loaded by a named
// custom loader (its identity hash masked), a class from a loader without a name, hidden
// lambda classes (name masked), casts inside generic code (erasure puts the checkcast at
// the use site), and Class.cast's different wording.
import java.io.InputStream;
import java.util.*;
import java.util.function.Supplier;

public class CastMessages {
    public static class A {}
    public static class B {}
    interface Marker {}

    static class Named extends ClassLoader {
        Named(String name) { super(name, CastMessages.class.getClassLoader()); }
        @Override protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
            if (!n.equals("CastMessages$A")) return super.loadClass(n, resolve);
            synchronized (getClassLoadingLock(n)) {
                Class<?> c = findLoadedClass(n);
                if (c != null) return c;
                try (InputStream in = CastMessages.class.getResourceAsStream("/CastMessages$A.class")) {
                    byte[] b = in.readAllBytes();
                    return defineClass(n, b, 0, b.length);
                } catch (java.io.IOException e) { throw new ClassNotFoundException(n, e); }
            }
        }
    }

    static String mask(String s) { return s.replaceAll("@[0-9a-f]+", "@HASH").replaceAll("\\$\\$Lambda\\$\\d+/0x[0-9a-f]+", "\\$\\$Lambda\\$N/ADDR"); }

    static void t(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (ClassCastException e) { System.out.println(what + ":\n    " + mask(e.getMessage())); }
    }

    @SuppressWarnings("unchecked")
    static <T> T unchecked(Object o) { return (T) o; }

    public static void main(String[] args) throws Exception {
        Object a = new A();
        t("app to app", () -> { B b = (B) a; });
        t("java.base to java.base", () -> { Object o = "s"; Integer i = (Integer) o; });
        t("app to java.base", () -> { String s = (String) a; });
        t("java.base to app", () -> { Object o = 42; A x = (A) o; });
        t("app to interface", () -> { Marker m = (Marker) a; });
        t("to java.base interface", () -> { Object o = new A(); Runnable r = (Runnable) o; });
        t("platform loader", () -> { Object o = new java.sql.Date(0); String s = (String) o; });
        t("int[] to long[]", () -> { Object o = new int[1]; long[] l = (long[]) o; });
        t("String[] to Integer[]", () -> { Object o = new String[1]; Integer[] l = (Integer[]) o; });
        t("A[] to B[]", () -> { Object o = new A[1]; B[] l = (B[]) o; });
        t("int[][] to int[]", () -> { Object o = new int[1][1]; int[] l = (int[]) o; });
        t("A[][] to Object[][][]", () -> { Object o = new A[1][1]; Object[][][] l = (Object[][][]) o; });
        t("array to String", () -> { Object o = new double[0]; String s = (String) o; });
        t("generic erasure at use site", () -> { List<String> l = unchecked(new ArrayList<>(List.of(1))); String s = l.get(0); });
        t("generic method return", () -> { String s = CastMessages.<String>unchecked(3.5); });
        t("boxing in generics", () -> { Map<String, Integer> m = unchecked(new HashMap<>(Map.of("k", "v"))); int v = m.get("k"); });
        Supplier<String> lambda = () -> "x";
        t("lambda to app class", () -> { Object o = lambda; A x = (A) o; });
        Class<?> named = new Named("custom-loader").loadClass("CastMessages$A");
        Object foreign = named.getConstructor().newInstance();
        t("same name, different loaders", () -> { A x = (A) foreign; });
        Class<?> unnamed = new ClassLoader(CastMessages.class.getClassLoader()) {
            @Override protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                if (!n.equals("CastMessages$A")) return super.loadClass(n, resolve);
                try (InputStream in = CastMessages.class.getResourceAsStream("/CastMessages$A.class")) {
                    byte[] b = in.readAllBytes();
                    return defineClass(n, b, 0, b.length);
                } catch (java.io.IOException e) { throw new ClassNotFoundException(n, e); }
            }
        }.loadClass("CastMessages$A");
        Object foreign2 = unnamed.getConstructor().newInstance();
        t("loader without a name", () -> { String s = (String) foreign2; });
        t("Class.cast", () -> String.class.cast(a));
        t("Class.cast array", () -> int[].class.cast(new long[0]));
        t("enum constant to interfaces", () -> { Object o = Thread.State.NEW; Enum<?> e = (Enum<?>) o; Comparable<?> c = (Comparable<?>) o; Runnable r = (Runnable) o; });
    }
}
