package org.vigil.cli;

import java.time.Clock;
import org.vigil.assembly.StandardPipeline;
import org.vigil.review.Rederivation;
import org.vigil.review.ReviewDesk;
import org.vigil.review.ReviewPolicy;
import org.vigil.review.Reviewer;
import org.vigil.review.Role;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/** A child process for {@link CrashSafetyTest}: edits one event's date again and again until killed. */
public final class ReviewLoop {
    private ReviewLoop() {
    }

    public static void main(String[] args) {
        try (EventStore s = EventStores.open(args[0])) {
            ReviewDesk desk = new ReviewDesk(s, new Rederivation(s, StandardPipeline.corpusAnalyzer(), StandardPipeline.VERSION,
                    Clock.systemUTC()), Clock.systemUTC(), ReviewPolicy.DEFAULT);
            Reviewer ana = new Reviewer("ana", Role.REVIEWER, "loop");
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                desk.edit(ana, args[1], "date", String.format("2018-05-%02d", 1 + i % 28), "loop " + i);
            }
        }
    }
}
