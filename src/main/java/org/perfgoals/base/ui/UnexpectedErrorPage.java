package org.perfgoals.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else that failed while opening a page: logged in full on the server, a plain sentence for the user. */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorPage extends ErrorPage<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Opening {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        return show(Kind.UNEXPECTED, null);
    }
}
