package org.vigil.evidence;

/**
 * One original file of evidence as the store keeps it, named by the SHA-256 of its bytes (lower-case hex). A photo
 * has its width, height and 64-bit difference hash ({@link PerceptualHash}); a video has neither.
 */
public record EvidenceFile(String sha256, String mediaType, MediaKind kind, long size, Integer width, Integer height,
                           Long dhash, MediaMetadata metadata) {
    public EvidenceFile {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }
}
