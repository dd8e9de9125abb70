package org.courseruntime.delivery;

import org.courseruntime.encoding.Decimal;
import org.courseruntime.port.KeyValueStore;

/**
 * Which tab of a course sends its statements: a lease in storage, {@code courseruntime.lock.<scope>} = tab id,
 * newline, expiry. The holder takes it for {@link #IN_FLIGHT_LEASE_MILLIS} with every request (longer than a request
 * may take) and renews it while it has statements; another tab takes over only once it expired, so two tabs never
 * send the same statement at the same time, and a tab that crashed holds the others up for one lease at most.
 */
final class SendLock {
    /** The lease of a tab with statements and no request in flight (in backoff, or between requests). */
    static final long LEASE_MILLIS = 10_000;
    /** The lease of a tab with a request in flight: the browser gives up on a request after 30 s. */
    static final long IN_FLIGHT_LEASE_MILLIS = 40_000;

    private final KeyValueStore store;
    private final String key;
    private final String tabId;

    SendLock(KeyValueStore store, String scope, String tabId) {
        this.store = store;
        this.key = "courseruntime.lock." + scope;
        this.tabId = tabId;
    }

    /** Takes or renews the lease for {@code leaseMillis}; false when another tab holds a lease that has not expired. */
    boolean acquire(long nowMillis, long leaseMillis) {
        String holder = holder(nowMillis);
        if (holder != null && !holder.equals(tabId)) {
            return false;
        }
        if (!store.put(key, tabId + "\n" + Decimal.of(nowMillis + leaseMillis))) {
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
