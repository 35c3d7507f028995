package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (or $VIGIL_SHARED): absent, a test is skipped, or fails under CI=true. */
final class Shared {
    private Shared() {
    }

    static Path require(String sub) {
        String env = System.getenv("VIGIL_SHARED");
        Path p = null;
        for (Path base : new Path[] {env == null ? null : Path.of(env), Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (base != null && Files.exists(base.resolve(sub))) {
                p = base.resolve(sub).toAbsolutePath().normalize();
                break;
            }
        }
        p = p != null ? p : Path.of(env != null ? env : "../shared", sub).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            String msg = "shared data not found: " + p.toAbsolutePath() + " (set VIGIL_SHARED or put shared/ beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
        return p;
    }
}
