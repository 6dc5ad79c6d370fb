// Arrays: multi-dimensional and jagged arrays, default values, Arrays.sort/fill/toString/
// deepToString/copyOf/copyOfRange/binarySearch/equals/asList, clone, array class names.
import java.util.Arrays;
import java.util.Comparator;

public class ArraysBasic {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(grid));
        int[][][] cube = new int[2][3][2];
        cube[1][2][1] = 7;
        System.out.println(Arrays.deepToString(cube) + " lengths " + cube.length + "," + cube[0].length + "," + cube[0][0].length);
        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jagged[i][j] = (i == 0 || j == 0 || j == i) ? 1 : jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        System.out.println("pascal " + Arrays.deepToString(jagged));
        String[][] partial = new String[2][];
        System.out.println(Arrays.deepToString(partial) + " " + Arrays.toString(new boolean[2]) + Arrays.toString(new char[] {'a'}) + Arrays.toString(new double[2]) + Arrays.toString(new Object[2]) + Arrays.toString((int[]) null));
        System.out.println("defaults: " + (new long[1])[0] + (new float[1])[0] + (new byte[1])[0] + (int) (new char[1])[0] + (new short[1])[0] + (new String[1])[0]);
        int[] nums = {5, 3, 9, -1, 0, 3, 12, -7};
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(nums) + " -> " + Arrays.toString(sorted) + " search(9)=" + Arrays.binarySearch(sorted, 9) + " search(4)=" + Arrays.binarySearch(sorted, 4));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -2, Double.NEGATIVE_INFINITY, 1e-9};
        Arrays.sort(ds);
        System.out.println("doubles sorted: " + Arrays.toString(ds));
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Cherry"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone();
        Arrays.sort(w3, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(w1) + "\n" + Arrays.toString(w2) + "\n" + Arrays.toString(w3));
        int[] part = {9, 8, 7, 6, 5, 4, 3};
        Arrays.sort(part, 2, 5);
        System.out.println("sort range " + Arrays.toString(part));
        char[] fill = new char[6];
        Arrays.fill(fill, '*');
        Arrays.fill(fill, 1, 3, '-');
        System.out.println(new String(fill));
        int[] grown = Arrays.copyOf(nums, 10);
        int[] shrunk = Arrays.copyOf(nums, 3);
        int[] range = Arrays.copyOfRange(nums, 5, 9);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(shrunk) + " " + Arrays.toString(range));
        Integer[] boxed = {3, 1, 2};
        Object[] objs = Arrays.copyOf(boxed, 4, Object[].class);
        System.out.println(Arrays.toString(objs) + " " + objs.getClass().getSimpleName() + " " + Arrays.asList(boxed) + " " + Arrays.asList(1, 2, 3).indexOf(2));
        System.out.println("class names: " + int[].class.getName() + " " + String[][].class.getName() + " " + new long[0][0].getClass().getName() + " " + boolean[].class.getSimpleName() + " " + Object[].class.getComponentType().getName());
        int[][] cl = grid.clone();
        cl[0][0] = 99;
        cl[1] = new int[] {-1};
        System.out.println("shallow clone: " + grid[0][0] + " " + grid[1].length + " equals " + Arrays.equals(grid[2], cl[2]) + " deepEquals " + Arrays.deepEquals(grid, cl));
        long[] big = new long[100000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 2654435761L) % 100003;
        Arrays.sort(big);
        long check = 0;
        for (int i = 0; i < big.length; i += 1000) check = check * 31 + big[i];
        System.out.println("big sorted checksum " + check + " min " + big[0] + " max " + big[big.length - 1]);
        Object[] covariant = new String[] {"s"};
        System.out.println("covariant " + covariant.getClass().getSimpleName() + " instanceof String[] " + (covariant instanceof String[]) + " Object[] is Cloneable " + (covariant instanceof Cloneable));
        System.out.println("mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}));
        int[] setAll = new int[6];
        Arrays.setAll(setAll, i -> i * i);
        System.out.println("setAll " + Arrays.toString(setAll) + " stream sum " + Arrays.stream(setAll).sum());
    }
}
