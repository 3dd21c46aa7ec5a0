package org.perfgoals.dashboard;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Turns on Spring's cache abstraction, so that Boot builds the Caffeine caches {@code spring.cache.*} names. */
@Configuration
@EnableCaching
class CacheConfig {
}
