// A program that ends with an uncaught exception: HotSpot prints the stack trace (with the
// cause) to stderr and exits with code 1; stdout before it must still be flushed. The
// expected stderr is recorded in expected/Uncaught.stderr.
public class Uncaught {
    static void level3(int[] data) {
        System.out.println("level3 with " + data.length + " items");
        throw new IllegalStateException("state is broken: " + data[0]);
    }

    static void level2(int[] data) {
        try {
            level3(data);
        } catch (IllegalStateException e) {
            throw new RuntimeException("level2 wraps", e);
        }
    }

    static void level1() {
        level2(new int[] {7, 8});
    }

    public static void main(String[] args) {
        System.out.println("before");
        try {
            level1();
        } finally {
            System.out.println("finally still runs");
        }
        System.out.println("never printed");
    }
}
