package org.perfgoals.base.ui;

import java.util.List;

/**
 * A page address whose parameters make no sense (a project id that is not a number, quarter 9, a year the project
 * does not have). Carries what to tell the user as a bundle key with arguments, never the text that was typed
 * beyond a short prefix. Shown by {@link BadAddressPage}.
 */
public class BadAddressException extends IllegalArgumentException {

    private final String key;
    private final List<Object> args;

    public BadAddressException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
