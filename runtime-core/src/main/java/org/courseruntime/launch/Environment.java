package org.courseruntime.launch;

import org.courseruntime.port.Clock;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.Log;
import org.courseruntime.port.RandomSource;
import org.courseruntime.port.Timer;

/**
 * Everything the core needs from the place it runs: the browser in production, in-memory fakes in tests.
 *
 * @param pageOrigin the origin the course page was served from (e.g. {@code https://courses.example.com}), or
 *                   {@code "null"} for a page opened from a file
 */
public record Environment(HttpClient http, KeyValueStore store, Clock clock, Timer timer, RandomSource random, Log log,
                          String pageOrigin) {
}
