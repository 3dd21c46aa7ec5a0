package org.perfgoals.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** An unknown route, or a route to something that does not exist. Signed-out users are sent to the login first. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundPage extends ErrorPage<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(Kind.NOT_FOUND, parameter.getCaughtException() instanceof PageNotFoundException page
                ? page.key() : null);
    }
}
