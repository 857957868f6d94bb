package org.storyline.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.RemovalReason;

/**
 * Drops links to other articles: an all-capitals line of at least {@value #MIN_WORDS} words that
 * is not a sentence ("US SEES SIGNS RUSSIA PLANS UKRAINE INVASION IN EARLY 2022"), and a line
 * opening with a link label ("READ MORE: ...", "RELATED: ...", "ALSO READ: ...").
 *
 * <p>Kept: short all-capitals section subheads ("RUSSIAN OPTIONS", "U.S. NAVAL MOVE"), any line
 * with a lower-case letter, a line ending like a sentence or opening with a quote, and an
 * all-capitals line before any kept text, which is the article's own headline.
 */
final class RelatedHeadlineRule implements LineRule {

  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 30;
  private static final Pattern LINK_LABEL = Pattern.compile(
      "(?:READ MORE|MORE|RELATED|RELATED STORY|RELATED ARTICLE|ALSO READ|SEE ALSO|READ ALSO"
          + "|Read more|Related|Related story|Also read|See also)\\s*:\\s*\\S.*");

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    int words = lines.wordCount(i);
    if (words > MAX_WORDS) {
      return List.of();
    }
    boolean headline = words >= MIN_WORDS
        && isAllCapitals(line)
        && !Lines.endsLikeSentence(line)
        && !opensWithQuote(line)
        && lines.previousKept(i) >= 0;
    if (headline || LINK_LABEL.matcher(line).matches()) {
      return Cut.whole(lines, i, RemovalReason.RELATED_HEADLINE);
    }
    return List.of();
  }

  private static boolean isAllCapitals(String line) {
    boolean letter = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  private static boolean opensWithQuote(String line) {
    char c = line.charAt(0);
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '«';
  }
}
