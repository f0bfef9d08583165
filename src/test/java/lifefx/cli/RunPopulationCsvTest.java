package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --population-csv}: one line per step, births and deaths between its ends. */
class RunPopulationCsvTest {

    @TempDir
    Path dir;

    @Test
    void theArticleGliderOnATorusChangesTwoAndTwoEachGeneration() throws Exception {
        Path csv = dir.resolve("glider.csv");
        Cli r = Cli.run("run", "--torus", "20x20", "--strategy", "packed", "--generations", "4", "--population-csv",
                csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly("generation,population,births,deaths", "1,5,2,2", "2,5,2,2",
                "3,5,2,2", "4,5,2,2");
    }

    @Test
    void onThePlaneAStepOfFourGenerationsComparesItsEnds() throws Exception {
        Path csv = dir.resolve("plane.csv");
        Cli r = Cli.run("run", "--unbounded", "--generations", "8", "--step", "4", "--population-csv", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // a glider after 4 generations is the same shape moved by one cell diagonally: 5 cells, some overlap
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("4,5,");
        assertThat(lines.get(2)).startsWith("8,5,");
        String[] f = lines.get(1).split(",");
        assertThat(Integer.parseInt(f[2])).isEqualTo(Integer.parseInt(f[3])).isBetween(1, 5);
    }

    @Test
    void aFolderThatIsNotThereIsRefusedBeforeStepping() {
        Cli r = Cli.run("run", "--generations", "2", "--population-csv", dir.resolve("no/such/p.csv").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("p.csv").contains("does not exist");
    }
}
