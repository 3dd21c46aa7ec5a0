package org.perfgoals.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Gives every {@code <script>} of Vaadin's index page (its bootstrap and initial-state scripts, the bundle, push,
 * dev tools) the request's CSP nonce: the only inline script the policy lets run is the one Vaadin itself wrote.
 */
@Component
class CspNonceIndexHtml implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                response.getDocument().getElementsByTag("script")
                        .attr("nonce", CspNonce.of(request.getHttpServletRequest()));
            }
        });
    }
}
