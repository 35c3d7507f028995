package org.vigil.ingest.posts;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for the tests. */
final class CollectingSink implements PostSink {
    final List<PostEntry> posts = new ArrayList<>();
    final List<String> bad = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void post(PostEntry entry) {
        posts.add(entry);
    }

    @Override
    public void bad(String where, String reason) {
        bad.add(where + ": " + reason);
    }

    @Override
    public void note(String where, String message) {
        notes.add(where + ": " + message);
    }
}
