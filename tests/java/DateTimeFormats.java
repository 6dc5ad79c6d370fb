// java.time formatting and parsing with fixed patterns and Locale.ROOT/ENGLISH: ofPattern
// with y/M/d/H/m/s/S/a/E/D/w/Q letters, padded and literal text, ISO formatters
// (ISO_LOCAL_DATE_TIME, ISO_DATE, BASIC_ISO_DATE, ISO_ORDINAL_DATE, ISO_WEEK_DATE,
// ISO_INSTANT), parsing round trips, ResolverStyle.STRICT vs SMART vs LENIENT,
// DateTimeParseException messages with error index, Duration and Period toString/parse,
// LocalTime arithmetic wrapping midnight, and DateTimeFormatterBuilder with optional parts.
import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;

public class DateTimeFormats {
    public static void main(String[] args) {
        LocalDateTime t = LocalDateTime.of(2023, 7, 4, 9, 5, 7, 123_456_789);
        for (String p : List.of("yyyy-MM-dd HH:mm:ss", "dd/MM/yy", "d MMM uuuu", "EEEE, MMMM d", "EEE h:mm a", "HH:mm:ss.SSS", "yyyyMMdd'T'HHmmss", "D 'day of year', 'week' w",
                "QQQ yyyy", "'quoted ''literal'''", "hh 'o''clock' a", "n 'nanos'", "ss.SSSSSSSSS", "[yyyy]-[MM]"))
            System.out.println(String.format("%-28s", p) + " -> " + t.format(DateTimeFormatter.ofPattern(p, Locale.ENGLISH)));
        System.out.println("ROOT locale " + t.format(DateTimeFormatter.ofPattern("EEE MMM d", Locale.ROOT)));
        System.out.println("ISO_LOCAL_DATE_TIME " + t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " ISO_DATE " + t.toLocalDate().format(DateTimeFormatter.ISO_DATE) + " BASIC " + t.format(DateTimeFormatter.BASIC_ISO_DATE)
            + " ORDINAL " + t.format(DateTimeFormatter.ISO_ORDINAL_DATE) + " WEEK " + t.format(DateTimeFormatter.ISO_WEEK_DATE));
        System.out.println("toString drops zero parts: " + LocalDateTime.of(2023, 1, 1, 10, 0) + " " + LocalTime.of(10, 0, 5) + " " + LocalTime.of(10, 0, 0, 1000) + " " + LocalTime.of(10, 0, 0, 120_000_000) + " " + LocalTime.MIDNIGHT + " " + LocalTime.MAX);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm", Locale.ROOT);
        LocalDateTime parsed = LocalDateTime.parse("29.02.2024 23:59", f);
        System.out.println("parse " + parsed + " round trip " + parsed.format(f));
        for (String bad : List.of("2023-02-30", "2023-13-01", "2023-1-1", "2023-01-01x", "")) {
            try { System.out.println("parsed " + LocalDate.parse(bad)); } catch (DateTimeParseException e) { System.out.println("DateTimeParseException: " + e.getMessage() + " index " + e.getErrorIndex()); }
        }
        DateTimeFormatter ymd = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
        for (ResolverStyle rs : ResolverStyle.values()) {
            try { System.out.println(rs + " 2023-02-31 -> " + LocalDate.parse("2023-02-31", ymd.withResolverStyle(rs))); }
            catch (DateTimeParseException e) { System.out.println(rs + " 2023-02-31 -> " + e.getMessage()); }
        }
        try { LocalDate.parse("2023-02-28", DateTimeFormatter.ofPattern("yyyy-MM-dd").withResolverStyle(ResolverStyle.STRICT)); }
        catch (DateTimeParseException e) { System.out.println("STRICT with yyyy (year-of-era without era): " + e.getMessage().replaceAll("\\{.*\\}", "{fields in HashMap order}")); }
        try { DateTimeFormatter.ofPattern("yyyy-MM-dd bogus {"); } catch (IllegalArgumentException e) { System.out.println("bad pattern: " + e.getMessage()); }
        try { LocalDate.of(2023, 1, 1).format(DateTimeFormatter.ofPattern("HH:mm")); } catch (UnsupportedTemporalTypeException e) { System.out.println("format time of a date: " + e.getMessage()); }
        Duration dur = Duration.ofSeconds(93784, 5_000_000);
        System.out.println("Duration " + dur + " hours " + dur.toHours() + " toMinutesPart " + dur.toMinutesPart() + " negated " + dur.negated() + " zero " + Duration.ZERO + " ofMillis(-1500) " + Duration.ofMillis(-1500)
            + " parse " + Duration.parse("PT1H30M") + " " + Duration.parse("P2DT3H4M").getSeconds() + " between " + Duration.between(LocalTime.of(23, 0), LocalTime.of(1, 30)));
        Period per = Period.of(1, 14, 40);
        System.out.println("Period " + per + " normalized " + per.normalized() + " totalMonths " + per.toTotalMonths() + " parse " + Period.parse("P2Y3M") + " ofWeeks " + Period.ofWeeks(3) + " ZERO " + Period.ZERO
            + " addTo " + LocalDate.of(2020, 1, 31).plus(per) + " negative " + Period.between(LocalDate.of(2024, 5, 10), LocalDate.of(2023, 2, 20)));
        try { Duration.parse("1 hour"); } catch (DateTimeParseException e) { System.out.println("Duration.parse: " + e.getMessage()); }
        LocalTime lt = LocalTime.of(23, 45);
        System.out.println("LocalTime wraps " + lt.plusMinutes(30) + " " + lt.minusHours(24) + " " + lt.plusSeconds(86400 + 1) + " truncatedTo " + LocalTime.of(12, 34, 56, 789).truncatedTo(ChronoUnit.MINUTES) + " toSecondOfDay " + lt.toSecondOfDay());
        DateTimeFormatter opt = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd").optionalStart().appendLiteral('T').appendPattern("HH:mm").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 12).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0).toFormatter(Locale.ROOT);
        System.out.println("optional section " + LocalDateTime.parse("2023-05-06", opt) + " " + LocalDateTime.parse("2023-05-06T07:08", opt));
        DateTimeFormatter padded = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral('/').padNext(3, '*').appendValue(ChronoField.MONTH_OF_YEAR).toFormatter(Locale.ROOT);
        System.out.println("builder padding " + LocalDate.of(2023, 7, 1).format(padded) + " " + LocalDate.of(12345, 12, 1).format(padded));
        TemporalAccessor ta = DateTimeFormatter.ofPattern("MM/dd", Locale.ROOT).parse("12/25");
        System.out.println("partial parse MonthDay " + MonthDay.from(ta) + " supports year " + ta.isSupported(ChronoField.YEAR) + " query " + ta.query(TemporalQueries.localDate()));
    }
}
