/**
 * Moving an installation from one database to another (H2 to PostgreSQL): a command of its own, plain JDBC and
 * Flyway, run with the application stopped.
 */
@NullMarked
package org.perfgoals.backup.copy;

import org.jspecify.annotations.NullMarked;
