package org.vigil.model;

/** Two documents found to share a copied passage, with the evidence. */
public record CopyLink(String documentA, String documentB, double similarity, String passage, String reason) {
}
