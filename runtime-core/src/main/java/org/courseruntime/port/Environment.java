package org.courseruntime.port;


/**
 * Everything the core needs from the place it runs: the browser in production, in-memory fakes in tests.
 *
 * @param store        what outlives the page (localStorage in the browser)
 * @param sessionStore what lasts as long as the tab (sessionStorage in the browser)
 * @param pageOrigin   the origin the course page was served from (e.g. {@code https://courses.example.com}), or
 *                     {@code "null"} for a page opened from a file
 * @param check        the full check of a course's texts that no publisher stamp vouches for
 */
public record Environment(HttpClient http, Beacon beacon, KeyValueStore store, KeyValueStore sessionStore, Clock clock,
                          Timer timer, RandomSource random, Log log, String pageOrigin,
                          DocumentCheck check) {
}
