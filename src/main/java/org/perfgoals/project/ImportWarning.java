package org.perfgoals.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;

/** A warning the importer raised for this project, kept so the project page can show it. */
@Embeddable
public class ImportWarning {

    @Column(name = "code", nullable = false)
    private String code;
    @Column(name = "args")
    @Convert(converter = StringListConverter.class)
    private List<String> args;
    @Column(name = "line_number")
    private int line;

    protected ImportWarning() {
    }

    public ImportWarning(String code, List<String> args, int line) {
        this.code = code;
        this.args = List.copyOf(args);
        this.line = line;
    }

    public String getCode() { return code; }
    public List<String> getArgs() { return args; }
    public int getLine() { return line; }
}
