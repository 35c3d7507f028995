package org.vigil.classify;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads a model file a user names ({@code --model}, {@code VIGIL_MODEL}) and tells which task it is for by its
 * labels. Every failure is a {@link ModelFileException} naming the file and what is wrong with it.
 */
public final class ModelFiles {
    /** What a model decides. */
    public enum Task { RELEVANCE, PLOVER, ACLED }

    private ModelFiles() {
    }

    public static LinearModel read(Path file) throws ModelFileException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, Files.exists(file) ? "not a regular file" : "does not exist", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return LinearModel.read(in);
        } catch (EOFException e) {
            throw new ModelFileException(file, "truncated, or not a Vigil model (it ends early); write it again with vigil train", e);
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a Vigil model file (" + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "does not exist", e);
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ModelFileException(file, m.startsWith("not a ") ? "not a model of this version of Vigil (" + m
                    + "); retrain it with vigil train" : m, e);
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "truncated or damaged (" + e + "); write it again with vigil train", e);
        }
    }

    /** The task of a model, from its labels. */
    public static Task task(LinearModel model) {
        List<String> labels = model.labels();
        if (labels.equals(List.of("relevant"))) {
            return Task.RELEVANCE;
        }
        boolean plover = labels.stream().allMatch(l -> l.matches("[A-Z]+"));
        return plover ? Task.PLOVER : Task.ACLED;
    }

    /** The model of {@code file}, which must be for {@code task}. */
    public static LinearModel read(Path file, Task task) throws ModelFileException {
        LinearModel m = read(file);
        if (task(m) != task) {
            throw new ModelFileException(file, "a " + task(m).name().toLowerCase(java.util.Locale.ROOT) + " model, not a "
                    + task.name().toLowerCase(java.util.Locale.ROOT) + " model", null);
        }
        return m;
    }
}
