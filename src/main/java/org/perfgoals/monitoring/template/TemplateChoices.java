package org.perfgoals.monitoring.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;

/**
 * The words of the choice columns (评价, 偏差原因, 完成可能性): the template offers the Chinese labels of the entry
 * view in its drop-down lists; an upload also takes the English labels and the API's names (MET, FUNDING …).
 */
public final class TemplateChoices {

    private final TranslationProvider messages;

    public TemplateChoices(TranslationProvider messages) {
        this.messages = messages;
    }

    List<String> assessments() {
        return labels(Assessment.class, "assessment.");
    }

    List<String> causes() {
        return labels(DeviationCause.class, "cause.");
    }

    List<String> likelihoods() {
        return labels(Likelihood.class, "likelihood.");
    }

    String assessment(Assessment value) {
        return messages.getTranslation("assessment." + value.name(), TranslationProvider.CHINESE);
    }

    String cause(DeviationCause value) {
        return messages.getTranslation("cause." + value.name(), TranslationProvider.CHINESE);
    }

    String likelihood(Likelihood value) {
        return messages.getTranslation("likelihood." + value.name(), TranslationProvider.CHINESE);
    }

    /** The choice a cell names, by its Chinese or English label or its name; empty when it names none. */
    <E extends Enum<E>> Optional<E> read(Class<E> type, String prefix, String text) {
        String wanted = text.strip();
        for (E value : type.getEnumConstants()) {
            for (Locale locale : List.of(TranslationProvider.CHINESE, TranslationProvider.ENGLISH)) {
                if (messages.getTranslation(prefix + value.name(), locale).equalsIgnoreCase(wanted)) {
                    return Optional.of(value);
                }
            }
            if (value.name().equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private <E extends Enum<E>> List<String> labels(Class<E> type, String prefix) {
        Map<E, String> labels = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(value -> labels.put(value,
                messages.getTranslation(prefix + value.name(), TranslationProvider.CHINESE)));
        return List.copyOf(labels.values());
    }
}
