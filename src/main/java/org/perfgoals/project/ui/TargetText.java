package org.perfgoals.project.ui;

import com.vaadin.flow.component.Component;
import org.perfgoals.indicator.domain.Target;

/** A target in plain words, in the UI's language. */
final class TargetText {

    private TargetText() {
    }

    static String of(Component context, Target target) {
        return target.toString();
    }
}
