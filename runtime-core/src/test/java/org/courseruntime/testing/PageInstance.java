package org.courseruntime.testing;

import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.port.Timer;

/**
 * One page load in a simulated browser: its timers and request callbacks stop for good when the page is closed,
 * as a closed tab's do, while the requests it already sent still reach the LRS.
 */
public final class PageInstance implements Timer, HttpClient {
    private final Environment browser;
    private boolean open = true;

    public PageInstance(Environment browser) {
        this.browser = browser;
    }

    /** The browser's ports, with this page's timers and network. */
    public Environment environment() {
        return new Environment(this, browser.beacon(), browser.store(), browser.sessionStore(), browser.clock(), this, browser.random(),
                browser.log(), browser.pageOrigin(), browser.check());
    }

    public void close() {
        open = false;
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        browser.timer().schedule(delayMillis, () -> {
            if (open) {
                task.run();
            }
        });
    }

    @Override
    public void send(HttpRequest request, Callback callback) {
        browser.http().send(request, new Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                if (open) {
                    callback.onResponse(response);
                }
            }

            @Override
            public void onNetworkError(String reason) {
                if (open) {
                    callback.onNetworkError(reason);
                }
            }
        });
    }
}
