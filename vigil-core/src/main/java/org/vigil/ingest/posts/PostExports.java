package org.vigil.ingest.posts;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.ingest.DocumentRejectedException;
import org.vigil.ingest.SourceMetadata;

/**
 * The reader for an export file with what the user told of it: a sidecar {@code NAME.meta.json} beside the file
 * ({@code url} such as {@code https://t.me/USERNAME} names a Telegram channel's public username; {@code affiliation}
 * is the publisher's), else the {@code --account} given.
 */
public final class PostExports {
    private static final Pattern CHANNEL = Pattern.compile("^https?://(?:www\\.)?t(?:elegram)?\\.me/(?:s/)?(\\w{3,64})/?$");

    /** A reader with the export's own metadata. */
    public record Export(PostReader reader, String affiliation) {
    }

    private PostExports() {
    }

    /** A Telegram chat export; the channel's username from the sidecar's url, else {@code account}. */
    public static Export telegram(Path file, String account, long maxTextBytes) throws DocumentRejectedException {
        SourceMetadata meta = SourceMetadata.sidecar(file);
        String username = account;
        if (meta.url() != null) {
            Matcher m = CHANNEL.matcher(meta.url());
            username = m.matches() ? m.group(1) : username;
        }
        return new Export(new TelegramExportReader(maxTextBytes, username), meta.affiliation());
    }

    /** An X archive's tweets.js; the account from account.js beside it, else {@code account}. */
    public static Export x(Path file, String account, long maxTextBytes) throws DocumentRejectedException {
        return new Export(new XArchiveReader(maxTextBytes, account), SourceMetadata.sidecar(file).affiliation());
    }
}
