package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoNamesImporter;
import org.vigil.geo.Gazetteers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Import the full GeoNames dump as Vigil's gazetteer.",
        subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert allCountries.zip (and alternateNamesV2.zip) from GeoNames into a gazetteer file; use it "
                    + "with --gazetteer FILE or VIGIL_GAZETTEER=FILE.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", description = "allCountries.zip")
        Path allCountries;
        @Parameters(index = "1", arity = "0..1", description = "alternateNamesV2.zip (optional)")
        Path alternates;
        @Option(names = "--out", description = "gazetteer file to write (default: ${DEFAULT-VALUE})", defaultValue = "gazetteer-full.tsv.gz")
        Path out;

        @Override
        public Integer call() throws Exception {
            GeoNamesImporter.Summary s = new GeoNamesImporter().importDump(allCountries, alternates, out);
            Gazetteers.use(out);
            System.gc();
            Gazetteer g = Gazetteers.standard();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            spec.commandLine().getOut().printf("wrote %s: %d places, %d regions, %d countries, %d bytes; loaded %d entries, heap in use %d MB%n"
                    + "use it with: vigil geoparse --gazetteer %s FILE, or VIGIL_GAZETTEER=%s%n", out, s.places(), s.regions(), s.countries(),
                    s.bytes(), g.size(), (rt.totalMemory() - rt.freeMemory()) >> 20, out, out);
            return 0;
        }
    }
}
