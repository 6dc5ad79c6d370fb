// java.util.Collections and Arrays utilities: sort/binarySearch (with insertion points),
// shuffle with a seeded Random, rotate, swap, reverse, fill, copy (and its
// IndexOutOfBoundsException message), frequency, disjoint, nCopies, min/max with
// comparators, reverseOrder, addAll, indexOfSubList, checkedList's ClassCastException
// message, synchronized wrappers, singleton/empty collections, and Arrays.asList write-through.
import java.util.*;

public class CollectionsUtilities {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 12; i++) nums.add((i * 17) % 13);
        System.out.println("start " + nums);
        Collections.sort(nums);
        System.out.println("sorted " + nums + " bs(9) " + Collections.binarySearch(nums, 9) + " bs(13) " + Collections.binarySearch(nums, 13) + " bs(-1) " + Collections.binarySearch(nums, -1));
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffle(42) " + nums);
        Collections.rotate(nums, 3);
        System.out.println("rotate 3 " + nums);
        Collections.rotate(nums, -5);
        System.out.println("rotate -5 " + nums);
        Collections.swap(nums, 0, nums.size() - 1);
        Collections.reverse(nums);
        System.out.println("swap+reverse " + nums);
        System.out.println("max " + Collections.max(nums) + " min " + Collections.min(nums) + " max by reverse " + Collections.max(nums, Collections.reverseOrder()) + " frequency(0) " + Collections.frequency(nums, 0));
        List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "bravo", "Echo"));
        words.sort(Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println("reverse case-insensitive " + words + " bs " + Collections.binarySearch(words, "bravo", Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER)));
        List<String> dest = new ArrayList<>(Collections.nCopies(7, "-"));
        Collections.copy(dest, words);
        System.out.println("copy " + dest);
        try { Collections.copy(new ArrayList<>(List.of("x")), words); } catch (IndexOutOfBoundsException e) { System.out.println("copy too small: " + e.getMessage()); }
        Collections.fill(dest, "z");
        Collections.addAll(dest, "a", "b");
        System.out.println("fill+addAll " + dest + " indexOfSubList " + Collections.indexOfSubList(dest, List.of("z", "a")) + " lastIndexOfSubList " + Collections.lastIndexOfSubList(dest, List.of("z", "z")));
        System.out.println("disjoint " + Collections.disjoint(List.of(1, 2), Set.of(3)) + " " + Collections.disjoint(List.of(1, 2), List.of(2)));
        List<String> checked = Collections.checkedList(new ArrayList<>(), String.class);
        checked.add("ok");
        try { ((List) checked).add(42); } catch (ClassCastException e) { System.out.println("checkedList: " + e.getMessage()); }
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>(List.of(3, 1, 2)));
        synchronized (sync) { sync.sort(null); }
        System.out.println("synchronizedList " + sync + " synchronizedMap " + Collections.synchronizedMap(new TreeMap<>(Map.of("k", 1))));
        System.out.println("singleton " + Collections.singletonList("one") + Collections.singleton(1) + Collections.singletonMap("k", "v") + " empty " + Collections.emptyList() + Collections.emptyMap() + Collections.emptySet());
        try { Collections.emptyList().get(0); } catch (IndexOutOfBoundsException e) { System.out.println("emptyList.get(0): " + e.getMessage()); }
        try { Collections.singletonList(1).set(0, 2); } catch (UnsupportedOperationException e) { System.out.println("singletonList.set: UOE " + e.getMessage()); }
        String[] arr = {"c", "a", "b"};
        List<String> view = Arrays.asList(arr);
        view.set(0, "C");
        Collections.sort(view);
        System.out.println("asList write-through " + Arrays.toString(arr));
        try { view.add("d"); } catch (UnsupportedOperationException e) { System.out.println("asList.add: UOE " + e.getMessage()); }
        int[] ia = {9, 4, 7, 1, 8, 2};
        Arrays.sort(ia, 1, 5);
        System.out.println("partial sort " + Arrays.toString(ia) + " binarySearch " + Arrays.binarySearch(new int[] {1, 3, 5, 7}, 4));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed) + " mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}));
        long[] prefix = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(prefix, Long::sum);
        int[] setAll = new int[6];
        Arrays.setAll(setAll, i -> i * i);
        System.out.println("parallelPrefix " + Arrays.toString(prefix) + " setAll " + Arrays.toString(setAll) + " copyOfRange " + Arrays.toString(Arrays.copyOfRange(setAll, 4, 8)));
        System.out.println("deepToString " + Arrays.deepToString(new Object[] {1, new int[] {2, 3}, new String[][] {{"x"}}}) + " deepEquals " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " hash " + Arrays.hashCode(new int[] {1, 2}));
        List<Integer> unmod = Collections.unmodifiableList(nums);
        try { unmod.iterator().remove(); } catch (UnsupportedOperationException | IllegalStateException e) { System.out.println("unmodifiable iterator remove: " + e.getClass().getSimpleName()); }
        System.out.println("emptyIterator hasNext " + Collections.emptyIterator().hasNext() + " list(enumeration) " + Collections.list(Collections.enumeration(List.of(4, 5))));
    }
}
