package com.loyaltybatch.launch.cli;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables for people: columns padded to their widest cell. */
final class Tables {

    private Tables() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                String cell = cell(row.get(i));
                text.append(i == row.size() - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            text.append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String cell(Object value) {
        return value == null ? "-" : value.toString();
    }
}
