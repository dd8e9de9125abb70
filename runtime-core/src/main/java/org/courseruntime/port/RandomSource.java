package org.courseruntime.port;

/** Random bits for ids (crypto.getRandomValues in the browser). */
public interface RandomSource {
    /** 32 uniformly random bits. */
    int nextInt();
}
