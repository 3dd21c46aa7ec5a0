package org.perfgoals.security.dev;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo users (password {@code demo}); they exist only in the demo profile, never in production. */
@Configuration
@Profile("demo")
class DemoUsers {

    static final String DEMO_UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Bean
    UserDetailsService demoUserDetailsService(PasswordEncoder encoder) {
        String password = encoder.encode("demo");
        Map<String, AppUser> users = List.of(
                        new AppUser("admin", password, null, Set.of(Role.ADMIN)),
                        new AppUser("leader", password, null, Set.of(Role.LEADER)),
                        new AppUser("manager", password, DEMO_UNIT, Set.of(Role.MANAGER)),
                        new AppUser("staff", password, DEMO_UNIT, Set.of(Role.STAFF)))
                .stream().collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        return username -> {
            AppUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            // A fresh copy each time: Spring Security erases the password of the instance it authenticated.
            return new AppUser(user.getUsername(), user.getPassword(), user.getUnit(), user.getRoles());
        };
    }
}
