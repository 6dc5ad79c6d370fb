// Date-times with fixed offsets only (no region rules, no now()): ZoneOffset parsing and
// normalisation, OffsetDateTime and ZonedDateTime with ZoneOffset, conversions between
// offsets (withOffsetSameInstant vs withOffsetSameLocal), Instant from epoch seconds and
// millis, toString forms (Z, +05:30, seconds in offsets), Instant arithmetic and
// truncation, epoch conversions, comparisons of equal instants with different offsets
// (isEqual vs equals), ISO_OFFSET_DATE_TIME/ISO_INSTANT/RFC_1123 formatting, Clock.fixed,
// and the range errors of ZoneOffset.
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.*;

public class ZonedOffsets {
    public static void main(String[] args) {
        for (String s : List.of("Z", "+05:30", "-08", "+0130", "+01:02:03", "-00:00"))
            System.out.print(s + "->" + ZoneOffset.of(s) + "(" + ZoneOffset.of(s).getTotalSeconds() + ") ");
        System.out.println();
        for (String s : List.of("+19:00", "+5:30", "UTC", "+01:60")) {
            try { ZoneOffset.of(s); } catch (DateTimeException e) { System.out.println("ZoneOffset.of(" + s + "): " + e.getMessage()); }
        }
        System.out.println("ofHoursMinutes " + ZoneOffset.ofHoursMinutes(-3, -30) + " MIN " + ZoneOffset.MIN + " MAX " + ZoneOffset.MAX + " UTC " + ZoneOffset.UTC + " compare " + Integer.signum(ZoneOffset.ofHours(2).compareTo(ZoneOffset.ofHours(-2))));
        Instant i = Instant.ofEpochSecond(1_700_000_000L, 123_000_000);
        System.out.println("instant " + i + " epochMilli " + i.toEpochMilli() + " ofEpochMilli(-1) " + Instant.ofEpochMilli(-1) + " EPOCH " + Instant.EPOCH + " plus 1.5 days " + i.plus(Duration.ofHours(36))
            + " truncated " + i.truncatedTo(ChronoUnit.HOURS) + " MIN " + Instant.MIN + " MAX " + Instant.MAX);
        OffsetDateTime tokyo = i.atOffset(ZoneOffset.ofHours(9));
        OffsetDateTime ny = tokyo.withOffsetSameInstant(ZoneOffset.ofHours(-5));
        OffsetDateTime sameLocal = tokyo.withOffsetSameLocal(ZoneOffset.ofHours(-5));
        System.out.println("tokyo " + tokyo + " ny " + ny + " sameLocal " + sameLocal + " isEqual " + tokyo.isEqual(ny) + " equals " + tokyo.equals(ny) + " compareTo " + Integer.signum(tokyo.compareTo(ny)) + " sameLocal instant diff h " + Duration.between(tokyo, sameLocal).toHours());
        ZonedDateTime z = ZonedDateTime.of(LocalDateTime.of(2024, 2, 29, 23, 30), ZoneOffset.ofHoursMinutes(5, 30));
        System.out.println("zoned " + z + " +1h " + z.plusHours(1) + " +1Y " + z.plusYears(1) + " zone " + z.getZone() + " offset " + z.getOffset() + " toInstant " + z.toInstant() + " epochSecond " + z.toEpochSecond()
            + " UTC " + z.withZoneSameInstant(ZoneOffset.UTC) + " toOffsetDateTime " + z.toOffsetDateTime() + " toLocalDate " + z.toLocalDate());
        System.out.println("ZoneId.of(+02) is offset " + (ZoneId.of("+02:00") instanceof ZoneOffset) + " normalized UTC+3 " + ZoneId.of("UTC+03:00").normalized() + " prefix kept " + ZoneId.of("UTC+03:00") + " rules fixed " + ZoneOffset.ofHours(3).getRules().isFixedOffset());
        System.out.println("ISO_OFFSET_DATE_TIME " + tokyo.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " ISO_INSTANT " + DateTimeFormatter.ISO_INSTANT.format(tokyo) + " RFC_1123 " + ny.format(DateTimeFormatter.RFC_1123_DATE_TIME)
            + " ISO_ZONED " + z.format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
        System.out.println("pattern with offsets " + tokyo.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx XXX Z O", Locale.ROOT)) + " | UTC " + i.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("XXX xxx Z", Locale.ROOT)));
        OffsetDateTime parsed = OffsetDateTime.parse("2023-11-14T22:13:20.123+09:00");
        System.out.println("parsed " + parsed + " same instant as i " + parsed.toInstant().equals(i) + " Instant.parse " + Instant.parse("2023-11-14T13:13:20.123Z").equals(i) + " ZonedDateTime.parse " + ZonedDateTime.parse("2000-01-01T00:00Z"));
        Clock fixed = Clock.fixed(i, ZoneOffset.ofHours(-3));
        System.out.println("Clock.fixed instant " + fixed.instant() + " LocalDateTime.now(fixed) " + LocalDateTime.now(fixed) + " LocalDate.now(fixed) " + LocalDate.now(fixed) + " millis " + fixed.millis()
            + " offset clock " + Clock.offset(fixed, Duration.ofMinutes(90)).instant());
        System.out.println("epoch conversions " + LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.ofHours(-1)) + " " + LocalDateTime.of(2038, 1, 19, 3, 14, 7).toEpochSecond(ZoneOffset.UTC) + " " + Instant.ofEpochSecond(Integer.MAX_VALUE + 1L)
            + " LocalDate.ofInstant " + LocalDate.ofInstant(Instant.ofEpochSecond(-1), ZoneOffset.UTC));
        System.out.println("until " + tokyo.until(ny.plusDays(3), ChronoUnit.HOURS) + " Duration.between instants " + Duration.between(Instant.EPOCH, i) + " getLong " + tokyo.getLong(java.time.temporal.ChronoField.OFFSET_SECONDS));
        try { Instant.MAX.plusSeconds(1); } catch (DateTimeException e) { System.out.println("Instant overflow: " + e.getMessage()); }
        try { i.atZone(ZoneOffset.UTC).toLocalDate().atTime(25, 0); } catch (DateTimeException e) { System.out.println("atTime(25): " + e.getMessage()); }
        List<OffsetDateTime> times = new ArrayList<>(List.of(tokyo, ny, tokyo.minusMinutes(1).withOffsetSameInstant(ZoneOffset.UTC)));
        times.sort(OffsetDateTime.timeLineOrder());
        System.out.println("timeLineOrder " + times);
    }
}
