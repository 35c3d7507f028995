package org.vigil.bench.events;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.assembly.StandardPipeline;
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

    @Option(names = "--settings", description = "with --dev: changed settings, e.g. bits=18,epochs=12,chars=true")
    String settings;

    @Option(names = "--model-only", description = "with --dev: score the model alone, without the pipeline's mentions")
    boolean modelOnly;

    @Override
    public Integer call() throws Exception {
        List<MassMobilization> rows = MassMobilization.read(data);
        if (dev) {
            dev(rows, settings == null ? ProtestModelTrainer.Settings.SHIPPED
                    : ProtestModelTrainer.Settings.SHIPPED.with(settings));
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

    /**
     * Model selection, on rows before 2015 only: trained before 2012 and scored on 2012-2014 (the table), and
     * trained before 2009 and scored on 2009-2011 (the summary line's second window), each with and without fill.
     */
    private void dev(List<MassMobilization> rows, ProtestModelTrainer.Settings s) {
        int end = MassMobilization.FIRST_TEST_YEAR - ProtestModelTrainer.DEV_YEARS;
        int end2 = end - ProtestModelTrainer.DEV_YEARS;
        LinearModel m = ProtestModelTrainer.train(rows, end, s);
        LinearModel m2 = ProtestModelTrainer.train(rows, end2, s);
        List<MassMobilization> devRows = window(rows, end, MassMobilization.FIRST_TEST_YEAR);
        List<MassMobilization> early = window(rows, end2, end);
        MassMobilizationBench.Result alone = MassMobilizationBench.score("model only", devRows, null,
                new ModelAttributeClassifier(m, false));
        List<MassMobilizationBench.Result> shown = modelOnly ? List.of(alone) : List.of(alone, MassMobilizationBench.score(
                "model + mentions", devRows, StandardPipeline.create(), new ModelAttributeClassifier(m, true)));
        MassMobilizationCommand.print("development rows 2012-2014 (model trained before 2012)", shown);
        MassMobilizationBench.Result alone2 = MassMobilizationBench.score("model only", early, null,
                new ModelAttributeClassifier(m2, false));
        double plain = MassMobilizationBench.score("no fill", devRows, null, new ModelAttributeClassifier(m, false, false))
                .responsesMacroF1();
        double plain2 = MassMobilizationBench.score("no fill", early, null, new ModelAttributeClassifier(m2, false, false))
                .responsesMacroF1();
        System.out.printf(Locale.ROOT, "dev %s: responses %.3f demands %.3f violence %.3f (%d buckets); 2009-2011: %.3f %.3f"
                        + " %.3f; mean responses %.3f%n", s, alone.responsesMacroF1(), alone.demandsMacroF1(),
                alone.violenceF1(), m.keptBuckets(), alone2.responsesMacroF1(), alone2.demandsMacroF1(),
                alone2.violenceF1(), (alone.responsesMacroF1() + alone2.responsesMacroF1()) / 2);
        System.out.printf(Locale.ROOT, "  without fill: responses %.3f, 2009-2011 %.3f, mean %.3f%n", plain, plain2,
                (plain + plain2) / 2);
    }

    private static List<MassMobilization> window(List<MassMobilization> rows, int from, int to) {
        return rows.stream().filter(r -> r.year() >= from && r.year() < to).toList();
    }
}
