package org.courseruntime.port;

/** Sends HTTP requests asynchronously (XMLHttpRequest in the browser). */
public interface HttpClient {
    /** Sends {@code request}; exactly one of the callback's methods is called later, once. */
    void send(HttpRequest request, Callback callback);

    /** What became of a request. */
    interface Callback {
        /** The server answered, with any status code. */
        void onResponse(HttpResponse response);

        /** No answer: the network failed, the request timed out or the browser blocked it (for example by CORS). */
        void onNetworkError(String reason);
    }
}
