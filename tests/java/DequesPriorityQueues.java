// ArrayDeque (both ends, null rejection, growth past the initial capacity),
// LinkedList as Deque, PriorityQueue with natural, reversed and multi-key comparators (poll
// order, iteration is NOT sorted so only poll order and sorted copies are printed), TreeSet
// and TreeMap with custom comparators (descending views, floor/ceiling, pollFirst), and
// the exceptions of empty deques.
import java.util.*;

public class DequesPriorityQueues {
    record Task(String name, int priority, int seq) {}

    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>(2);
        for (int i = 0; i < 20; i++) { if (i % 2 == 0) dq.addFirst(i); else dq.addLast(i); }
        System.out.println("deque " + dq + " size " + dq.size());
        System.out.println("peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast() + " pollFirst " + dq.pollFirst() + " pollLast " + dq.pollLast() + " removeFirstOccurrence(7) " + dq.removeFirstOccurrence(7));
        try { dq.addFirst(null); } catch (NullPointerException e) { System.out.println("ArrayDeque null: NPE"); }
        ArrayDeque<String> empty = new ArrayDeque<>();
        System.out.println("empty poll " + empty.poll() + " peek " + empty.peek());
        try { empty.removeFirst(); } catch (NoSuchElementException e) { System.out.println("removeFirst: " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { empty.element(); } catch (NoSuchElementException e) { System.out.println("element: " + e.getClass().getSimpleName()); }
        Deque<String> ll = new LinkedList<>();
        ll.offerFirst("b"); ll.offerFirst("a"); ll.offerLast("c"); ll.push("z");
        System.out.println("LinkedList deque " + ll + " pop " + ll.pop() + " pollLast " + ll.pollLast() + " -> " + ll);
        try { new LinkedList<String>().getFirst(); } catch (NoSuchElementException e) { System.out.println("LinkedList getFirst: " + e.getMessage()); }
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(42, 7, 19, 3, 88, 7, 51, 0, -4));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("min-heap poll " + sb);
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < 12; i++) maxq.add((i * 7919) % 23);
        List<Integer> sortedCopy = new ArrayList<>(maxq);
        Collections.sort(sortedCopy);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(maxq.poll()).append(' ');
        System.out.println("max-heap top5 " + sb + " all sorted " + sortedCopy + " remaining " + maxq.size());
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::seq));
        String[] names = {"write", "read", "sleep", "eat", "code", "test", "ship"};
        int[] prios = {2, 5, 1, 5, 3, 2, 5};
        for (int i = 0; i < names.length; i++) tasks.offer(new Task(names[i], prios[i], i));
        sb.setLength(0);
        while (!tasks.isEmpty()) { Task t = tasks.poll(); sb.append(t.name()).append('(').append(t.priority()).append(") "); }
        System.out.println("tasks " + sb);
        System.out.println("pq comparator null " + (new PriorityQueue<String>().comparator() == null) + " contains " + new PriorityQueue<>(List.of(1, 2)).contains(2));
        try { new PriorityQueue<Object>().add(new Object() {}); new PriorityQueue<Object>(List.of(new Object(), new Object())); }
        catch (ClassCastException e) { System.out.println("PriorityQueue of non-Comparable: ClassCastException"); }
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(List.of("Banana", "apple", "APPLE", "cherry", "banana", "Date"));
        System.out.println("case-insensitive set " + ci + " contains(BANANA) " + ci.contains("BANANA") + " descending " + ci.descendingSet());
        System.out.println("floor(c) " + ci.floor("c") + " ceiling(c) " + ci.ceiling("c") + " lower(apple) " + ci.lower("apple") + " higher(Date) " + ci.higher("Date"));
        TreeMap<Integer, String> tm = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 1; i <= 9; i += 2) tm.put(i * 10, "v" + i);
        System.out.println("reverse TreeMap " + tm + " firstKey " + tm.firstKey() + " headMap(50) " + tm.headMap(50) + " tailMap(50,true) " + tm.tailMap(50, true));
        System.out.println("floorEntry(45) " + tm.floorEntry(45) + " ceilingKey(45) " + tm.ceilingKey(45) + " pollFirstEntry " + tm.pollFirstEntry() + " descendingMap " + tm.descendingMap());
        NavigableSet<Integer> nums = new TreeSet<>();
        for (int i = 0; i < 30; i += 3) nums.add(i);
        NavigableSet<Integer> view = nums.subSet(5, true, 20, false);
        view.remove(9);
        System.out.println("subSet view " + view + " backing " + nums);
        try { view.add(25); } catch (IllegalArgumentException e) { System.out.println("add outside view: " + e.getMessage()); }
    }
}
