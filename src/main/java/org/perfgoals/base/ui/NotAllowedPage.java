package org.perfgoals.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** A view the signed-in user's role may not open (Vaadin's access control reroutes here). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedPage extends ErrorPage<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(Kind.NOT_ALLOWED, null);
    }
}
