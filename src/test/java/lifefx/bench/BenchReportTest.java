package lifefx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import lifefx.cellio.CellIoMode;
import lifefx.life.GridSize;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CSV and JSON read back to the values written, whatever characters a name holds. */
class BenchReportTest {

    private static final String AWKWARD = "my \"fast\", strategy\nsecond line";

    private static List<BenchResult> results() {
        CellIoMode none = CellIoMode.of("none", 0);
        return List.of(
                new BenchResult(new BenchCase(AWKWARD, new GridSize(5, 9), 3, 0, 2, none), 1.5, 0.25, 1_234_567.0,
                        0, true, null),
                BenchResult.skipped(new BenchCase("skipped", new GridSize(5, 9), 3, 0, 2, none), "too big"),
                new BenchResult(new BenchCase("sequential", new GridSize(500, 900), 100, 0, 5, none), 2.0, 20.0,
                        2.25e7, 0, false, null));
    }

    @Test
    void csvParsesBackToTheSameValues() throws Exception {
        String csv = BenchReport.format(results(), BenchReport.Format.CSV);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(BenchReport.CSV_HEADER);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(2);
            CSVRecord first = records.getFirst();
            assertThat(first.get("strategy")).isEqualTo(AWKWARD);
            assertThat(first.get("grid")).isEqualTo("5x9");
            assertThat(first.get("steps")).isEqualTo("3");
            assertThat(Double.parseDouble(first.get("seconds"))).isEqualTo(1.5);
            assertThat(Double.parseDouble(first.get("cellUpdatesPerSecond"))).isEqualTo(1_234_567.0);
            assertThat(first.get("articlePythonSeconds")).isEmpty();
            assertThat(first.get("matchesSequential")).isEqualTo("true");
            CSVRecord second = records.get(1);
            assertThat(second.get("strategy")).isEqualTo("sequential");
            assertThat(Double.parseDouble(second.get("articlePythonSeconds"))).isEqualTo(55.5);
            assertThat(second.get("matchesSequential")).isEqualTo("false");
        }
    }

    @Test
    void jsonParsesBackToTheSameValues() {
        String json = BenchReport.format(results(), BenchReport.Format.JSON);
        JsonNode array = JsonMapper.builder().build().readTree(json);
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.get("strategy").asString()).isEqualTo(AWKWARD);
        assertThat(first.get("grid").asString()).isEqualTo("5x9");
        assertThat(first.get("steps").asInt()).isEqualTo(3);
        assertThat(first.get("seconds").asDouble()).isEqualTo(1.5);
        assertThat(first.get("msPerStep").asDouble()).isEqualTo(0.25);
        assertThat(first.get("articlePythonSeconds").isNull()).isTrue();
        assertThat(first.get("matchesSequential").asBoolean()).isTrue();
        assertThat(array.get(1).get("articlePythonSeconds").asDouble()).isEqualTo(55.5);
        assertThat(array.get(1).get("matchesSequential").asBoolean()).isFalse();
    }

    @Test
    void ratesUseCompactUnits() {
        assertThat(BenchReport.engineering(12.34)).isEqualTo("12.3");
        assertThat(BenchReport.engineering(1_234)).isEqualTo("1.23 k");
        assertThat(BenchReport.engineering(1_234_567)).isEqualTo("1.23 M");
        assertThat(BenchReport.engineering(1.5e9)).isEqualTo("1.50 G");
        assertThat(BenchReport.engineering(Double.NaN)).isEqualTo("-");
        assertThat(BenchReport.format(results(), BenchReport.Format.TABLE)).contains("1.23 M", "22.50 M");
    }
}
