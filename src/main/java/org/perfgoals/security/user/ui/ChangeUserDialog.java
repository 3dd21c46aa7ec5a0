package org.perfgoals.security.user.ui;

import org.perfgoals.security.user.UserAdministration;
import org.perfgoals.security.user.UserChange;
import org.perfgoals.security.user.UserRecord;

/** A user's unit and roles; the user's sessions end when either changes (the service sees to it). */
class ChangeUserDialog extends UserDialog {

    private final UserRecord user;
    private final Runnable done;

    ChangeUserDialog(UserAdministration administration, UserRecord user, Runnable done) {
        super(administration, "user.view.change.save", "user.view.change.title", user.username());
        this.user = user;
        this.done = done;
        if (user.unit() != null) {
            administration.unitChoice(user.unit()).ifPresent(unit::setValue);
        }
        roles.setValue(user.roles());
        form.add(unit, roles);
    }

    @Override
    void call() {
        administration.change(user.id(), new UserChange(null, roles.getValue(), true, unitName()));
        done.run();
    }
}
