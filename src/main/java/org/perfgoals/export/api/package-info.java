@NullMarked
package org.perfgoals.export.api;

import org.jspecify.annotations.NullMarked;
