package org.vigil.review;

/** A person who reviews, with a role; only the SHA-256 of their token is stored. */
public record User(String name, Role role, String tokenHash, String createdAt) {
}
