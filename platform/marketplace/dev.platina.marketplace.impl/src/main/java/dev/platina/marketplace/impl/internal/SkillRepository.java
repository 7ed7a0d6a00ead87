package dev.platina.marketplace.impl.internal;

import java.io.IOException;

/** A skill repository in Maven layout with {@code catalog.json} at its root. */
interface SkillRepository {

    /** Where it is, as configured. */
    String location();

    /** The file at {@code path} (relative to the root), refusing files larger than {@code maxBytes}. */
    byte[] read(String path, long maxBytes) throws IOException;
}
