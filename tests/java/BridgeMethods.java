// Bridge methods as javac generates them and reflection shows them: a generic interface
// implemented with a concrete type (compareTo(Object) bridge), covariant return types
// (Object clone() and a narrower override), a generic superclass method overridden with a
// concrete parameter, isBridge/isSynthetic/getReturnType of each, calls through the
// erased signature reaching the override, and the ClassCastException a bridge throws
// when called raw with the wrong argument type.
import java.lang.reflect.*;
import java.util.*;

public class BridgeMethods {
    static class Money implements Comparable<Money> {
        final long cents;
        Money(long c) { cents = c; }
        public int compareTo(Money o) { return Long.compare(cents, o.cents); }
        public String toString() { return cents / 100 + "." + String.format("%02d", cents % 100); }
    }

    static abstract class Animal {
        abstract Animal self();
        Object describe() { return "animal"; }
    }

    static class Dog extends Animal implements Cloneable {
        @Override Dog self() { return this; }
        @Override String describe() { return "dog"; }
        @Override public Dog clone() {
            try { return (Dog) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); }
        }
    }

    static class Box<T> {
        T item;
        void put(T t) { item = t; }
        T get() { return item; }
    }

    static class IntBox extends Box<Integer> {
        @Override void put(Integer i) { item = i * 10; }
        @Override Integer get() { return item + 1; }
    }

    interface Transformer<A, B> { B apply(A a); }
    static class Len implements Transformer<String, Integer> { public Integer apply(String s) { return s.length(); } }

    static void show(Class<?> c) {
        List<String> lines = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            lines.add(m.getReturnType().getSimpleName() + " " + m.getName() + Arrays.toString(Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toArray())
                + (m.isBridge() ? " bridge" : "") + (m.isSynthetic() ? " synthetic" : "") + " " + Modifier.toString(m.getModifiers() & ~Modifier.VOLATILE));
        }
        Collections.sort(lines);
        System.out.println(c.getSimpleName() + ":");
        for (String l : lines) System.out.println("  " + l);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        show(Money.class);
        show(Dog.class);
        show(IntBox.class);
        show(Len.class);
        List<Money> ms = new ArrayList<>(List.of(new Money(500), new Money(125), new Money(9999)));
        Collections.sort(ms);
        System.out.println("sorted through bridge " + ms);
        Animal a = new Dog();
        System.out.println("covariant " + a.self().getClass().getSimpleName() + " " + a.describe() + " clone " + new Dog().clone().describe());
        Box<Integer> b = new IntBox();
        b.put(4);
        System.out.println("generic override via bridge " + b.get());
        Box raw = b;
        try { raw.put("four"); } catch (ClassCastException e) { System.out.println("raw put: " + e.getMessage()); }
        Comparable rawCmp = new Money(1);
        try { rawCmp.compareTo("x"); } catch (ClassCastException e) { System.out.println("raw compareTo: " + e.getMessage()); }
        Transformer t = new Len();
        System.out.println("transform " + t.apply("bridge"));
        Method bridge = Len.class.getDeclaredMethod("apply", Object.class);
        System.out.println("invoke bridge reflectively " + bridge.invoke(new Len(), "xyz") + " isBridge " + bridge.isBridge());
        try { bridge.invoke(new Len(), 5); } catch (InvocationTargetException e) { System.out.println("bridge ITE cause: " + e.getCause().getMessage()); }
        Method m = IntBox.class.getMethod("toString");
        System.out.println("inherited method declaring class " + m.getDeclaringClass().getSimpleName());
        Method get = IntBox.class.getDeclaredMethod("get");
        System.out.println("getDeclaredMethod(get) picks return " + get.getReturnType().getSimpleName() + " bridge " + get.isBridge());
    }
}
