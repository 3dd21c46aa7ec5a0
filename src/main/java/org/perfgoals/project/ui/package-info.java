@NullMarked
package org.perfgoals.project.ui;

import org.jspecify.annotations.NullMarked;
