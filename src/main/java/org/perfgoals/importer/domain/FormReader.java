package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.List;

import org.perfgoals.indicator.domain.TargetParser;

/**
 * Reads an uploaded file of 绩效目标申报表 (one or several forms, tab-separated cells as exported or OCR'd)
 * into form data, with every warning and error. Never throws on bad input: a file that is no form at all
 * gives a single error.
 */
public final class FormReader {

    private final SingleFormReader formReader;

    public FormReader() {
        this(new TargetParser());
    }

    public FormReader(TargetParser targetParser) {
        this.formReader = new SingleFormReader(targetParser);
    }

    /** Decodes the file (UTF-8 with or without BOM, else GB18030) and reads it. */
    public ParseResult read(byte[] file) {
        if (file == null || file.length == 0) {
            return fileError("file.empty");
        }
        return TextDecoder.decode(file).map(this::read).orElseGet(() -> fileError("file.binary"));
    }

    public ParseResult read(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        if (normalized.isBlank()) {
            return fileError("file.empty");
        }
        return read(Row.split(normalized));
    }

    /**
     * Reads rows of cells as a Word, Excel, HTML or PDF file gives them (see {@code importer.format}): the same
     * reading as a text file's lines, row {@code i} of the list being line {@code i + 1}. A cell may hold several
     * lines (its paragraphs); tabs inside a cell become spaces.
     */
    public ParseResult readCells(List<List<String>> cells) {
        List<Row> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new Row(i + 1, cells.get(i).stream()
                    .map(cell -> TextNormalizer.normalize(cell).replace('\t', ' ').strip()).toList()));
        }
        if (rows.stream().allMatch(Row::isBlank)) {
            return fileError("file.empty");
        }
        return read(rows);
    }

    private ParseResult read(List<Row> rows) {
        List<FormText> forms = FormSplitter.split(rows);
        if (forms.isEmpty()) {
            return fileError("file.notForm");
        }
        if (forms.size() > ImportLimits.MAX_FORMS_PER_FILE) {
            return fileError("file.tooManyForms", String.valueOf(forms.size()),
                    String.valueOf(ImportLimits.MAX_FORMS_PER_FILE));
        }
        List<FormData> read = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        for (FormText form : forms) {
            SingleFormReader.Outcome outcome = formReader.read(form);
            read.add(outcome.form());
            issues.addAll(outcome.issues());
        }
        issues.addAll(DuplicateForms.find(read));
        return new ParseResult(read, issues);
    }

    /** A file refused as a whole: one error, no form ({@code code} names the problem, as every issue's). */
    public static ParseResult fileError(String code, String... args) {
        return new ParseResult(List.of(),
                List.of(new ImportIssue(ImportIssue.Severity.ERROR, code, List.of(args), 0, null, 0)));
    }
}
