// Capturing lambdas and anonymous classes: effectively final locals, loop variables (a
// fresh variable per enhanced-for iteration), captured arrays as mutable cells, capture of
// this and of fields (read at call time, not capture time), lambdas created in
// constructors and static initializers, nested lambdas capturing from two scopes,
// non-capturing lambdas are evaluated to the same object at a site, capturing ones to new
// objects, and recursion via a holder.
import java.util.*;
import java.util.function.*;

public class CapturingLambdas {
    static final List<Supplier<String>> STATIC_SUPPLIERS = new ArrayList<>();
    static {
        String s = "from <clinit>";
        STATIC_SUPPLIERS.add(() -> s);
    }

    int counter = 0;
    final Runnable inc;
    final IntSupplier read;

    CapturingLambdas(int step) {
        inc = () -> counter += step;
        read = () -> counter;
    }

    static Runnable nonCapturing() { return () -> System.out.print(""); }
    static Runnable capturing(int x) { return () -> System.out.print(x > 0 ? "" : "-"); }

    public static void main(String[] args) {
        List<Supplier<String>> sups = new ArrayList<>();
        for (String w : List.of("alpha", "beta", "gamma")) sups.add(() -> w.toUpperCase());
        for (int i = 0; i < 3; i++) { int j = i * i; sups.add(() -> "sq" + j); }
        StringBuilder sb = new StringBuilder();
        for (Supplier<String> s : sups) sb.append(s.get()).append(' ');
        System.out.println(sb.toString().trim());
        int[] cell = {0};
        Runnable bump = () -> cell[0]++;
        for (int i = 0; i < 5; i++) bump.run();
        System.out.println("array cell " + cell[0]);
        CapturingLambdas obj = new CapturingLambdas(3);
        obj.inc.run(); obj.inc.run();
        obj.counter += 100;
        System.out.println("field via this " + obj.read.getAsInt());
        System.out.println(STATIC_SUPPLIERS.get(0).get());
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println("curried " + curried.apply(1).apply(2).apply(3));
        String prefix = "p";
        Function<String, Supplier<String>> nested = mid -> { String local = mid + "!"; return () -> prefix + local; };
        System.out.println("nested " + nested.apply("m").get());
        System.out.println("same non-capturing instance " + (nonCapturing() == nonCapturing()) + ", capturing distinct " + (capturing(1) != capturing(1)));
        Map<String, IntBinaryOperator> ops = new TreeMap<>();
        int bias = 1000;
        ops.put("add", (a, b) -> a + b + bias);
        ops.put("sub", (a, b) -> a - b - bias);
        ops.put("mul", new IntBinaryOperator() {
            int uses;
            public int applyAsInt(int a, int b) { uses++; return a * b + bias * uses; }
        });
        for (int round = 0; round < 2; round++)
            for (Map.Entry<String, IntBinaryOperator> e : ops.entrySet()) System.out.print(e.getKey() + "=" + e.getValue().applyAsInt(6, 7) + " ");
        System.out.println();
        Function<Integer, Long>[] fact = new Function[1];
        fact[0] = n -> n <= 1 ? 1L : n * fact[0].apply(n - 1);
        System.out.println("20! " + fact[0].apply(20));
        List<Runnable> later = new ArrayList<>();
        StringBuilder trace = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            later.add(new Runnable() { public void run() { trace.append("anon").append(k).append(' '); } });
            later.add(() -> trace.append("lambda").append(k).append(' '));
        }
        later.forEach(Runnable::run);
        System.out.println(trace.toString().trim());
        long big = Long.MAX_VALUE; double dd = 2.5; char ch = 'Q'; boolean flag = true; byte by = -7; short sh = 300; float ff = 1.25f;
        Supplier<String> all = () -> big + " " + dd + " " + ch + " " + flag + " " + by + " " + sh + " " + ff;
        System.out.println("captured primitives " + all.get());
        BiFunction<Integer, Integer, Integer> gcd = new BiFunction<>() {
            public Integer apply(Integer a, Integer b) { return b == 0 ? a : this.apply(b, a % b); }
        };
        System.out.println("anon recursion gcd " + gcd.apply(1071, 462));
        Object self = new Object() { int hiddenField = 41; int get() { return ++hiddenField; } }.get();
        System.out.println("anonymous member via var-less call " + self);
        var anon = new Object() { String greet(String n) { return "hi " + n; } };
        System.out.println("var anonymous " + anon.greet("there"));
    }
}
