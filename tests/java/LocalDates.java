// java.time dates with fixed values (never now()): LocalDate arithmetic across month ends
// and leap years (plusMonths clamping Jan 31 -> Feb 29), day-of-week and day-of-year,
// TemporalAdjusters (first Monday, last day of month, next-or-same), ChronoUnit.between
// and until, Period.between normalization, ISO week fields, epoch days, isLeapYear,
// lengthOfMonth, datesUntil streams, with/withDayOfMonth validation messages, and
// LocalDate.of error messages (DateTimeException) for invalid dates.
import java.time.*;
import java.time.temporal.*;
import java.util.*;
import java.util.stream.*;

public class LocalDates {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println(d + " +1M " + d.plusMonths(1) + " +2M " + d.plusMonths(2) + " +1Y+1M " + d.plusYears(1).plusMonths(1) + " -1D " + d.minusDays(1) + " +30D " + d.plusDays(30) + " +1W " + d.plusWeeks(1));
        LocalDate leap = LocalDate.of(2024, 2, 29);
        System.out.println("leap " + leap + " +1Y " + leap.plusYears(1) + " +4Y " + leap.plusYears(4) + " dayOfYear " + leap.getDayOfYear() + " lengthOfYear " + leap.lengthOfYear() + " dow " + leap.getDayOfWeek());
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 2400}) System.out.print(y + (Year.isLeap(y) ? ":leap " : ":common "));
        System.out.println();
        LocalDate m = LocalDate.of(2023, 3, 15);
        System.out.println("adjusters firstDayOfMonth " + m.with(TemporalAdjusters.firstDayOfMonth()) + " lastDayOfMonth " + m.with(TemporalAdjusters.lastDayOfMonth()) + " firstInMonth(MONDAY) " + m.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
            + " next(FRIDAY) " + m.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)) + " nextOrSame(WEDNESDAY) " + m.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)) + " lastInMonth(SUNDAY) " + m.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY))
            + " firstDayOfNextYear " + m.with(TemporalAdjusters.firstDayOfNextYear()) + " dayOfWeekInMonth(3,TUESDAY) " + m.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY)));
        LocalDate a = LocalDate.of(1969, 7, 20), b = LocalDate.of(2024, 3, 1);
        System.out.println("between days " + ChronoUnit.DAYS.between(a, b) + " weeks " + ChronoUnit.WEEKS.between(a, b) + " months " + ChronoUnit.MONTHS.between(a, b) + " years " + ChronoUnit.YEARS.between(a, b)
            + " decades " + ChronoUnit.DECADES.between(a, b) + " negative " + ChronoUnit.DAYS.between(b, a) + " period " + Period.between(a, b) + " until " + a.until(b));
        System.out.println("epochDay " + a.toEpochDay() + " ofEpochDay(0) " + LocalDate.ofEpochDay(0) + " ofEpochDay(-1) " + LocalDate.ofEpochDay(-1) + " ofYearDay(2024, 60) " + LocalDate.ofYearDay(2024, 60) + " EPOCH " + LocalDate.EPOCH);
        LocalDate w = LocalDate.of(2021, 1, 3);
        System.out.println("ISO week of " + w + ": week " + w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " week-year " + w.get(IsoFields.WEEK_BASED_YEAR) + " quarter " + w.get(IsoFields.QUARTER_OF_YEAR)
            + " dayOfQuarter " + LocalDate.of(2021, 5, 10).get(IsoFields.DAY_OF_QUARTER) + " 2020-12-31 week " + LocalDate.of(2020, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
            + " ALIGNED_WEEK_OF_YEAR " + w.get(ChronoField.ALIGNED_WEEK_OF_YEAR));
        System.out.println("month lengths 2023 " + IntStream.rangeClosed(1, 12).mapToObj(i -> String.valueOf(YearMonth.of(2023, i).lengthOfMonth())).collect(Collectors.joining(",")) + " Feb 2024 " + YearMonth.of(2024, 2).lengthOfMonth()
            + " Month.FEBRUARY.maxLength " + Month.FEBRUARY.maxLength() + " firstDayOfYear(leap) of MARCH " + Month.MARCH.firstDayOfYear(true));
        System.out.println("datesUntil weekly " + LocalDate.of(2024, 1, 1).datesUntil(LocalDate.of(2024, 2, 1), Period.ofWeeks(1)).map(LocalDate::toString).toList());
        System.out.println("count of Fridays 13th in 2015-2026 " + LocalDate.of(2015, 1, 13).datesUntil(LocalDate.of(2027, 1, 1), Period.ofMonths(1)).filter(x -> x.getDayOfWeek() == DayOfWeek.FRIDAY).count());
        System.out.println("compare " + a.isBefore(b) + " " + a.isAfter(b) + " " + a.isEqual(LocalDate.parse("1969-07-20")) + " compareTo sign " + Integer.signum(a.compareTo(b)) + " min/max " + Collections.max(List.of(a, b, d)));
        System.out.println("with " + d.withDayOfMonth(15) + " " + d.withMonth(4).toString() + " " + d.withYear(2023).withMonth(2) + " " + d.with(ChronoField.DAY_OF_WEEK, 1) + " range of DAY_OF_MONTH in Feb 2023 " + LocalDate.of(2023, 2, 1).range(ChronoField.DAY_OF_MONTH));
        for (Runnable r : List.<Runnable>of(() -> LocalDate.of(2023, 2, 29), () -> LocalDate.of(2023, 13, 1), () -> LocalDate.of(2023, 4, 31), () -> d.withDayOfMonth(32),
                () -> LocalDate.parse("2023/01/01"), () -> LocalDate.MAX.plusDays(1), () -> d.get(ChronoField.HOUR_OF_DAY))) {
            try { r.run(); } catch (DateTimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        System.out.println("MIN " + LocalDate.MIN + " MAX " + LocalDate.MAX + " year 10000 " + LocalDate.of(10000, 1, 1) + " year -1 " + LocalDate.of(-1, 12, 31) + " year 0 " + LocalDate.of(0, 1, 1).getYear());
        System.out.println("DayOfWeek plus " + DayOfWeek.SATURDAY.plus(3) + " Month minus " + Month.JANUARY.minus(1) + " from " + DayOfWeek.from(b) + " MonthDay " + MonthDay.of(2, 29).isValidYear(2023) + " YearMonth " + YearMonth.of(2024, 2).atEndOfMonth());
    }
}
