package org.storyline.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.storyline.ingest.FileRead;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;

/**
 * What a run made of one input file it read to its end, kept with the last of its articles (in the
 * same transaction, never before) so that a later run given the same bytes hands on what this one
 * did without reading them again.
 *
 * @param key the file and the settings it was read with
 * @param read the bytes read: their size and hash, where a JSON Lines reading stopped
 * @param modified the file's modification time when read: shown, never trusted (a touched file
 *     with the same bytes is the same input)
 * @param articles the article each of its documents became (stored, or stored before), in reading order
 * @param problems the problems met reading it, in order
 */
public record InputRecord(Key key, FileRead read, Instant modified, List<ArticleId> articles, List<Problem> problems) {

  public InputRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(modified, "modified");
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /**
   * Which input a record is of: the file as named (origins name it so) and where it is, and the
   * settings that change what reading it gives; a record is used only when all three are the same.
   *
   * @param path the file as given, as its origins name it
   * @param absolute the file's absolute, normalised path
   * @param settings {@link IngestOptions#key()} of the reading
   */
  public record Key(String path, String absolute, String settings) {
    public Key {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(absolute, "absolute");
      Objects.requireNonNull(settings, "settings");
    }

    public static Key of(Path file, IngestOptions options) {
      return new Key(file.toString(), file.toAbsolutePath().normalize().toString(), options.key());
    }
  }
}
