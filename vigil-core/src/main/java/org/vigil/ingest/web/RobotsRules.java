package org.vigil.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt for one user agent: the group naming the agent, else the "*" group; the longest
 * matching Allow or Disallow prefix decides ({@code *} and a final {@code $} understood); no rule allows.
 */
public record RobotsRules(List<String> allow, List<String> disallow) {
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), List.of());

    public static RobotsRules parse(String robots, String agent) {
        String me = agent.split("[/\\s]")[0].toLowerCase(Locale.ROOT);
        List<String> allowMine = new ArrayList<>();
        List<String> disallowMine = new ArrayList<>();
        List<String> allowAny = new ArrayList<>();
        List<String> disallowAny = new ArrayList<>();
        boolean mine = false;
        boolean any = false;
        boolean inRules = false;
        boolean matchedMine = false;
        for (String raw : robots.split("\\r?\\n|\\r")) {
            String line = raw.replaceAll("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (inRules) {
                    mine = false;
                    any = false;
                    inRules = false;
                }
                String ua = value.toLowerCase(Locale.ROOT);
                String token = ua.split("[/\\s]")[0];
                mine |= !ua.equals("*") && !token.isEmpty() && me.startsWith(token);
                matchedMine |= mine;
                any |= ua.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue;
                }
                boolean allowRule = key.equals("allow");
                if (mine) {
                    (allowRule ? allowMine : disallowMine).add(value);
                }
                if (any) {
                    (allowRule ? allowAny : disallowAny).add(value);
                }
            }
        }
        return matchedMine ? new RobotsRules(allowMine, disallowMine) : new RobotsRules(allowAny, disallowAny);
    }

    /** Whether a path (with its query) may be fetched. */
    public boolean allows(String path) {
        int allowLen = longest(allow, path);
        int disallowLen = longest(disallow, path);
        return disallowLen < 0 || allowLen >= disallowLen;
    }

    private static int longest(List<String> rules, String path) {
        int best = -1;
        for (String r : rules) {
            if (matches(r, path) && r.length() > best) {
                best = r.length();
            }
        }
        return best;
    }

    private static boolean matches(String rule, String path) {
        boolean anchored = rule.endsWith("$");
        String r = anchored ? rule.substring(0, rule.length() - 1) : rule;
        StringBuilder re = new StringBuilder();
        for (String part : r.split("\\*", -1)) {
            if (re.length() > 0) {
                re.append(".*");
            }
            re.append(java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(re + (anchored ? "" : ".*"), java.util.regex.Pattern.DOTALL).matcher(path).matches();
    }
}
