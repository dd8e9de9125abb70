package org.courseruntime.delivery;

import org.courseruntime.encoding.Decimal;
import org.courseruntime.port.KeyValueStore;

/**
 * Which tab of a course sends its statements: a lease in storage, {@code courseruntime.lock.<scope>} = tab id,
 * newline, expiry. The holder renews it with every request and, while it has statements, every third of the lease
 * (a request may take longer than the lease); another tab takes over only once it expired, so two tabs never send the
 * same statement at the same time, and a tab that crashed holds the others up for one lease at most.
 */
final class SendLock {
    static final long LEASE_MILLIS = 10_000;

    private final KeyValueStore store;
    private final String key;
    private final String tabId;

    SendLock(KeyValueStore store, String scope, String tabId) {
        this.store = store;
        this.key = "courseruntime.lock." + scope;
        this.tabId = tabId;
    }

    /** Takes or renews the lease; false when another tab holds a lease that has not expired. */
    boolean acquire(long nowMillis) {
        String holder = holder(nowMillis);
        if (holder != null && !holder.equals(tabId)) {
            return false;
        }
        if (!store.put(key, tabId + "\n" + Decimal.of(nowMillis + LEASE_MILLIS))) {
            return true; // no shared storage: no other tab can see these statements either
        }
        return tabId.equals(holder(nowMillis));
    }

    /** Gives the lease up, so another tab with statements of its own may send them at once. */
    void release(long nowMillis) {
        if (tabId.equals(holder(nowMillis))) {
            store.remove(key);
        }
    }

    private String holder(long nowMillis) {
        String value = store.get(key);
        int newline = value == null ? -1 : value.indexOf('\n');
        if (newline < 0) {
            return null;
        }
        long expiry = 0;
        for (int i = newline + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            expiry = expiry * 10 + (c - '0');
        }
        return expiry > nowMillis ? value.substring(0, newline) : null;
    }
}
