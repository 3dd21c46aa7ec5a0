@NullMarked
package org.perfgoals.importer.ui;

import org.jspecify.annotations.NullMarked;
