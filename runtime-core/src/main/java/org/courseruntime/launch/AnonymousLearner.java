package org.courseruntime.launch;

import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.RandomSource;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Uuid;

/**
 * The learner when the course is not told who they are: an xAPI account with a random name, remembered in the
 * browser so that the same learner keeps the same identity on the next visit. Its home page is the course's site
 * (or the LRS when the course is opened from a file), the system that issued the account.
 */
final class AnonymousLearner {
    static final String STORE_KEY = "courseruntime.learner";

    private AnonymousLearner() {
    }

    static Agent remembered(KeyValueStore store, RandomSource random, String pageOrigin, String lrsEndpoint) {
        String name = store.get(STORE_KEY);
        if (!Uuid.isValid(name)) {
            name = Uuid.v4(random);
            store.put(STORE_KEY, name);
        }
        String homePage = Iri.isHttpUrl(pageOrigin) ? pageOrigin : lrsEndpoint;
        return Agent.withAccount(null, homePage, name);
    }
}
