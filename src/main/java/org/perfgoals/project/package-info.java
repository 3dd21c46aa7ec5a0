@NullMarked
package org.perfgoals.project;

import org.jspecify.annotations.NullMarked;
