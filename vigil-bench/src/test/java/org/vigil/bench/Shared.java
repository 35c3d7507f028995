package org.vigil.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (or $VIGIL_SHARED): absent, a test is skipped, or fails under CI=true; reads floor files. */
public final class Shared {
    private Shared() {
    }

    public static Path require(String sub) {
        String env = System.getenv("VIGIL_SHARED");
        for (Path base : new Path[] {env == null ? null : Path.of(env), Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (base != null && Files.exists(base.resolve(sub))) {
                return base.resolve(sub).toAbsolutePath().normalize();
            }
        }
        String msg = "shared data not found: " + sub + " (set VIGIL_SHARED or put shared/ beside the project)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(msg);
        }
        Assumptions.abort(msg);
        return null;
    }

    public static Properties floors(String resource) {
        Properties p = new Properties();
        try (InputStream in = Shared.class.getResourceAsStream(resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static double floor(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }
}
