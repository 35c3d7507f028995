package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.web.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled demo corpus (demo/kazerun: reports in the project's own words), print the event table,",
                "then serve the page (map, timeline, evidence) on http://127.0.0.1:7070/ until Ctrl-C (--no-serve: stop after the table)."})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--corpus", description = "demo corpus folder (default: demo/kazerun of the project)")
    Path corpus;
    @Option(names = "--no-serve", description = "stop after printing the table")
    boolean noServe;
    @Option(names = "--port", description = "port of the page (default: ${DEFAULT-VALUE})", defaultValue = "7070")
    int port;

    @Override
    public Integer call() throws Exception {
        Path folder = corpus != null ? corpus : locate();
        if (folder == null) {
            spec.commandLine().getErr().println("vigil: demo corpus demo/kazerun not found; run from the project folder or pass --corpus");
            return 2;
        }
        int rc = run("ingest", "--db", store.db, folder.toString());
        run("events", "--db", store.db);
        if (noServe) {
            return rc;
        }
        try {
            return ServeCommand.serve(store.db, ServerSettings.loopback(port), org.vigil.assembly.StandardPipeline.create(), spec.commandLine().getOut());
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage() + " (try --port, or --no-serve)");
            return 2;
        }
    }

    /** Another subcommand, on a command line of its own (the one running holds only "demo"), writing where this one does. */
    private int run(String... args) {
        CommandLine root = spec.root().commandLine();
        CommandLine cli = VigilCli.commandLine(args);
        cli.setOut(root.getOut());
        cli.setErr(root.getErr());
        return cli.execute(args);
    }

    /** demo/kazerun under the working folder or the project folder that holds the running jar. */
    private static Path locate() throws Exception {
        Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path base : List.of(Path.of(""), jar.getParent(), jar.getParent().getParent(), jar.getParent().getParent().getParent())) {
            if (base != null && Files.isDirectory(base.resolve("demo/kazerun"))) {
                return base.resolve("demo/kazerun");
            }
        }
        return null;
    }
}
