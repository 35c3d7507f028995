package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigil.model.Mention;

/**
 * Applies people's decisions to the machine's clusters and gives each cluster its id. Mentions a reviewer placed
 * stay where they were placed; the rest of a machine cluster that holds placed mentions joins their event (a new
 * report of a reviewed event); any other cluster keeps the id most of its mentions had at the last derivation,
 * else gets a new one from its mention ids.
 */
final class Regrouping {
    record Identified(String id, EventClusterer.Cluster cluster) {
    }

    private Regrouping() {
    }

    static List<Identified> apply(List<EventClusterer.Cluster> clusters, EventIdentity identity,
                                  Function<List<String>, String> newId) {
        Map<String, List<Mention>> placed = new TreeMap<>();
        Map<String, List<String>> placedReasons = new HashMap<>();
        List<EventClusterer.Cluster> machine = new ArrayList<>();
        for (EventClusterer.Cluster c : clusters) {
            List<Mention> free = new ArrayList<>();
            Map<String, Integer> targets = new TreeMap<>();
            for (Mention m : c.mentions()) {
                String to = identity.placed().get(m.id());
                if (to == null) {
                    free.add(m);
                } else {
                    placed.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
                    targets.merge(to, 1, Integer::sum);
                }
            }
            if (targets.isEmpty()) {
                machine.add(c);
            } else if (!free.isEmpty()) {
                String to = mostCommon(targets);
                placed.get(to).addAll(free);
                placedReasons.computeIfAbsent(to, k -> new ArrayList<>()).addAll(c.reasons());
            }
        }
        List<Identified> out = new ArrayList<>();
        Set<String> taken = new HashSet<>(placed.keySet());
        taken.addAll(identity.retired());
        placed.forEach((id, ms) -> out.add(new Identified(id, new EventClusterer.Cluster(ordered(ms),
                placedReasons.getOrDefault(id, List.of())))));
        machine.sort(Comparator.comparingInt((EventClusterer.Cluster c) -> -c.mentions().size())
                .thenComparing(c -> c.mentions().get(0).id()));
        for (EventClusterer.Cluster c : machine) {
            Map<String, Integer> before = new TreeMap<>();
            c.mentions().forEach(m -> {
                String id = identity.previous().get(m.id());
                if (id != null && !taken.contains(id)) {
                    before.merge(id, 1, Integer::sum);
                }
            });
            String id = before.isEmpty() ? newId.apply(c.mentions().stream().map(Mention::id).sorted().toList())
                    : mostCommon(before);
            taken.add(id);
            out.add(new Identified(id, c));
        }
        return out;
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static List<Mention> ordered(List<Mention> ms) {
        Map<String, Mention> byId = new LinkedHashMap<>();
        ms.stream().sorted(Comparator.comparing(Mention::documentId).thenComparingInt(m -> m.sentence().start())
                .thenComparing(Mention::id)).forEach(m -> byId.putIfAbsent(m.id(), m));
        return List.copyOf(byId.values());
    }
}
