package org.vigil.bench.realnews;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.classify.LinearModel;
import org.vigil.relevance.RelevanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench train-relevance}: trains the shipped relevance model ({@link RelevanceTraining}) and writes it
 * where the build ships it. Same data, same bytes; {@code RelevanceBenchTest} checks it.
 */
@Command(name = "train-relevance", mixinStandardHelpOptions = true,
        description = "Train the relevance model on the labelled real news (dev split), Mass Mobilization notes and PETRARCH records.")
public final class TrainRelevanceCommand implements Callable<Integer> {
    @Option(names = "--bench", defaultValue = "../shared/bench", description = "shared benchmarks (default: ${DEFAULT-VALUE})")
    Path bench;

    @Option(names = "--labels", defaultValue = RealNewsLabels.DEFAULT_FILE, description = "labels (default: ${DEFAULT-VALUE})")
    Path labels;

    @Option(names = "--out", defaultValue = "vigil-core/src/main/resources/classify/relevance.model",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<RelevanceTrainer.Example> examples = RelevanceTraining.examples(RealNewsLabels.read(labels, bench), bench);
        long pos = examples.stream().filter(RelevanceTrainer.Example::relevant).count();
        System.out.printf(Locale.ROOT, "training examples: %d (%d relevant)%n", examples.size(), pos);
        LinearModel model = RelevanceTrainer.train(examples, RelevanceTrainer.SHIPPED, 0.5f);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, " + model.keptBuckets() + " buckets)");
        return 0;
    }
}
