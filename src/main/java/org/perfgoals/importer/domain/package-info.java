@NullMarked
package org.perfgoals.importer.domain;

import org.jspecify.annotations.NullMarked;
