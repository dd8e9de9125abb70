package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.statement.Activity;

/** A section of the course: a titled list of pages, the parent activity of their statements. */
public record Section(String id, String activityId, Map<String, String> title, List<Page> pages) {
    /** The xAPI activity type of a section. */
    public static final String TYPE = "http://adlnet.gov/expapi/activities/module";

    public Section {
        title = new OrderedMap<>(title);
        pages = new ArrayList<>(pages);
    }

    public Activity activity() {
        return new Activity(activityId, TYPE, title);
    }
}
