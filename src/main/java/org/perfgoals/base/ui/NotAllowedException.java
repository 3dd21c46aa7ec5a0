package org.perfgoals.base.ui;

import org.springframework.security.access.AccessDeniedException;

/** A view refuses the signed-in user (another unit's project): what to tell them, as a bundle key. */
public class NotAllowedException extends AccessDeniedException {

    private final String key;

    public NotAllowedException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
