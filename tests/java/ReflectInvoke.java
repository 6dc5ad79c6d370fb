// Method.invoke and Constructor.newInstance in depth: widening and unboxing of
// arguments, primitive returns boxed, static methods with a null receiver, void returning
// null, varargs passed as an array, InvocationTargetException wrapping (checked and
// unchecked causes), and the IllegalArgumentException messages for a wrong receiver, a
// wrong argument count, an argument type mismatch, and a null for a primitive parameter,
// before and after the native accessor is replaced by a generated one (after 15 calls;
// identity hashes in messages masked).
import java.lang.reflect.*;
import java.util.*;

public class ReflectInvoke {
    int base = 10;
    public ReflectInvoke() {}
    public ReflectInvoke(int b) { base = b; }
    public long widen(long x, double y) { return x + (long) y + base; }
    public static String stat(String s, int n) { return s.repeat(n); }
    public void nothing() {}
    public char ch(char c) { return Character.toUpperCase(c); }
    public boolean flag(boolean b) { return !b; }
    public static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    public static void thrower(int kind) throws Exception {
        if (kind == 0) throw new java.io.IOException("checked boom");
        if (kind == 1) throw new IllegalStateException("unchecked boom");
        throw new StackOverflowError("error boom");
    }

    static void tryInvoke(String what, Method m, Object recv, Object... args) {
        try {
            Object r = m.invoke(recv, args);
            System.out.println(what + " -> " + r + (r == null ? "" : " (" + r.getClass().getSimpleName() + ")"));
        } catch (InvocationTargetException e) {
            System.out.println(what + " -> ITE message " + e.getMessage() + " cause " + e.getCause() + " getTargetException same " + (e.getTargetException() == e.getCause()));
        } catch (IllegalArgumentException | NullPointerException | IllegalAccessException e) {
            System.out.println(what + " -> " + String.valueOf(e).replaceAll("@[0-9a-f]+", "@HASH"));
        }
    }

    public static void main(String[] args) throws Exception {
        Class<ReflectInvoke> c = ReflectInvoke.class;
        ReflectInvoke obj = c.getConstructor(int.class).newInstance(5);
        Method widen = c.getMethod("widen", long.class, double.class);
        tryInvoke("widen(Integer, Float)", widen, obj, 7, 2.5f);
        tryInvoke("widen(Byte, Character)", widen, obj, (byte) 1, 'A');
        tryInvoke("widen(Long, Long)", widen, obj, 100L, 200L);
        tryInvoke("widen(Double, Double)", widen, obj, 1.0, 1.0);
        tryInvoke("widen(String, 1)", widen, obj, "7", 1);
        tryInvoke("widen(null, 1)", widen, obj, null, 1);
        tryInvoke("widen one arg", widen, obj, 1L);
        tryInvoke("widen no receiver", widen, null, 1L, 2.0);
        tryInvoke("widen wrong receiver", widen, "a string", 1L, 2.0);
        Method stat = c.getMethod("stat", String.class, int.class);
        tryInvoke("static with null receiver", stat, null, "ab", 3);
        tryInvoke("static ignores receiver", stat, "ignored", "x", 2);
        tryInvoke("static Short to int", stat, null, "y", (short) 4);
        tryInvoke("static Long to int", stat, null, "z", 4L);
        tryInvoke("void returns", c.getMethod("nothing"), obj);
        tryInvoke("char", c.getMethod("ch", char.class), obj, 'q');
        tryInvoke("boolean", c.getMethod("flag", boolean.class), obj, true);
        tryInvoke("boolean from Integer", c.getMethod("flag", boolean.class), obj, 1);
        Method sum = c.getMethod("sum", int[].class);
        System.out.println("sum isVarArgs " + sum.isVarArgs());
        tryInvoke("varargs array", sum, null, (Object) new int[] {1, 2, 3});
        tryInvoke("varargs spread", sum, null, 1, 2, 3);
        tryInvoke("varargs Integer[]", sum, null, (Object) new Integer[] {1});
        Method thrower = c.getMethod("thrower", int.class);
        for (int k = 0; k < 3; k++) tryInvoke("thrower(" + k + ")", thrower, null, k);
        Constructor<ReflectInvoke> k0 = c.getConstructor();
        System.out.println("no-arg ctor base " + k0.newInstance().base + " via int ctor " + c.getConstructor(int.class).newInstance((short) 3).base);
        try { c.getConstructor(int.class).newInstance("3"); } catch (IllegalArgumentException e) { System.out.println("ctor mismatch: " + e); }
        try { c.getConstructor(int.class).newInstance(); } catch (IllegalArgumentException e) { System.out.println("ctor count: " + e); }
        Method toStr = Object.class.getMethod("toString");
        tryInvoke("Object.toString on Integer", toStr, 123);
        Method len = CharSequence.class.getMethod("length");
        tryInvoke("interface method on StringBuilder", len, new StringBuilder("abcd"));
        Method listSize = List.class.getMethod("size");
        tryInvoke("List.size on ArrayList", listSize, new ArrayList<>(List.of(1, 2)));
        tryInvoke("List.size on immutable list", listSize, List.of(1, 2, 3));
        Method cmp = Comparable.class.getMethod("compareTo", Object.class);
        tryInvoke("Comparable.compareTo(String, Integer)", cmp, "x", 1);
        for (int i = 0; i < 20; i++) widen.invoke(obj, (long) i, (double) i);
        tryInvoke("after inflation threshold", widen, obj, 1L, 2.0);
        tryInvoke("inflated wrong receiver", widen, Integer.valueOf(3), 1L, 2.0);
    }
}
