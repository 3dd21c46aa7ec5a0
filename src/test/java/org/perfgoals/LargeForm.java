package org.perfgoals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The seed's hotline form with its indicator table replaced by many generated quantitative indicators. */
public final class LargeForm {

    private static final String[] LEVEL1 = {"投入和管理目标", "产出目标", "效果目标", "影响力目标"};

    private LargeForm() {
    }

    /** A form named {@code name} of the hotline's unit and year with {@code indicators} indicators. */
    public static byte[] of(String name, int indicators) {
        List<String> lines = Arrays.asList(SeedFile.text().split("\n"));
        int title = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("项目名称\t" + SeedProjects.HOTLINE_Q))
                .findFirst().orElseThrow());
        int start = title;
        while (!lines.get(start).contains("绩效目标申报表")) {
            start--;
        }
        int header = title;
        while (!lines.get(header).startsWith("一级指标\t二级指标")) {
            header++;
        }
        int remarks = header;
        while (!lines.get(remarks).startsWith("备注")) {
            remarks++;
        }
        List<String> form = new ArrayList<>(lines.subList(start, header + 1));
        form.set(title - start, "项目名称\t" + name + "\t\t");
        for (int i = 0; i < indicators; i++) {
            int group = i * LEVEL1.length / indicators;
            boolean first = i == 0 || (i - 1) * LEVEL1.length / indicators != group;
            form.add((first ? LEVEL1[group] : "") + "\t二级" + (i / 10 + 1) + "\t服务指标" + (1000 + i) + "\t≥80.00%");
        }
        form.addAll(lines.subList(remarks, remarks + 1));
        return String.join("\n", form).getBytes(StandardCharsets.UTF_8);
    }
}
