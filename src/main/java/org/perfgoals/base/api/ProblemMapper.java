package org.perfgoals.base.api;

import java.util.Locale;
import org.springframework.http.ProblemDetail;

/** How one kind of failure is told to a REST client. */
@FunctionalInterface
public interface ProblemMapper<E extends Throwable> {

    ProblemDetail problem(E failure, Locale locale);
}
