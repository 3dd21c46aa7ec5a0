package org.perfgoals.monitoring;

import java.util.List;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.input.FieldError;

/** The verdict on a value being typed (null when it cannot be read), or why it cannot be read. */
public record RowPreview(Evaluation evaluation, List<FieldError> errors) {
}
