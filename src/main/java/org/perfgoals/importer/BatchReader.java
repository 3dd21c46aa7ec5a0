package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.importer.format.BatchFiles;
import org.springframework.stereotype.Component;

/**
 * Turns the uploads of a batch into read files within {@code perfgoals.import.*}: zips unpacked, every file read by
 * the single-file reader. Nothing is looked up or stored; the view reads upload by upload to show its progress.
 *
 * @see BatchFiles
 */
@Component
public class BatchReader {

    private final ImportProperties properties;

    BatchReader(ImportProperties properties) {
        this.properties = properties;
    }

    public BatchLimits limits() {
        return properties.limits();
    }

    /**
     * Every file of the uploads, read.
     *
     * @throws BatchRefusal naming the file, when a limit is passed or a zip cannot be unpacked
     */
    public List<ParsedFile> read(List<BatchFile> uploads) {
        return BatchFiles.expand(uploads, limits()).stream().map(ParsedFile::read).toList();
    }

    /** The files of one upload (one, or a zip's), read; limits as {@link #read(List)} for this upload alone. */
    public List<ParsedFile> read(BatchFile upload) {
        return read(List.of(upload));
    }
}
