package org.carebridge.cases.alert;

/**
 * What every alert check shares, written once: its kind, fixed when it is made, and the queries it runs with. A
 * check extending this is only its query ({@link #find}), its re-check ({@link #stillDue}) and its texts. A check
 * is stateless and {@code @Singleton}: a normal scope's client proxy would want a no-args constructor here.
 */
public abstract class AbstractAlertCheck implements AlertCheck {

    private final String kind;
    protected final CheckQueries queries;

    /** @param kind see {@link AlertCheck#kind()}; the scan refuses a bad or repeated one at start */
    protected AbstractAlertCheck(String kind, CheckQueries queries) {
        this.kind = kind;
        this.queries = queries;
    }

    @Override
    public final String kind() {
        return kind;
    }
}
