package org.perfgoals.security.token;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as its owner sees it: never the secret nor its digest. {@code expired} at the time it was read. */
public record ApiTokenRecord(long id, String name, Instant createdAt, Instant expiresAt,
                             @Nullable Instant lastUsedAt, boolean expired) {
}
