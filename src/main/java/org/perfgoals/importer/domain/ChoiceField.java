package org.perfgoals.importer.domain;

import java.util.List;

/** The two checkbox fields, with the labels their boxes are known to carry. */
enum ChoiceField {
    PROJECT_TYPE(FormField.PROJECT_TYPE, "projectType",
            List.of("市委市政府已确定的新增项目", "结转项目", "其他一次性项目", "经常性专项业务费", "其他经常性项目")),
    FUND_USE(FormField.FUND_USE, "fundUse",
            List.of("基本建设工程类", "信息化建设类", "政策补贴类", "政府购买服务", "资产购置类", "其他事业专业类"));

    private final FormField field;
    private final String issuePrefix;
    private final CheckboxReader reader;

    ChoiceField(FormField field, String issuePrefix, List<String> vocabulary) {
        this.field = field;
        this.issuePrefix = issuePrefix;
        this.reader = new CheckboxReader(vocabulary);
    }

    FormField field() {
        return field;
    }

    /** e.g. {@code projectType.none}. */
    String issueCode(String problem) {
        return issuePrefix + "." + problem;
    }

    CheckboxReader reader() {
        return reader;
    }
}
