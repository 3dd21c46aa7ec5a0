package org.perfgoals.monitoring;

/**
 * How strictly a save is checked. People in the entry view must explain a YELLOW or RED row before it is saved;
 * feeds from other systems push numbers first, so a RED value is stored without its explanation and the row then
 * shows that it is missing (submitting the period still requires it).
 */
public enum EntryMode {
    CHECKED, FEED
}
