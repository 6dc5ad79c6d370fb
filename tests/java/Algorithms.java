// Classic algorithms as interpreter workloads: quicksort, merge sort, sieve, matrix
// multiplication, binary search, Fibonacci by memo and iteration, Ackermann, n-queens,
// string edit distance, Collatz, and a small hash table built by hand. Checksums only.
import java.util.Arrays;

public class Algorithms {
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static void mergesort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergesort(a, tmp, lo, mid);
        mergesort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if ((cols & (1 << c)) != 0 || (d1 & (1 << (row + c))) != 0 || (d2 & (1 << (row - c + n))) != 0) continue;
            count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n));
        }
        return count;
    }

    static int editDistance(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) dp[i][0] = i;
        for (int j = 0; j <= b.length(); j++) dp[0][j] = j;
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++)
                dp[i][j] = Math.min(Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1), dp[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        return dp[a.length()][b.length()];
    }

    static long[] memo = new long[100];
    static long fib(int n) { return n < 2 ? n : memo[n] != 0 ? memo[n] : (memo[n] = fib(n - 1) + fib(n - 2)); }

    public static void main(String[] args) {
        int[] arr = new int[20000];
        int seed = 17;
        for (int i = 0; i < arr.length; i++) { seed = seed * 1103515245 + 12345; arr[i] = (seed >>> 8) % 100000; }
        int[] copy = arr.clone();
        quicksort(arr, 0, arr.length - 1);
        Arrays.sort(copy);
        System.out.println("quicksort matches Arrays.sort " + Arrays.equals(arr, copy) + " median " + arr[arr.length / 2]);
        long[] la = new long[10000];
        for (int i = 0; i < la.length; i++) la[i] = (i * 7919L) % 10007 - 5000;
        mergesort(la, new long[la.length], 0, la.length);
        boolean ok = true;
        for (int i = 1; i < la.length; i++) if (la[i - 1] > la[i]) ok = false;
        System.out.println("mergesort sorted " + ok + " first " + la[0] + " last " + la[la.length - 1]);
        boolean[] composite = new boolean[100001];
        int primes = 0;
        long primeSum = 0;
        for (int i = 2; i <= 100000; i++) {
            if (composite[i]) continue;
            primes++;
            primeSum += i;
            for (long j = (long) i * i; j <= 100000; j += i) composite[(int) j] = true;
        }
        System.out.println("primes below 100001: " + primes + " sum " + primeSum);
        int n = 40;
        double[][] m1 = new double[n][n], m2 = new double[n][n], prod = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { m1[i][j] = (i + j) % 7 - 3; m2[i][j] = (i * j) % 5 - 2; }
        for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) { double v = m1[i][k]; for (int j = 0; j < n; j++) prod[i][j] += v * m2[k][j]; }
        double trace = 0;
        for (int i = 0; i < n; i++) trace += prod[i][i];
        System.out.println("matrix trace " + trace + " corner " + prod[n - 1][n - 1]);
        System.out.println("binarySearch " + Arrays.binarySearch(arr, arr[777]) + " fib(90) " + fib(90) + " ackermann(2,3) " + ackermann(2, 3) + " ackermann(3,3) " + ackermann(3, 3));
        System.out.println("8 queens " + queens(8, 0, 0, 0, 0) + " 6 queens " + queens(6, 0, 0, 0, 0));
        System.out.println("edit distance kitten/sitting " + editDistance("kitten", "sitting") + " " + editDistance("intention", "execution"));
        int longest = 0, arg = 0;
        for (int i = 1; i < 30000; i++) {
            long c = i;
            int steps = 0;
            while (c != 1) { c = (c & 1) == 0 ? c >> 1 : 3 * c + 1; steps++; }
            if (steps > longest) { longest = steps; arg = i; }
        }
        System.out.println("collatz longest below 30000: " + arg + " with " + longest + " steps");
        String[] keys = new String[64];
        int[] vals = new int[64];
        String[] words = "it was the best of times it was the worst of times it was the age of wisdom".split(" ");
        for (String w : words) {
            int h = (w.hashCode() & 0x7fffffff) % keys.length;
            while (keys[h] != null && !keys[h].equals(w)) h = (h + 1) % keys.length;
            keys[h] = w;
            vals[h]++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length; i++) if (keys[i] != null) sb.append(keys[i]).append('=').append(vals[i]).append(' ');
        System.out.println("hash table: " + sb.toString().trim());
        long h = 0;
        for (int i = 0; i < 200000; i++) h = h * 1000003 ^ (i * 0x9E3779B97F4A7C15L);
        System.out.println("mix " + h);
    }
}
