// Iterators: Iterator.remove, ListIterator (set/add/previous/indices), fail-fast
// ConcurrentModificationException from ArrayList, HashMap and TreeMap, removeIf,
// IllegalStateException on a second remove, a custom Iterable in for-each,
// PrimitiveIterator, and Spliterator characteristics, estimateSize and trySplit.
import java.util.*;
import java.util.function.IntConsumer;

public class IteratorsSpliterators {
    static class Countdown implements Iterable<Integer> {
        final int from;
        Countdown(int from) { this.from = from; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;
                public boolean hasNext() { return next > 0; }
                public Integer next() {
                    if (next <= 0) throw new NoSuchElementException("countdown finished");
                    return next--;
                }
            };
        }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        for (Iterator<Integer> it = list.iterator(); it.hasNext();) if (it.next() % 3 == 0) it.remove();
        System.out.println("after iterator remove " + list);
        ListIterator<Integer> li = list.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex(), v = li.next();
            if (v % 2 == 0) li.set(v * 100);
            if (idx == 1) li.add(-1);
        }
        System.out.print("list " + list + " backwards:");
        while (li.hasPrevious()) System.out.print(" " + li.previousIndex() + "=" + li.previous());
        System.out.println();
        Iterator<Integer> it2 = list.iterator();
        it2.next();
        it2.remove();
        try { it2.remove(); } catch (IllegalStateException e) { System.out.println("second remove: " + e.getClass().getSimpleName()); }
        try {
            for (Integer x : list) if (x < 0) list.remove(x);
        } catch (ConcurrentModificationException e) { System.out.println("ArrayList CME " + e.getMessage()); }
        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        try {
            for (String k : hm.keySet()) hm.put(k + k, 0);
        } catch (ConcurrentModificationException e) { System.out.println("HashMap CME"); }
        TreeMap<Integer, String> tm = new TreeMap<>(Map.of(1, "x", 2, "y", 3, "z"));
        try {
            for (Integer k : tm.keySet()) tm.remove(3);
        } catch (ConcurrentModificationException e) { System.out.println("TreeMap CME, size now " + tm.size()); }
        list.removeIf(x -> x > 50);
        System.out.println("removeIf " + list);
        hm.entrySet().removeIf(e -> e.getValue() == 0);
        hm.replaceAll((k, v) -> v * 10);
        System.out.println("map after removeIf/replaceAll " + new TreeMap<>(hm));
        StringBuilder sb = new StringBuilder();
        for (int x : new Countdown(4)) sb.append(x).append(' ');
        System.out.println("custom iterable " + sb);
        Iterator<Integer> done = new Countdown(0).iterator();
        try { done.next(); } catch (NoSuchElementException e) { System.out.println("custom NSEE " + e.getMessage()); }
        try { new ArrayList<String>().iterator().next(); } catch (NoSuchElementException e) { System.out.println("ArrayList NSEE " + e.getMessage()); }
        PrimitiveIterator.OfInt pi = "abc".chars().iterator();
        int sum = 0;
        while (pi.hasNext()) sum += pi.nextInt();
        System.out.println("PrimitiveIterator sum " + sum);
        Spliterator<Integer> sp = new ArrayList<>(List.of(10, 20, 30, 40, 50, 60, 70)).spliterator();
        System.out.println("ArrayList spliterator size " + sp.estimateSize() + " SIZED " + sp.hasCharacteristics(Spliterator.SIZED) + " ORDERED " + sp.hasCharacteristics(Spliterator.ORDERED) + " SORTED " + sp.hasCharacteristics(Spliterator.SORTED));
        Spliterator<Integer> prefix = sp.trySplit();
        StringBuilder parts = new StringBuilder();
        prefix.forEachRemaining(x -> parts.append(x).append(','));
        parts.append(" | ");
        sp.tryAdvance(x -> parts.append("first ").append(x).append(';'));
        sp.forEachRemaining(x -> parts.append(x).append(','));
        System.out.println("split " + parts);
        Spliterator<String> ts = new TreeSet<>(List.of("b", "a", "c")).spliterator();
        System.out.println("TreeSet spliterator SORTED " + ts.hasCharacteristics(Spliterator.SORTED) + " DISTINCT " + ts.hasCharacteristics(Spliterator.DISTINCT) + " comparator " + ts.getComparator());
        Spliterator.OfInt ai = Arrays.spliterator(new int[] {1, 2, 3, 4}, 1, 4);
        IntConsumer print = v -> System.out.print(" " + v);
        System.out.print("array spliterator characteristics " + Integer.toHexString(ai.characteristics()) + ":");
        ai.forEachRemaining(print);
        System.out.println();
        Iterator<String> desc = new ArrayDeque<>(List.of("x", "y", "z")).descendingIterator();
        System.out.print("descending");
        desc.forEachRemaining(s -> System.out.print(" " + s));
        System.out.println();
        Enumeration<String> en = Collections.enumeration(List.of("e1", "e2"));
        System.out.println("enumeration " + Collections.list(en) + " asIterator " + Collections.enumeration(List.of(1)).asIterator().next());
    }
}
