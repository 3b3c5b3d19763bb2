package org.suqiu.mediation.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldWriteABomThenQuotedCellsWithCrlfLines() {
        byte[] csv = Csv.write(List.of("名称 name", "n"), List.of(List.of("南湖区, \"新\"", 3), List.of("多行\n文本", 0.5)));

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("名称 name,n\r\n\"南湖区, \"\"新\"\"\",3\r\n\"多行\n文本\",0.5\r\n");
    }

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldTakeForFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell(-1)).isEqualTo("-1");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
