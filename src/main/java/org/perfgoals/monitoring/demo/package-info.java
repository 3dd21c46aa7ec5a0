/**
 * The demo profile's monitoring data: the quarters the seed projects show on a fresh start.
 */
@NullMarked
package org.perfgoals.monitoring.demo;

import org.jspecify.annotations.NullMarked;
