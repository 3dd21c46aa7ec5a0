package org.perfgoals;

import java.util.List;
import java.util.Set;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;

/**
 * A second unit for the read-scope tests: 上海市就业促进中心, whose seed project is the teachers' training
 * ({@link SeedProjects#TRAINING}), with a staff member and a manager of its own (password demo) beside
 * the demo users of {@link #DEMO_UNIT}. {@link #createUsers} is idempotent, so a test may call it before each test
 * whatever the database reset left.
 */
public final class OtherUnit {

    /** The unit of the demo users manager and staff (and of the seed's hotline project). */
    public static final String DEMO_UNIT = "上海市人力资源和社会保障局咨询服务中心";
    /** The other unit (of the seed's teachers' training project). */
    public static final String UNIT = "上海市就业促进中心";
    public static final String STAFF = "staff2";
    public static final String MANAGER = "manager2";
    public static final List<String> USERS = List.of(STAFF, MANAGER);

    private OtherUnit() {
    }

    /** Creates the other unit's users unless they exist (as the system, which may create users). */
    public static void createUsers(UserAccounts accounts) {
        SystemAuthentication.run(() -> {
            create(accounts, STAFF, Role.STAFF);
            create(accounts, MANAGER, Role.MANAGER);
        });
    }

    private static void create(UserAccounts accounts, String username, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(new NewUser(username, username, null, UNIT, Set.of(role)), "demo", false);
        }
    }
}
