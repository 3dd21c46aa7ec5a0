@NullMarked
package org.perfgoals.base.i18n;

import org.jspecify.annotations.NullMarked;
