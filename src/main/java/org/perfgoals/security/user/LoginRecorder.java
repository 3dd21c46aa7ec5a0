package org.perfgoals.security.user;

import org.perfgoals.security.CredentialCache;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Notes each user's last login; a request served from the credential cache is no new login. */
@Component
class LoginRecorder {

    private final UserAccounts accounts;

    LoginRecorder(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!CredentialCache.isFromCache(event.getAuthentication())) {
            accounts.recordLogin(event.getAuthentication().getName());
        }
    }
}
