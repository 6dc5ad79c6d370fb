// java.util.Formatter beyond the basics: %g switching between fixed and scientific, %a hex
// floats, %e/%f/%g of NaN/Infinity/-0.0/subnormals, %t date/time conversions on a fixed
// LocalDateTime and ZonedDateTime with an offset, %< relative and %n$ explicit indices,
// %b/%h/%c on unusual arguments (code point, null), '#' and '(' and ' ' and '0' flags,
// the exception messages of width/precision/flag misuse, a Formatter writing to a
// StringBuilder, Formattable, and grouping in Locale.US and Locale.GERMANY.
import java.time.*;
import java.util.*;

public class FormatterEdgeCases {
    static class Money implements Formattable {
        final long cents;
        Money(long c) { cents = c; }
        public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
            if ((flags & FormattableFlags.UPPERCASE) != 0) s = s.toUpperCase() + "USD";
            f.format((flags & FormattableFlags.LEFT_JUSTIFY) != 0 ? "%-" + Math.max(width, 1) + "s" : "%" + Math.max(width, 1) + "s", s);
        }
    }

    static void bad(String fmt, Object... a) {
        try { String.format(Locale.ROOT, fmt, a); System.out.println(fmt + " ok"); }
        catch (IllegalFormatException e) { System.out.println(String.format("%-10s", fmt) + " " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        Locale r = Locale.ROOT;
        for (double d : new double[] {0.0001, 0.00012345, 123456.0, 1234567.0, 1e-5, 99999.95, 0.0, -0.0})
            System.out.print(String.format(r, "%g|%.2g|%G  ", d, d, d));
        System.out.println();
        System.out.println(String.format(r, "%a %a %a %A %a %.2a %a", 1.0, -0.5, 0.1, 255.0, Double.MIN_VALUE, Math.PI, 1.0f));
        System.out.println(String.format(r, "%f %e %g %a | %f %e | %08.2f %+.1f % .1f %(f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -0.0, -0.0, -Double.MIN_NORMAL, 0.0, 1.0, -2.5));
        System.out.println(String.format(r, "%.20f|%.17e|%.0e|%#.0f|%#.0e", 0.1, 0.1, 15.0, 3.0, 3.0));
        LocalDateTime ldt = LocalDateTime.of(2009, 2, 13, 23, 31, 30, 123_456_789);
        ZonedDateTime zdt = ldt.atZone(ZoneOffset.ofHoursMinutes(-3, -30));
        System.out.println(String.format(Locale.US, "%tF %<tT %<tD %<tR %<tr %<tY %<ty %<tm %<td %<te %<tB %<tb %<tA %<ta %<tj %<tH %<tI %<tk %<tl %<tM %<tS %<tL %<tN %<tp %<Tp", ldt));
        System.out.println(String.format(Locale.US, "%tc | %<tz | %<tZ | %<ts | %<tQ", zdt));
        System.out.println(String.format(Locale.US, "%1$tY-%1$tm-%1$td %2$s %1$tH:%1$tM", ldt, "at") + " | calendar " + String.format(Locale.US, "%tF", new GregorianCalendar(2000, Calendar.FEBRUARY, 29)));
        System.out.println(String.format(r, "%s %<s %2$s %s %s %<S", "a", "b", "c"));
        System.out.println(String.format(r, "%c %c %c %C | %b %b %b | %h %h %h", 'x', (int) 'y', 65, 'q', "false", 0, Boolean.FALSE, "Aa", 3.5, null));
        System.out.println(String.format(r, "[%#x] [%#o] [%#X] [%08X] [%-8x] [%x] [%o] [%x]", 0, 8, 255L, -1, 10, (byte) -1, (short) -1, new java.math.BigInteger("-255")));
        System.out.println(String.format(r, "[%(d] [%(,d] [% d] [%+05d] [%-+6d] [%010d] [%,15d]", -5, -1234567, 5, 5, 5, Long.MIN_VALUE, Long.MIN_VALUE));
        System.out.println(String.format(Locale.US, "US %,d %,.3f %.2e", 1234567890, 9876543.21, 12345.678) + " | DE " + String.format(Locale.GERMANY, "%,d %,.3f %.2e", 1234567890, 9876543.21, 12345.678));
        StringBuilder sb = new StringBuilder("prefix:");
        Formatter f = new Formatter(sb, r);
        f.format("%d+%d=%d;", 2, 2, 4).format("%s", "done");
        System.out.println(sb + " out is sb " + (f.out() == sb) + " locale " + f.locale());
        f.close();
        try { f.format("x"); } catch (FormatterClosedException e) { System.out.println("closed formatter: " + e.getClass().getSimpleName()); }
        System.out.println(String.format(r, "[%s] [%12s] [%-12s] [%S]", new Money(12345), new Money(-5), new Money(7), new Money(100)));
        bad("%-d", 5);
        bad("%05s", "x");
        bad("%.2d", 5);
        bad("%,x", 5);
        bad("%#d", 5);
        bad("%++d", 5);
        bad("%-+ 0d", 5);
        bad("%c", 0x110000);
        bad("%c", "str");
        bad("%3$s", "a");
        bad("%<s", "a");
        bad("%tQ", "not a date");
        bad("%.3c", 'c');
        bad("%0-5d", 1);
        bad("%z", 1);
        bad("%", 1);
        bad("%(s", "x");
        bad("%#b", true);
    }
}
