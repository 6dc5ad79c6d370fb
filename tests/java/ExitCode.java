// System.exit(3): the exit code is 3, a registered shutdown hook runs, finally blocks of the
// exiting thread do not run, and output written before exit is flushed.
public class ExitCode {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook runs")));
        System.out.print("partial line without newline, ");
        System.out.println("then a full line");
        try {
            System.out.println("exiting with 3");
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
    }
}
