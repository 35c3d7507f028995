package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.extract.Article;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.DocumentRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil extract FILE...}: the main text of each page (HTML, .html.gz or text), or with {@code --json} one
 * JSON object per line and file: file, title, text, published, author, publisher, url, language (null when the
 * page does not say; "error" instead when the file was refused). Exits 1 when any file was refused.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the main text of each page (.html, .htm, .html.gz or .txt), without navigation, ads, "
                + "related links, comments and share widgets. With --json: one JSON object per line and file.")
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "pages or text files")
    List<Path> files;
    @Option(names = "--json", description = "one JSON object per file: file, title, text, published, author, "
            + "publisher, url, language")
    boolean json;
    @Option(names = "--max-size", description = "largest file in bytes (default: ${DEFAULT-VALUE})", defaultValue = "67108864")
    long maxSize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentLoader loader = new DocumentLoader(maxSize);
        int failed = 0;
        for (Path f : files) {
            try {
                Article a = loader.article(f);
                if (json) {
                    out.println(JSON.writeValueAsString(object(f, a)));
                } else {
                    if (files.size() > 1) {
                        out.println("==> " + f + " <==");
                    }
                    out.println(a.text());
                    out.println();
                }
            } catch (DocumentRejectedException e) {
                failed++;
                err.println("vigil: " + f + ": " + e.getMessage());
                if (json) {
                    out.println(JSON.writeValueAsString(JSON.createObjectNode().put("file", f.toString())
                            .put("error", e.getMessage())));
                }
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    static ObjectNode object(Path f, Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", f.toString());
        o.put("title", a.title());
        o.put("text", a.text());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("author", a.author());
        o.put("publisher", a.publisher());
        o.put("url", a.url());
        o.put("language", a.language());
        return o;
    }
}
