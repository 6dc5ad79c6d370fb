// Fork/join on a ForkJoinPool(2) and the common pool: RecursiveTask (Fibonacci, array
// sum with a threshold), RecursiveAction (parallel merge sort checked afterwards),
// invokeAll over a list of tasks, CountedCompleter summing a range, exception propagation
// from join (same exception class, root cause message) and isCompletedAbnormally/getException,
// ForkJoinTask.adapt, fork/join on the common pool, and task status queries.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;

public class ForkJoinTasks {
    static class Fib extends RecursiveTask<Long> {
        final int n;
        Fib(int n) { this.n = n; }
        protected Long compute() {
            if (n < 12) return slow(n);
            Fib a = new Fib(n - 1), b = new Fib(n - 2);
            a.fork();
            return b.compute() + a.join();
        }
        static long slow(int n) { return n < 2 ? n : slow(n - 1) + slow(n - 2); }
    }

    static class Sum extends RecursiveTask<Long> {
        final long[] a; final int lo, hi;
        Sum(long[] a, int lo, int hi) { this.a = a; this.lo = lo; this.hi = hi; }
        protected Long compute() {
            if (hi - lo <= 1000) { long s = 0; for (int i = lo; i < hi; i++) s += a[i]; return s; }
            int mid = (lo + hi) >>> 1;
            Sum l = new Sum(a, lo, mid), r = new Sum(a, mid, hi);
            invokeAll(l, r);
            return l.join() + r.join();
        }
    }

    static class MergeSort extends RecursiveAction {
        final int[] a, tmp; final int lo, hi;
        MergeSort(int[] a, int[] tmp, int lo, int hi) { this.a = a; this.tmp = tmp; this.lo = lo; this.hi = hi; }
        protected void compute() {
            if (hi - lo < 64) { Arrays.sort(a, lo, hi); return; }
            int mid = (lo + hi) >>> 1;
            invokeAll(new MergeSort(a, tmp, lo, mid), new MergeSort(a, tmp, mid, hi));
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
            System.arraycopy(tmp, lo, a, lo, hi - lo);
        }
    }

    static class RangeSum extends CountedCompleter<Void> {
        final int lo, hi; final AtomicLong out;
        RangeSum(CountedCompleter<?> parent, int lo, int hi, AtomicLong out) { super(parent); this.lo = lo; this.hi = hi; this.out = out; }
        public void compute() {
            int l = lo, h = hi;
            while (h - l > 500) {
                int mid = (l + h) >>> 1;
                addToPendingCount(1);
                new RangeSum(this, mid, h, out).fork();
                h = mid;
            }
            long s = 0;
            for (int i = l; i < h; i++) s += i;
            out.addAndGet(s);
            tryComplete();
        }
    }

    static class Failing extends RecursiveTask<Integer> {
        protected Integer compute() { throw new IllegalArgumentException("task failed on purpose"); }
    }

    // An exception thrown in another thread is rethrown as a new instance of the same class
    // with the original as cause; which thread runs a task is not deterministic.
    static String root(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            System.out.println("fib(27) " + pool.invoke(new Fib(27)) + " parallelism " + pool.getParallelism());
            long[] data = new long[100_000];
            for (int i = 0; i < data.length; i++) data[i] = (i * 31L) % 1009;
            System.out.println("sum " + pool.invoke(new Sum(data, 0, data.length)));
            int[] arr = new int[50_000];
            Random r = new Random(7);
            for (int i = 0; i < arr.length; i++) arr[i] = r.nextInt(1_000_000);
            int[] copy = arr.clone();
            pool.invoke(new MergeSort(arr, new int[arr.length], 0, arr.length));
            Arrays.sort(copy);
            System.out.println("merge sort equals Arrays.sort " + Arrays.equals(arr, copy) + " first " + arr[0] + " last " + arr[arr.length - 1]);
            AtomicLong out = new AtomicLong();
            pool.invoke(new RangeSum(null, 0, 100_000, out));
            System.out.println("CountedCompleter sum " + out.get());
            List<Fib> fibs = new ArrayList<>();
            for (int i = 10; i < 20; i++) fibs.add(new Fib(i));
            List<Long> results = new ArrayList<>();
            for (Fib f : ForkJoinTask.invokeAll(fibs)) results.add(f.join());
            System.out.println("invokeAll outside pool " + results);
            Failing bad = new Failing();
            try { pool.invoke(bad); } catch (IllegalArgumentException e) { System.out.println("invoke rethrows " + e.getClass().getSimpleName() + ", root: " + root(e)); }
            System.out.println("abnormal " + bad.isCompletedAbnormally() + " normal " + bad.isCompletedNormally() + " cancelled " + bad.isCancelled() + " exception " + root(bad.getException()));
            ForkJoinTask<Integer> sub = pool.submit(new Failing());
            try { sub.get(); } catch (ExecutionException e) { System.out.println("get wraps: " + e.getCause().getClass().getSimpleName() + ", root: " + root(e)); }
            ForkJoinTask<String> adapted = ForkJoinTask.adapt(() -> "adapted callable");
            System.out.println(pool.invoke(adapted) + " done " + adapted.isDone() + " raw " + adapted.getRawResult());
            ForkJoinTask<?> runnable = ForkJoinTask.adapt(() -> {}, "fixed result");
            System.out.println("adapt runnable " + pool.invoke(runnable));
            Fib common = new Fib(22);
            common.fork();
            System.out.println("common pool fork/join " + common.join() + " status done " + common.isDone());
            System.out.println("pool state shutdown " + pool.isShutdown());
        } finally {
            pool.shutdown();
            System.out.println("awaitTermination " + pool.awaitTermination(10, TimeUnit.SECONDS) + " terminated " + pool.isTerminated());
        }
    }
}
