package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzipped pattern files read as Golly reads them: by their content, whatever their name. */
class GzipTest {

    @TempDir
    Path dir;

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void gzippedRleAndMacrocellReadAsTheirText() throws Exception {
        String rle = "#N glider\nx = 3, y = 3\nbo$2bo$3o!\n";
        Path gz = Files.write(dir.resolve("glider.rle.gz"), gzip(rle));
        assertThat(PatternReader.read(gz)).isEqualTo(PatternReader.read(rle, "glider.rle.gz"));
        String mc = PatternWriter.write(Macrocell.of(PatternReader.read(rle, "g.rle")));
        Path mcgz = Files.write(dir.resolve("glider.mc.gz"), gzip(mc));
        assertThat(PatternReader.readMacrocell(mcgz).population()).isEqualTo(BigInteger.valueOf(5));
        // The content decides, not the name: a gzipped file called .rle is still read.
        Path misnamed = Files.write(dir.resolve("plain.rle"), gzip(rle));
        assertThat(PatternReader.read(misnamed).population()).isEqualTo(5);
    }

    @Test
    void aDamagedGzipFileIsOneLineNamingTheFile() throws Exception {
        byte[] whole = gzip("x = 3, y = 3\nbo$2bo$3o!\n".repeat(50));
        Path cut = Files.write(dir.resolve("cut.rle.gz"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PatternReader.read(cut)).isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("cut.rle.gz").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path notGzip = Files.write(dir.resolve("junk.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        assertThatThrownBy(() -> PatternReader.read(notGzip)).isInstanceOf(PatternFormatException.class)
                .hasMessageStartingWith("junk.gz");
    }
}
