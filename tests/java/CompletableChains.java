// CompletableFuture chains on a two-thread executor and the common pool, every result
// joined in a fixed order: thenApply/thenCompose/thenCombine/thenAccept/thenRun,
// allOf (results gathered afterwards), anyOf over already-completed futures,
// exceptionally/handle/whenComplete with the CompletionException wrapping, get ->
// ExecutionException vs join -> CompletionException messages, completeExceptionally,
// cancel (CancellationException), obtrudeValue, failedFuture, completeOnTimeout on a
// completed future, and thenApplyAsync stages that depend on each other.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

public class CompletableChains {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> base = CompletableFuture.supplyAsync(() -> 6, pool);
            CompletableFuture<Integer> chain = base.thenApply(x -> x * 7).thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 0.5, pool)).thenApply(d -> (int) Math.floor(d));
            CompletableFuture<String> combined = chain.thenCombine(CompletableFuture.supplyAsync(() -> "answer", pool), (n, s) -> s + "=" + n);
            System.out.println(combined.get(10, TimeUnit.SECONDS) + " done " + combined.isDone());
            List<CompletableFuture<Long>> parts = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> LongStream.rangeClosed(1, 1000L * (i + 1)).sum(), pool)).toList();
            CompletableFuture.allOf(parts.toArray(new CompletableFuture[0])).join();
            System.out.println("allOf results " + parts.stream().map(CompletableFuture::join).toList());
            CompletableFuture<Object> any = CompletableFuture.anyOf(CompletableFuture.completedFuture("first"), new CompletableFuture<>());
            System.out.println("anyOf with a completed future " + any.join());
            CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("boom"); }, pool);
            try { failing.get(); } catch (ExecutionException e) { System.out.println("get: ExecutionException " + e.getMessage() + " cause " + e.getCause().getClass().getSimpleName()); }
            try { failing.join(); } catch (CompletionException e) { System.out.println("join: CompletionException " + e.getMessage()); }
            System.out.println("isCompletedExceptionally " + failing.isCompletedExceptionally() + " exceptionally " + failing.exceptionally(t -> -1).join()
                + " exceptionally sees " + failing.exceptionally(t -> { System.out.println("  exceptionally got " + t.getClass().getSimpleName() + ": " + t.getMessage()); return 0; }).join());
            String handled = failing.handle((v, t) -> v != null ? "value " + v : "error " + t.getCause().getMessage()).join();
            System.out.println("handle " + handled + " on success " + base.handle((v, t) -> "value " + v + " error " + t).join());
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Integer> wc = failing.whenComplete((v, t) -> events.add("whenComplete v=" + v + " t=" + (t == null ? null : t.getClass().getSimpleName())));
            try { wc.join(); } catch (CompletionException e) { events.add("still failed: " + e.getCause().getMessage()); }
            System.out.println(events);
            CompletableFuture<String> manual = new CompletableFuture<>();
            CompletableFuture<Integer> dependent = manual.thenApply(String::length);
            manual.completeExceptionally(new java.io.IOException("manual failure"));
            try { dependent.join(); } catch (CompletionException e) { System.out.println("dependent of completeExceptionally: " + e.getMessage()); }
            System.out.println("complete after failure " + manual.complete("late") + " obtrudeValue then " + obtrude(manual));
            CompletableFuture<String> cancelled = new CompletableFuture<>();
            System.out.println("cancel " + cancelled.cancel(true) + " isCancelled " + cancelled.isCancelled() + " exceptionally " + cancelled.isCompletedExceptionally());
            try { cancelled.join(); } catch (CancellationException e) { System.out.println("join cancelled: CancellationException " + e.getMessage()); }
            try { CompletableFuture.failedFuture(new ArithmeticException("failed future")).get(); } catch (ExecutionException e) { System.out.println("failedFuture: " + e.getMessage()); }
            System.out.println("completeOnTimeout on completed " + CompletableFuture.completedFuture("kept").completeOnTimeout("timeout", 1, TimeUnit.MILLISECONDS).join()
                + " getNow " + new CompletableFuture<String>().getNow("absent") + " numberOfDependents " + new CompletableFuture<>().getNumberOfDependents());
            StringBuffer order = new StringBuffer();
            CompletableFuture<Void> seq = CompletableFuture.runAsync(() -> order.append("a"), pool)
                .thenRunAsync(() -> order.append("b"), pool).thenRunAsync(() -> order.append("c")).thenAcceptAsync(v -> order.append("d"), pool).thenRun(() -> order.append("e"));
            seq.get(10, TimeUnit.SECONDS);
            System.out.println("sequenced async stages " + order);
            CompletableFuture<Integer> f1 = CompletableFuture.supplyAsync(() -> 20, pool), f2 = CompletableFuture.supplyAsync(() -> 22, pool);
            int[] both = new int[1];
            f1.thenAcceptBoth(f2, (a, b) -> both[0] = a + b).join();
            f1.runAfterBoth(f2, () -> both[0]++).join();
            System.out.println("thenAcceptBoth+runAfterBoth " + both[0] + " applyToEither(completed, never) " + f1.applyToEither(new CompletableFuture<Integer>(), x -> x * 2).join());
            CompletableFuture<String> stage = CompletableFuture.completedStage("stage").toCompletableFuture();
            System.out.println("completedStage " + stage.join() + " minimalCompletionStage->toCompletableFuture " + base.minimalCompletionStage().toCompletableFuture().join());
            long sum = IntStream.rangeClosed(1, 20).mapToObj(i -> CompletableFuture.supplyAsync(() -> (long) i * i)).map(CompletableFuture::join).mapToLong(Long::longValue).sum();
            System.out.println("common pool sum of squares " + sum);
        } finally {
            pool.shutdown();
            System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    static String obtrude(CompletableFuture<String> f) {
        f.obtrudeValue("forced");
        return f.join();
    }
}
