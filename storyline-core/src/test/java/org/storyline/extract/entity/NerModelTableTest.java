package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The compact weight table of {@link NerModel}: what it adds up, and its file form. */
class NerModelTableTest {

  private static final int T = NerModel.T;
  private static final int ROWS = 1 << 10;

  @Property(tries = 40)
  void eachRow_addsItsWeightsToWithinHalfAStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 100) int percentUsed) {
    float[] dense = sparseWeights(seed, percentUsed);
    NerModel.Table table = NerModel.Table.of(dense, ROWS);
    for (int r = 0; r < ROWS; r++) {
      int[] units = new int[T];
      table.add(new int[] {r}, 0, 1, units, new int[2]);
      for (int t = 0; t < T; t++) {
        assertThat(units[t] * table.scale).isCloseTo(dense[r * T + t], org.assertj.core.data.Offset.offset(table.scale / 2 + 1e-6f));
      }
    }
  }

  @Property(tries = 40)
  void manyRows_addUpToTheSumOfEachRow(@ForAll long seed) {
    NerModel.Table table = NerModel.Table.of(sparseWeights(seed, 30), ROWS);
    Random random = new Random(seed);
    int[] rows = random.ints(50, 0, ROWS).toArray();
    int[] together = new int[T];
    table.add(rows, 10, 40, together, new int[60]);
    int[] oneByOne = new int[T];
    for (int k = 10; k < 40; k++) {
      table.add(rows, k, k + 1, oneByOne, new int[2]);
    }
    assertThat(together).containsExactly(oneByOne);
  }

  @Property(tries = 20)
  void writtenAndRead_addsTheSame(@ForAll long seed) throws IOException {
    NerModel.Table table = NerModel.Table.of(sparseWeights(seed, 20), ROWS);
    NerModel.Table read = NerModel.Table.read(new DataInputStream(new ByteArrayInputStream(bytes(table, 0f))), ROWS);
    assertThat(read.scale).isEqualTo(table.scale);
    for (int r = 0; r < ROWS; r++) {
      assertThat(units(read, r)).as("row %d", r).containsExactly(units(table, r));
    }
  }

  @Test
  void aThreshold_dropsTheSmallWeightsFromTheFile() throws IOException {
    float[] dense = new float[ROWS * T];
    dense[3 * T + 1] = 1f;
    dense[3 * T + 2] = 0.001f;
    dense[700 * T + 16] = -0.5f;
    NerModel.Table read = NerModel.Table.read(
        new DataInputStream(new ByteArrayInputStream(bytes(NerModel.Table.of(dense, ROWS), 0.01f))), ROWS);
    assertThat(units(read, 3)[1] * read.scale).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    assertThat(units(read, 3)[2]).isZero();
    assertThat(units(read, 700)[16] * read.scale).isCloseTo(-0.5f, org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void aFileWithWeightsOutOfOrder_isRefused() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeFloat(1f);
    out.writeInt(2);
    out.writeByte(40); // entry 40
    out.writeShort(3);
    out.writeByte(0); // entry 40 again
    out.writeShort(4);
    assertThatThrownBy(() -> NerModel.Table.read(new DataInputStream(new ByteArrayInputStream(buffer.toByteArray())), ROWS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("out of order");
  }

  private static float[] sparseWeights(long seed, int percentUsed) {
    Random random = new Random(seed);
    float[] dense = new float[ROWS * T];
    for (int r = 0; r < ROWS; r++) {
      if (random.nextInt(100) < percentUsed) {
        for (int t = 0; t < T; t++) {
          dense[r * T + t] = random.nextInt(4) == 0 ? (float) random.nextGaussian() : 0f;
        }
      }
    }
    return dense;
  }

  private static int[] units(NerModel.Table table, int row) {
    int[] units = new int[T];
    table.add(new int[] {row}, 0, 1, units, new int[2]);
    return units;
  }

  private static byte[] bytes(NerModel.Table table, float threshold) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    table.write(out, threshold);
    out.flush();
    return buffer.toByteArray();
  }
}
