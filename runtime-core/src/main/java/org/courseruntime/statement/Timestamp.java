package org.courseruntime.statement;

/**
 * RFC 3339 timestamps in UTC with milliseconds ({@code 2026-11-28T14:31:37.123Z}), written by hand: TeaVM's
 * {@code java.time} pulls in the time-zone database and {@code Instant.toString()} costs about 22 KB.
 */
public final class Timestamp {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Timestamp() {
    }

    /** The UTC timestamp of {@code epochMillis} (milliseconds since 1970-01-01T00:00:00Z). */
    public static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        long millisOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY);
        // Civil-from-days (Howard Hinnant's algorithm): proleptic Gregorian, valid for every long day count used here.
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        StringBuilder out = new StringBuilder(24);
        pad(out, year, 4).append('-');
        pad(out, month, 2).append('-');
        pad(out, day, 2).append('T');
        pad(out, millisOfDay / 3_600_000, 2).append(':');
        pad(out, millisOfDay / 60_000 % 60, 2).append(':');
        pad(out, millisOfDay / 1000 % 60, 2).append('.');
        pad(out, millisOfDay % 1000, 3).append('Z');
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
