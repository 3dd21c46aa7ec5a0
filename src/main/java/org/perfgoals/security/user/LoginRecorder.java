package org.perfgoals.security.user;

import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.security.CredentialCache;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Notes each user's last login and audits logins and failed logins; a request served from the credential cache is
 * no new login. A failure is audited in a transaction of its own, as nobody is signed in and nothing else is written.
 */
@Component
class LoginRecorder {

    private final UserAccounts accounts;
    private final AuditLog audit;

    LoginRecorder(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!CredentialCache.isFromCache(event.getAuthentication())) {
            accounts.recordLogin(event.getAuthentication().getName());
            audit.record(AuditEntry.of(AuditType.LOGIN, event.getAuthentication().getName())
                    .by(event.getAuthentication().getName()));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        audit.recordAlone(AuditEntry.of(AuditType.LOGIN_FAILED, String.valueOf(event.getAuthentication().getName()),
                AuditDetails.json("reason", event.getException().getClass().getSimpleName())).by(AuditEntry.ANONYMOUS));
    }
}
