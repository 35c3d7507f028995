package org.vigil.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigil.text.PersianFolding;
import org.vigil.text.Sentence;

/**
 * The relevance of a Persian report, judged from cue words ({@code relevance/cues-fa.txt}), since the shipped model
 * learned English words only. A sentence is on topic when it holds a topic cue (protest, repression, arrest, a death,
 * the internet, human rights) and off topic when it holds only off-topic ones (sport, markets, cinema, weather).
 * Sentence probability: 0.9 on topic, 0.2 off topic, else 0.5. Document probability: 0.9 when two sentences or more
 * are on topic and they outnumber the off-topic ones, 0.7 when one is and outnumbers them, 0.3 when off-topic
 * sentences are as many or more, 0.1 when nothing is on topic. So a Persian protest report's events show by default
 * (a mention in an on-topic sentence of such a report: 0.9; in a neutral one: 0.74), and a protest sentence in a
 * football report stays hidden (0.3 and 0.9: 0.43).
 */
public final class PersianCueJudge implements RelevanceJudge {
    static final double ON_TOPIC = 0.9;
    static final double OFF_TOPIC = 0.2;
    static final double NEUTRAL = 0.5;
    private final List<String> topic = new ArrayList<>();
    private final List<String> offTopic = new ArrayList<>();

    public PersianCueJudge() {
        try (InputStream in = PersianCueJudge.class.getResourceAsStream("/relevance/cues-fa.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> section = topic;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("[topic]") || line.equals("[off-topic]")) {
                    section = line.equals("[topic]") ? topic : offTopic;
                    continue;
                }
                section.add(" " + PersianFolding.fold(line.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Relevance judge(String text, List<Sentence> sentences) {
        List<Double> out = new ArrayList<>(sentences.size());
        int on = 0;
        int off = 0;
        for (Sentence s : sentences) {
            String folded = " " + PersianFolding.fold(text, s.span().start(), s.span().end()).text().replaceAll("[^\\p{L}\\p{N}]+", " ");
            boolean isOn = topic.stream().anyMatch(folded::contains);
            boolean isOff = !isOn && offTopic.stream().anyMatch(folded::contains);
            on += isOn ? 1 : 0;
            off += isOff ? 1 : 0;
            out.add(isOn ? ON_TOPIC : isOff ? OFF_TOPIC : NEUTRAL);
        }
        return new Relevance(document(on, off), out);
    }

    static double document(int on, int off) {
        if (on == 0) {
            return 0.1;
        }
        if (off >= on) {
            return 0.3;
        }
        return on >= 2 ? 0.9 : 0.7;
    }
}
