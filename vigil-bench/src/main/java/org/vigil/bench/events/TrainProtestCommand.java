package org.vigil.bench.events;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.pipeline.StandardPipeline;
import org.vigil.classify.LinearModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench train-protest}: trains the protest-attribute model on Mass Mobilization rows before 2015
 * and writes it where the build ships it. Same data, same bytes.
 */
@Command(name = "train-protest", mixinStandardHelpOptions = true,
        description = "Train the protest-attribute model on Mass Mobilization notes before 2015.")
public final class TrainProtestCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/bench/events/mass-mobilization",
            description = "folder with mmALL_073120_csv.csv (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", defaultValue = "vigil-core/src/main/resources/classify/protest-attributes.model",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--dev", description = "instead: train on rows before 2012, print scores on 2012-2014 (model selection)")
    boolean dev;

    @Option(names = "--settings", description = "bits,epochs,rate,l2 (with --dev)")
    String settings;

    @Override
    public Integer call() throws Exception {
        List<MassMobilization> rows = MassMobilization.read(data);
        if (dev) {
            ProtestModelTrainer.Settings s = ProtestModelTrainer.Settings.SHIPPED;
            if (settings != null) {
                String[] f = settings.split(",");
                s = new ProtestModelTrainer.Settings(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            }
            int end = MassMobilization.FIRST_TEST_YEAR - ProtestModelTrainer.DEV_YEARS;
            LinearModel m = ProtestModelTrainer.train(rows, end, s);
            List<MassMobilization> devRows = rows.stream().filter(r -> r.year() >= end && r.year() < MassMobilization.FIRST_TEST_YEAR).toList();
            MassMobilizationCommand.print("development rows 2012-2014 (model trained before 2012)", List.of(
                    MassMobilizationBench.score("model only", devRows, null, new ModelAttributeClassifier(m, false)),
                    MassMobilizationBench.score("model + mentions", devRows, StandardPipeline.create(), new ModelAttributeClassifier(m, true))));
            return 0;
        }
        LinearModel model = ProtestModelTrainer.train(rows);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
