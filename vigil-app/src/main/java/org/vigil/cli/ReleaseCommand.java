package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.review.Accounts;
import org.vigil.review.Release;
import org.vigil.review.Releases;
import org.vigil.review.ReviewException;
import org.vigil.review.Reviewer;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil release NAME}: cuts a frozen, numbered release (events.jsonl, events.csv, changelog.json and a
 * manifest of SHA-256 hashes), stored in the store and written under {@code --out}; {@code --verify DIR} checks a
 * release folder against its manifest.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Cut a frozen, numbered release of the record (exports, manifest of SHA-256 hashes, changelog), or --verify a release folder.")
final class ReleaseCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "vigil.db", description = "store (default: ${DEFAULT-VALUE})")
    String db;
    @Option(names = "--token", defaultValue = "${env:VIGIL_TOKEN}", description = "a reviewer's token (default: $VIGIL_TOKEN)")
    String token;
    @Option(names = "--out", description = "folder to write the release into (as OUT/NAME/; default: releases)", defaultValue = "releases")
    Path out;
    @Option(names = "--published-only", description = "only events a reviewer marked published")
    boolean publishedOnly;
    @Option(names = "--verify", paramLabel = "DIR", description = "check the files of a release folder against its manifest")
    Path verify;
    @Parameters(paramLabel = "NAME", arity = "0..1")
    String name;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var o = spec.commandLine().getOut();
        if (verify != null) {
            Map<String, byte[]> files = new TreeMap<>();
            try (var list = Files.list(verify)) {
                for (Path p : list.toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            var broken = Releases.verify(files);
            (broken.isPresent() ? err : o).println(broken.map(b -> "vigil: release " + verify + ": " + b)
                    .orElse("release " + verify + " matches its manifest (" + (files.size() - 1) + " files)"));
            err.flush();
            o.flush();
            return broken.isPresent() ? 1 : 0;
        }
        if (name == null) {
            err.println("vigil: give a release NAME, or --verify DIR");
            err.flush();
            return 2;
        }
        try (EventStore s = EventStores.open(db)) {
            Reviewer who = new Accounts(s.reviews(), Clock.systemUTC()).authenticate(token, "cli")
                    .orElseThrow(() -> new ReviewException("unknown_user", "give a reviewer's token (--token or VIGIL_TOKEN)"));
            Release r = new Releases(s, Clock.systemUTC()).cut(who, name, publishedOnly);
            Path dir = Files.createDirectories(out.resolve(r.name()));
            for (var f : r.files().entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            o.println("release " + r.name() + " (number " + r.number() + ") written to " + dir);
            o.flush();
            return 0;
        } catch (ReviewException e) {
            err.println("vigil: " + e.code() + ": " + e.getMessage());
            err.flush();
            return 3;
        }
    }
}
