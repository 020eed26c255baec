package org.carebridge.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point. Supervisor modes (foreground, normally launched in the background): {@code infra} and
 * {@code system}. Run commands for {@code ./carebridge}: {@code start}, {@code stop}, {@code status}.
 *
 * <pre>
 *   infra|system [--free-ports] [--state-dir DIR] [--watch-pid PID] [--test] [--postgres auto|local|embedded]
 *                [--replicas N]
 *   start [--empty] [--replicas N] [--state-dir DIR]
 *                                             (DIR defaults to ./run of the checkout; --empty: no demo data;
 *                                              --replicas: of every service, default 1)
 *   stop|status [--state-dir DIR]
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String command = args[0];
        Path stateDir = null;
        boolean freePorts = false;
        boolean test = false;
        boolean empty = false;
        long watchPid = 0;
        int replicas = 1;
        Postgres.Mode postgres = Postgres.Mode.fromEnv();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--free-ports" -> freePorts = true;
                case "--test" -> test = true;
                case "--empty" -> empty = true;
                case "--state-dir" -> stateDir = Path.of(rest.get(++i)).toAbsolutePath();
                case "--watch-pid" -> watchPid = Long.parseLong(rest.get(++i));
                case "--postgres" -> postgres = Postgres.Mode.valueOf(rest.get(++i).toUpperCase());
                case "--replicas" -> replicas = replicas(i + 1 < rest.size() ? rest.get(++i) : "");
                default -> {
                    System.err.println("unknown option: " + rest.get(i));
                    usage();
                    System.exit(2);
                }
            }
        }
        if (stateDir == null) {
            stateDir = StackLayout.load().repoRoot().resolve("run");
        }
        int exit = switch (command) {
            case "infra", "system" -> {
                new Supervisor(new Supervisor.Options(command.equals("system"), stateDir, freePorts, watchPid, test,
                        postgres, replicas))
                        .run();
                yield 0;
            }
            case "start" -> RunCommands.start(stateDir, !empty, replicas);
            case "stop" -> RunCommands.stop(stateDir);
            case "status" -> RunCommands.status(stateDir);
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(exit);
    }

    /** 1 to {@link PortPlan#MAX_REPLICAS}; anything else ends the command with a message saying so. */
    private static int replicas(String value) {
        try {
            int replicas = Integer.parseInt(value.trim());
            if (replicas >= 1 && replicas <= PortPlan.MAX_REPLICAS) {
                return replicas;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        System.err.println("--replicas takes a number from 1 to " + PortPlan.MAX_REPLICAS + ", not '" + value + "'");
        System.exit(2);
        return 0;
    }

    private static void usage() {
        System.err.println("usage: Main infra|system [--free-ports] [--state-dir DIR] [--watch-pid PID] [--test]"
                + " [--postgres auto|local|embedded] [--replicas N]");
        System.err.println("       Main start [--empty] [--replicas N] [--state-dir DIR]");
        System.err.println("       Main stop|status [--state-dir DIR]");
    }
}
