// Inner (non-static) classes with outer access, anonymous classes capturing effectively
// final locals, local classes, static nested classes, a static nested generic class,
// Outer.this, and the names javac gives them.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class InnerClasses {
    private int counter = 100;
    private static String prefix = "P";

    class Inner {
        int id = ++counter;
        String show() { return prefix + id + " of outer counter " + counter + " / " + InnerClasses.this.counter; }
        class Deeper {
            String show() { return "deeper sees " + id + " and " + counter; }
        }
    }

    static class Nested {
        private final String v;
        Nested(String v) { this.v = v; }
        String show() { return "nested " + v + " " + prefix; }
    }

    static class Pair<A, B> {
        final A first;
        final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }

        static class Builder<X> {
            private final List<X> items = new ArrayList<>();
            Builder<X> add(X x) { items.add(x); return this; }
            Pair<X, Integer> build() { return new Pair<>(items.get(0), items.size()); }
        }
    }

    class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;
                public boolean hasNext() { return cur < hi; }
                public Integer next() { counter++; return cur++; }
            };
        }
    }

    interface Greeter { String greet(String who); }

    Greeter make(String greeting) {
        int len = greeting.length();
        class Local implements Greeter {
            public String greet(String who) { return greeting + ", " + who + "! (" + len + ", counter " + counter + ")"; }
        }
        return new Local();
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Inner a = outer.new Inner();
        InnerClasses.Inner b = outer.new Inner();
        System.out.println(a.show());
        System.out.println(b.show());
        InnerClasses.Inner.Deeper d = a.new Deeper();
        System.out.println(d.show());
        System.out.println(new Nested("n").show());
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + new Pair.Builder<String>().add("a").add("b").add("c").build());
        int sum = 0;
        for (int i : outer.new Range(3, 7)) sum += i;
        System.out.println("range sum " + sum + ", counter " + outer.counter);
        System.out.println(outer.make("Hello").greet("world"));
        final int base = 10;
        Greeter anon = new Greeter() {
            int calls;
            public String greet(String who) { calls++; return "anon " + who + " base " + base + " calls " + calls; }
        };
        System.out.println(anon.greet("a"));
        System.out.println(anon.greet("b"));
        Object o = new Object() { @Override public String toString() { return "anonymous Object subclass"; } };
        System.out.println(o);
        System.out.println("names: " + Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.class.getSimpleName() + " " + anon.getClass().getName() + " " + outer.make("x").getClass().getName()
            + " " + Pair.Builder.class.getName());
        System.out.println("anonymous? " + anon.getClass().isAnonymousClass() + " local? " + outer.make("x").getClass().isLocalClass() + " member? " + Inner.class.isMemberClass() + " enclosing " + Inner.class.getEnclosingClass().getSimpleName());
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            int k = i * i;
            rs[i] = new Runnable() { public void run() { System.out.print("run" + k + " "); } };
        }
        for (Runnable r : rs) r.run();
        System.out.println();
    }
}
