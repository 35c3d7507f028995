package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled demo corpus (demo/kazerun: reports in the project's own words) and print the event table.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--corpus", description = "demo corpus folder (default: demo/kazerun of the project)")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        Path folder = corpus != null ? corpus : locate();
        if (folder == null) {
            spec.commandLine().getErr().println("vigil: demo corpus demo/kazerun not found; run from the project folder or pass --corpus");
            return 2;
        }
        CommandLine cli = spec.root().commandLine();
        int rc = cli.execute("ingest", "--db", store.db.toString(), folder.toString());
        cli.execute("events", "--db", store.db.toString());
        return rc;
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
