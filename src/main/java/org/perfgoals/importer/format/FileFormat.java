package org.perfgoals.importer.format;

/** The formats a form file can be read from, as its content shows them (never its name). */
public enum FileFormat {
    TEXT, HTML, DOCX, DOC, XLSX, XLS, PDF
}
