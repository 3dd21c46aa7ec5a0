/**
 * Loading a project's period, judging it and copying it into the read model ({@code SheetStore}, {@code SheetBuilder}),
 * with the baselines and scores it needs; writing a save into the stored values with its history
 * ({@code EntryWriter}, {@code ChangeLog}).
 */
@NullMarked
package org.perfgoals.monitoring.sheet;

import org.jspecify.annotations.NullMarked;
