package org.courseruntime.demo.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Repeated measurements, summed up as the median (what a typical run gives, unmoved by the odd slow one) with the
 * middle half of the runs around it (first to third quartile), which shows how much this machine varied.
 */
final class Samples {
    private Samples() {
    }

    static double median(List<Double> samples) {
        return quantile(samples, 0.5);
    }

    /** {@code "median (first quartile–third quartile)"}, each multiplied by {@code scale}. */
    static String summary(List<Double> samples, double scale, int digits) {
        return Report.decimal(median(samples) * scale, digits) + " (" + Report.decimal(quantile(samples, 0.25) * scale, digits)
                + "–" + Report.decimal(quantile(samples, 0.75) * scale, digits) + ")";
    }

    /** The {@code q} quantile, interpolated between the two nearest samples. */
    static double quantile(List<Double> samples, double q) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }
}
