package org.perfgoals.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * The one error view of the UI, inside the app's layout: a translated title and sentence for not found, not
 * allowed, a bad address or an unexpected failure, and a way home. It never shows an exception's class, message or
 * stack trace: what it says comes from the bundles (a {@link BadAddressException} or {@link PageNotFoundException}
 * names its own key). One subclass per exception type, as Vaadin picks error views by the type they handle.
 */
public abstract class ErrorPage<E extends Exception> extends VerticalLayout
        implements HasErrorParameter<E>, HasDynamicTitle {

    /** The kinds of error, each with its bundle keys {@code error.<kind>.title/text} and its HTTP status. */
    protected enum Kind {
        NOT_FOUND("notFound", "not-found", 404), NOT_ALLOWED("notAllowed", "not-allowed", 403),
        BAD_ADDRESS("badAddress", "bad-address", 400), UNEXPECTED("unexpected", "unexpected", 500);

        final String key;
        final String className;
        final int status;

        Kind(String key, String className, int status) {
            this.key = key;
            this.className = className;
            this.status = status;
        }
    }

    private String title = "";

    protected ErrorPage() {
        addClassName("error-page");
    }

    /** Shows the kind's page with its own sentence, or {@code textKey} when the cause names a better one. */
    protected int show(Kind kind, String textKey, Object... args) {
        removeAll();
        title = getTranslation("error." + kind.key + ".title");
        H2 heading = new H2(title);
        heading.addClassName("error-title");
        Span message = new Span(getTranslation(textKey == null ? "error." + kind.key + ".text" : textKey, args));
        message.addClassNames("error-message", kind.className);
        add(heading, message, RouteLink.to("", getTranslation("error.home")));
        return kind.status;
    }

    @Override
    public abstract int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter);

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
