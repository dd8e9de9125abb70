package org.courseruntime.launch;

import org.courseruntime.json.JsonWriter;
import org.courseruntime.json.Problems;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.RandomSource;
import org.courseruntime.statement.Agent;

/**
 * Who the learner is: the actor of a launch if an LMS launched the course; else the learner the page handed in
 * (from its name and e-mail form), remembered for the next visit; else the one remembered from an earlier visit;
 * else an anonymous account ({@link AnonymousLearner}).
 */
final class LearnerIdentity {
    static final String STORE_KEY = "courseruntime.actor";

    private LearnerIdentity() {
    }

    static Agent choose(Agent launchActor, Agent fromPage, KeyValueStore store, RandomSource random,
                        String pageOrigin, String lrsEndpoint) {
        if (launchActor != null) {
            return launchActor;
        }
        if (fromPage != null) {
            store.put(STORE_KEY, JsonWriter.write(fromPage));
            return fromPage;
        }
        Agent remembered = remembered(store);
        return remembered != null ? remembered : AnonymousLearner.remembered(store, random, pageOrigin, lrsEndpoint);
    }

    /** The learner a page handed in on an earlier visit, or {@code null}. */
    static Agent remembered(KeyValueStore store) {
        String json = store.get(STORE_KEY);
        return json == null ? null : LaunchActor.read(json, new Problems());
    }
}
