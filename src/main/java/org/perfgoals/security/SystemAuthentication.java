package org.perfgoals.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work the application does on its own (start-up seed, scheduled checks) runs as the system administrator. */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
