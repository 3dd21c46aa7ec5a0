/**
 * What staff and managers type, read and refused where it enters: the parsers of an entry and of spending, the
 * schema's limits, the explanations a deviation needs, and the typed field references ({@code FieldRef}) that name
 * every refusal ({@code FieldError}).
 */
@NullMarked
package org.perfgoals.monitoring.input;

import org.jspecify.annotations.NullMarked;
