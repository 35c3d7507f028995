package org.vigil.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.model.Event;
import org.vigil.store.EventStore;

/**
 * Re-derives the events from the stored analyses with people's placements kept and ids stable, then tells the
 * reviews what changed under them: a verified event that a new report joined is marked stale, and a pinned field
 * whose machine value changed gets a task (the pin still wins). The machine writes only these marks, with the
 * pipeline as actor; it never changes a judgement.
 */
public final class Rederivation implements Runnable {
    private final EventStore store;
    private final CorpusAnalyzer corpus;
    private final Reviewer pipeline;
    private final Clock clock;

    public Rederivation(EventStore store, CorpusAnalyzer corpus, String pipelineVersion, Clock clock) {
        this.store = store;
        this.corpus = corpus;
        this.pipeline = Reviewer.pipeline(pipelineVersion);
        this.clock = clock;
    }

    @Override
    public void run() {
        var result = corpus.analyze(store.analyses(), store.identity(), store.posts());
        store.replaceCorpus(result);
        for (int again = 0; again < 3 && !store.corpusIsCurrent(); again++) {
            // another process stored documents while this one derived: derive again so the record holds them
            result = corpus.analyze(store.analyses(), store.identity(), store.posts());
            store.replaceCorpus(result);
        }
        reconcile(result.events().stream().collect(Collectors.toMap(Event::id, Function.identity())));
    }

    private void reconcile(Map<String, Event> events) {
        List<EventReview> changed = new ArrayList<>();
        List<LogEntry> entries = new ArrayList<>();
        for (EventReview r : store.reviews().reviews()) {
            if (r.state() == ReviewState.MERGED) {
                continue;
            }
            Event e = events.get(r.eventId());
            List<String> tasks = new ArrayList<>(r.tasks());
            boolean stale = r.stale();
            if (e == null) {
                addTask(tasks, entries, r, "gone", "no stored report supports this event any more");
            } else {
                if (r.state() == ReviewState.VERIFIED && !stale && !r.sealedMentions().containsAll(e.mentionIds())) {
                    stale = true;
                    entries.add(entry("stale", r.eventId(), "mentions", r.sealedMentions().size() + " when verified",
                            e.mentionIds().size() + " now", "a new report joined a verified event"));
                }
                for (var pin : r.pins().entrySet()) {
                    String machine = ReviewFields.machine(pin.getKey(), e);
                    if (!Objects.equals(machine, r.pinnedOver().get(pin.getKey())) && !Objects.equals(machine, pin.getValue())) {
                        addTask(tasks, entries, r, pin.getKey(), "the machine now says " + machine + "; the pin says "
                                + pin.getValue());
                    }
                }
            }
            if (stale != r.stale() || !tasks.equals(r.tasks())) {
                changed.add(r.withFlags(r.secondOpinion(), r.published(), stale, tasks));
            }
        }
        if (!entries.isEmpty()) {
            store.reviews().commit(new ReviewChange(changed, Map.of(), Map.of(), List.of(), entries));
        }
    }

    private void addTask(List<String> tasks, List<LogEntry> entries, EventReview r, String field, String text) {
        String task = field + ": " + text;
        if (tasks.stream().noneMatch(t -> t.startsWith(field + ":"))) {
            tasks.add(task);
            entries.add(entry("task", r.eventId(), field, null, task, "a re-run disagrees with a judgement"));
        }
    }

    private LogEntry entry(String op, String target, String field, String before, String after, String reason) {
        return new LogEntry(0, clock.instant().toString(), pipeline.name(), op, target, field, before, after, reason,
                pipeline.client(), null, null);
    }
}
