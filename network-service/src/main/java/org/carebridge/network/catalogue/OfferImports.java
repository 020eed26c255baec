package org.carebridge.network.catalogue;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.Problem;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import io.smallrye.context.api.ManagedExecutorConfig;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CSV imports of offers, in the background so the network-admin can follow them: a validation pass over every
 * row, then one transaction storing all rows (all or nothing). Progress is committed in transactions of its own,
 * so it is visible while the storing transaction is still open; DONE is written in the storing transaction itself,
 * so DONE and the stored rows commit together or not at all. Every write is made under the import's lease
 * ({@link ImportLeases}): an import another replica failed as abandoned is never taken back, nor stored.
 */
@ApplicationScoped
public class OfferImports {

    /** Rows between two progress updates (and flushes of the storing transaction). */
    static final int CHUNK = 250;

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Validator validator;
    // One import at a time (two storing transactions over the same offers would only conflict), and nothing of
    // the request that started it: the import outlives the request.
    @Inject
    @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor executor;
    private final EntityManager em;
    private final Clock clock;
    private final Duration storingTimeout;
    private final ImportLeases leases;

    public OfferImports(CurrentUser user, AuditTrail audit, Validator validator,
                        EntityManager em, Clock clock, ImportLeases leases,
                        @ConfigProperty(name = "carebridge.catalogue.import.storing-timeout", defaultValue = "PT10M")
                        Duration storingTimeout) {
        this.user = user;
        this.audit = audit;
        this.validator = validator;
        this.em = em;
        this.clock = clock;
        this.storingTimeout = storingTimeout;
        this.leases = leases;
    }

    /** Records the import (VALIDATING) and runs it in the background; answers at once. */
    public CatalogueForms.ImportView start(String csv) {
        List<OfferCsv.Row> rows = OfferCsv.read(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            throw ProblemException.badField("body", "no rows after the header");
        }
        OfferImport started = QuarkusTransaction.requiringNew().call(() -> {
            OfferImport i = new OfferImport();
            i.id = UUID.randomUUID();
            i.status = OfferImport.Status.VALIDATING;
            i.total = rows.size();
            i.errors = List.of();
            i.startedBy = user.username();
            i.startedAt = clock.instant();
            i.runningOn = leases.replica();
            i.heartbeatAt = i.startedAt;
            i.persist();
            audit.record("IMPORT", "offer-import", i.id, null, rows.size() + " offers from CSV");
            return i;
        });
        leases.hold(started.id);
        executor.runAsync(() -> run(started.id, rows));
        return CatalogueForms.ImportView.of(started);
    }

    @Transactional
    public CatalogueForms.ImportView view(UUID id) {
        OfferImport i = OfferImport.findById(id);
        if (i == null) {
            throw ProblemException.notFound("import " + id);
        }
        return CatalogueForms.ImportView.of(i);
    }

    /** Whether this replica runs the import now. */
    boolean runsHere(UUID id) {
        return leases.holds(id);
    }

    private void run(UUID id, List<OfferCsv.Row> rows) {
        try {
            List<Problem.FieldError> errors = validate(id, rows);
            if (!errors.isEmpty()) {
                finish(id, OfferImport.Status.FAILED, errors, errors.size() + " error(s) in the file; nothing imported");
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> whileHeld(id, "status = :status, processed = 0",
                    Parameters.with("status", OfferImport.Status.STORING)));
            QuarkusTransaction.requiringNew().timeout((int) storingTimeout.toSeconds()).run(() -> store(id, rows));
        } catch (LeaseLost e) {
            Log.warnf("offer import %s was failed as abandoned while this replica still ran it (stalled longer than "
                    + "the lease): stopped, nothing imported", id);
        } catch (RuntimeException e) {
            Log.errorf(e, "offer import %s failed", id);
            finish(id, OfferImport.Status.FAILED, List.of(), "storing failed, nothing imported: " + e.getMessage());
        } finally {
            leases.release(id);
        }
    }

    private List<Problem.FieldError> validate(UUID id, List<OfferCsv.Row> rows) {
        Set<String> organisations = QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>listAll()
                .stream().map(o -> o.name).collect(Collectors.toSet()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OfferCsv.Row row : rows) {
            errors.addAll(row.errors());
            if (row.form() != null) {
                // a cell that could not be read is named once, not again as missing
                Set<String> unreadable = row.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet());
                errorsOf(row, organisations, seen).stream().filter(e -> !unreadable.contains(e.field()))
                        .forEach(errors::add);
            }
            progress(id, row.number(), rows.size());
        }
        return errors;
    }

    private List<Problem.FieldError> errorsOf(OfferCsv.Row row, Set<String> organisations, Set<String> seen) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CatalogueForms.OfferForm> v : validator.validate(row.form())) {
            errors.add(OfferCsv.error(row.number(), v.getPropertyPath().toString().replaceAll("\\[\\d+]\\..*", ""),
                    v.getMessage()));
        }
        var f = row.form();
        if (f.organisation() != null && !organisations.contains(f.organisation())) {
            errors.add(OfferCsv.error(row.number(), "organisation", "unknown organisation"));
        }
        if (f.minAge() != null && f.maxAge() != null && f.minAge() > f.maxAge()) {
            errors.add(OfferCsv.error(row.number(), "minAge", "must not be above maxAge"));
        }
        if (!seen.add(f.organisation() + "\n" + f.title())) {
            errors.add(OfferCsv.error(row.number(), "title", "same organisation and title as an earlier row"));
        }
        return errors;
    }

    /** Runs in the one storing transaction: every row is added, or updates the offer of its organisation and title. */
    private void store(UUID id, List<OfferCsv.Row> rows) {
        em.unwrap(Session.class).setJdbcBatchSize(50);
        Map<String, Organisation> organisations = Organisation.<Organisation>listAll().stream()
                .collect(Collectors.toMap(o -> o.name, Function.identity()));
        Map<String, Offer> existing = new HashMap<>();
        List<UUID> ids = rows.stream().map(r -> organisations.get(r.form().organisation()).id).distinct().toList();
        for (Offer o : Offer.<Offer>list("organisationId in ?1", ids)) {
            existing.put(o.organisationId + "\n" + o.title, o);
        }
        for (OfferCsv.Row row : rows) {
            Organisation organisation = organisations.get(row.form().organisation());
            Offer o = existing.get(organisation.id + "\n" + row.form().title());
            if (o == null) {
                o = new Offer();
                o.id = UUID.randomUUID();
            }
            CatalogueService.apply(o, row.form(), organisation);
            o.persist();
            if (row.number() % CHUNK == 0 || row.number() == rows.size()) {
                // the rows so far reach the database (still uncommitted), then the count of them is committed
                em.flush();
                progress(id, row.number(), rows.size());
            }
        }
        // the lease is checked in this transaction: a lost one rolls back every row stored
        whileHeld(id, "status = :status, processed = :processed, finishedAt = :finishedAt",
                Parameters.with("status", OfferImport.Status.DONE).and("processed", rows.size())
                        .and("finishedAt", clock.instant()));
    }

    private void progress(UUID id, int processed, int total) {
        if (processed % CHUNK == 0 || processed == total) {
            QuarkusTransaction.requiringNew().run(() ->
                    whileHeld(id, "processed = :processed", Parameters.with("processed", processed)));
        }
    }

    /** Updates the import if this replica still holds its lease; ends the run (LeaseLost) if not. */
    private void whileHeld(UUID id, String set, Parameters values) {
        int updated = OfferImport.update(set + " where id = :id and runningOn = :replica and status in :running",
                values.and("id", id).and("replica", leases.replica()).and("running", ImportLeases.RUNNING));
        if (updated == 0) {
            throw new LeaseLost();
        }
    }

    /** The import was failed as abandoned by a replica that found its heartbeat older than the lease. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    private void finish(UUID id, OfferImport.Status status, List<Problem.FieldError> errors, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            OfferImport i = OfferImport.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (!leases.replica().equals(i.runningOn) || !ImportLeases.RUNNING.contains(i.status)) {
                return; // failed as abandoned meanwhile: that stands
            }
            i.status = status;
            i.errors = errors;
            i.reason = reason;
            i.finishedAt = clock.instant();
        });
    }
}
