package org.perfgoals.base.ui;

import com.vaadin.flow.router.NotFoundException;

/** A route that exists but whose object does not (no project 999999): what to say, as a bundle key. */
public class PageNotFoundException extends NotFoundException {

    private final String key;

    public PageNotFoundException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
