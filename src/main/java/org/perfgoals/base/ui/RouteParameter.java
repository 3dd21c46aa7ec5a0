package org.perfgoals.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads a view's route parameters strictly: absent is empty, anything but a whole number is a bad address. */
public final class RouteParameter {

    /** How much of a typed parameter the error page repeats. */
    private static final int SHOWN = 20;

    private RouteParameter() {
    }

    public static Optional<Long> number(BeforeEnterEvent event, String name) {
        Optional<String> text = event.getRouteParameters().get(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get()));
        } catch (NumberFormatException notANumber) {
            String typed = text.get();
            throw new BadAddressException("error.badAddress.notANumber",
                    typed.length() > SHOWN ? typed.substring(0, SHOWN) + "…" : typed);
        }
    }

    /** A quarter 1-4, if given. */
    public static Optional<Integer> quarter(BeforeEnterEvent event) {
        return number(event, "quarter").map(quarter -> {
            if (quarter < 1 || quarter > 4) {
                throw new BadAddressException("error.badAddress.quarter", String.valueOf(quarter));
            }
            return quarter.intValue();
        });
    }

    /** The year of the address, which must be the project's own when given. */
    public static int year(BeforeEnterEvent event, int projectYear) {
        return number(event, "year").map(year -> {
            if (year != projectYear) {
                throw new BadAddressException("error.badAddress.year", String.valueOf(year),
                        String.valueOf(projectYear));
            }
            return projectYear;
        }).orElse(projectYear);
    }
}
