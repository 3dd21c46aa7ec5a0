package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;

/**
 * The files of a batch: uploaded files as they are, and a zip archive (recognised by its content, not its name; a
 * Word or Excel file is a zip too and stays one file) unpacked one level: folders are walked, directory entries and
 * system files ({@code __MACOSX/}, {@code .DS_Store}, {@code ._*}, {@code Thumbs.db}, {@code desktop.ini}, Office's
 * {@code ~$} lock files) left out, a zip inside the zip refused. Every entry is counted while it is inflated, never
 * by the size its header claims: an entry past the file limit or a zip past the batch's total is refused at that
 * point (a zip bomb costs at most the limit). Entry names are UTF-8, or GB18030 as Chinese Windows writes them.
 */
public final class BatchFiles {

    private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "desktop.ini");
    private static final int BUFFER = 64 * 1024;

    private BatchFiles() {
    }

    /** The files to read, in upload order (a zip's in its order); throws a {@link BatchRefusal} naming the file. */
    public static List<BatchFile> expand(List<BatchFile> uploads, BatchLimits limits) {
        if (uploads.isEmpty()) {
            throw BatchRefusal.noFile("file");
        }
        Budget budget = new Budget(limits);
        List<BatchFile> files = new ArrayList<>();
        for (BatchFile upload : uploads) {
            if (FormatSniffer.isArchive(upload.content())) {
                List<BatchFile> entries = unzip(upload, budget);
                if (entries.isEmpty()) {
                    throw BatchRefusal.emptyZip(upload.name());
                }
                for (BatchFile entry : entries) {
                    budget.count(entry.name(), files.size() + 1);
                    files.add(entry);
                }
            } else {
                if (upload.content().length > limits.maxFileBytes()) {
                    throw BatchRefusal.fileTooLarge(upload.name(), limits.maxFileBytes());
                }
                budget.take(upload.name(), upload.content().length);
                budget.count(upload.name(), files.size() + 1);
                files.add(upload);
            }
        }
        return List.copyOf(files);
    }

    /** What the batch may still take: bytes in all, files in all. */
    private static final class Budget {

        private final BatchLimits limits;
        private long bytes;

        Budget(BatchLimits limits) {
            this.limits = limits;
        }

        void take(String file, long more) {
            bytes += more;
            if (bytes > limits.maxBatchBytes()) {
                throw BatchRefusal.batchTooLarge(file, limits.maxBatchBytes());
            }
        }

        void count(String file, int files) {
            if (files > limits.maxFiles()) {
                throw BatchRefusal.tooManyFiles(file, limits.maxFiles());
            }
        }
    }

    private static List<BatchFile> unzip(BatchFile zip, Budget budget) {
        try {
            return unzip(zip, budget, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            // Names that are no UTF-8 (and carry no UTF-8 flag) are refused as a bad header: read them as Chinese
            // Windows writes them. A zip damaged otherwise fails again.
            try {
                return unzip(zip, budget, Charset.forName("GB18030"));
            } catch (IOException | IllegalArgumentException damaged) {
                throw BatchRefusal.unreadableZip(zip.name());
            }
        }
    }

    private static List<BatchFile> unzip(BatchFile zip, Budget outer, Charset names) throws IOException {
        Budget budget = new Budget(outer.limits);
        budget.bytes = outer.bytes;
        List<BatchFile> files = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = zip.name() + "/" + entry.getName().replaceFirst("^/+", "");
                // System files and folders are inflated too (that is how the stream gets past them): counted alike.
                byte[] content = inflate(in, name, budget);
                if (entry.isDirectory() || isSystemFile(entry.getName())) {
                    continue;
                }
                if (FormatSniffer.isArchive(content)) {
                    throw BatchRefusal.nestedZip(name);
                }
                files.add(new BatchFile(name, content));
            }
        }
        outer.bytes = budget.bytes;
        return files;
    }

    /** The entry's bytes, counted as they are inflated against the file limit and the batch's total. */
    private static byte[] inflate(ZipInputStream in, String name, Budget budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > budget.limits.maxFileBytes()) {
                throw BatchRefusal.fileTooLarge(name, budget.limits.maxFileBytes());
            }
            budget.take(name, n);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static boolean isSystemFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || lower.contains("/__macosx/") || SYSTEM_FILES.contains(last)
                || last.startsWith("._") || last.startsWith("~$");
    }
}
