package org.courseruntime.course;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.statement.Activity;

/**
 * A page of a section: scorable content the learner views, or a question ({@link #question()} not {@code null}).
 *
 * @param id         the author's id, unique in the course (the JS API names pages by it)
 * @param activityId the page's activity IRI: the course IRI, '/', the id
 */
public record Page(String id, String activityId, Map<String, String> title, Question question) {
    /** The xAPI activity type of a content page. */
    public static final String CONTENT_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    /** The xAPI activity type of a question. */
    public static final String QUESTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

    public Page {
        title = new OrderedMap<>(title);
    }

    public boolean isQuestion() {
        return question != null;
    }

    /** The page as a statement object: a lesson, or a cmi.interaction with its full interaction definition. */
    public Activity activity() {
        return isQuestion()
                ? new Activity(activityId, QUESTION_TYPE, title, question.prompt(), question.interaction().definition())
                : new Activity(activityId, CONTENT_TYPE, title);
    }
}
