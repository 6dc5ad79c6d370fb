// try/catch/finally ordering: finally after return, finally overriding a return value or
// an exception, nested try blocks, exceptions thrown from catch and finally, break and
// continue through finally, and rethrow.
public class TryFinally {
    static StringBuilder trace = new StringBuilder();

    static int returnInTry() {
        int x = 1;
        try {
            trace.append("try ");
            return x;
        } finally {
            x = 99;
            trace.append("finally(x=" + x + ") ");
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallowsException() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "swallowed";
        }
    }

    static void nested(int mode) {
        try {
            System.out.println("  outer try");
            try {
                System.out.println("  inner try");
                if (mode == 1) throw new IllegalArgumentException("inner arg");
                if (mode == 2) throw new UnsupportedOperationException("inner unsupported");
                if (mode == 3) throw new Error("inner error");
                System.out.println("  inner completes");
            } catch (IllegalArgumentException e) {
                System.out.println("  inner catch " + e.getMessage());
                if (mode == 1) throw new RuntimeException("from inner catch", e);
            } finally {
                System.out.println("  inner finally");
            }
            System.out.println("  after inner");
        } catch (RuntimeException e) {
            System.out.println("  outer catch " + e + (e.getCause() != null ? " caused by " + e.getCause() : ""));
        } finally {
            System.out.println("  outer finally");
        }
    }

    static int loops() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
                System.out.print("f" + i + " ");
            }
        }
        System.out.println();
        return count;
    }

    static void thrower(int depth) {
        try {
            if (depth == 0) throw new IllegalStateException("bottom");
            thrower(depth - 1);
        } finally {
            System.out.print("unwind" + depth + " ");
        }
    }

    static void rethrow() throws Exception {
        try {
            throw new java.io.IOException("io");
        } catch (Exception e) {
            System.out.println("rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public static void main(String[] args) {
        System.out.println("returnInTry = " + returnInTry() + " trace: " + trace);
        System.out.println("finallyOverridesReturn = " + finallyOverridesReturn());
        System.out.println("finallySwallowsException = " + finallySwallowsException());
        for (int mode = 0; mode <= 3; mode++) {
            System.out.println("mode " + mode + ":");
            try {
                nested(mode);
            } catch (Error e) {
                System.out.println("  main caught " + e);
            }
        }
        System.out.println("loops count = " + loops());
        try {
            thrower(3);
        } catch (IllegalStateException e) {
            System.out.println("\ncaught " + e.getMessage());
        }
        try {
            rethrow();
        } catch (Exception e) {
            System.out.println("precise rethrow caught " + e);
        }
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                System.out.println("finally throws, replacing the first");
                if (trace.length() > 0) throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            System.out.println("got " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        int depth = 0;
        try {
            depth = recurse(0);
        } catch (StackOverflowError e) {
            System.out.println("no overflow expected");
        }
        System.out.println("recursion depth reached " + depth);
    }

    static int recurse(int n) {
        try {
            return n >= 2000 ? n : recurse(n + 1);
        } finally {
            if (n % 1000 == 0) System.out.println("finally at depth " + n);
        }
    }
}
