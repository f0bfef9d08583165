package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link CellDigest}: the shared, representation-free definition of a universe's digest. */
class CellDigestTest {

    @Test
    void theEmptyDigestIsSha256OfAZeroCount() {
        // SHA-256 of eight zero bytes (the count of no cells), computed independently.
        assertThat(new CellDigest().hex())
                .isEqualTo("af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfc");
    }

    @Test
    void equalCellsGiveEqualDigestsAndAnyDifferenceChangesIt() {
        String a = new CellDigest().add(1, 0).add(-5, 2).add(3, 2).hex();
        assertThat(new CellDigest().add(1, 0).add(-5, 2).add(3, 2).hex()).isEqualTo(a).hasSize(64);
        assertThat(new CellDigest().add(1, 0).add(-5, 2).add(4, 2).hex()).isNotEqualTo(a);
        assertThat(new CellDigest().add(1, 0).add(-5, 2).hex()).isNotEqualTo(a);
        // x and y are not interchangeable.
        assertThat(new CellDigest().add(0, 1).hex()).isNotEqualTo(new CellDigest().add(1, 0).hex());
    }

    @Test
    void aTagChangesTheDigestAndCannotPassForCells() {
        String plain = new CellDigest().add(0, 0).hex();
        String tagged = new CellDigest().add(0, 0).addTag("5x9").hex();
        assertThat(tagged).isNotEqualTo(plain)
                .isNotEqualTo(new CellDigest().add(0, 0).addTag("9x5").hex())
                .isEqualTo(new CellDigest().add(0, 0).addTag("5x9").hex());
        // A tag whose bytes would look like a cell record still hashes differently from that cell.
        assertThat(new CellDigest().addTag("").hex()).isNotEqualTo(new CellDigest().hex());
    }

    @Test
    void cellsOutOfRowMajorOrderAreRefusedWithTheirCoordinates() {
        assertThatThrownBy(() -> new CellDigest().add(0, 1).add(5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(5, 0)").hasMessageContaining("row-major");
        assertThatThrownBy(() -> new CellDigest().add(3, 1).add(3, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CellDigest().addTag("t").add(0, 0))
                .isInstanceOf(IllegalStateException.class);
        CellDigest d = new CellDigest();
        d.hex();
        assertThatThrownBy(d::hex).isInstanceOf(IllegalStateException.class);
    }
}
