// HashSet (deterministic for String/Integer elements), LinkedHashSet, TreeSet navigation,
// set algebra, ArrayDeque as stack and queue, PriorityQueue with natural and custom order,
// and the exceptions of empty or capacity-bound queues.
import java.util.*;

public class SetsQueues {
    public static void main(String[] args) {
        Set<String> hs = new HashSet<>(List.of("banana", "apple", "cherry", "date", "elderberry", "fig", "grape"));
        System.out.println("HashSet " + hs + " add dup " + hs.add("apple") + " remove " + hs.remove("fig"));
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 30; i++) ints.add((i * 37) % 101 - 20);
        System.out.println("HashSet<Integer> " + ints);
        Set<String> lhs = new LinkedHashSet<>(List.of("z", "a", "m", "a", "b"));
        System.out.println("LinkedHashSet " + lhs);
        TreeSet<Integer> ts = new TreeSet<>(ints);
        System.out.println("TreeSet " + ts);
        System.out.println("first " + ts.first() + " last " + ts.last() + " floor(10) " + ts.floor(10) + " ceiling(10) " + ts.ceiling(10) + " higher(80) " + ts.higher(80) + " headSet(0) " + ts.headSet(0) + " subSet " + ts.subSet(10, true, 30, true));
        System.out.println("descending " + ts.descendingSet().stream().limit(5).toList() + " pollFirst " + ts.pollFirst() + " pollLast " + ts.pollLast());
        Set<Integer> a = new TreeSet<>(List.of(1, 2, 3, 4, 5)), b = new TreeSet<>(List.of(4, 5, 6, 7));
        Set<Integer> union = new TreeSet<>(a); union.addAll(b);
        Set<Integer> inter = new TreeSet<>(a); inter.retainAll(b);
        Set<Integer> diff = new TreeSet<>(a); diff.removeAll(b);
        System.out.println("union " + union + " intersection " + inter + " difference " + diff + " containsAll " + a.containsAll(inter) + " disjoint " + Collections.disjoint(diff, b));
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(hs);
        System.out.println("TreeSet by length " + byLen);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) stack.push(i);
        System.out.print("stack pops:");
        while (!stack.isEmpty()) System.out.print(" " + stack.pop());
        System.out.println();
        ArrayDeque<String> dq = new ArrayDeque<>();
        dq.offer("b"); dq.offerFirst("a"); dq.offerLast("c"); dq.addFirst("0");
        System.out.println("deque " + dq + " peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast() + " pollLast " + dq.pollLast() + " poll " + dq.poll() + " now " + dq);
        ArrayDeque<Integer> ring = new ArrayDeque<>(2);
        for (int i = 0; i < 100; i++) { ring.addLast(i); if (ring.size() > 3) ring.removeFirst(); }
        System.out.println("ring " + ring + " descending " + toList(ring.descendingIterator()));
        try {
            new ArrayDeque<String>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty deque: " + e.getMessage());
        }
        try {
            new ArrayDeque<String>().add(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int x : new int[] {5, 1, 8, 3, 9, 2, 7, 1}) pq.add(x);
        System.out.print("pq order:");
        while (!pq.isEmpty()) System.out.print(" " + pq.poll());
        System.out.println();
        PriorityQueue<String> maxPq = new PriorityQueue<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        maxPq.addAll(List.of("ccc", "a", "bb", "dddd", "ee", "f"));
        System.out.print("longest first:");
        while (maxPq.size() > 0) System.out.print(" " + maxPq.remove());
        System.out.println();
        PriorityQueue<int[]> tasks = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        tasks.add(new int[] {2, 1}); tasks.add(new int[] {1, 5}); tasks.add(new int[] {1, 9}); tasks.add(new int[] {3, 0});
        StringBuilder sb = new StringBuilder();
        while (!tasks.isEmpty()) { int[] t = tasks.poll(); sb.append(t[0]).append('/').append(t[1]).append(' '); }
        System.out.println("tasks " + sb.toString().trim() + " peek of empty " + tasks.peek());
        PriorityQueue<Integer> heap = new PriorityQueue<>(List.of(4, 1, 3));
        System.out.println("heap array view (deterministic layout) " + heap + " element " + heap.element());
        Queue<Integer> bounded = new java.util.concurrent.ArrayBlockingQueue<>(2);
        System.out.println("bounded offers " + bounded.offer(1) + " " + bounded.offer(2) + " " + bounded.offer(3));
        try {
            bounded.add(4);
        } catch (IllegalStateException e) {
            System.out.println("add to full queue: " + e.getMessage());
        }
        Set<Integer> imm = Set.of(3);
        try {
            Set.of(1, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("Set.of duplicate: " + e.getMessage());
        }
        System.out.println("Set.of contains " + imm.contains(3) + " EnumSet-free sorted copy " + new TreeSet<>(Set.of(9, 4, 6)));
    }

    static <T> List<T> toList(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
