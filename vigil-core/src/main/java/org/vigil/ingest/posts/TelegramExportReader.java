package org.vigil.ingest.posts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.vigil.model.Post;

/**
 * Reads a Telegram Desktop "Export chat history" file ({@code result.json}: {@code name}, {@code type}, {@code id},
 * {@code messages[]}). Each message with text is a post: the channel publishes it (in a group, its sender); its time
 * is {@code date_unixtime} (UTC; {@code date}, the exporter's clock, read as UTC when that is missing); a
 * {@code forwarded_from} makes it a forward of that account's post. Service messages (joins, pins) and messages
 * without text (a photo, a file, a sticker alone) are skipped and counted.
 */
public final class TelegramExportReader implements PostReader {
    private final long maxTextBytes;
    private final String username;
    private final JsonElements json;

    /** The chat's header fields, read before its messages. */
    private static final class Chat {
        String name;
        String type;
        String id;
        int service;
        int withoutText;
        int bad;
        int posts;
        int relayed;
        String lastId;

        boolean channel() {
            return type != null && type.contains("channel");
        }
    }

    /**
     * @param maxTextBytes the longest post text (UTF-8 bytes) taken; a longer one is reported and skipped
     * @param username     the chat's public username (an export does not say it): posts get {@code https://t.me/USERNAME/ID};
     *                     null: {@code telegram:CHAT_ID/ID}
     */
    public TelegramExportReader(long maxTextBytes, String username) {
        this.maxTextBytes = maxTextBytes;
        this.username = username == null || username.isBlank() ? null : username.trim().replaceFirst("^@", "");
        this.json = new JsonElements(maxTextBytes);
    }

    @Override
    public PostTally read(Path file, PostSink sink) throws PostFileException {
        Chat chat = new Chat();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); JsonParser p = json.open(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new PostFileException(file + ": not a Telegram chat export: "
                        + (first == null ? "the file is empty" : "it does not start with a JSON object"));
            }
            boolean messages = false;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw new com.fasterxml.jackson.core.io.JsonEOFException(p, t, "end of input inside the export");
                }
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("messages".equals(field) && value == JsonToken.START_ARRAY) {
                    messages = true;
                    json.each(p, file.toString(), (m, i) -> message(m, i, chat, file, sink),
                            i -> chat.lastId == null ? null : "message " + chat.lastId);
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else {
                    header(chat, field, p.getValueAsString());
                }
            }
            if (!messages) {
                throw new PostFileException(file + ": not a Telegram chat export: no messages list"
                        + " (export one chat with Telegram Desktop's \"Export chat history\", as JSON)");
            }
        } catch (IOException e) {
            throw JsonElements.fault(file.toString(), e, chat.lastId == null ? null : "message " + chat.lastId);
        }
        return new PostTally(chat.posts, chat.service, chat.withoutText, chat.bad, chat.relayed);
    }

    private static void header(Chat chat, String field, String value) {
        switch (field) {
            case "name" -> chat.name = value;
            case "type" -> chat.type = value;
            case "id" -> chat.id = value;
            default -> { }
        }
    }

    private void message(JsonNode m, int index, Chat chat, Path file, PostSink sink) {
        String id = m.isObject() && m.path("id").isValueNode() && !m.path("id").isNull() ? m.get("id").asText() : null;
        String where = file + ": message " + (id != null ? id : "#" + index);
        if (!m.isObject()) {
            bad(chat, sink, where, "is not a JSON object");
            return;
        }
        if ("service".equals(m.path("type").asText())) {
            chat.service++;
            return;
        }
        if (id == null || id.isBlank()) {
            bad(chat, sink, where, "has no id");
            return;
        }
        chat.lastId = id;
        try {
            Instant at = time(m);
            if (at == null) {
                bad(chat, sink, where, "has no date (date_unixtime or date)");
                return;
            }
            String text = TelegramText.of(m, where, sink).strip();
            if (text.isEmpty()) {
                chat.withoutText++;
                return;
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxTextBytes) {
                bad(chat, sink, where, "text is " + bytes + " bytes, over the limit of " + maxTextBytes);
                return;
            }
            PostEntry e = entry(m, id, at, text, chat);
            chat.posts++;
            chat.relayed += e.post().relays() ? 1 : 0;
            sink.post(e);
        } catch (TelegramText.BadText | RuntimeException e) {
            bad(chat, sink, where, e instanceof TelegramText.BadText ? e.getMessage() : "cannot be read: " + e);
        }
    }

    private static void bad(Chat chat, PostSink sink, String where, String reason) {
        chat.bad++;
        sink.bad(where, reason);
    }

    /** {@code date_unixtime} (seconds, UTC), else {@code date} read as UTC; null when neither is there. */
    static Instant time(JsonNode m) throws TelegramText.BadText {
        JsonNode unix = m.get("date_unixtime");
        JsonNode date = m.get("date");
        try {
            if (unix != null && !unix.isNull() && !unix.asText().isBlank()) {
                return Instant.ofEpochSecond(Long.parseLong(unix.asText().trim()));
            }
            if (date != null && date.isTextual() && !date.asText().isBlank()) {
                return LocalDateTime.parse(date.asText().trim()).toInstant(ZoneOffset.UTC);
            }
            return null;
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new TelegramText.BadText("has an unreadable date: date_unixtime '" + (unix == null ? "" : unix.asText())
                    + "', date '" + (date == null ? "" : date.asText()) + "'");
        }
    }

    private PostEntry entry(JsonNode m, String id, Instant at, String text, Chat chat) {
        String from = nonBlank(m, "from");
        String publisher = chat.channel() || from == null ? (chat.name != null ? chat.name : from) : from;
        String account = chat.channel() ? (username != null ? username : chat.name)
                : (nonBlank(m, "from_id") != null ? nonBlank(m, "from_id") : from);
        String url = username != null ? "https://t.me/" + username + "/" + id
                : "telegram:" + (chat.id != null ? chat.id : String.valueOf(chat.name)) + "/" + id;
        boolean forward = m.has("forwarded_from");
        String origin = forward ? (nonBlank(m, "forwarded_from") != null ? nonBlank(m, "forwarded_from")
                : nonBlank(m, "forwarded_from_id")) : null;
        JsonNode place = m.path("location_information");
        Post post = new Post(null, "telegram", account == null ? publisher : account, id, url, at,
                forward ? Post.Relation.FORWARD : Post.Relation.OWN, origin, nonBlank(m, "reply_to_message_id"),
                media(m), place.has("latitude") ? place.get("latitude").asDouble() : null,
                place.has("longitude") ? place.get("longitude").asDouble() : null, m.has("edited"));
        return new PostEntry(text, publisher == null ? "telegram chat " + chat.id : publisher, post);
    }

    private static String media(JsonNode m) {
        for (String field : new String[] {"media_type", "photo", "file", "location_information", "poll", "contact_information"}) {
            if (m.hasNonNull(field)) {
                return "media_type".equals(field) ? m.get(field).asText() : field.replace("_information", "");
            }
        }
        return null;
    }

    private static String nonBlank(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
