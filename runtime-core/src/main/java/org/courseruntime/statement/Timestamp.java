package org.courseruntime.statement;

/**
 * RFC 3339 timestamps in UTC with milliseconds ({@code 2026-11-28T14:31:37.123Z}), written by hand: TeaVM's
 * {@code java.time} pulls in the time-zone database and {@code Instant.toString()} costs about 22 KB.
 */
public final class Timestamp {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Timestamp() {
    }

    /** The UTC timestamp of {@code epochMillis} (milliseconds since 1970-01-01T00:00:00Z), for years 0 to 9999. */
    public static String format(long epochMillis) {
        // int arithmetic after the split into days and time of day: TeaVM emulates long.
        int days = (int) Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        // Civil-from-days (Howard Hinnant's algorithm): proleptic Gregorian.
        int z = days + 719_468;
        int era = Math.floorDiv(z, 146_097);
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        StringBuilder out = new StringBuilder(24);
        digits(out, year, 4).append('-');
        digits(out, month, 2).append('-');
        digits(out, day, 2).append('T');
        digits(out, millisOfDay / 3_600_000, 2).append(':');
        digits(out, millisOfDay / 60_000 % 60, 2).append(':');
        digits(out, millisOfDay / 1000 % 60, 2).append('.');
        return digits(out, millisOfDay % 1000, 3).append('Z').toString();
    }

    /** {@code value} (>= 0) in {@code width} digits, zeros first. */
    private static StringBuilder digits(StringBuilder out, int value, int width) {
        for (int limit = 10; width > 1; width--, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        return out.append(value);
    }
}
