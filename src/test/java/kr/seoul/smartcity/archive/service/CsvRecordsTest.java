package kr.seoul.smartcity.archive.service;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordsTest {

    private static List<CsvRecords.Record> all(String text) {
        CsvRecords csv = new CsvRecords(new StringReader(text));
        List<CsvRecords.Record> records = new ArrayList<>();
        for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaksAndCountsLines() {
        List<CsvRecords.Record> records = all("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\"\n,,\nlast,2,3");

        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4, 5);
        assertThat(records.get(0).values()).containsExactly("a", "b", "c");
        assertThat(records.get(1).values()).containsExactly("x, y", "say \"hi\"", "one\ntwo");
        assertThat(records.get(2).blank()).isTrue();
        assertThat(records.get(3).values()).containsExactly("last", "2", "3");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        CsvRecords csv = new CsvRecords(new StringReader("a,b\n\"open,b\n"));
        csv.next();
        assertThatThrownBy(csv::next)
                .hasMessage("A quoted value that starts on line 2 is never closed with a double quote");
    }
}
