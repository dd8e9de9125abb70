package org.courseruntime.json;

/**
 * What a JSON writer refuses, in one place for both writers: the core's {@link JsonWriter} and the browser build's
 * substitute for it ({@code org.courseruntime.web.json.JsonWriter}).
 */
public final class JsonLimits {
    /** The magnitude from which numbers are not written: past it a double no longer holds six decimals. */
    public static final double LARGEST_NUMBER = 1e15;

    private JsonLimits() {
    }

    /**
     * Fails unless {@code value} can be written: not NaN or infinite, which JSON cannot hold, and below 1e15, where a
     * double still holds the six decimals the writers keep.
     */
    public static void requireWritable(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for NaN or infinity");
        }
        if (!isWritable(value)) {
            throw new IllegalArgumentException("Numbers of 1e15 and more are not written");
        }
    }

    /** Whether a writer takes {@code value}: less than {@link #LARGEST_NUMBER} in size (so not NaN or infinite). */
    public static boolean isWritable(double value) {
        return Math.abs(value) < LARGEST_NUMBER;
    }

    /**
     * The failure for a value of a type no writer takes; without the class name, as Class.getName would make TeaVM
     * keep every class's name in the runtime.
     */
    public static IllegalArgumentException notJson() {
        return new IllegalArgumentException("JSON holds maps, lists, strings, numbers, booleans and null only");
    }
}
