package org.vigil.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code vigil} command: ingest reports, list and show events, export the record, run the demo. Its
 * subcommands are {@link #COMMANDS}, added by {@link #commandLine(String...)}: only the one the arguments name
 * when they name one, since picocli builds every command it holds by reflection at start.
 */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = "Turns news reports into a sourced, verifiable record of protest and repression events.")
public final class VigilCli implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(IngestCommand.class, TrainCommand.class, ExtractCommand.class,
            EventsCommand.class, EventCommand.class, ExportCommand.class, DemoCommand.class, ServeCommand.class,
            TagTimeCommand.class, GeoparseCommand.class, GazetteerCommand.class, ClassifyCommand.class,
            ReviewCommand.class, UsersCommand.class, LogCommand.class, ReanalyseCommand.class, ReleaseCommand.class,
            AgreementCommand.class, EvidenceCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The store option every command shares. */
    static final class StoreOption {
        @Option(names = "--db", description = "store: a SQLite file or sqlite:PATH (default: ${DEFAULT-VALUE})", defaultValue = "vigil.db")
        String db;

        org.vigil.store.EventStore open() {
            return org.vigil.store.EventStores.open(db);
        }
    }

    /** {@code --min-confidence}: events below it are left out (default: the documented threshold). */
    static final class ConfidenceOption {
        @Option(names = "--min-confidence", description = "leave out events whose relevance confidence is below this "
                + "(0..1; 0 keeps all; default: ${DEFAULT-VALUE})", defaultValue = "0.5")
        double min = org.vigil.relevance.Relevance.DEFAULT_MIN_CONFIDENCE;

        java.util.List<org.vigil.model.Event> shown(java.util.List<org.vigil.model.Event> events) {
            if (min < 0 || min > 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--min-confidence must be 0..1, not " + min);
            }
            return events.stream().filter(e -> e.confidence() >= min).toList();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line for these arguments: with only the subcommand their first names, else (no arguments, an
     * option, {@code help}, a name no command has) with every one, so usage, help and errors read as before.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new VigilCli());
        Class<?> named = args.length == 0 ? null : named(args[0]);
        for (Class<?> c : named == null || named == CommandLine.HelpCommand.class ? COMMANDS : List.of(named)) {
            cli.addSubcommand(c);
        }
        return cli;
    }

    /** The subcommand of this name or alias, or null. */
    private static Class<?> named(String arg) {
        for (Class<?> c : COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(arg) || Arrays.asList(command.aliases()).contains(arg)) {
                return c;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(args);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> { // a store that cannot be opened: one clear line
            if (e instanceof org.vigil.store.StoreException) {
                cmd.getErr().println("vigil: " + e.getMessage());
                cmd.getErr().flush();
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }
}
