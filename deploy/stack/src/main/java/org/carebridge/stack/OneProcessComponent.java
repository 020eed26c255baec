package org.carebridge.stack;

/**
 * A component that is one child process at a time (Kafka, a service): a crash is a kill of that process, a restart
 * stops it and starts again, a stop ends it for good. Keycloak is not one: it starts helper processes first.
 */
interface OneProcessComponent extends Component {

    ProcessSlot process();

    @Override
    default void kill() {
        process().kill();
    }

    @Override
    default void restart(StackState state) {
        process().stop();
        start(state);
    }

    @Override
    default void stop() {
        process().stopForGood();
    }
}
