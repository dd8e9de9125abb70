/**
 * The course as a cmi5 Assignable Unit: the launch handshake with the LMS (the session's token from the fetch URL,
 * {@code LMS.LaunchData}, the learner's preferences) and what that session decides about the statements.
 */
package org.courseruntime.cmi5;
