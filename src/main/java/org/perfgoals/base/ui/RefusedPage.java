package org.perfgoals.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in user (another unit's project): the same page as {@link NotAllowedPage}, for
 * Spring Security's exception, with the view's own sentence when it names one.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RefusedPage extends ErrorPage<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(Kind.NOT_ALLOWED, parameter.getCaughtException() instanceof NotAllowedException refusal
                ? refusal.key() : null);
    }
}
