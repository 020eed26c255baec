package org.carebridge.gateway.proxy;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;

import java.net.ConnectException;
import java.net.SocketException;

/**
 * When a call that failed on one replica may go once more to another. A refused connection sent nothing, so any
 * call may go again (and the replica is down: {@link Replicas#refused}). A connection closed or reset before the
 * answer may have carried a write that was applied: only a read (GET) goes again, never a write.
 */
public final class Retry {

    private Retry() {
    }

    public static boolean refused(Throwable failure) {
        return causes(failure, ConnectException.class);
    }

    public static boolean onAnotherReplica(HttpMethod method, Throwable failure) {
        return refused(failure) || HttpMethod.GET.equals(method)
                && (causes(failure, HttpClosedException.class) || causes(failure, SocketException.class));
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
