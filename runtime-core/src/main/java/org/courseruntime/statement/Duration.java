package org.courseruntime.statement;

/**
 * ISO 8601 durations as xAPI wants them: hours, minutes and seconds to 0.01 s ({@code PT1H2M3.45S}); never the
 * empty {@code PT}, never days (so {@code P1DT} cannot occur: 25 hours is {@code PT25H}).
 */
public final class Duration {
    private Duration() {
    }

    /** The duration of {@code millis} (negative counts as 0), rounded to the nearest hundredth of a second. */
    public static String format(long millis) {
        long centis = (Math.max(millis, 0) + 5) / 10;
        // The parts as int: appending a long would compile in TeaVM's emulated-long formatting.
        int hours = (int) (centis / 360_000);
        int minutes = (int) (centis / 6_000 % 60);
        int seconds = (int) (centis / 100 % 60);
        int fraction = (int) (centis % 100);
        StringBuilder out = new StringBuilder("PT");
        if (hours > 0) {
            out.append(hours).append('H');
        }
        if (minutes > 0) {
            out.append(minutes).append('M');
        }
        if (seconds > 0 || fraction > 0 || centis == 0) {
            out.append(seconds);
            if (fraction > 0) {
                out.append('.').append(fraction < 10 ? "0" : "").append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
            out.append('S');
        }
        return out.toString();
    }
}
