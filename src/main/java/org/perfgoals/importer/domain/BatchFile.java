package org.perfgoals.importer.domain;

/**
 * One file of a batch as it arrived: the name it came with (an uploaded file's name, or {@code archive.zip/path}
 * for a file inside a zip) and its bytes. The name only labels the file in messages; the content decides its format.
 */
public record BatchFile(String name, byte[] content) {
}
