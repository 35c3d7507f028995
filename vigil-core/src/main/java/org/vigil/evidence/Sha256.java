package org.vigil.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of bytes in lower-case hex: the name of an original in the store. */
public final class Sha256 {
    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** True for 64 lower-case hex digits (what a URL may name). */
    public static boolean isHex(String s) {
        return s != null && s.matches("[0-9a-f]{64}");
    }
}
