package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line holds only the subcommand the arguments name, and that one reads as with all of them. */
class VigilCliTest {
    private static final CommandLine FULL = VigilCli.commandLine();

    @Test
    void withoutASubcommandEveryOneIsThere() {
        assertEquals(VigilCli.COMMANDS.size(), FULL.getSubcommands().size());
        assertEquals(List.of("ingest", "train", "extract"), FULL.getSubcommands().keySet().stream().limit(3).toList());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "ingest"}, new String[] {"no-such-command"})) {
            assertEquals(FULL.getSubcommands().keySet(), VigilCli.commandLine(args).getSubcommands().keySet(), args[0]);
        }
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuiltAndReadsTheSame() {
        for (String name : FULL.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine one = VigilCli.commandLine(name, "--db", "x.db");
            assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()));
            assertEquals(FULL.getSubcommands().get(name).getUsageMessage(), one.getSubcommands().get(name).getUsageMessage(), name);
        }
    }

    @Test
    void aNamedSubcommandParsesAsBefore(@TempDir Path dir) {
        Cli noInput = Cli.run("ingest", "--db", dir.resolve("v.db").toString());
        assertEquals(2, noInput.exit());
        assertTrue(noInput.err().contains("nothing to ingest"), noInput.err());
        Cli unknown = Cli.run("ingest", "--no-such-option");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown.err());
    }
}
