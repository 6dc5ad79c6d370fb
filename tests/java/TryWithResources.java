// try-with-resources: close order (reverse of opening), suppressed exceptions from close,
// exceptions from the initializer of a later resource, null resources, and an explicit
// addSuppressed chain.
public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }
        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) throw new IllegalStateException("use of " + name + " failed");
        }
        @Override public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalArgumentException("close of " + name + " failed");
        }
    }

    static Res failingOpen() { throw new UnsupportedOperationException("cannot open"); }

    static void scenario(String title, boolean failUse, boolean failClose1, boolean failClose2) {
        System.out.println("== " + title);
        try (Res a = new Res("a", failClose1); Res b = new Res("b", failClose2)) {
            a.use(false);
            b.use(failUse);
            System.out.println("body done");
        } catch (RuntimeException e) {
            System.out.println("caught " + e);
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s);
        } finally {
            System.out.println("finally");
        }
    }

    public static void main(String[] args) throws Exception {
        scenario("all good", false, false, false);
        scenario("use fails", true, false, false);
        scenario("use fails and both closes fail", true, true, true);
        scenario("only close of b fails", false, false, true);
        scenario("both closes fail", false, true, true);
        System.out.println("== second resource cannot open");
        try (Res a = new Res("a", false); Res b = failingOpen()) {
            System.out.println("not reached");
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        System.out.println("== null resource");
        try (Res n = null) {
            System.out.println("body with null resource");
        }
        System.out.println("== existing variable as resource");
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println("== lambda resource");
        try (AutoCloseable lam = () -> System.out.println("lambda closed")) {
            System.out.println("in lambda try");
        }
        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("s1"));
        primary.addSuppressed(new Error("s2"));
        System.out.println(primary + " has " + primary.getSuppressed().length + " suppressed: " + primary.getSuppressed()[1]);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("self suppression: " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}
