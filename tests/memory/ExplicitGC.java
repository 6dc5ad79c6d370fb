// Rule (DESIGN §5.8): System.gc() runs a full collection (cause "System.gc()") unless
// -XX:+DisableExplicitGC, which makes it do nothing; -XX:+ExplicitGCInvokesConcurrent changes
// nothing with the Serial collector. Runtime.gc() is the same call.
// run: -Xmx32m -Xlog:gc
// run: -Xmx32m -XX:+DisableExplicitGC -Xlog:gc
// run: -Xmx32m -XX:+ExplicitGCInvokesConcurrent -Xlog:gc
public class ExplicitGC {
    public static void main(String[] args) {
        System.out.println("before System.gc()");
        System.gc();
        System.out.println("before Runtime.gc()");
        Runtime.getRuntime().gc();
        System.out.println("done");
    }
}
