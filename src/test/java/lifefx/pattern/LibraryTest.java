package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void indexAgreesWithEveryFile() throws Exception {
        PatternLibrary lib = PatternLibrary.builtIn();
        assertThat(lib.entries()).isNotEmpty();
        for (PatternLibrary.Entry e : lib.entries()) {
            Pattern p = e.pattern();
            assertThat(p.metadata().name()).as(e.name()).isEqualTo(e.title());
            assertThat(p.metadata().author()).as(e.name()).isEqualTo(e.author());
            assertThat(p.metadata().description()).as(e.name()).isEqualTo(e.description());
            assertThat(p.population()).as(e.name()).isPositive();
        }
    }

    @Test
    void findsByNameIgnoringCaseAndSeparators() throws Exception {
        PatternLibrary lib = PatternLibrary.builtIn();
        assertThat(lib.find("GLIDER")).isPresent();
        assertThat(lib.find("Gosper glider gun")).map(PatternLibrary.Entry::name).contains("gosper-glider-gun");
        assertThat(lib.find("r_pentomino.rle")).isPresent();
        assertThat(lib.find("no-such")).isEmpty();
        assertThat(lib.pattern("gosper-glider-gun").population()).isEqualTo(36);
    }
}
