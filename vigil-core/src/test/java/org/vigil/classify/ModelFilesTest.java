package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.relevance.ModelRelevanceJudge;

class ModelFilesTest {
    @TempDir
    Path dir;

    @Test
    void theShippedRelevanceModelReadsBackAsARelevanceModel() throws Exception {
        Path f = dir.resolve("r.model");
        try (var in = ModelRelevanceJudge.class.getResourceAsStream(ModelRelevanceJudge.RESOURCE)) {
            Files.copy(in, f);
        }
        assertEquals(ModelFiles.Task.RELEVANCE, ModelFiles.task(ModelFiles.read(f, ModelFiles.Task.RELEVANCE)));
    }

    @Test
    void missingTruncatedForeignAndOtherVersionFilesAreClearErrorsNamingTheFile() throws Exception {
        Path missing = dir.resolve("none.model");
        assertMessage(missing, "does not exist");
        Path shipped = dir.resolve("r.model");
        try (var in = ModelRelevanceJudge.class.getResourceAsStream(ModelRelevanceJudge.RESOURCE)) {
            Files.copy(in, shipped);
        }
        byte[] all = Files.readAllBytes(shipped);
        Path truncated = Files.write(dir.resolve("t.model"), Arrays.copyOf(all, all.length / 2));
        assertMessage(truncated, "truncated");
        Path text = Files.writeString(dir.resolve("x.model"), "hello");
        assertMessage(text, "not a Vigil model file");
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(old))) {
            out.writeUTF("vigil-linear-1");
            out.writeInt(18);
        }
        Path older = Files.write(dir.resolve("old.model"), old.toByteArray());
        assertMessage(older, "not a model of this version");
        ModelFileException wrongTask = assertThrows(ModelFileException.class, () -> ModelFiles.read(shipped, ModelFiles.Task.PLOVER));
        assertTrue(wrongTask.getMessage().contains("a relevance model, not a plover model"), wrongTask.getMessage());
    }

    private static void assertMessage(Path f, String what) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.read(f));
        assertTrue(e.getMessage().startsWith("model file " + f + ": ") && e.getMessage().contains(what), e.getMessage());
        assertEquals(f, e.file());
    }
}
