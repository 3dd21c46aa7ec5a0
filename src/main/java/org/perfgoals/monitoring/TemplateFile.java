package org.perfgoals.monitoring;

/** A filling template ready to download: its file name and its bytes (.xlsx). */
public record TemplateFile(String fileName, byte[] content) {
}
