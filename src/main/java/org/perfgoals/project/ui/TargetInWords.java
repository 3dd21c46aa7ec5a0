package org.perfgoals.project.ui;

import com.vaadin.flow.component.Component;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;

/** A target in plain words, in the UI's language. */
final class TargetInWords {

    private TargetInWords() {
    }

    static String of(Component context, Target target) {
        return new TargetWording(context::getTranslation).describe(target);
    }
}
