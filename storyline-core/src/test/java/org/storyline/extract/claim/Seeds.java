package org.storyline.extract.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.Timex;

/** The seed articles of {@code claim/seeds/}, read as their text (the date line taken off) and extracted. */
public final class Seeds {

  public static final List<String> FILES = List.of(
      "000_4794b076882f08fe.txt", "001_2e55a25b1075aa99.txt", "002_503e3c828b1c7fa5.txt", "003_9c3e6357029ac095.txt",
      "004_56b9276ed6e05626.txt");

  private Seeds() {}

  /** A seed's text and date. */
  public record Seed(String file, String text, Optional<LocalDate> date) {

    public List<Claim> claims() {
      List<Timex> timexes = date.map(d -> new RuleTimeTagger().tag(text, d)).orElse(List.of());
      return new RuleClaimExtractor().claims(text, timexes, date);
    }
  }

  public static Seed read(String file) {
    try (InputStream in = Seeds.class.getResourceAsStream("/claim/seeds/" + file)) {
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (raw.startsWith(" date ")) {
        return new Seed(file, raw.substring(17), Optional.of(LocalDate.parse(raw.substring(6, 16))));
      }
      return new Seed(file, raw, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
