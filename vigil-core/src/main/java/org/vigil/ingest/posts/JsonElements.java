package org.vigil.ingest.posts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the elements of a JSON array one small tree at a time (Jackson's streaming parser), so an export of any
 * size is never held whole, and turns the parser's faults into one-line reasons naming where the file went wrong.
 */
final class JsonElements {
    private final ObjectMapper mapper;

    /** What to do with one element; {@code index} counts from 1. */
    @FunctionalInterface
    interface Handler {
        void element(JsonNode element, int index);
    }

    /** The longest string the parser takes is well over the post limit: a text over it is read, so that post alone is refused. */
    JsonElements(long maxTextBytes) {
        int longest = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(20_000_000L, 2 * maxTextBytes));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(longest).build()).build();
        this.mapper = new ObjectMapper(factory);
    }

    /** A parser over the stream; Jackson detects the encoding (UTF-8 as exports write it) and refuses bytes that are not. */
    JsonParser open(InputStream in) throws IOException {
        return mapper.createParser(in);
    }

    /**
     * Hands each element of the array the parser stands on (its START_ARRAY read) to the handler.
     *
     * @return the number of elements
     * @throws PostFileException when the array is not well formed or the file ends inside it
     */
    int each(JsonParser p, String file, Handler handler, java.util.function.IntFunction<String> after) throws PostFileException {
        int index = 0;
        try {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new JsonEOFException(p, null, "end of input inside the array");
                }
                JsonNode element = p.readValueAsTree();
                handler.element(element, ++index);
            }
            return index;
        } catch (IOException e) {
            throw fault(file, e, after.apply(index));
        }
    }

    /** A parser fault as one line: truncation, a string over the limit, or malformed JSON with its line and column. */
    static PostFileException fault(String file, IOException e, String after) {
        String where = after == null ? "" : " (after " + after + ")";
        if (e instanceof JsonEOFException || String.valueOf(e.getMessage()).contains("end-of-input")) {
            return new PostFileException(file + ": the file ends early, truncated" + where
                    + "; the posts before were read", e);
        }
        if (e instanceof StreamConstraintsException) {
            return new PostFileException(file + ": a string is too long to read" + where + ": " + firstLine(e)
                    + "; the rest of the file was not read", e);
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            String pos = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new PostFileException(file + ": not valid JSON" + pos + where + ": " + firstLine(j.getOriginalMessage()), e);
        }
        return new PostFileException(file + ": cannot read: " + e.getMessage(), e);
    }

    private static String firstLine(Object message) {
        String s = message instanceof Throwable t ? String.valueOf(t.getMessage()) : String.valueOf(message);
        return s.lines().findFirst().orElse("");
    }
}
