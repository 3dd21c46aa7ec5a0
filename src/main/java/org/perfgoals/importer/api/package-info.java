@NullMarked
package org.perfgoals.importer.api;

import org.jspecify.annotations.NullMarked;
