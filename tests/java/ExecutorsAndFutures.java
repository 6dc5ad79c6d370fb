// Executors, futures and CompletableFuture on small fixed pools and ForkJoin: results collected in
// submission order so the output is deterministic.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

public class ExecutorsAndFutures {
    static class Fib extends RecursiveTask<Long> {
        final int n;
        Fib(int n) { this.n = n; }
        protected Long compute() {
            if (n < 12) return slow(n);
            Fib a = new Fib(n - 1); a.fork();
            return new Fib(n - 2).compute() + a.join();
        }
        static long slow(int n) { return n < 2 ? n : slow(n - 1) + slow(n - 2); }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) { int k = i; jobs.add(() -> "job" + k + "=" + (k * k)); }
        for (Future<String> f : pool.invokeAll(jobs)) System.out.println(f.get());
        System.out.println("any: " + pool.invokeAny(List.of(() -> "only")));

        Future<?> failing = pool.submit(() -> { throw new IllegalStateException("bad job"); });
        try { failing.get(); } catch (ExecutionException e) { System.out.println("execution failed: " + e.getCause()); }
        Future<?> sleeper = pool.submit(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { return "interrupted"; } return "slept"; });
        Thread.sleep(20);
        System.out.println("cancel running: " + sleeper.cancel(true) + " cancelled " + sleeper.isCancelled());
        try { sleeper.get(); } catch (CancellationException e) { System.out.println("get after cancel: CancellationException"); }

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 20, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 22, pool);
        System.out.println("combined " + a.thenCombine(b, Integer::sum).thenApply(x -> "answer " + x).get());
        CompletableFuture<String> broken = CompletableFuture.supplyAsync(() -> { throw new ArithmeticException("nope"); }, pool);
        System.out.println("handled " + broken.handle((v, e) -> e == null ? v : "recovered from " + e.getCause().getMessage()).join());
        List<CompletableFuture<Integer>> parts = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> i * 10, pool)).collect(Collectors.toList());
        CompletableFuture.allOf(parts.toArray(new CompletableFuture[0])).join();
        System.out.println("all of: " + parts.stream().map(CompletableFuture::join).collect(Collectors.toList()));

        ScheduledExecutorService sched = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<String> later = sched.schedule(() -> "scheduled ran", 30, TimeUnit.MILLISECONDS);
        System.out.println(later.get());
        sched.shutdown();
        System.out.println("scheduler terminated " + sched.awaitTermination(5, TimeUnit.SECONDS));

        ForkJoinPool fj = new ForkJoinPool(2);
        System.out.println("fib(24) = " + fj.invoke(new Fib(24)));
        fj.shutdown();
        System.out.println("parallel sum " + IntStream.rangeClosed(1, 100_000).parallel().asLongStream().sum());
        System.out.println("parallel sorted " + Arrays.stream(new int[] {5, 3, 9, 1, 7}).parallel().sorted().boxed().collect(Collectors.toList()));

        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + " isShutdown " + pool.isShutdown());
    }
}
