package org.vigil.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users and their tokens. A token is shown once, when the user is created; the store keeps only its SHA-256, and a
 * token is checked by comparing hashes in constant time. The first user of a store is created without a token
 * and is an admin; later users are created by an admin.
 */
public final class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ReviewStore store;
    private final Clock clock;

    public Accounts(ReviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A created user and the token to give them (not stored). */
    public record Created(User user, String token) {
    }

    /** Creates a user; {@code by} is null only for the first user of the store, who is then an admin. */
    public Created create(Reviewer by, String name, Role role, String client) {
        List<User> users = store.users();
        if (by == null && !users.isEmpty()) {
            throw new ReviewException("role_too_low", "only an admin creates users once the store has one");
        }
        if (by != null && !by.role().atLeast(Role.ADMIN)) {
            throw new ReviewException("role_too_low", by.name() + " is a " + by.role().code() + "; creating users needs an admin");
        }
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new ReviewException("bad_value", "a user name is 1 to 64 letters, digits or . _ @ -");
        }
        if (users.stream().anyMatch(u -> u.name().equals(name))) {
            throw new ReviewException("conflict", "a user '" + name + "' exists");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "vgl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Role r = by == null ? Role.ADMIN : role;
        User u = new User(name, r, hash(token), clock.instant().toString());
        String actor = by == null ? name : by.name();
        store.commit(new ReviewChange(List.of(), Map.of(), Map.of(), List.of(u), List.of(new LogEntry(0,
                clock.instant().toString(), actor, "add_user", name, "role", null, r.code(), null, client, null, null))));
        return new Created(u, token);
    }

    /** The user a token belongs to, acting through {@code client}. */
    public Optional<Reviewer> authenticate(String token, String client) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String h = hash(token.strip());
        return store.userByTokenHash(h)
                .filter(u -> MessageDigest.isEqual(u.tokenHash().getBytes(StandardCharsets.US_ASCII), h.getBytes(StandardCharsets.US_ASCII)))
                .map(u -> new Reviewer(u.name(), u.role(), client));
    }

    static String hash(String token) {
        return Hashes.sha256(token);
    }
}
