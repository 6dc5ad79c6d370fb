// MethodHandles.Lookup: findVirtual/findStatic/findConstructor/findGetter/findSetter/
// findStaticGetter/findStaticSetter, unreflect,
// unreflectConstructor, unreflectGetter; invokeExact with exact types (and the
// WrongMethodTypeException message when not exact), invoke with asType conversions
// (boxing, widening), MethodType toString/parameterCount/wrap/unwrap/erase/
// toMethodDescriptorString/fromMethodDescriptorString, and lookup failures
// (NoSuchMethodException, IllegalAccessException messages).
import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;

public class MethodHandleLookups {
    private int count = 5;
    static String label = "static label";
    final String name;
    public MethodHandleLookups(String name) { this.name = name; }
    public MethodHandleLookups() { this("noname"); }
    public String greet(String who, int times) { return (name + " greets " + who + " ").repeat(times).trim(); }
    public static long square(long x) { return x * x; }
    private int secret(int d) { return count + d; }
    public static int sum(int... xs) { return Arrays.stream(xs).sum(); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup L = MethodHandles.lookup();
        MethodHandle greet = L.findVirtual(MethodHandleLookups.class, "greet", MethodType.methodType(String.class, String.class, int.class));
        MethodHandleLookups obj = new MethodHandleLookups("mh");
        String s = (String) greet.invokeExact(obj, "you", 2);
        System.out.println(s + " | type " + greet.type());
        try { Object bad = greet.invokeExact(obj, "you", 2); }
        catch (WrongMethodTypeException e) { System.out.println("invokeExact Object return: " + e.getMessage()); }
        try { String bad = (String) greet.invokeExact(obj, "you", (long) 2); }
        catch (WrongMethodTypeException e) { System.out.println("invokeExact long arg: " + e.getMessage()); }
        Object viaInvoke = greet.invoke(obj, (Object) "boxed", Integer.valueOf(1));
        System.out.println("invoke with conversions: " + viaInvoke);
        MethodHandle sq = L.findStatic(MethodHandleLookups.class, "square", MethodType.methodType(long.class, long.class));
        long r1 = (long) sq.invokeExact(12L);
        Object r2 = sq.invoke(7);
        System.out.println("square " + r1 + " " + r2 + " (" + r2.getClass().getSimpleName() + ") asType " + sq.asType(MethodType.methodType(Object.class, int.class)).type());
        MethodHandle ctor = L.findConstructor(MethodHandleLookups.class, MethodType.methodType(void.class, String.class));
        MethodHandle ctor0 = L.findConstructor(MethodHandleLookups.class, MethodType.methodType(void.class));
        System.out.println("ctor type " + ctor.type() + " name " + ((MethodHandleLookups) ctor.invoke("made")).name + " " + ((MethodHandleLookups) ctor0.invokeExact()).name);
        MethodHandle getCount = L.findGetter(MethodHandleLookups.class, "count", int.class);
        MethodHandle setCount = L.findSetter(MethodHandleLookups.class, "count", int.class);
        setCount.invokeExact(obj, 40);
        System.out.println("getter " + (int) getCount.invokeExact(obj) + " types " + getCount.type() + " " + setCount.type());
        MethodHandle sget = L.findStaticGetter(MethodHandleLookups.class, "label", String.class);
        MethodHandle sset = L.findStaticSetter(MethodHandleLookups.class, "label", String.class);
        sset.invokeExact("changed");
        System.out.println("static getter " + (String) sget.invokeExact() + " type " + sget.type());
        Method secretM = MethodHandleLookups.class.getDeclaredMethod("secret", int.class);
        MethodHandle secret = L.unreflect(secretM);
        System.out.println("unreflect private " + (int) secret.invokeExact(obj, 2));
        MethodHandle uc = L.unreflectConstructor(MethodHandleLookups.class.getConstructor(String.class));
        MethodHandle ug = L.unreflectGetter(MethodHandleLookups.class.getDeclaredField("name"));
        System.out.println("unreflectConstructor+Getter " + (String) ug.invoke(uc.invoke("reflected")));
        MethodHandle sumH = L.findStatic(MethodHandleLookups.class, "sum", MethodType.methodType(int.class, int[].class));
        System.out.println("varargs collector " + sumH.isVarargsCollector() + " invoke spread " + sumH.invoke(1, 2, 3, 4) + " invokeWithArguments " + sumH.invokeWithArguments(5, 6));
        MethodHandle len = L.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle cmp = L.findVirtual(Comparable.class, "compareTo", MethodType.methodType(int.class, Object.class));
        MethodHandle size = L.findVirtual(List.class, "size", MethodType.methodType(int.class));
        System.out.println("String.length " + (int) len.invokeExact("abcdef") + " Comparable.compareTo " + (int) cmp.invoke("b", "a") + " List.size " + (int) size.invoke(List.of(1, 2, 3)));
        MethodType mt = MethodType.methodType(Integer.class, long.class, String[].class, List.class);
        System.out.println("MethodType " + mt + " count " + mt.parameterCount() + " descriptor " + mt.toMethodDescriptorString() + " unwrap " + mt.unwrap() + " wrap " + mt.wrap() + " erase " + mt.erase() + " generic " + mt.generic());
        MethodType parsed = MethodType.fromMethodDescriptorString("(IJ[Ljava/lang/String;)V", null);
        System.out.println("parsed " + parsed + " changeReturn " + parsed.changeReturnType(int.class) + " insert " + parsed.insertParameterTypes(0, char.class) + " drop " + parsed.dropParameterTypes(1, 3) + " equals " + parsed.equals(MethodType.methodType(void.class, int.class, long.class, String[].class)));
        try { L.findVirtual(String.class, "nope", MethodType.methodType(void.class)); }
        catch (NoSuchMethodException e) { System.out.println("findVirtual missing: " + e.getMessage()); }
        try { L.findStatic(MethodHandleLookups.class, "greet", MethodType.methodType(String.class, String.class, int.class)); }
        catch (IllegalAccessException e) { System.out.println("findStatic on instance method: " + e.getMessage()); }
        try { MethodHandles.publicLookup().findVirtual(MethodHandleLookups.class, "secret", MethodType.methodType(int.class, int.class)); }
        catch (IllegalAccessException e) { System.out.println("publicLookup private: " + e.getMessage()); }
        try { L.findGetter(MethodHandleLookups.class, "count", long.class); }
        catch (NoSuchFieldException e) { System.out.println("findGetter wrong type: " + e.getMessage()); }
        System.out.println("lookup class " + L.lookupClass().getSimpleName() + " modes " + Integer.toBinaryString(L.lookupModes()) + " publicLookup modes " + Integer.toBinaryString(MethodHandles.publicLookup().lookupModes()));
    }
}
