package org.courseruntime.testing;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.courseruntime.port.Clock;
import org.courseruntime.port.Timer;

/** A clock and timer that move only when the test says so: scheduled tasks run in time order as time passes. */
public final class ManualClock implements Clock, Timer {
    private record Task(long due, long sequence, Runnable work) {
    }

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparingLong(Task::due).thenComparingLong(Task::sequence));
    private long now;
    private long sequence;

    public ManualClock(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        tasks.add(new Task(now + delayMillis, sequence++, task));
    }

    /** Moves time forward by {@code millis}, running every task that falls due on the way. */
    public void advance(long millis) {
        advanceTo(now + millis);
    }

    /** Moves time forward to {@code end}, running every task that falls due on the way. */
    public void advanceTo(long end) {
        while (!tasks.isEmpty() && tasks.peek().due() <= end) {
            Task next = tasks.poll();
            now = Math.max(now, next.due());
            next.work().run();
        }
        now = Math.max(now, end);
    }

    /** Runs what is due now (the end of the current event-loop turn). */
    public void runDue() {
        advance(0);
    }

    /** How many tasks are waiting to run. */
    public int waitingTasks() {
        return tasks.size();
    }

    /** When the next scheduled task is due, relative to now, or -1 when nothing is scheduled. */
    public long nextDelay() {
        return tasks.isEmpty() ? -1 : tasks.peek().due() - now;
    }

    /** When the next scheduled task is due (absolute), or -1. */
    public long nextDue() {
        return tasks.isEmpty() ? -1 : tasks.peek().due();
    }
}
