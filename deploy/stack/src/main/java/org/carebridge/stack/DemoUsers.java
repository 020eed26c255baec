package org.carebridge.stack;

import java.util.List;

/** The demo logins of the imported realm (password = {@code <username>-demo}), for the start banner. */
public final class DemoUsers {
    public record User(String username, String role, String region, String organisation) {
        public String password() {
            return username + "-demo";
        }
    }

    public static final List<User> ALL = List.of(
            new User("anna", "case-worker", "north", "school"),
            new User("ben", "case-worker", "north", "social-services"),
            new User("carla", "case-worker", "south", "guardianship"),
            new User("bruno", "bridge-coordinator", "north", ""),
            new User("sofie", "bridge-coordinator", "south", ""),
            new User("ada", "advisory-member", "north", ""),
            new User("nils", "network-admin", "north", ""),
            new User("otto", "auditor", "north", ""),
            // the third region and an advisory member per region, so the demo data set's ladder reaches every tier
            new User("dirk", "case-worker", "east", "youth-work"),
            new User("elin", "bridge-coordinator", "east", ""),
            new User("sven", "advisory-member", "south", ""),
            new User("eva", "advisory-member", "east", ""));

    private DemoUsers() {
    }
}
