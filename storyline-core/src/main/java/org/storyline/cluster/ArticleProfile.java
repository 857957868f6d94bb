package org.storyline.cluster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.ArticleId;

/**
 * What the similarity features know of an article (or, in a merge, of a whole story): its
 * IDF-weighted text and title vectors and its dates.
 *
 * @param id the article (for a story: its founder)
 * @param text the text vector: title and body terms, capitalised words weighing more
 * @param title the title vector
 * @param names the vector of words capitalised inside sentences (names of people, places, streets), weighted by IDF squared
 * @param phrases the names of people in it (runs of capitalised words some article gave an age after or wrote as a first name and a surname), with their document frequencies
 * @param days the days it speaks of ({@link DayMentions}), as epoch days, ascending; for a story, those of its articles
 * @param figures the figures it names ({@link Figures}), ascending; for a story, those of its articles
 * @param first the publication date (for a story, its first); null when undated
 * @param last the same as {@code first} for an article; a story's last date
 * @param words the number of words of the body
 * @param outlet the outlet or web host; may be null
 */
public record ArticleProfile(
    ArticleId id, TermVector text, TermVector title, TermVector names, NamePhrases phrases, int[] days, int[] figures, LocalDate first, LocalDate last, int words, String outlet) {

  public ArticleProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(phrases, "phrases");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(figures, "figures");
    if ((first == null) != (last == null)) {
      throw new IllegalArgumentException("dates must be both given or both absent");
    }
  }

  public Optional<LocalDate> date() {
    return Optional.ofNullable(first);
  }

  public boolean dated() {
    return first != null;
  }
}
