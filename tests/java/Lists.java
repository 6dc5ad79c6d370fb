// ArrayList and LinkedList: add/insert/remove by index and by value, subList, iterator
// remove, ListIterator, ConcurrentModificationException caught, Collections.sort with
// comparators, reverse, shuffle with a seeded Random, immutable lists and their errors.
import java.util.*;

public class Lists {
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 10; i++) al.add(i * 3 % 7);
        System.out.println(al + " size " + al.size());
        al.add(0, -1);
        al.remove(Integer.valueOf(6));
        al.remove(2);
        al.set(3, 100);
        System.out.println(al + " indexOf(0) " + al.indexOf(0) + " lastIndexOf(0) " + al.lastIndexOf(0) + " contains(100) " + al.contains(100));
        System.out.println("subList " + al.subList(2, 5) + " isEmpty " + al.isEmpty());
        al.subList(1, 3).clear();
        System.out.println("after subList clear " + al);
        Iterator<Integer> it = al.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println("odd only " + al);
        try {
            for (Integer x : al) if (x == 1) al.add(99);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME caught: " + e.getClass().getSimpleName() + " message " + e.getMessage());
        }
        try {
            Iterator<Integer> bad = al.iterator();
            bad.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: " + e.getClass().getSimpleName());
        }
        al.removeIf(x -> x > 50);
        System.out.println("removeIf " + al);
        LinkedList<String> ll = new LinkedList<>(List.of("b", "c"));
        ll.addFirst("a");
        ll.addLast("d");
        ll.add(2, "bc");
        System.out.println(ll + " first " + ll.getFirst() + " last " + ll.getLast() + " peek " + ll.peek() + " poll " + ll.poll() + " pop " + ll.pop() + " now " + ll);
        ListIterator<String> li = ll.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("bc")) li.set("BC");
            if (s.equals("c")) li.add("c2");
        }
        while (li.hasPrevious()) System.out.print(li.previous() + (li.hasPrevious() ? "<" : "\n"));
        List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "bravo", "echo", "Foxtrot", "al"));
        Collections.sort(words);
        System.out.println("natural " + words);
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + words);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("by length " + words);
        words.sort(Collections.reverseOrder());
        System.out.println("reverse " + words);
        Collections.reverse(words);
        Collections.swap(words, 0, words.size() - 1);
        System.out.println("reversed+swapped " + words + " max " + Collections.max(words) + " min by length " + Collections.min(words, Comparator.comparing(String::length)));
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 12; i++) nums.add(i);
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffled(42) " + nums);
        Collections.rotate(nums, 3);
        System.out.println("rotated " + nums + " frequency " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " nCopies " + Collections.nCopies(3, "x"));
        Random r = new Random(7);
        System.out.println("random(7): " + r.nextInt(100) + " " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextGaussian());
        List<Integer> sortedStable = new ArrayList<>(List.of(31, 22, 13, 41, 12, 33, 21));
        sortedStable.sort(Comparator.comparingInt(x -> x % 10));
        System.out.println("stable by last digit " + sortedStable + " binarySearch " + Collections.binarySearch(List.of(1, 3, 5, 7), 5));
        List<String> imm = List.of("x", "y");
        try {
            imm.add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            Collections.unmodifiableList(new ArrayList<>(imm)).set(0, "q");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable set: " + e.getMessage());
        }
        try {
            List.of("a", null);
        } catch (NullPointerException e) {
            System.out.println("List.of null rejected");
        }
        try {
            new ArrayList<>(List.of(1)).get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(5): " + e.getMessage());
        }
        try {
            new LinkedList<>().getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty: " + e.getMessage());
        }
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 50000; i++) big.add(i ^ (i >> 3));
        Collections.sort(big, Collections.reverseOrder());
        System.out.println("big first " + big.get(0) + " last " + big.get(big.size() - 1) + " equals copy " + big.equals(new ArrayList<>(big)) + " toArray " + big.toArray(new Integer[0]).length);
        System.out.println("Arrays.asList set-through: " + setThrough());
    }

    static String setThrough() {
        String[] arr = {"a", "b"};
        List<String> view = Arrays.asList(arr);
        view.set(0, "z");
        return arr[0] + view;
    }
}
