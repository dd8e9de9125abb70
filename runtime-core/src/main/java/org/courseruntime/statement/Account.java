package org.courseruntime.statement;

/** An xAPI account: a learner known by {@code name} on the system at {@code homePage}. */
public record Account(String homePage, String name) {
}
