package org.vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.ingest.DocumentLoader;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.Ingestor;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import org.vigil.web.ServerSettings;
import org.vigil.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api, spec at /api/openapi.json) and the offline page (map, timeline, evidence).",
                "Binds to 127.0.0.1 unless --host says otherwise; read-only unless --token-file names a bearer token for writes."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Mixin
    ModelOption model = new ModelOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "7070")
    int port;
    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;
    @Option(names = "--token-file", description = "file holding the bearer token that POST and DELETE need")
    Path tokenFile;
    @Option(names = "--rate", description = "requests a second one client address may make (bursts twice that; 0: no limit; default: ${DEFAULT-VALUE})",
            defaultValue = "200")
    int rate;
    @Option(names = "--two-person", description = "the two-person rule for review: who verifies an event is not its last editor")
    boolean twoPerson;
    @Option(names = "--submission-key-file", description = "file holding this deployment's key for witness submissions "
            + "(POST /api/submissions with X-Submission-Key); without it only team members' tokens may submit")
    Path submissionKeyFile;
    @Option(names = "--max-body", description = "largest request body in bytes (default: ${DEFAULT-VALUE})", defaultValue = "5242880")
    long maxBody;

    @Override
    public Integer call() throws Exception {
        String token;
        String submissionKey;
        try {
            token = secret(tokenFile, "token file");
            submissionKey = secret(submissionKeyFile, "submission key file");
        } catch (IOException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage());
            return 2;
        }
        ServerSettings settings = new ServerSettings(host, port, token, maxBody).withSubmissionKey(submissionKey)
                .withReviewPolicy(new org.vigil.review.ReviewPolicy(org.vigil.review.ReviewPolicy.DEFAULT.lockMinutes(), twoPerson))
                .withRequestsPerSecond(Math.max(0, rate));
        try {
            return serve(store.db, settings, model.pipeline(), spec.commandLine().getOut());
        } catch (IllegalStateException | org.vigil.store.StoreException | org.vigil.classify.ModelFileException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage());
            return 2;
        }
    }

    /** The trimmed content of a file holding a secret; null when no file was named. */
    private static String secret(Path file, String what) throws IOException {
        if (file == null) {
            return null;
        }
        String s;
        try {
            s = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IOException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        if (s.isEmpty()) {
            throw new IOException("the " + what + " " + file + " is empty");
        }
        return s;
    }

    /** Serves until the process is stopped (Ctrl-C). */
    static int serve(String db, ServerSettings settings, org.vigil.pipeline.Pipeline pipeline, java.io.PrintWriter out)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (EventStore s = org.vigil.store.EventStores.open(db)) {
            Ingestor ingestor = new Ingestor(s, new PipelineAnalyser(pipeline), StandardPipeline.corpusAnalyzer(),
                    new DocumentLoader(settings.maxBodyBytes()), 1);
            try (WebServer server = new WebServer(s, ingestor, settings).start()) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                out.printf("vigil: serving %s on http://%s:%d/ (%s); Ctrl-C stops%n", db, settings.host(), server.port(),
                        (settings.readOnly() ? "read-only" : "writes need the bearer token")
                        + (settings.submissionKey() == null ? "" : "; witness submissions take the submission key"));
                out.flush();
                stopped.await();
            }
        }
        return 0;
    }
}
