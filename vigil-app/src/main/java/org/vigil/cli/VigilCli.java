package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code vigil} command: ingest reports, list and show events, export the record, run the demo. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = "Turns news reports into a sourced, verifiable record of protest and repression events.",
        subcommands = {IngestCommand.class, ExtractCommand.class, EventsCommand.class, EventCommand.class, ExportCommand.class,
                DemoCommand.class, ServeCommand.class, TagTimeCommand.class, GeoparseCommand.class,
                GazetteerCommand.class, ClassifyCommand.class, CommandLine.HelpCommand.class})
public final class VigilCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The store option every command shares. */
    static final class StoreOption {
        @Option(names = "--db", description = "SQLite store file (default: ${DEFAULT-VALUE})", defaultValue = "vigil.db")
        Path db;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new VigilCli()).execute(args));
    }
}
