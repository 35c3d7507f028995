package org.vigil.bench.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The claims suite ({@code claims/suite.tsv}): sentences written for Vigil with the figures they state. */
public final class ClaimsSuite {
    /** One expected figure; null fields are absent (no bound, no claimant). */
    public record Gold(String kind, Long low, Long high, String claimant, boolean hedged) {
    }

    /** One sentence and its figures. */
    public record Item(int line, String text, List<Gold> claims) {
    }

    private ClaimsSuite() {
    }

    public static List<Item> load() throws IOException {
        try (InputStream in = ClaimsSuite.class.getResourceAsStream("/claims/suite.tsv")) {
            return read(in);
        }
    }

    /** Another file in the suite's format (for instance development sentences kept apart from the suite). */
    public static List<Item> load(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static List<Item> read(InputStream in) throws IOException {
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<Gold> claims = new ArrayList<>();
                if (!f[1].trim().equals("-")) {
                    for (String c : f[1].split(" ; ")) {
                        String[] p = c.trim().split("\\|");
                        claims.add(new Gold(p[0], num(p[1]), num(p[2]), p[3].equals("-") ? null : p[3], p[4].equals("y")));
                    }
                }
                out.add(new Item(n, f[0], claims));
            }
        }
        return out;
    }

    private static Long num(String s) {
        return s.equals("-") ? null : Long.parseLong(s);
    }
}
