// The depth a simple recursive method reaches before StackOverflowError, on the main thread
// (sized by -Xss). Used by bench/stack-depth.
public class Recursion {
    static int depth;

    static void down() { depth++; down(); }

    public static void main(String[] args) {
        try { down(); } catch (StackOverflowError e) { System.out.println(depth); }
    }
}
