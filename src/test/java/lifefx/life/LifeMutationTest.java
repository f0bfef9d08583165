package lifefx.life;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundaries and branches of {@code life} that the other tests leave open, found by mutation
 * testing ({@code mvn -B -Ppit test}): each case here fails when one comparison, constant or call
 * in {@link Rule}, {@link GridSize}, {@link Grid} or {@link CellLogic} is changed.
 */
class LifeMutationTest {

    // ---- GridSize: every limit at its edge, on both sides ----

    @Test
    void sidesOfOneAndOfMaxSideAreAllowed() {
        assertThat(new GridSize(1, 1).cells()).isEqualTo(1);
        GridSize tall = new GridSize(GridSize.MAX_SIDE, 1);
        assertThat(tall.height()).isEqualTo(1 << 20);
        GridSize wide = new GridSize(1, GridSize.MAX_SIDE);
        assertThat(wide.width()).isEqualTo(1 << 20);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0       | 1       | grid size 0x1 is too small: both sides must be at least 1",
            "1       | 0       | grid size 1x0 is too small: both sides must be at least 1",
            "-1      | 5       | grid size -1x5 is too small",
            "1048577 | 1       | grid size 1048577x1 is too large: each side must be at most 1,048,576",
            "1       | 1048577 | grid size 1x1048577 is too large: each side must be at most 1,048,576",
    })
    void sidesJustPastTheLimitsAreRefused(int height, int width, String message) {
        assertThatThrownBy(() -> new GridSize(height, width))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void exactlyMaxCellsIsAllowedAndOneRowMoreIsNot() {
        // 2^20 x 2^10 = 2^30 cells: exactly the cap.
        GridSize atCap = new GridSize(1 << 20, 1 << 10);
        assertThat((long) atCap.cells()).isEqualTo(GridSize.MAX_CELLS);
        assertThatThrownBy(() -> new GridSize((1 << 20), (1 << 10) + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grid size 1048576x1025 has 1,074,790,400 cells, more than the limit of 1,073,741,824");
    }

    @Test
    void nineDigitSidesReachTheSizeCheckAndTenDigitsAreRefusedAsText() {
        assertThatThrownBy(() -> GridSize.parse("123456789x1"))
                .hasMessage("grid size 123456789x1 is too large: each side must be at most 1,048,576");
        assertThatThrownBy(() -> GridSize.parse("1x1234567890"))
                .hasMessage("bad grid size '1x1234567890': the width 1234567890 is larger than 1048576");
        assertThatThrownBy(() -> GridSize.parse("7"))
                .hasMessage("bad grid size '7': expected HEIGHTxWIDTH, for example 500x900");
        assertThatThrownBy(() -> GridSize.parse(null)).hasMessageStartingWith("empty grid size");
        assertThatThrownBy(() -> GridSize.parse("5x"))
                .hasMessage("bad grid size '5x': the width '' is not a whole number");
    }

    @Test
    void theFirstSeparatorSplitsHeightFromWidth() {
        assertThatThrownBy(() -> GridSize.parse("3X4x"))
                .hasMessage("bad grid size '3X4x': the width '4x' is not a whole number");
    }

    // ---- Rule ----

    @Test
    void masksBeyondBitEightAreRefused() {
        assertThatThrownBy(() -> new Rule(1 << 9, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule masks must use bits 0..8 only");
        assertThatThrownBy(() -> new Rule(0, 1 << 9, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(-1, 0, null)).isInstanceOf(IllegalArgumentException.class);
        Rule all = new Rule(0x1FF, 0x1FF, null);
        assertThat(all.toString()).isEqualTo("B012345678/S012345678");
    }

    @Test
    void nextReadsTheBitOfTheNeighbourCount() {
        Rule r = new Rule(1 << 8 | 1, 1 << 7, null); // B08/S7
        assertThat(r.next(false, 0)).isTrue();
        assertThat(r.next(false, 8)).isTrue();
        assertThat(r.next(false, 7)).isFalse();
        assertThat(r.next(true, 7)).isTrue();
        assertThat(r.next(true, 8)).isFalse();
        assertThat(r.next(true, 0)).isFalse();
        byte[] t = r.table();
        assertThat(t).hasSize(18).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void torusIsAddedAndRemovedWithoutTouchingTheConditions() {
        Rule r = Rule.parse("B36/S23");
        assertThat(r.withoutTorus()).isSameAs(r);
        Rule onTorus = r.withTorus(new GridSize(48, 72));
        assertThat(onTorus.toString()).isEqualTo("B36/S23:T72,48");
        assertThat(onTorus.withoutTorus()).isEqualTo(r).isNotSameAs(onTorus);
        assertThatThrownBy(() -> r.withTorus(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "B3/S23:T5           | B3/S23:T5,5",
            "B3/S23:T123,45      | B3/S23:T123,45",
            "B3/S23 : T 7,3      | B3/S23:T7,3",
            "S23B3               | B3/S23",
            "B0/S8               | B0/S8",
            "B8S0                | B8/S0",
            "B3/S23:T1048576,1   | B3/S23:T1048576,1",
    })
    void torusAndLetterFormsAtTheirEdges(String text, String canonical) {
        assertThat(Rule.parse(text).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S23/S3              | bad rule 'S23/S3': 'S' appears twice",
            "B3/S23/             | bad rule 'B3/S23/': nothing after '/'",
            "B3 S23              | bad rule 'B3 S23': expected a neighbour count 0-8, '/', 'B' or 'S' at position 3, found ' '",
            "B3/X                | bad rule 'B3/X': expected 'B' or 'S' at position 4, found 'X'",
            ":T5,5               | bad rule ':T5,5': no birth or survival conditions before ':'",
            "23/3:T123456789,2   | bad rule '23/3:T123456789,2': grid size 2x123456789 is too large: each side must be at most 1,048,576",
            "23/3:T5,1234567890  | bad rule '23/3:T5,1234567890': torus height '1234567890' is not a whole number between 1 and 1048576",
            "23/3:T5,0           | bad rule '23/3:T5,0': torus height is 0: LifeFX needs a bounded torus (sides of at least 1)",
            "23/3:T5,-1          | bad rule '23/3:T5,-1': torus height '-1' is not a whole number between 1 and 1048576",
            "2/3a                | bad rule '2/3a': expected a neighbour count 0-8, found 'a'",
            "2/3/                | bad rule '2/3/': more than one '/'",
            "23                  | bad rule '23': expected B…/S… (as in B3/S23) or survival/birth (as in 23/3)",
            "B3/S2:              | bad rule 'B3/S2:': nothing after ':', expected a torus size such as :T72,48",
            "B9/S                | bad rule 'B9/S': neighbour count 9 is out of range: a cell has at most 8 neighbours",
            "B/S/                | bad rule 'B/S/': nothing after '/'",
    })
    void eachBadRuleNamesItsFault(String text, String message) {
        assertThatThrownBy(() -> Rule.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void digitsJustOutsideTheRangeAreNotCounts() {
        // '/' is just below '0' and ':' just above '9' in ASCII.
        assertThatThrownBy(() -> Rule.parse("2/3;")).hasMessage("bad rule '2/3;': expected a neighbour count 0-8, found ';'");
        assertThatThrownBy(() -> Rule.parse(" 2.3/3")).hasMessage("bad rule '2.3/3': expected a neighbour count 0-8, found '.'");
        assertThatThrownBy(() -> Rule.parse(null)).hasMessageStartingWith("empty rule");
        assertThatThrownBy(() -> Rule.parse("   ")).hasMessageStartingWith("empty rule");
    }

    // ---- Grid ----

    @Test
    void neighboursWrapAtTheLastRowAndColumn() {
        Grid g = Grid.parseRows(
                "*---*",
                "-----",
                "-----",
                "*----");
        // (3,4) touches (3,0) to its right, (0,4) below and (0,0) below-right, all across the wrap.
        assertThat(g.liveNeighbours(3, 4)).isEqualTo(3);
        assertThat(g.liveNeighbours(0, 4)).isEqualTo(2);
        assertThat(g.liveNeighbours(3, 0)).isEqualTo(2);
        assertThat(g.liveNeighbours(2, 2)).isZero();
        assertThat(g.liveNeighbours(1, 3)).isEqualTo(1);
        assertThat(g.liveNeighbours(1, 1)).isEqualTo(1);
    }

    @Test
    void cellAtIsRowMajorWithNoWrap() {
        Grid g = Grid.parseRows("-*-", "--*");
        assertThat(g.cellAt(1)).isEqualTo(1);
        assertThat(g.cellAt(5)).isEqualTo(1);
        assertThat(g.cellAt(4)).isZero();
        assertThatThrownBy(() -> g.cellAt(6)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThat(g.height()).isEqualTo(2);
        assertThat(g.width()).isEqualTo(3);
        assertThat(g.size()).isEqualTo(new GridSize(2, 3));
    }

    @Test
    void rowsAreCopiedOutAndInAtTheirOffsets() {
        Grid g = Grid.parseRows("*-*", "-**");
        byte[] dst = new byte[5];
        g.copyRow(1, dst, 1);
        assertThat(dst).containsExactly(0, 0, 1, 1, 0);
        assertThatThrownBy(() -> g.copyRow(2, dst, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> g.copyRow(-1, dst, 0)).isInstanceOf(IndexOutOfBoundsException.class);

        Grid.Builder b = new Grid.Builder(new GridSize(2, 3));
        b.setRow(1, new byte[] {9, 1, 0, 1, 9}, 1);
        assertThat(b.get(1, 0)).isTrue();
        assertThat(b.get(1, 1)).isFalse();
        assertThat(b.get(-1, 2)).isTrue();
        assertThat(b.get(0, 0)).isFalse();
        assertThatThrownBy(() -> b.setRow(2, new byte[3], 0)).isInstanceOf(IndexOutOfBoundsException.class);
        Grid built = b.set(0, true).build(0);
        assertThat(built).isEqualTo(Grid.parseRows("*--", "*-*"));
        assertThat(built.population()).isEqualTo(3);
    }

    @Test
    void builderClearsSetsByIndexAndUnsets() {
        Grid.Builder b = Grid.parseRows("**", "**").toBuilder();
        assertThat(b.size()).isEqualTo(new GridSize(2, 2));
        b.clear();
        assertThat(b.get(0, 0)).isFalse();
        b.set(3, true).set(0, 1, true).set(0, 1, false).set(2, true).set(2, false);
        Grid g = b.build(5);
        assertThat(g).isEqualTo(Grid.parseRows("--", "-*").withGeneration(5));
        assertThatThrownBy(() -> b.get(0, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("this builder has already built its grid");
        assertThatThrownBy(b::clear).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.build(6)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBuilderFromAGridDoesNotChangeThatGrid() {
        Grid g = Grid.parseRows("*-");
        Grid.Builder b = g.toBuilder();
        b.set(0, 0, false);
        assertThat(g.isAlive(0, 0)).isTrue();
        assertThat(b.build(0).population()).isZero();
    }

    @Test
    void withTheSameGenerationIsTheSameGrid() {
        Grid g = Grid.parseRows("*-").withGeneration(4);
        assertThat(g.withGeneration(4)).isSameAs(g);
        assertThat(g.withGeneration(5)).isNotSameAs(g);
    }

    @Test
    void equalityLooksAtGenerationSizeAndEveryCell() {
        Grid g = Grid.parseRows("*-", "-*");
        assertThat(g).isEqualTo(g.toBuilder().build(0));
        assertThat(g).isNotEqualTo(g.toBuilder().set(0, 1, true).build(0));
        assertThat(g).isNotEqualTo(Grid.parseRows("*--*"));
        assertThat(g.sameCells(Grid.parseRows("*--*"))).isFalse();
        assertThat(g).isNotEqualTo("*-\n-*");
        assertThat(g.hashCode()).isNotEqualTo(g.withGeneration(1).hashCode());
        assertThat(g.hashCode()).isNotEqualTo(Grid.parseRows("*-", "--").hashCode());
    }

    @Test
    void smallGridsPrintTheirCellsAndLargeOnesASummary() {
        assertThat(Grid.parseRows("*-", "-*").withGeneration(3).toString())
                .isEqualTo("Grid[2x2, generation=3]\n*-\n-*\n");
        // 64 x 64 = 4096 cells: still printed in full.
        Grid edge = Grid.empty(new GridSize(64, 64));
        assertThat(edge.toString()).startsWith("Grid[64x64, generation=0]\n").hasLineCount(65);
        Grid large = new Grid.Builder(new GridSize(1, 4097)).set(0, 7, true).build(2);
        assertThat(large.toString()).isEqualTo("Grid[1x4097, generation=2, population=1]");
    }

    @Test
    void parseRowsTakesEveryLiveAndDeadLetterAndRefusesOthers() {
        Grid g = Grid.parseRows("*Oo", "-.b");
        assertThat(g.population()).isEqualTo(3);
        assertThat(g.isAlive(0, 2)).isTrue();
        assertThat(g.isAlive(1, 2)).isFalse();
        assertThatThrownBy(Grid::parseRows).isInstanceOf(IllegalArgumentException.class).hasMessage("no rows");
        assertThatThrownBy(() -> Grid.parseRows("**", "*")).hasMessage("row 1 has 1 cells, expected 2");
        assertThatThrownBy(() -> Grid.parseRows("**", "*x")).hasMessage("row 1 column 1: unexpected 'x'");
    }

    @Test
    void theDigestPacksEightCellsToAByteInOrder() {
        // One live cell at index 9 and one at index 0: distinct from the same cells shifted by one.
        Grid a = new Grid.Builder(new GridSize(2, 8)).set(0, true).set(9, true).build(0);
        Grid b = new Grid.Builder(new GridSize(2, 8)).set(1, true).set(8, true).build(0);
        Grid c = new Grid.Builder(new GridSize(2, 8)).set(0, true).set(8, true).build(0);
        assertThat(a.digest()).isNotEqualTo(b.digest()).isNotEqualTo(c.digest());
        assertThat(b.digest()).isNotEqualTo(c.digest());
        // Nine cells: the packed array needs a second byte for the ninth.
        Grid nine = new Grid.Builder(new GridSize(1, 9)).set(8, true).build(0);
        assertThat(nine.digest()).isNotEqualTo(Grid.empty(new GridSize(1, 9)).digest());
    }

    @Test
    void aLetterWithNoCountsStillCountsAsGiven() {
        // "B" with no digits is an empty birth mask, and is still a B part: a second one is refused.
        assertThatThrownBy(() -> Rule.parse("B/B3/S23")).hasMessage("bad rule 'B/B3/S23': 'B' appears twice");
        assertThatThrownBy(() -> Rule.parse("B3/S/S2")).hasMessage("bad rule 'B3/S/S2': 'S' appears twice");
        assertThatThrownBy(() -> Rule.parse("B3/S23:T,5"))
                .hasMessage("bad rule 'B3/S23:T,5': torus width '' is not a whole number between 1 and 1048576");
    }

    @Test
    void builderCallsChain() {
        Grid g = new Grid.Builder(new GridSize(2, 2)).setRow(0, new byte[] {1, 1}, 0).clear()
                .setRow(1, new byte[] {0, 1}, 0).set(0, 0, true).build(0);
        assertThat(g).isEqualTo(Grid.parseRows("*-", "-*"));
    }

    // ---- CellLogic ----

    @Test
    void onlyRuleLogicClaimsToBePure() throws Exception {
        CellLogic pure = CellLogic.of(Rule.CONWAY);
        assertThat(pure.pureRule()).isSameAs(Rule.CONWAY);
        assertThat(pure.next(false, 3)).isTrue();
        assertThat(pure.next(true, 4)).isFalse();
        CellLogic opaque = (alive, n) -> Rule.CONWAY.next(alive, n);
        assertThat(opaque.pureRule()).isNull();
    }
}
