package org.courseruntime.lrs;

/**
 * Reads an HTTP {@code Retry-After} header: delta-seconds ({@code 120}) or an HTTP-date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}), by hand to keep {@code java.time} out of the runtime.
 */
final class RetryAfter {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private RetryAfter() {
    }

    /** How long the server asked to wait, in milliseconds from {@code nowMillis}, or -1 when absent or unreadable. */
    static long millis(String header, long nowMillis) {
        if (header == null) {
            return -1;
        }
        String value = header.trim();
        long seconds = digits(value, 0, value.length());
        if (seconds >= 0) {
            return seconds * 1000;
        }
        // IMF-fixdate: "Wed, 21 Oct 2026 07:28:00 GMT"
        if (value.length() != 29 || !value.endsWith(" GMT")) {
            return -1;
        }
        long day = digits(value, 5, 7);
        int month = MONTHS.indexOf(value.substring(8, 11));
        long year = digits(value, 12, 16);
        long hour = digits(value, 17, 19);
        long minute = digits(value, 20, 22);
        long second = digits(value, 23, 25);
        if (day < 1 || month < 0 || month % 3 != 0 || year < 0 || hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        long at = (daysFromCivil(year, month / 3 + 1, day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000;
        return Math.max(0, at - nowMillis);
    }

    private static long digits(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || value > 100_000_000L) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil). */
    private static long daysFromCivil(long year, long month, long day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
