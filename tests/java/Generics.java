// Generics: bounded type parameters, wildcards (PECS), generic methods with inference,
// erasure and bridge methods, recursive bounds, raw types and heap pollution caught by
// a ClassCastException at the use site.
import java.util.*;
import java.util.function.Function;

public class Generics {
    static <T extends Comparable<? super T>> T max(Collection<? extends T> xs) {
        Iterator<? extends T> it = xs.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) > 0) best = x;
        }
        return best;
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> out, int n) {
        for (int i = 0; i < n; i++) out.add(i);
    }

    static <A, B> List<B> map(List<A> in, Function<? super A, ? extends B> f) {
        List<B> out = new ArrayList<>();
        for (A a : in) out.add(f.apply(a));
        return out;
    }

    static class Box<T extends Number> implements Comparable<Box<T>> {
        final T value;
        Box(T v) { value = v; }
        public int compareTo(Box<T> o) { return Double.compare(value.doubleValue(), o.value.doubleValue()); }
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    static abstract class Node<N extends Node<N>> {
        final List<N> children = new ArrayList<>();
        abstract N self();
        N add(N child) { children.add(child); return self(); }
    }

    static class Tree extends Node<Tree> {
        final String label;
        Tree(String l) { label = l; }
        Tree self() { return this; }
        @Override public String toString() { return children.isEmpty() ? label : label + children; }
    }

    static class Stack<E> {
        private Object[] items = new Object[2];
        private int size;
        void push(E e) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = e;
        }
        @SuppressWarnings("unchecked") E pop() {
            if (size == 0) throw new NoSuchElementException("stack is empty");
            E e = (E) items[--size];
            items[size] = null;
            return e;
        }
        boolean isEmpty() { return size == 0; }
    }

    interface Transformer<T> { T transform(T t); }

    static class Upper implements Transformer<String> {
        public String transform(String s) { return s.toUpperCase(); }   // javac adds a bridge transform(Object)
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(Set.of("pear", "apple", "zoo")) + " " + max(List.of(new Box<>(1.5), new Box<>(0.5))));
        System.out.println(sum(List.of(1, 2.5, 3L, (byte) 4)));
        List<Number> nums = new ArrayList<>();
        fill(nums, 4);
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        System.out.println(nums + " " + objs);
        System.out.println(map(List.of("a", "bb", "ccc"), String::length) + " " + map(List.of(1, 2), i -> "#" + i));
        Tree t = new Tree("root").add(new Tree("a").add(new Tree("a1"))).add(new Tree("b"));
        System.out.println(t);
        Stack<String> st = new Stack<>();
        for (String s : "to be or not".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        while (!st.isEmpty()) sb.append(st.pop()).append(' ');
        System.out.println(sb.toString().trim());
        try {
            st.pop();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e.getMessage());
        }
        Transformer raw = new Upper();
        System.out.println(raw.transform("bridge"));
        try {
            raw.transform(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }
        List<String> strings = new ArrayList<>();
        List rawList = strings;
        rawList.add(7);
        System.out.println("polluted size " + strings.size());
        try {
            String s = strings.get(0);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: " + e.getMessage());
        }
        long bridges = Arrays.stream(Upper.class.getDeclaredMethods()).filter(m -> m.isBridge()).count();
        System.out.println("bridge methods in Upper: " + bridges);
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        Optional<String> first = Optional.of("x").map(s -> s + "y").filter(s -> s.length() == 2);
        System.out.println(first.orElse("none") + " " + Optional.<String>empty().map(String::length).orElse(-1));
        Comparator<Map.Entry<String, Integer>> byValue = Map.Entry.comparingByValue();
        List<Map.Entry<String, Integer>> es = new ArrayList<>(List.of(Map.entry("a", 3), Map.entry("b", 1), Map.entry("c", 2)));
        es.sort(byValue.reversed());
        System.out.println(es);
    }
}
