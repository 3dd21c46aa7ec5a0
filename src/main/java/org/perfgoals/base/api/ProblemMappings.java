package org.perfgoals.base.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.jspecify.annotations.Nullable;

/** Failure types and their problems; a failure takes the mapping of its nearest mapped class. */
public final class ProblemMappings {

    private final Map<Class<?>, ProblemMapper<?>> byType = new LinkedHashMap<>();

    public <E extends Throwable> ProblemMappings on(Class<E> type, ProblemMapper<? super E> mapper) {
        if (byType.putIfAbsent(type, mapper) != null) {
            throw new IllegalStateException("Two problem mappings for " + type.getName());
        }
        return this;
    }

    /** The problem of the failure, or null when no catalog knows it (an unexpected failure). */
    @SuppressWarnings("unchecked")
    @Nullable ProblemDetail problem(Throwable failure, Locale locale) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            ProblemMapper<Throwable> mapper = (ProblemMapper<Throwable>) byType.get(type);
            if (mapper != null) {
                return mapper.problem(failure, locale);
            }
        }
        return null;
    }
}
