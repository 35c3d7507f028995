package org.vigil.ingest.posts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Post;

/**
 * Reads an X (Twitter) archive's {@code data/tweets.js} ({@code window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]}).
 * The account is the one {@code account.js} beside it names, else the one given. A retweet ({@code RT @user: ...})
 * is a repost of {@code @user}'s tweet, its text the tweet's; a tweet linking to another account's status is a
 * quote of it. Texts are unescaped (X writes {@code &amp;}, {@code &lt;}, {@code &gt;}) and short links expanded.
 */
public final class XArchiveReader implements PostReader {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final Pattern RETWEET = Pattern.compile("^RT @(\\w{1,50}): ?(.*)$", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(\\w{1,50})/status/\\d+.*");
    private final long maxTextBytes;
    private final String account;
    private final JsonElements json;

    /** Counts of one file. */
    private static final class Tally {
        int posts;
        int withoutText;
        int bad;
        int relayed;
        String lastId;
    }

    /**
     * @param maxTextBytes the longest tweet text (UTF-8 bytes) taken
     * @param account      the archive's username when no {@code account.js} lies beside {@code tweets.js}, or null
     */
    public XArchiveReader(long maxTextBytes, String account) {
        this.maxTextBytes = maxTextBytes;
        this.account = account == null || account.isBlank() ? null : account.trim().replaceFirst("^@", "");
        this.json = new JsonElements(maxTextBytes);
    }

    @Override
    public PostTally read(Path file, PostSink sink) throws PostFileException {
        String user = owner(file);
        Tally tally = new Tally();
        try (InputStream in = afterAssignment(file); JsonParser p = json.open(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new PostFileException(file + ": not an X archive's tweets.js: "
                        + (first == null ? "the file is empty" : "no list of tweets after 'window.YTD.tweets.part0 ='"));
            }
            json.each(p, file.toString(), (t, i) -> tweet(t, i, user, file, sink, tally),
                    i -> tally.lastId == null ? null : "tweet " + tally.lastId);
        } catch (IOException e) {
            throw JsonElements.fault(file.toString(), e, tally.lastId == null ? null : "tweet " + tally.lastId);
        }
        return new PostTally(tally.posts, 0, tally.withoutText, tally.bad, tally.relayed);
    }

    /** The archive's username: {@code account.js} beside the file, else the one given. */
    private String owner(Path file) throws PostFileException {
        Path accountJs = file.resolveSibling("account.js");
        if (Files.isRegularFile(accountJs)) {
            try (InputStream in = afterAssignment(accountJs); JsonParser p = json.open(in)) {
                JsonNode root = p.readValueAsTree();
                JsonNode a = root == null ? null : root.path(0).has("account") ? root.path(0).get("account") : root.path(0);
                if (a != null && a.hasNonNull("username") && !a.get("username").asText().isBlank()) {
                    return a.get("username").asText().trim();
                }
            } catch (IOException e) {
                throw new PostFileException(accountJs + ": cannot read the account: " + e.getMessage(), e);
            }
            throw new PostFileException(accountJs + ": names no username");
        }
        if (account == null) {
            throw new PostFileException(file + ": cannot tell whose archive this is: no account.js beside it;"
                    + " give the username with --account");
        }
        return account;
    }

    /** The file from just after {@code window.YTD.NAME.partN =} (or from its start when it is plain JSON). */
    private static InputStream afterAssignment(Path file) throws IOException, PostFileException {
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(Files.newInputStream(file)), 4);
        int b = in.read();
        if (b == 0xEF) { // a byte-order mark
            in.read();
            in.read();
            b = in.read();
        }
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            b = in.read();
        }
        if (b != 'w') {
            if (b >= 0) {
                in.unread(b);
            }
            return in;
        }
        for (int n = 0; b >= 0 && b != '='; n++) {
            if (n > 200) {
                in.close();
                throw new PostFileException(file + ": not an X archive file: no 'window.YTD... =' assignment at its start");
            }
            b = in.read();
        }
        return in;
    }

    private void tweet(JsonNode element, int index, String user, Path file, PostSink sink, Tally tally) {
        JsonNode t = element.has("tweet") ? element.get("tweet") : element;
        String id = t.hasNonNull("id_str") ? t.get("id_str").asText() : t.hasNonNull("id") ? t.get("id").asText() : null;
        String where = file + ": tweet " + (id != null && !id.isBlank() ? id : "#" + index);
        if (!t.isObject() || id == null || id.isBlank()) {
            tally.bad++;
            sink.bad(where, t.isObject() ? "has no id_str" : "is not a JSON object");
            return;
        }
        tally.lastId = id;
        try {
            Instant at = OffsetDateTime.parse(t.path("created_at").asText(), CREATED).toInstant();
            String text = XText.of(t);
            Post.Relation relation = Post.Relation.OWN;
            String origin = null;
            Matcher rt = RETWEET.matcher(text);
            if (rt.matches()) {
                relation = Post.Relation.REPOST;
                origin = "@" + rt.group(1);
                text = rt.group(2).strip();
            } else if (quoted(t, user) != null) {
                relation = Post.Relation.QUOTE;
                origin = "@" + quoted(t, user);
            }
            if (text.isBlank()) {
                tally.withoutText++;
                return;
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxTextBytes) {
                tally.bad++;
                sink.bad(where, "text is " + bytes + " bytes, over the limit of " + maxTextBytes);
                return;
            }
            Post post = new Post(null, "x", user, id, "https://x.com/" + user + "/status/" + id, at, relation, origin,
                    nonBlank(t, "in_reply_to_status_id_str"), XText.media(t), null, null, t.path("edit_info").has("edit"));
            tally.posts++;
            tally.relayed += post.relays() ? 1 : 0;
            sink.post(new PostEntry(text, "@" + user, post));
        } catch (DateTimeParseException e) {
            tally.bad++;
            sink.bad(where, "has no readable created_at (like \"Wed Oct 10 20:19:24 +0000 2018\"): '"
                    + t.path("created_at").asText() + "'");
        } catch (RuntimeException e) {
            tally.bad++;
            sink.bad(where, "cannot be read: " + e);
        }
    }

    /** The other account whose status this tweet links to (a quote), or null. */
    private static String quoted(JsonNode t, String user) {
        for (JsonNode u : t.path("entities").path("urls")) {
            Matcher m = STATUS.matcher(u.path("expanded_url").asText());
            if (m.matches() && !m.group(1).equalsIgnoreCase(user)) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String nonBlank(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
