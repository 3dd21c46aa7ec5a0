@NullMarked
package org.perfgoals.project.api;

import org.jspecify.annotations.NullMarked;
