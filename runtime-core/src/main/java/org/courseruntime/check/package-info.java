/**
 * The full check of a course's author documents, kept out of the learner's {@code course-runtime.js}: the publisher
 * runs it before stamping a course, and {@code course-check.js} carries it to the browser and to authoring tools.
 */
package org.courseruntime.check;
