package org.courseruntime.demo.support;

/** What a test does in a course page, in HtmlUnit or in Chromium alike. */
public interface CourseUi {
    /** Clicks the element matching {@code css}, as a learner would. */
    void click(String css) throws Exception;

    /** Types {@code text} into the field matching {@code css}. */
    void type(String css, String text) throws Exception;

    /** Picks the option with {@code value} in the select matching {@code css}. */
    void choose(String css, String value) throws Exception;

    /** The value of the JS expression {@code expression} in the page. */
    Object eval(String expression);
}
