package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.vigil.time.TimeExpressionTagger;
import org.vigil.time.TimeMLTagger;
import org.vigil.time.TimeMLWriter;
import org.vigil.time.Timex;

@Command(name = "tag-time", mixinStandardHelpOptions = true,
        description = "Tags TimeML time expressions (TIMEX3: DATE, TIME, DURATION, SET) in text files, normalised against the document creation time.")
final class TagTimeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--dct", description = "document creation time YYYY-MM-DD (without it relative expressions stay unknown: XXXX-...)")
    LocalDate dct;
    @Option(names = "--json", description = "one JSON object per file: {file, dct, timexes: [{start,end,text,type,value,mod}]}; offsets are character offsets")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text files (UTF-8)")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        TimeExpressionTagger tagger = new TimeMLTagger();
        ObjectMapper mapper = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Timex> timexes = tagger.tag(text, dct);
            if (json) {
                out.println(mapper.writeValueAsString(toJson(mapper, f, timexes)));
            } else {
                String tagged = TimeMLWriter.inline(text, timexes);
                out.print(tagged);
                if (!tagged.endsWith("\n")) {
                    out.println();
                }
            }
        }
        out.flush();
        return 0;
    }

    private ObjectNode toJson(ObjectMapper mapper, Path f, List<Timex> timexes) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", f.toString());
        o.put("dct", dct == null ? null : dct.toString());
        ArrayNode list = o.putArray("timexes");
        for (Timex t : timexes) {
            ObjectNode x = list.addObject();
            x.put("start", t.span().start());
            x.put("end", t.span().end());
            x.put("text", t.text());
            x.put("type", t.type().name());
            x.put("value", t.value());
            if (t.mod() != null) {
                x.put("mod", t.mod());
            }
        }
        return o;
    }
}
