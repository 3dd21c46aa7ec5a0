package org.perfgoals.security.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The users Spring Security logs in, UI and API alike: the stored ones, each a fresh {@code AppUser}. */
@Component
class StoredUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    StoredUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.principal(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
