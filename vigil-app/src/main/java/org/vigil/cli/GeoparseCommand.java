package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.geo.Gazetteers;
import org.vigil.geo.Geoparser;
import org.vigil.geo.Toponym;
import org.vigil.model.Place;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = "Find the places plain-text files name and resolve them (offsets are characters of the input).")
final class GeoparseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", description = "text files (UTF-8)")
    List<Path> files;
    @Option(names = "--json", description = "one JSON object per file and line")
    boolean json;
    @Option(names = "--gazetteer", description = "gazetteer file (default: $VIGIL_GAZETTEER, else the shipped one)")
    Path gazetteer;

    @Override
    public Integer call() throws IOException {
        if (gazetteer != null) {
            Gazetteers.use(gazetteer);
        }
        Geoparser g = Geoparser.standard();
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            List<Toponym> places = g.parse(Files.readString(f, StandardCharsets.UTF_8));
            if (json) {
                out.println(JSON.writeValueAsString(toJson(f, places)));
            } else {
                out.println(f);
                for (Toponym t : places) {
                    Place p = t.place();
                    out.printf(Locale.ROOT, "  %d-%d %s -> %s (%s%s, %s) %.4f,%.4f %s%n", t.span().start(), t.span().end(), t.text(),
                            p.name(), t.feature(), p.admin1() == null ? "" : ", " + p.admin1(), p.country(), p.lat(), p.lon(),
                            t.role().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(Path file, List<Toponym> places) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", file.toString());
        ArrayNode arr = o.putArray("places");
        for (Toponym t : places) {
            Place p = t.place();
            ObjectNode n = arr.addObject();
            n.put("start", t.span().start());
            n.put("end", t.span().end());
            n.put("text", t.text());
            n.put("name", p.name());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            if (p.geonameId() != null) {
                n.put("geonameid", p.geonameId());
            }
            n.put("feature", t.feature());
            n.put("admin1", p.admin1());
            n.put("country", p.country());
            n.put("role", t.role().name().toLowerCase(Locale.ROOT));
        }
        return o;
    }
}
