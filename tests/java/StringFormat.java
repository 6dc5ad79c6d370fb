// String.format and Formatter: %d %s %x %08.3f %-10s %e %,d and friends, in Locale.ROOT
// and Locale.US so the output does not depend on the machine's locale.
import java.util.Locale;

public class StringFormat {
    public static void main(String[] args) {
        Locale r = Locale.ROOT;
        System.out.println(String.format(r, "%d|%5d|%-5d|%05d|%+d|%(d", 42, 42, 42, 42, 42, -42));
        System.out.println(String.format(r, "%s|%10s|%-10s|%.2s|%S", "hello", "hi", "left", "truncate", "upper"));
        System.out.println(String.format(r, "%x|%X|%08x|%#x|%o|%#o", 255, 255, 48879, 255, 8, 8));
        System.out.println(String.format(r, "%x %x", -1, -1L));
        System.out.println(String.format(r, "%08.3f|%.0f|%.1f|%10.4f|%-10.2f|%f", 3.14159, 2.5, 0.05, Math.PI, -1.005, 1.0 / 3));
        System.out.println(String.format(r, "%e|%.2e|%E|%g|%.3g", 12345.678, 0.000123, 1e-10, 0.0001234, 98765.4321));
        System.out.println(String.format(Locale.US, "%,d|%,d|%,.2f|%,d", 1234567, -9876543210L, 1234567.891, 999));
        System.out.println(String.format(r, "%c|%c|%b|%b|%b|%%|%n", 'x', 65, true, null, "x").trim());
        System.out.println(String.format(r, "%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format(r, "%h|%h", "hello", 17));
        System.out.println(String.format(r, "[%-8s][%8s][%.3s]", null, true, "abcdef"));
        System.out.println(String.format(r, "%.3f %.3f %.3f %.3f", 0.0005, 0.0015, 1.0005, 2.5e-4));
        System.out.println(String.format(r, "%s %s %s", new int[0].length, Double.NaN, Double.NEGATIVE_INFINITY));
        System.out.println(String.format(r, "%10.3e|%-12.1e|", 123456.0, -0.000987));
        System.out.println(String.format(r, "%d %d %d %d", (byte) -1, (short) 300, 7L, new java.math.BigInteger("123456789012345678901234567890")));
        System.out.println(String.format(r, "%.5f %.10f", new java.math.BigDecimal("1.23456789"), 1e-7));
        System.out.println("%d items cost %.2f".formatted(3, 9.5));
        StringBuilder table = new StringBuilder();
        String[] names = {"alpha", "beta", "gamma"};
        int[] counts = {1, 22, 333};
        for (int i = 0; i < names.length; i++) table.append(String.format(r, "%-6s|%4d|%6.2f%n", names[i], counts[i], counts[i] / 7.0));
        System.out.print(table);
        try {
            String.format(r, "%d", "not a number");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            String.format(r, "%s %s", "one");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            String.format(r, "%q", 1);
        } catch (java.util.UnknownFormatConversionException e) {
            System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
