package org.courseruntime.delivery;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.encoding.Decimal;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.Log;
import org.courseruntime.statement.Statement;

/**
 * The statements made and not yet confirmed by the LRS, in the order they were made, kept in the browser's storage
 * so that a reload, a crash or a closed tab loses none of them.
 *
 * <p>Each statement is one storage entry, {@code courseruntime.outbox.<scope>/<id>} = order, newline, JSON, so that
 * adding one costs one write however many are queued, and two tabs never overwrite each other's. The scope is the
 * course and the learner. Only statements are stored, never credentials. When storage refuses a write (full,
 * blocked, private mode) the outbox keeps working in memory and tells the author once.
 */
final class Outbox {
    static final String PREFIX = "courseruntime.outbox.";
    static final String ASIDE_PREFIX = "courseruntime.aside.";
    /** The end of the order of a statement that goes in a request of its own. */
    static final String ALONE = "-alone";

    private final KeyValueStore store;
    private final Log log;
    private final String pendingPrefix;
    private final String asidePrefix;
    private final String writerId;
    private final List<PendingStatement> pending = new ArrayList<>();
    private final List<SetAsideStatement> setAside = new ArrayList<>();
    /** How many statements the LRS refused since the page loaded (not those kept aside before, nor orphans). */
    private int refusedSinceLoad;
    private long counter;
    private boolean durable = true;

    /**
     * @param scope    the course and learner the statements belong to
     * @param writerId a random id of this page load, which keeps the order of statements made in one millisecond
     *                 by two tabs apart
     */
    Outbox(KeyValueStore store, Log log, String scope, String writerId) {
        this.store = store;
        this.log = log;
        this.pendingPrefix = PREFIX + scope + "/";
        this.asidePrefix = ASIDE_PREFIX + scope + "/";
        this.writerId = writerId;
        reload();
        for (String key : store.keys(asidePrefix)) {
            String value = store.get(key);
            int newline = value == null ? -1 : value.indexOf('\n');
            if (newline > 0) {
                setAside.add(new SetAsideStatement(key.substring(asidePrefix.length()), value.substring(0, newline),
                        value.substring(newline + 1)));
            }
        }
    }

    /**
     * Adds a statement at the end, persisting it before anything is sent; {@code alone}: it goes in a request of its
     * own (kept as a mark at the end of its order, which the counter before it already decides).
     */
    void add(Statement statement, long nowMillis, boolean alone) {
        String orderLine = Decimal.padded(nowMillis, 15) + "-" + writerId + "-" + Decimal.padded(counter++, 9)
                + (alone ? ALONE : "") + "\n";
        String stored = statement.toJsonText(orderLine); // its JSON is then a substring, not a second copy
        int json = orderLine.length();
        pending.add(new PendingStatement(statement.id(), orderLine.substring(0, json - 1), stored.substring(json)));
        write(pendingPrefix + statement.id(), stored);
    }

    /** Re-reads what storage holds: the statements other tabs added, minus those confirmed elsewhere. */
    void reload() {
        if (!durable) {
            return;
        }
        List<PendingStatement> stored = new ArrayList<>();
        for (String key : store.keys(pendingPrefix)) {
            String value = store.get(key);
            int newline = value == null ? -1 : value.indexOf('\n');
            if (newline > 0) {
                String order = value.substring(0, newline);
                // Put in order as read (binary insertion, stable): List.sort would compile in TeaVM's merge sort.
                int low = 0;
                int high = stored.size();
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (stored.get(middle).order().compareTo(order) <= 0) {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                stored.add(low, new PendingStatement(key.substring(pendingPrefix.length()), order,
                        value.substring(newline + 1)));
            }
        }
        pending.clear();
        pending.addAll(stored);
    }

    /**
     * The next request's statements, oldest first: at most {@code max}, and a statement that goes alone only by
     * itself (none after it before it is confirmed, and it not before those ahead of it are).
     */
    List<PendingStatement> nextBatch(int max) {
        List<PendingStatement> batch = new ArrayList<>();
        for (int i = 0; i < max && i < pending.size(); i++) { // not subList: TeaVM's view classes cost 4 KB
            PendingStatement next = pending.get(i);
            if (next.goesAlone() && i > 0) {
                break;
            }
            batch.add(next);
            if (next.goesAlone()) {
                break;
            }
        }
        return batch;
    }

    /** Every statement waiting, oldest first. */
    List<PendingStatement> all() {
        return new ArrayList<>(pending);
    }

    int size() {
        return pending.size();
    }

    /** The LRS stored {@code batch}: it leaves the outbox. */
    void confirm(List<PendingStatement> batch) {
        for (PendingStatement statement : batch) {
            remove(statement);
        }
    }

    /** The LRS refused {@code statement} for good: it leaves the queue and is kept aside with the reason. */
    void setAside(PendingStatement statement, String reason) {
        refusedSinceLoad++;
        remove(statement);
        setAside.add(new SetAsideStatement(statement.id(), reason, statement.json()));
        write(asidePrefix + statement.id(), reason + "\n" + statement.json());
    }

    /**
     * Takes the statements left in the other outboxes whose scope starts with {@code family} (the earlier cmi5
     * sessions of this course and learner, which a closed tab ended before the LMS confirmed them, and whose token is
     * gone): they are set aside here with {@code reason}, and their JSON returned.
     */
    List<String> takeOrphans(String family, String reason) {
        List<String> taken = new ArrayList<>();
        for (String key : store.keys(PREFIX + family)) {
            if (key.startsWith(pendingPrefix)) {
                continue;
            }
            String value = store.get(key);
            store.remove(key);
            int newline = value == null ? -1 : value.indexOf('\n');
            if (newline > 0) {
                String id = key.substring(key.lastIndexOf('/') + 1);
                String json = value.substring(newline + 1);
                setAside.add(new SetAsideStatement(id, reason, json));
                write(asidePrefix + id, reason + "\n" + json);
                taken.add(json);
            }
        }
        return taken;
    }

    /**
     * Takes {@code statement} out of the queue and storage. Found by id: after a reload the queue holds another copy
     * of it, and List.remove(Object) would compile in the records' equals.
     */
    private void remove(PendingStatement statement) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).id().equals(statement.id())) {
                pending.remove(i);
                break;
            }
        }
        store.remove(pendingPrefix + statement.id());
    }

    List<SetAsideStatement> setAside() {
        return new ArrayList<>(setAside);
    }

    int setAsideCount() {
        return setAside.size();
    }

    /** How many statements the LRS refused for good since the page loaded. */
    int refusedSinceLoad() {
        return refusedSinceLoad;
    }

    /** Whether statements survive a reload (false once storage refused a write). */
    boolean isDurable() {
        return durable;
    }

    private void write(String key, String value) {
        if (durable && !store.put(key, value)) {
            durable = false;
            log.warn("The browser refused to store statements (storage full, blocked or private mode): they are kept"
                    + " in memory and sent as usual, but those not yet sent are lost if the page is closed.");
        }
    }
}
