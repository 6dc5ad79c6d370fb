// MethodHandles combinators: bindTo, insertArguments, dropArguments, filterArguments,
// filterReturnValue, foldArguments, collectArguments, permuteArguments, guardWithTest,
// catchException, throwException, constant, identity, zero/empty, asSpreader, asCollector,
// asVarargsCollector/asFixedArity, arrayElementGetter/Setter/arrayLength/
// arrayConstructor, countedLoop,
// tryFinally, and MethodHandleProxies.asInterfaceInstance.
import java.lang.invoke.*;
import java.util.*;

public class MethodHandleCombinators {
    static String concat3(String a, String b, String c) { return a + "|" + b + "|" + c; }
    static boolean isEven(int x) { return x % 2 == 0; }
    static String even(int x) { return x + " is even"; }
    static String odd(int x) { return x + " is odd"; }
    static int parse(String s) { return Integer.parseInt(s); }
    static int fallback(NumberFormatException e, String s) { return -s.length(); }
    static int sumAll(int... xs) { int t = 0; for (int x : xs) t += x; return t; }
    static int step(int acc, int i) { return acc + i * i; }
    static String cleanup(Throwable t, String result, String in) { return "cleanup(" + (t == null ? "ok" : t.getClass().getSimpleName()) + "," + result + ")"; }
    static String body(String in) { if (in.isEmpty()) throw new IllegalArgumentException(); return in.toUpperCase(); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup L = MethodHandles.lookup();
        MethodHandle c3 = L.findStatic(MethodHandleCombinators.class, "concat3", MethodType.methodType(String.class, String.class, String.class, String.class));
        MethodHandle concat = L.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        MethodHandle bound = concat.bindTo("prefix-");
        System.out.println("bindTo " + (String) bound.invokeExact("x") + " type " + bound.type());
        MethodHandle ins = MethodHandles.insertArguments(c3, 1, "B", "C");
        System.out.println("insertArguments " + (String) ins.invokeExact("a") + " type " + ins.type());
        MethodHandle drop = MethodHandles.dropArguments(c3, 0, int.class, double.class);
        System.out.println("dropArguments " + (String) drop.invokeExact(1, 2.0, "p", "q", "r") + " type " + drop.type());
        MethodHandle upper = L.findVirtual(String.class, "toUpperCase", MethodType.methodType(String.class));
        MethodHandle filtered = MethodHandles.filterArguments(c3, 0, upper, null, upper);
        System.out.println("filterArguments " + (String) filtered.invokeExact("a", "b", "c"));
        MethodHandle len = L.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle lenOf = MethodHandles.filterReturnValue(c3, len);
        System.out.println("filterReturnValue " + (int) lenOf.invokeExact("aa", "bbb", "c") + " type " + lenOf.type());
        MethodHandle fold = MethodHandles.foldArguments(c3, MethodHandles.dropArguments(upper, 1, String.class));
        System.out.println("foldArguments " + (String) fold.invokeExact("x", "y"));
        MethodHandle collect = MethodHandles.collectArguments(c3, 1, concat);
        System.out.println("collectArguments " + (String) collect.invokeExact("a", "b1", "b2", "c") + " type " + collect.type());
        MethodHandle perm = MethodHandles.permuteArguments(c3, MethodType.methodType(String.class, String.class, String.class), 1, 0, 1);
        System.out.println("permuteArguments " + (String) perm.invokeExact("first", "second"));
        MethodType intToStr = MethodType.methodType(String.class, int.class);
        MethodHandle gwt = MethodHandles.guardWithTest(L.findStatic(MethodHandleCombinators.class, "isEven", MethodType.methodType(boolean.class, int.class)),
            L.findStatic(MethodHandleCombinators.class, "even", intToStr), L.findStatic(MethodHandleCombinators.class, "odd", intToStr));
        System.out.println("guardWithTest " + (String) gwt.invokeExact(4) + ", " + (String) gwt.invokeExact(7));
        MethodHandle safeParse = MethodHandles.catchException(L.findStatic(MethodHandleCombinators.class, "parse", MethodType.methodType(int.class, String.class)),
            NumberFormatException.class, L.findStatic(MethodHandleCombinators.class, "fallback", MethodType.methodType(int.class, NumberFormatException.class, String.class)));
        System.out.println("catchException " + (int) safeParse.invokeExact("123") + " " + (int) safeParse.invokeExact("oops!"));
        MethodHandle thrower = MethodHandles.throwException(void.class, IllegalStateException.class);
        try { thrower.invoke(new IllegalStateException("thrown by handle")); } catch (IllegalStateException e) { System.out.println("throwException " + e.getMessage()); }
        System.out.println("constant " + MethodHandles.constant(String.class, "k").invoke() + " identity " + MethodHandles.identity(int.class).invoke(9) + " zero " + MethodHandles.zero(long.class).invoke()
            + " empty " + MethodHandles.empty(MethodType.methodType(double.class, String.class)).invoke("ignored"));
        MethodHandle sum = L.findStatic(MethodHandleCombinators.class, "sumAll", MethodType.methodType(int.class, int[].class));
        MethodHandle collector = sum.asCollector(int[].class, 3);
        System.out.println("asCollector " + (int) collector.invokeExact(1, 2, 3) + " type " + collector.type() + " fixed arity varargs? " + sum.asFixedArity().isVarargsCollector());
        MethodHandle spreader = c3.asSpreader(Object[].class, 2);
        System.out.println("asSpreader " + spreader.invoke("one", new Object[] {"two", "three"}) + " type " + spreader.type());
        MethodHandle aget = MethodHandles.arrayElementGetter(int[].class), aset = MethodHandles.arrayElementSetter(int[].class);
        MethodHandle alen = MethodHandles.arrayLength(int[].class), actor = MethodHandles.arrayConstructor(int[].class);
        int[] arr = (int[]) actor.invokeExact(4);
        aset.invokeExact(arr, 2, 77);
        System.out.println("array handles len " + (int) alen.invokeExact(arr) + " get " + (int) aget.invokeExact(arr, 2) + " " + Arrays.toString(arr));
        try { int x = (int) aget.invokeExact(arr, 9); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("arrayElementGetter AIOOBE " + e.getMessage()); }
        MethodHandle loopBody = L.findStatic(MethodHandleCombinators.class, "step", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle counted = MethodHandles.countedLoop(MethodHandles.identity(int.class), MethodHandles.constant(int.class, 0), loopBody);
        System.out.println("countedLoop sum of squares below 10 " + (int) counted.invokeExact(10));
        MethodHandle tf = MethodHandles.tryFinally(L.findStatic(MethodHandleCombinators.class, "body", MethodType.methodType(String.class, String.class)),
            L.findStatic(MethodHandleCombinators.class, "cleanup", MethodType.methodType(String.class, Throwable.class, String.class, String.class)));
        System.out.println("tryFinally " + (String) tf.invokeExact("abc"));
        try { String x = (String) tf.invokeExact(""); } catch (IllegalArgumentException e) { System.out.println("tryFinally rethrows " + e.getClass().getSimpleName()); }
        Comparator<String> byLen = MethodHandleProxies.asInterfaceInstance(Comparator.class,
            MethodHandles.filterArguments(L.findStatic(Integer.class, "compare", MethodType.methodType(int.class, int.class, int.class)), 0, len, len).asType(MethodType.methodType(int.class, Object.class, Object.class)));
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLen);
        System.out.println("asInterfaceInstance sort " + words + " isWrapper " + MethodHandleProxies.isWrapperInstance(byLen));
    }
}
