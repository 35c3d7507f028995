package org.vigil.bench.events;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.classify.LinearModel;
import org.vigil.classify.PipelineTextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench train-plover}: trains the PLOVER type model on the project's own sentences and the
 * PETRARCH validation records (those overlapping a PLOVER gold text dropped) and writes it where the build ships
 * it. Same data, same bytes. No PLOVER gold record is trained on.
 */
@Command(name = "train-plover", mixinStandardHelpOptions = true,
        description = "Train the PLOVER type model on written sentences and PETRARCH records (no gold record).")
public final class TrainPloverCommand implements Callable<Integer> {
    static final String WRITTEN = "vigil-core/src/test/resources/classify/plover-dev.tsv";

    @Option(names = "--data", defaultValue = "../shared/bench/events/plover",
            description = "folder with the PETRARCH records and PLOVER_GSR_CAMEO.txt (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--written", defaultValue = WRITTEN, description = "the project's own sentences (default: ${DEFAULT-VALUE})")
    Path written;

    @Option(names = "--out", defaultValue = "vigil-core/src/main/resources/classify/plover-type.model",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--dev", description = "instead: 5-fold cross-validation on the training sentences (model selection)")
    boolean dev;

    @Option(names = "--settings", description = "bits,epochs,rate,l2")
    String settings;

    @Override
    public Integer call() throws Exception {
        List<String> goldTexts = PloverGold.read(data).stream().map(PloverGold::text).toList();
        PloverTraining.Data d = PloverTraining.read(written, data, goldTexts);
        List<PloverModelTrainer.Sample> samples = samples(PipelineTextClassifier.lexiconOnly(), d.sentences());
        PloverModelTrainer.Settings s = PloverModelTrainer.Settings.SHIPPED;
        if (settings != null) {
            String[] f = settings.split(",");
            s = new PloverModelTrainer.Settings(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        }
        Map<String, Integer> bySource = new TreeMap<>();
        d.sentences().forEach(x -> bySource.merge(x.source(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "training sentences %s; PETRARCH records dropped as overlapping gold texts: %d%n",
                bySource, d.dropped());
        if (dev) {
            List<String> all = PloverModelTrainer.crossValidate(List.of(), samples, 5, s, true);
            List<String> fallback = PloverModelTrainer.crossValidate(List.of(), samples, 5, s, false);
            int ok = 0;
            int okFallback = 0;
            int lex = 0;
            for (int i = 0; i < samples.size(); i++) {
                ok += samples.get(i).type().equals(all.get(i)) ? 1 : 0;
                okFallback += samples.get(i).type().equals(fallback.get(i)) ? 1 : 0;
                lex += samples.get(i).features().contains("main:" + samples.get(i).type()) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "5-fold CV on training sentences (n=%d): lexicon main type %.3f, lexicon + model "
                    + "where it finds none %.3f, model decides all %.3f%n", samples.size(), (double) lex / samples.size(),
                    (double) okFallback / samples.size(), (double) ok / samples.size());
            for (String source : bySource.keySet()) {
                int n = 0, okS = 0, okF = 0, lexS = 0;
                for (int i = 0; i < samples.size(); i++) {
                    if (d.sentences().get(i).source().equals(source)) {
                        n++;
                        okS += samples.get(i).type().equals(all.get(i)) ? 1 : 0;
                        okF += samples.get(i).type().equals(fallback.get(i)) ? 1 : 0;
                        lexS += samples.get(i).features().contains("main:" + samples.get(i).type()) ? 1 : 0;
                    }
                }
                System.out.printf(Locale.ROOT, "  of which %s (n=%d): lexicon %.3f, lexicon + model where none %.3f, model decides all %.3f%n",
                        source, n, (double) lexS / n, (double) okF / n, (double) okS / n);
            }
            return 0;
        }
        LinearModel model = PloverModelTrainer.train(samples, s);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }

    static List<PloverModelTrainer.Sample> samples(PipelineTextClassifier lexicon, List<PloverTraining.Sentence> sentences) {
        List<PloverModelTrainer.Sample> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            PloverTraining.Sentence x = sentences.get(i);
            out.add(PloverModelTrainer.sample(lexicon, x.source() + i, x.text(), x.type()));
        }
        return out;
    }
}
