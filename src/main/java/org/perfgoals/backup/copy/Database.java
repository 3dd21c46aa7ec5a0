package org.perfgoals.backup.copy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where to connect: a JDBC URL with its user and password. */
public record Database(String url, String user, String password) {

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
