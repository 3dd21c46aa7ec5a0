package org.perfgoals;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What every Karibu user of the app needs: all its routes, and signing a demo user in (Karibu 2.7 has no bridge). */
public final class KaribuSupport {

    private KaribuSupport() {
    }

    /** Every view, including the package-private ones that Karibu's own scan (public classes only) misses. */
    public static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.perfgoals");
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.perfgoals").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(routes.getRoutes()::add);
        }
        return routes;
    }

    /** A fresh mock Vaadin session and UI on the app's Spring context, current for this thread. */
    public static void openSession(Routes routes, ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    /**
     * Puts a demo user into this application context's security strategy (several test contexts live in one JVM,
     * each with its own), the static holder, and the current fake request.
     */
    public static AppUser login(UserDetailsService users, SecurityContextHolderStrategy contexts, String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        return signIn(contexts, new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Puts an authentication (whose principal is an {@link AppUser}) where {@link #login} puts a demo user's. */
    public static AppUser signIn(SecurityContextHolderStrategy contexts, Authentication authentication) {
        AppUser user = (AppUser) authentication.getPrincipal();
        contexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        return user;
    }
}
