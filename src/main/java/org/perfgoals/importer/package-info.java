@NullMarked
package org.perfgoals.importer;

import org.jspecify.annotations.NullMarked;
