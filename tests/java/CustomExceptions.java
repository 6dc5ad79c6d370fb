// Custom exception classes with causes, getMessage/getLocalizedMessage/toString, cause
// chains and initCause rules, multi-catch, checked exceptions through interfaces,
// catch ordering, exceptions without messages, and stack trace depth of a known call.
import java.io.IOException;
import java.io.UncheckedIOException;

public class CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
        @Override public String getMessage() { return super.getMessage() + " [code " + code + "]"; }
    }

    static class ValidationException extends AppException {
        ValidationException(String field) { super("invalid field '" + field + "'", 400); }
    }

    static class QuietException extends RuntimeException {
        QuietException() { super(null, null, false, false); }
    }

    static void validate(String field) throws ValidationException {
        if (field.isEmpty()) throw new ValidationException("<empty>");
    }

    static void load(int which) throws AppException {
        try {
            switch (which) {
                case 0 -> throw new IOException("disk gone");
                case 1 -> validate("");
                case 2 -> throw new NumberFormatException("not a number");
                case 3 -> Integer.parseInt("x1");
                default -> System.out.println("  loaded " + which);
            }
        } catch (IOException | NumberFormatException e) {
            throw new AppException("load " + which + " failed", e);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 4; i++) {
            try {
                load(i);
            } catch (ValidationException e) {
                System.out.println("validation: " + e.getMessage() + " code " + e.code + " toString " + e);
            } catch (AppException e) {
                System.out.println("app: " + e.getMessage());
                System.out.println("  toString: " + e);
                System.out.println("  cause: " + e.getCause());
                System.out.println("  cause class: " + e.getCause().getClass().getName());
            }
        }
        Throwable chain = new RuntimeException("top", new IllegalStateException("middle", new IOException("root")));
        for (Throwable t = chain; t != null; t = t.getCause()) System.out.println("chain: " + t);
        RuntimeException wrapped = new RuntimeException(new IOException("inner msg"));
        System.out.println("message from cause: " + wrapped.getMessage());
        System.out.println("no message: " + new RuntimeException() + " / " + new RuntimeException().getMessage() + " / " + new Exception((String) null));
        Exception e = new Exception("late cause");
        e.initCause(new Error("the cause"));
        System.out.println(e + " <- " + e.getCause());
        try {
            e.initCause(new Error("again"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException iae) {
            System.out.println("self-causation: " + iae.getMessage());
        }
        QuietException q = new QuietException();
        System.out.println("quiet: " + q + " trace length " + q.getStackTrace().length);
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println("suppression disabled: " + q.getSuppressed().length);
        try {
            throw new UncheckedIOException("unchecked", new IOException("checked"));
        } catch (RuntimeException re) {
            System.out.println(re + " / " + re.getCause());
        }
        try {
            Object o = new Object[] {"s"};
            throw new AssertionError(o instanceof Object[] ? "assertion with message" : null);
        } catch (AssertionError ae) {
            System.out.println(ae);
        }
        System.out.println("AssertionError(Object): " + new AssertionError(42).getMessage() + " cause from Throwable arg: " + new AssertionError(new IOException("io")).getCause());
        Exception here = new Exception("where");
        StackTraceElement top = here.getStackTrace()[0];
        System.out.println("top frame: " + top.getClassName() + "." + top.getMethodName() + " line " + top.getLineNumber() + " file " + top.getFileName() + " depth " + here.getStackTrace().length);
        StackTraceElement nested = deep(3).getStackTrace()[0];
        System.out.println("nested frame: " + nested.getMethodName() + " depth " + deep(3).getStackTrace().length);
        try {
            throw new Error("an error is a Throwable too");
        } catch (Throwable t) {
            System.out.println("caught Throwable: " + t + " is Exception " + (t instanceof Exception));
        }
    }

    static Exception deep(int n) {
        return n == 0 ? new Exception("deep") : deep(n - 1);
    }
}
