package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.model.Event;
import org.vigil.assembly.StandardPipeline;
import org.vigil.review.Accounts;
import org.vigil.review.ClaimState;
import org.vigil.review.EventReview;
import org.vigil.review.Rederivation;
import org.vigil.review.ReviewDesk;
import org.vigil.review.ReviewException;
import org.vigil.review.ReviewJson;
import org.vigil.review.ReviewPolicy;
import org.vigil.review.ReviewState;
import org.vigil.review.Reviewer;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil review}: the review queue and every review operation, as the user whose token is given
 * ({@code --token} or {@code VIGIL_TOKEN}). Each prints the event's review as JSON; a refused operation prints
 * {@code vigil: CODE: why} and exits 3, having changed nothing.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review events: queue, show, assign, release, edit, verify, reject, reopen, merge, split, comment, claim, flag, resolve.")
final class ReviewCommand {
    @Option(names = "--db", scope = CommandLine.ScopeType.INHERIT, defaultValue = "vigil.db",
            description = "store: a SQLite file or sqlite:PATH (default: ${DEFAULT-VALUE})")
    String db;
    @Option(names = "--token", scope = CommandLine.ScopeType.INHERIT, description = "your token (default: $VIGIL_TOKEN)", defaultValue = "${env:VIGIL_TOKEN}")
    String token;
    @Option(names = "--two-person", scope = CommandLine.ScopeType.INHERIT, description = "the two-person rule: who verifies is not the last editor")
    boolean twoPerson;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @FunctionalInterface
    interface Operation {
        Object apply(ReviewDesk desk, Reviewer who, EventStore store);
    }

    private int run(Operation op) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore s = org.vigil.store.EventStores.open(db)) {
            Clock clock = Clock.systemUTC();
            Reviewer who = new Accounts(s.reviews(), clock).authenticate(token, "cli").orElse(null);
            if (who == null) {
                err.println("vigil: unknown_user: give the token of a user (--token or VIGIL_TOKEN); 'vigil users add' creates one");
                err.flush();
                return 3;
            }
            ReviewDesk desk = new ReviewDesk(s, new Rederivation(s, StandardPipeline.corpusAnalyzer(), StandardPipeline.VERSION,
                    clock), clock, new ReviewPolicy(ReviewPolicy.DEFAULT.lockMinutes(), twoPerson));
            Object result = op.apply(desk, who, s);
            out.println(result instanceof String str ? str : org.vigil.store.Json.write(result));
            out.flush();
            return 0;
        } catch (ReviewException e) {
            err.println("vigil: " + e.code() + ": " + e.getMessage());
            err.flush();
            return 3;
        }
    }

    private static Object shown(EventReview r, EventStore s) {
        return ReviewJson.of(r, s.event(r.eventId()).orElse(null));
    }

    @Command(name = "queue", description = "Events to review: unreviewed first, then in review, stale and with tasks; by confidence and figures.")
    int queue(@Option(names = "--limit", defaultValue = "50") int limit) {
        return run((desk, who, s) -> {
            StringBuilder b = new StringBuilder();
            for (var x : org.vigil.review.ReviewQueue.of(s.events(), org.vigil.review.ReviewedEvents.of(s.reviews()), limit)) {
                b.append(line(x.event(), x.review())).append('\n');
            }
            return b.toString().stripTrailing();
        });
    }

    private static String line(Event e, EventReview r) {
        return String.format("%s  %-9s%s  %.2f  %-8s %s  %s  %d claims%s", e.id(), r.state().code(), r.stale() ? " stale" : "",
                e.confidence(), e.type(), e.date() == null ? "undated" : e.date().start(),
                e.place() == null ? "no place" : e.place().name(), e.claims().size(),
                r.assignee() == null ? "" : "  (" + r.assignee() + ")");
    }

    @Command(name = "show", description = "An event's review and its history.")
    int show(@Parameters(index = "0", paramLabel = "ID") String id) {
        return run((desk, who, s) -> {
            EventReview r = desk.current(id);
            Map<String, Object> m = new java.util.LinkedHashMap<>(ReviewJson.of(r, s.event(r.eventId()).orElse(null)));
            m.put("history", s.reviews().log(r.eventId()).stream().map(ReviewJson::of).toList());
            return m;
        });
    }

    @Command(name = "assign", description = "Take an event into review (you, or --to someone); the assignee holds its lock.")
    int assign(@Parameters(index = "0..*", paramLabel = "ID", arity = "1..*") List<String> ids, @Option(names = "--to") String to) {
        return run((desk, who, s) -> ids.stream().map(id -> shown(desk.assign(who, id, to), s)).toList());
    }

    @Command(name = "release", description = "Give up an event's lock.")
    int release(@Parameters(index = "0", paramLabel = "ID") String id) {
        return run((desk, who, s) -> shown(desk.release(who, id), s));
    }

    @Command(name = "edit", description = "Pin a field (type, acled_sub_event_type, date, place, modes, actors, killed, injured, arrested, detained, disappeared, participants).")
    int edit(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "FIELD") String field,
             @Parameters(index = "2", paramLabel = "VALUE") String value, @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(desk.edit(who, id, field, value, reason), s));
    }

    @Command(name = "resolve", description = "Answer a task on a pinned field: --accept takes the machine's value, --keep keeps the pin.")
    int resolve(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "FIELD") String field,
                @Option(names = "--accept") boolean accept, @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(desk.resolve(who, id, field, accept, reason), s));
    }

    @Command(name = "verify", description = "Mark events verified (sealed until reopened).")
    int verify(@Parameters(index = "0..*", paramLabel = "ID", arity = "1..*") List<String> ids, @Option(names = "--reason") String reason) {
        return run((desk, who, s) -> ids.stream().map(id -> shown(desk.verify(who, id, reason), s)).toList());
    }

    @Command(name = "reject", description = "Reject events: --code not_an_event|off_topic|duplicate|historical|insufficient_evidence|other.")
    int reject(@Parameters(index = "0..*", paramLabel = "ID", arity = "1..*") List<String> ids, @Option(names = "--code", required = true) String code,
               @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> ids.stream().map(id -> shown(desk.reject(who, id, code, reason), s)).toList());
    }

    @Command(name = "reopen", description = "Open a verified or rejected event again.")
    int reopen(@Parameters(index = "0", paramLabel = "ID") String id, @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(desk.reopen(who, id, reason), s));
    }

    @Command(name = "merge", description = "Merge event FROM into event INTO; FROM then redirects to INTO.")
    int merge(@Parameters(index = "0", paramLabel = "FROM") String from, @Parameters(index = "1", paramLabel = "INTO") String into,
              @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(desk.merge(who, from, into, reason), s));
    }

    @Command(name = "split", description = "Split mentions out of an event into a new one (which records where it came from).")
    int split(@Parameters(index = "0", paramLabel = "ID") String id, @Option(names = "--mentions", split = ",", required = true) List<String> mentions,
              @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(desk.split(who, id, mentions, reason), s));
    }

    @Command(name = "code", description = "Code a field blind, for inter-coder agreement ('vigil agreement'): kept apart, never shown to other coders.")
    int code(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "FIELD") String field,
             @Parameters(index = "2", paramLabel = "VALUE") String value) {
        return run((desk, who, s) -> {
            desk.code(who, id, field, value);
            return Map.of("event_id", id, "field", field, "coded_by", who.name());
        });
    }

    @Command(name = "labels", description = "The reviewed record as training data (JSON lines: id, text, relevant, plover, sub_event_type), for 'vigil train --labels'.")
    int labels(@Option(names = "--task", description = "only rows with this task's code: relevance, plover or acled (default: all rows)") String task) {
        return run((desk, who, s) -> {
            StringBuilder b = new StringBuilder();
            for (Map<String, Object> row : org.vigil.review.ReviewLabels.of(s)) {
                boolean keep = task == null || task.equals("relevance")
                        || task.equals("plover") && row.get("plover") != null
                        || task.equals("acled") && row.get("sub_event_type") != null;
                if (keep) {
                    b.append(org.vigil.store.Json.write(row)).append('\n');
                }
            }
            return b.toString().stripTrailing();
        });
    }

    @Command(name = "revert", description = "Undo log row SEQ (an edit, verify, reject, merge or split) with a new operation; nothing is erased.")
    int revert(@Parameters(index = "0", paramLabel = "SEQ") long seq, @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> shown(history(desk, s).revert(who, seq, reason), s));
    }

    @Command(name = "copies", description = "Mark two documents as copies (--copy), as independent (--independent), or back to the detector (--clear).")
    int copies(@Parameters(index = "0", paramLabel = "DOC_A") String a, @Parameters(index = "1", paramLabel = "DOC_B") String b,
               @Option(names = "--copy") boolean copy, @Option(names = "--independent") boolean independent,
               @Option(names = "--clear") boolean clear, @Option(names = "--reason", required = true) String reason) {
        return run((desk, who, s) -> {
            if ((copy ? 1 : 0) + (independent ? 1 : 0) + (clear ? 1 : 0) != 1) {
                throw new ReviewException("bad_value", "give one of --copy, --independent, --clear");
            }
            history(desk, s).judgeCopies(who, a, b, clear ? null : copy, reason);
            return Map.of("documents", List.of(a, b), "is_copy", clear ? "as the detector finds" : String.valueOf(copy));
        });
    }

    private static org.vigil.review.ReviewHistory history(ReviewDesk desk, EventStore s) {
        return new org.vigil.review.ReviewHistory(s, desk, new Rederivation(s, StandardPipeline.corpusAnalyzer(),
                StandardPipeline.VERSION, Clock.systemUTC()), Clock.systemUTC());
    }

    @Command(name = "comment", description = "Comment on an event (kept in its history).")
    int comment(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "TEXT") String text) {
        return run((desk, who, s) -> {
            desk.comment(who, id, text);
            return shown(desk.current(id), s);
        });
    }

    @Command(name = "claim", description = "Set a claim's state: quote_confirmed, misattributed, disputed, retracted (KEY as 'review show' and the API give it).")
    int claim(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "KEY") String key,
              @Parameters(index = "2", paramLabel = "STATE") String state, @Option(names = "--reason") String reason) {
        return run((desk, who, s) -> Map.of("claim", key, "state", desk.claim(who, id, key, ClaimState.of(state), reason).code()));
    }

    @Command(name = "flag", description = "Set or clear a flag: needs_second_opinion, published.")
    int flag(@Parameters(index = "0", paramLabel = "ID") String id, @Parameters(index = "1", paramLabel = "FLAG") String flag,
             @Option(names = "--off") boolean off, @Option(names = "--reason") String reason) {
        return run((desk, who, s) -> shown(desk.flag(who, id, flag, !off, reason), s));
    }
}
