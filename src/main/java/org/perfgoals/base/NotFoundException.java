package org.perfgoals.base;

/**
 * A thing asked for by its id that does not exist. {@code what} names its kind for the message
 * ({@code api.problem.notFound.<what>}: indicator, project, alert); the REST API answers 404.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final long id;

    public NotFoundException(String what, long id) {
        super("No " + what + " " + id);
        this.what = what;
        this.id = id;
    }

    public String getWhat() { return what; }
    public long getId() { return id; }
}
