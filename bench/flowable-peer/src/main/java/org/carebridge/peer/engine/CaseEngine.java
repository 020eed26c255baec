package org.carebridge.peer.engine;

import org.flowable.cmmn.api.CmmnHistoryService;
import org.flowable.cmmn.api.CmmnManagementService;
import org.flowable.cmmn.api.CmmnRuntimeService;
import org.flowable.cmmn.api.CmmnTaskService;
import org.flowable.cmmn.engine.CmmnEngine;
import org.flowable.cmmn.engine.CmmnEngineConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Flowable CMMN engine on its own PostgreSQL database, with the care case model deployed: no Spring, no REST
 * app, the engine's own connection pool (MyBatis) and async executor (which fires the re-notify timers).
 */
public final class CaseEngine implements AutoCloseable {
    public static final String MODEL = "peer/care-case.cmmn.xml";
    public static final String CASE_KEY = "careCase";

    private final CmmnEngineConfiguration configuration;
    private final CmmnEngine engine;

    /** @param timers run the async executor that fires due timers (off only where a test fires them itself) */
    public CaseEngine(String jdbcUrl, String user, String password, int maxConnections, boolean timers) {
        configuration = CmmnEngineConfiguration.createStandaloneCmmnEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(maxConnections);
        configuration.setJdbcMaxIdleConnections(maxConnections);
        configuration.setDatabaseSchemaUpdate(CmmnEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // random ids, as Carebridge's URLs carry: the default hands out sequential numbers from a table
        configuration.setIdGenerator(() -> UUID.randomUUID().toString());
        // "audit" keeps every case, plan item, task and variable change in act_hi_*: the engine's own trail
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(timers);
        // users and groups come from the token, as in Carebridge; the engine's own user store stays off
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        engine = configuration.buildCmmnEngine();
        engine.getCmmnRepositoryService().createDeployment().name("carebridge-peer")
                .addClasspathResource(MODEL).enableDuplicateFiltering().deploy();
    }

    /** Runs {@code work} in one engine transaction: the service calls inside it share its command context. */
    public <T> T inTransaction(Supplier<T> work) {
        return configuration.getCommandExecutor().execute(context -> work.get());
    }

    public CmmnRuntimeService runtime() {
        return engine.getCmmnRuntimeService();
    }

    public CmmnTaskService tasks() {
        return engine.getCmmnTaskService();
    }

    public CmmnManagementService management() {
        return engine.getCmmnManagementService();
    }

    public CmmnHistoryService history() {
        return engine.getCmmnHistoryService();
    }

    @Override
    public void close() {
        engine.close();
    }
}
