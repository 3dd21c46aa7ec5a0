package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perfgoals.importer.domain.TextDecoder;

/**
 * Recognises a form file by its content: the magic bytes, then the structure (the parts of a zip, the streams of an
 * OLE2 compound file). The file name and the media type the client sent are never asked. What cannot be read is
 * refused with a code naming what was recognised ({@code file.format.executable}, {@code file.format.archive} …).
 */
final class FormatSniffer {

    /** What the content is, and whether it carries macros (which are never run, only reported). */
    record Sniffed(FileFormat format, boolean macros) {
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    private FormatSniffer() {
    }

    static Sniffed sniff(byte[] file) {
        if (startsWith(file, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return new Sniffed(FileFormat.PDF, false);
        }
        if (startsWith(file, 'P', 'K', 3, 4) || startsWith(file, 'P', 'K', 5, 6)) {
            return zip(file);
        }
        if (startsWith(file, OLE2)) {
            return ole2(file);
        }
        refuseKnownBinary(file);
        return TextDecoder.decode(file)
                .map(text -> new Sniffed(HtmlCells.isHtml(text) ? FileFormat.HTML : FileFormat.TEXT, false))
                .orElseThrow(() -> new FormatRefusal("file.binary"));
    }

    /** Whether the file is a zip archive of files rather than a Word or Excel document (which are zips too). */
    static boolean isArchive(byte[] file) {
        if (!startsWith(file, 'P', 'K', 3, 4) && !startsWith(file, 'P', 'K', 5, 6)) {
            return false;
        }
        try {
            zip(file);
            return false;
        } catch (FormatRefusal refusal) {
            return refusal.code().equals("file.format.archive");
        }
    }

    private static Sniffed zip(byte[] file) {
        List<String> names = zipEntryNames(file);
        boolean macros = names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return new Sniffed(FileFormat.DOCX, macros);
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return new Sniffed(FileFormat.XLSX, macros);
        }
        if (names.contains("[Content_Types].xml") && names.contains("ppt/presentation.xml")) {
            throw new FormatRefusal("file.format.presentation");
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            throw new FormatRefusal("file.format.openDocument");
        }
        throw new FormatRefusal("file.format.archive", String.valueOf(names.size()));
    }

    private static Sniffed ole2(byte[] file) {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw new FormatRefusal("file.unreadable", "OLE2");
        }
        if (entries.contains("EncryptedPackage")) {
            throw new FormatRefusal("file.format.encrypted");
        }
        if (entries.contains("WordDocument")) {
            return new Sniffed(FileFormat.DOC, entries.contains("Macros"));
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return new Sniffed(FileFormat.XLS, entries.contains("_VBA_PROJECT_CUR"));
        }
        if (entries.contains("PowerPoint Document")) {
            throw new FormatRefusal("file.format.presentation");
        }
        throw new FormatRefusal("file.format.ole2");
    }

    /** Programs, images and other archives are named, so the user knows what was sent. */
    private static void refuseKnownBinary(byte[] file) {
        if (startsWith(file, 'M', 'Z') || startsWith(file, 0x7F, 'E', 'L', 'F')
                || startsWith(file, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(file, 0xCA, 0xFE, 0xBA, 0xBE)) {
            throw new FormatRefusal("file.format.executable");
        }
        if (startsWith(file, 0x89, 'P', 'N', 'G') || startsWith(file, 0xFF, 0xD8, 0xFF)
                || startsWith(file, 'G', 'I', 'F', '8') || startsWith(file, 'B', 'M')
                || startsWith(file, 'I', 'I', 0x2A, 0) || startsWith(file, 'M', 'M', 0, 0x2A)) {
            throw new FormatRefusal("file.format.image");
        }
        if (startsWith(file, 0x1F, 0x8B) || startsWith(file, 'R', 'a', 'r', '!')
                || startsWith(file, '7', 'z', 0xBC, 0xAF)) {
            throw new FormatRefusal("file.format.archive", "0");
        }
        if (startsWith(file, '{', '\\', 'r', 't', 'f')) {
            throw new FormatRefusal("file.format.rtf");
        }
    }

    /**
     * The names in a zip's central directory, read without inflating anything (a zip bomb costs nothing here);
     * empty when the directory cannot be found.
     */
    static List<String> zipEntryNames(byte[] zip) {
        for (int end = zip.length - EOCD_SIZE; end >= Math.max(0, zip.length - EOCD_SIZE - MAX_ZIP_COMMENT); end--) {
            if (int32(zip, end) == EOCD_SIGNATURE) {
                return centralDirectory(zip, uint16(zip, end + 10), int32(zip, end + 16));
            }
        }
        return List.of();
    }

    private static List<String> centralDirectory(byte[] zip, int count, int offset) {
        List<String> names = new ArrayList<>();
        int at = offset;
        for (int i = 0; i < count && at >= 0 && at + 46 <= zip.length && int32(zip, at) == CENTRAL_SIGNATURE; i++) {
            int nameLength = uint16(zip, at + 28);
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + uint16(zip, at + 30) + uint16(zip, at + 32);
        }
        return names;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) | uint16(b, at + 2) << 16;
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] file, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return startsWith(file, bytes);
    }
}
