package org.vigil.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.vigil.review.Accounts;
import org.vigil.review.ReviewException;
import org.vigil.review.Reviewer;
import org.vigil.review.Role;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil users}: add a user (the first one is the admin and needs no token) and list users. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Add and list users (viewer, coder, reviewer, admin).")
final class UsersCommand {
    @Option(names = "--db", scope = CommandLine.ScopeType.INHERIT, defaultValue = "vigil.db",
            description = "store: a SQLite file or sqlite:PATH (default: ${DEFAULT-VALUE})")
    String db;
    @Option(names = "--token", scope = CommandLine.ScopeType.INHERIT, description = "an admin's token (default: $VIGIL_TOKEN; not needed for the first user)",
            defaultValue = "${env:VIGIL_TOKEN}")
    String token;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "add", description = "Add a user; prints their token once (only its hash is stored).")
    int add(@Parameters(index = "0", paramLabel = "NAME") String name,
            @Option(names = "--role", defaultValue = "coder", description = "viewer, coder, reviewer or admin (default: ${DEFAULT-VALUE})") String role) {
        try (EventStore s = org.vigil.store.EventStores.open(db)) {
            Accounts accounts = new Accounts(s.reviews(), Clock.systemUTC());
            Reviewer by = s.reviews().users().isEmpty() ? null : accounts.authenticate(token, "cli")
                    .orElseThrow(() -> new ReviewException("unknown_user", "give an admin's token (--token or VIGIL_TOKEN)"));
            Accounts.Created c = accounts.create(by, name, Role.of(role), "cli");
            spec.commandLine().getOut().println(org.vigil.store.Json.write(java.util.Map.of("name", c.user().name(),
                    "role", c.user().role().code(), "token", c.token())));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ReviewException e) {
            spec.commandLine().getErr().println("vigil: " + e.code() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 3;
        }
    }

    @Command(name = "list", description = "Users and their roles.")
    int list() {
        try (EventStore s = org.vigil.store.EventStores.open(db)) {
            s.reviews().users().forEach(u -> spec.commandLine().getOut().println(u.name() + "\t" + u.role().code() + "\t" + u.createdAt()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
