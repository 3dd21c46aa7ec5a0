package org.perfgoals.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A bad page address: a {@link BadAddressException} says what was wrong; any other IllegalArgumentException (a
 * number that does not parse, a period out of range) gets the general sentence, never its message.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class BadAddressPage extends ErrorPage<IllegalArgumentException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<IllegalArgumentException> parameter) {
        return parameter.getCaughtException() instanceof BadAddressException bad
                ? show(Kind.BAD_ADDRESS, bad.key(), bad.args()) : show(Kind.BAD_ADDRESS, null);
    }
}
