package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import lifefx.life.Rule;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Metadata;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternLibrary;
import lifefx.pattern.PatternReader;
import lifefx.pattern.PatternWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to and from Golly's macrocell format, including trees too big to list as cells. */
class ConvertMacrocellTest {

    @TempDir
    Path dir;

    @Test
    void rleToMacrocellAndBack() throws Exception {
        Pattern gun = PatternLibrary.builtIn().pattern("gosper-glider-gun");
        Path mc = dir.resolve("gun.mc");
        Cli r = Cli.run("convert", "gosper-glider-gun", mc.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + mc + " (Macrocell, 36 cells)");
        assertThat(Files.readString(mc)).startsWith("[M2] (lifefx ");
        Path rle = dir.resolve("gun.rle");
        r = Cli.run("convert", mc.toString(), rle.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Pattern back = PatternReader.read(rle);
        assertThat(back.cells()).isEqualTo(gun.normalized().cells());
        assertThat(back.metadata().position()).isEqualTo(gun.normalized().metadata().position());
    }

    @Test
    void aHugeTreeCopiesAsATreeAndIsRefusedAsCells() throws Exception {
        Macrocell.Builder b = new Macrocell.Builder();
        int n = b.leaf(0x0000_0018_1800_0000L);
        for (int level = 4; level <= 40; level++) {
            n = b.node(level, n, n, n, n);
        }
        Macrocell tree = b.build(n, Rule.CONWAY, BigInteger.valueOf(77), Metadata.EMPTY.withName("blocks"));
        Path in = dir.resolve("huge.mc");
        PatternWriter.writeFile(in, tree);
        Path copy = dir.resolve("copy.mc");
        Cli r = Cli.run("convert", in.toString(), copy.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(Macrocell, " + BigInteger.TWO.pow(76) + " cells)");
        assertThat(PatternReader.readMacrocell(copy)).isEqualTo(tree);
        Path rle = dir.resolve("huge.rle");
        r = Cli.run("convert", in.toString(), rle.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("lifefx convert: huge.mc: the pattern has " + BigInteger.TWO.pow(76)
                + " live cells, more than the 100000000 LifeFX expands into a cell list; LifeFX keeps it as a tree"
                + " (write it as .mc, or run it on the HashLife universe)");
        assertThat(rle).doesNotExist();
    }

    @Test
    void aBrokenMacrocellFileNamesLineAndColumn() throws Exception {
        Path in = dir.resolve("bad.mc");
        Files.writeString(in, "[M2] (test)\n**$\n4 0 2 0 0\n");
        for (String out : new String[] {"out.mc", "out.rle"}) {
            Cli r = Cli.run("convert", in.toString(), dir.resolve(out).toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("lifefx convert: bad.mc:3:5: node 2 refers to node 2, which is not defined before it"
                    + " (nodes are numbered from 1 in file order)");
        }
    }
}
