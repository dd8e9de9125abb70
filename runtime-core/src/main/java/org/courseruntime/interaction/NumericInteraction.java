package org.courseruntime.interaction;

import java.util.Map;
import org.courseruntime.json.JsonLimits;
import org.courseruntime.json.JsonWriter;

/**
 * numeric: the response is a number, {@code 4.5}; right when it lies in the correct range {@code [min, max]}, where
 * either bound may be open ({@code null}). The pattern is {@code min[:]max}, {@code [:]max}, {@code min[:]} or, for
 * min = max, the single number.
 */
public record NumericInteraction(Double min, Double max) implements Interaction {
    @Override
    public InteractionType type() {
        return InteractionType.NUMERIC;
    }

    @Override
    public Map<String, Object> definition() {
        String pattern = min != null && min.equals(max) ? JsonWriter.number(min)
                : (min == null ? "" : JsonWriter.number(min)) + ResponseText.RANGE + (max == null ? "" : JsonWriter.number(max));
        return new Definition(type(), pattern).build();
    }

    @Override
    public boolean isScored() {
        return true;
    }

    @Override
    public Answer judge(Object response) {
        if (!(response instanceof Number number)) {
            throw ResponseShape.mismatch("a number", response);
        }
        double value = number.doubleValue();
        if (!JsonLimits.isWritable(value)) { // NaN and infinity too
            throw new InvalidResponseException("Expected a number less than 1e15 in size, which a statement can carry");
        }
        return new Answer(JsonWriter.number(value), (min == null || value >= min) && (max == null || value <= max));
    }
}
