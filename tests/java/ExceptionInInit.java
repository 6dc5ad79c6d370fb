// A static initializer that throws: ExceptionInInitializerError on first use (with the
// cause), then NoClassDefFoundError "Could not initialize class" on later uses.
public class ExceptionInInit {
    static class Broken {
        static int value = compute();

        static int compute() {
            System.out.println("Broken.<clinit> runs");
            throw new IllegalStateException("boom in clinit");
        }

        static void use() { System.out.println("never"); }
    }

    static class Ok {
        static { System.out.println("Ok.<clinit>"); }
        static int v = 1;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                Broken.use();
            } catch (ExceptionInInitializerError e) {
                System.out.println("attempt " + i + ": " + e + " cause: " + e.getCause() + " message: " + e.getMessage());
            } catch (NoClassDefFoundError e) {
                System.out.println("attempt " + i + ": " + e.getClass().getName() + ": " + e.getMessage());
                Throwable cause = e.getCause();
                System.out.println("  cause: " + cause);
            }
        }
        try {
            Object[] arr = new Broken[2];
            System.out.println("array of an erroneous class still works: " + arr.length);
        } catch (Throwable t) {
            System.out.println("unexpected " + t);
        }
        System.out.println("Ok.v = " + Ok.v);
    }
}
