-- The W3C trace context (traceparent, tracestate) of the transaction that wrote an outbox row: the relay sends the
-- event as part of that trace, so one trace follows a request through Kafka into the next service. Null for rows
-- written outside any trace and for rows older than this column.
alter table outbox_event add column trace_parent varchar(55);
alter table outbox_event add column trace_state varchar(512);
