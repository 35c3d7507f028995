package org.vigil.ingest.posts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * A Telegram message's text: a string, or a list mixing strings and entity objects ({@code {"type": "bold", "text":
 * "..."}}), joined into one string; formatting is dropped, every character of text kept.
 */
final class TelegramText {
    /** The entity types Telegram Desktop writes; another type's text is kept and the user told. */
    static final Set<String> KNOWN = Set.of("plain", "bold", "italic", "underline", "strikethrough", "spoiler", "code",
            "pre", "text_link", "link", "mention", "mention_name", "hashtag", "cashtag", "bot_command", "email", "phone",
            "bank_card", "blockquote", "custom_emoji");

    /** Why a message's text cannot be read. */
    static final class BadText extends Exception {
        BadText(String message) {
            super(message);
        }
    }

    private TelegramText() {
    }

    /** The joined text of a message ({@code text}, else {@code text_entities}); "" when it has none. */
    static String of(JsonNode message, String where, PostSink sink) throws BadText {
        JsonNode text = message.get("text");
        if (text == null || text.isNull() || text.isArray() && text.isEmpty()) {
            text = message.get("text_entities");
        }
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        if (!text.isArray()) {
            throw new BadText("its text is neither a string nor a list");
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (JsonNode part : text) {
            k++;
            if (part.isTextual()) {
                out.append(part.asText());
            } else if (part.isObject()) {
                out.append(entity(part, k, where, sink));
            } else {
                throw new BadText("text part " + k + " is neither a string nor an entity object");
            }
        }
        return out.toString();
    }

    private static String entity(JsonNode part, int k, String where, PostSink sink) throws BadText {
        JsonNode t = part.get("text");
        if (t == null || !t.isTextual()) {
            throw new BadText("text entity " + k + " has no text string");
        }
        String type = part.path("type").asText("");
        if (!KNOWN.contains(type)) {
            sink.note(where, "unknown text entity type '" + type + "' (part " + k + "): its text was kept");
        }
        return t.asText();
    }
}
