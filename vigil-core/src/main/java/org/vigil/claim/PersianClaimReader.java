package org.vigil.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.assembly.Keys;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.text.FoldedText;
import org.vigil.text.PersianFolding;
import org.vigil.text.Sentence;
import org.vigil.time.TimeMention;

/**
 * Figures of a Persian report as claims, in the claim model of the English reader: a number ({@link PersianQuantities})
 * with the word that says what it counts after it ("۱۲ نفر کشته شدند", "ده‌ها تن بازداشت شدند") or before it ("شمار
 * کشته‌شدگان را ۱۲ نفر اعلام کرد"); "هیچ کس کشته نشد" is a claim of 0. Kinds: کشته, جان باختند (killed), زخمی, مجروح
 * (injured), بازداشت, دستگیر (arrested), and marchers or a gathering (participants); a state word wins over a
 * participant word ("۱۲ نفر از معترضان کشته شدند": killed). Claimant and relay from {@link PersianSpeech}, else the
 * outlet; hedges "گفته می‌شود" (reportedly), "تأیید نشده" (unconfirmed), "احتمالا" (possibly) beside the bound; the
 * quote is the clause holding the figure and its word; the event is found as for English ({@link ClaimStage#target}).
 */
final class PersianClaimReader {
    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String KILLED = "کشته|جان باخت|جان سپرد|جان خود را از دست|به قتل رسید";
    private static final String INJURED = "زخمی|مجروح|آسیب دید";
    private static final String ARRESTED = "بازداشت|دستگیر";
    private static final String STATE = "(?<killed>" + KILLED + ")|(?<injured>" + INJURED + ")|(?<arrested>" + ARRESTED + ")";
    private static final Pattern STATE_AFTER = Pattern.compile(PersianFolding.pattern(
            "^\\s+(?:[^\\s,;.]+\\s+){0,8}?(?:" + STATE + ")"), F);
    private static final Pattern PARTICIPANTS_AFTER = Pattern.compile(PersianFolding.pattern(
            "^\\s+(?:\\S+\\s+){0,4}?(?:معترض|تظاهر ?کننده|راهپیما|تجمع کردند|گرد هم آمدند|شرکت کردند|راهپیمایی کردند|به خیابان)"), F);
    private static final Pattern STATE_BEFORE = Pattern.compile(PersianFolding.pattern(
            "(?:شمار|تعداد|آمار)\\s+(?:\\S+\\s+)?(?:" + STATE + ")\\S*\\s+(?:\\S+\\s+){0,3}?$"), F);
    private static final Pattern ZERO = Pattern.compile(PersianFolding.pattern(
            "(?<![\\p{L}])(?:هیچ ?کس|هیچ فردی|هیچ نفری|کسی)\\s+(?:\\S+\\s+){0,2}?(?:" + STATE + ")\\S*\\s+(?:نشد|نشده|نشدند)"), F);
    private static final Pattern NOT_A_COUNT = Pattern.compile(PersianFolding.pattern(
            "^\\s*(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|سال|ساعت|درصد|روز|ماه|کیلومتر|متر)(?![\\p{L}])"), F);
    /** "رقم رسمی", "آمار دولتی" just before a figure: the official figure, which the sentence's speaker relays. */
    private static final Pattern OFFICIAL = Pattern.compile(PersianFolding.pattern(
            "(?<![\\p{L}])((?:رقم|ارقام|آمار|شمار)\\s+(?:رسمی|دولتی))\\s+(?:\\S+\\s+)?$"), F);
    private static final Pattern HEDGE = Pattern.compile(PersianFolding.pattern(
            "(?<reportedly>گفته می ?شود|ظاهرا)|(?<unconfirmed>تایید ?نشده|تأیید ?نشده)|(?<possibly>احتمالا)"), F);

    /** A kind and the folded span of the word that says it. */
    private record Kind(ClaimKind kind, Span word) {
    }

    List<Claim> claims(AnnotatedDocument doc, boolean keepUnattached) {
        String text = doc.text();
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        List<TimeMention> times = doc.get(Keys.TIMES);
        List<Claim> out = new ArrayList<>();
        String named = null; // the last source named outright, which "این سازمان" and "او" point back to
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            FoldedText f = PersianFolding.fold(text, s.span().start(), s.span().end());
            List<Quantity> found = new ArrayList<>(PersianQuantities.find(f));
            Matcher zero = ZERO.matcher(f.text());
            while (zero.find()) {
                found.add(new Quantity(new Span(zero.start(), zero.end()), 0L, 0L, null, zero.group()));
            }
            for (int i = 0; i < found.size(); i++) {
                Quantity q = found.get(i);
                Span original = f.original(q.span().start(), q.span().end());
                int next = i + 1 < found.size() && found.get(i + 1).span().start() > q.span().end()
                        ? found.get(i + 1).span().start() : f.text().length();
                Kind k = q.low() != null && q.low() == 0 && q.high() != null && q.high() == 0 ? zeroKind(f, q) : kind(f, q, next);
                if (k == null || times.stream().anyMatch(t -> t.span().overlaps(original))
                        || NOT_A_COUNT.matcher(f.text().substring(q.span().end())).find()) {
                    continue;
                }
                Mention target = ClaimStage.target(mentions, s, k.kind(), original);
                if (target != null || keepUnattached) {
                    out.add(claim(text, doc.document(), f, q, k, target, named));
                }
            }
            PersianSpeech.Source speaker = PersianSpeech.source(f, f.text().length());
            if (speaker != null && !PersianSpeech.anaphoric(fold(f, speaker.claimant()))) {
                named = original(text, f, speaker.claimant());
            }
        }
        return out;
    }

    private static Kind kind(FoldedText f, Quantity q, int next) {
        String after = f.text().substring(q.span().end(), Math.max(q.span().end(), next));
        Matcher m = STATE_AFTER.matcher(after);
        if (m.find()) {
            return stateKind(m, q.span().end());
        }
        Matcher p = PARTICIPANTS_AFTER.matcher(after);
        if (p.find()) {
            return new Kind(ClaimKind.PARTICIPANTS, new Span(q.span().end() + p.end() - 1, q.span().end() + p.end()));
        }
        Matcher b = STATE_BEFORE.matcher(f.text().substring(0, q.span().start()));
        return b.find() ? stateKind(b, 0) : null;
    }

    private static Kind zeroKind(FoldedText f, Quantity q) {
        Matcher m = ZERO.matcher(f.text()).region(q.span().start(), q.span().end());
        return m.lookingAt() ? stateKind(m, 0) : null;
    }

    private static Kind stateKind(Matcher m, int offset) {
        String g = m.group("killed") != null ? "killed" : m.group("injured") != null ? "injured" : "arrested";
        ClaimKind kind = switch (g) {
            case "killed" -> ClaimKind.KILLED;
            case "injured" -> ClaimKind.INJURED;
            default -> ClaimKind.ARRESTED;
        };
        return new Kind(kind, new Span(offset + m.start(g), offset + m.end(g)));
    }

    private static Claim claim(String text, Document d, FoldedText f, Quantity q, Kind k, Mention target, String named) {
        String publisher = d.publisher() != null ? d.publisher()
                : "the outlet of " + java.nio.file.Path.of(d.source()).getFileName();
        PersianSpeech.Source src = PersianSpeech.source(f, q.span().start());
        String claimant = src == null ? null : resolve(text, f, src.claimant(), named);
        String via = claimant == null ? null : src.via() != null ? resolve(text, f, src.via(), named) : d.publisher();
        Matcher official = OFFICIAL.matcher(f.text().substring(0, q.span().start()));
        if (official.find()) { // "رقم رسمی دو کشته": the official figure, relayed by whoever speaks
            via = claimant != null ? claimant : named != null ? named : d.publisher();
            claimant = original(text, f, new Span(official.start(1), official.end(1)));
        }
        Span quote = quote(f, Math.min(q.span().start(), k.word().start()), Math.max(q.span().end(), k.word().end()));
        return new Claim(k.kind(), q.low(), q.high(), claimant == null ? publisher : claimant, via, hedge(f, q.hedge()),
                d.id(), text.substring(quote.start(), quote.end()), quote, target == null ? null : target.id());
    }

    /** The source's words, or the source named before when they only point back to it ("این سازمان", "او"). */
    private static String resolve(String text, FoldedText f, Span source, String named) {
        return PersianSpeech.anaphoric(fold(f, source)) && named != null ? named : original(text, f, source);
    }

    private static String fold(FoldedText f, Span folded) {
        return f.text().substring(folded.start(), folded.end());
    }

    private static String original(String text, FoldedText f, Span folded) {
        Span o = f.original(folded.start(), folded.end());
        return text.substring(o.start(), o.end());
    }

    private static String hedge(FoldedText f, String bound) {
        Matcher m = HEDGE.matcher(f.text());
        String sentence = !m.find() ? null : m.group("reportedly") != null ? "reportedly"
                : m.group("unconfirmed") != null ? "unconfirmed" : "possibly";
        return sentence == null ? bound : bound == null ? sentence : sentence + ", " + bound;
    }

    /** The clause of the folded sentence around {@code [from, to)}, as a span of the original text. */
    private static Span quote(FoldedText f, int from, int to) {
        String t = f.text();
        int start = from;
        while (start > 0 && ",;:«»\"".indexOf(t.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < t.length() && ",;:«».\"".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        return f.original(start, end);
    }
}
