/**
 * The ports through which the browser reaches the core: HTTP, key-value storage, clock, timer, randomness and the
 * console. runtime-web implements them with TeaVM JSO; the JVM tests implement them in memory.
 */
package org.courseruntime.port;
