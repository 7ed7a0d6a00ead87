package dev.platina.ai.offline.internal;

import dev.platina.ai.api.PastCase;

/** A past case and its cosine similarity to the new text. */
record Neighbour(PastCase pastCase, double similarity) {
}
