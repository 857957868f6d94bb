package org.storyline.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.RemovalReason;

/**
 * Drops promotions of the outlet's app and audio player: "You can now listen to Fox News
 * articles!" (also run together with a "NEW" badge), "CLICK HERE TO GET THE FOX NEWS APP",
 * "Download the BBC News app", "Get the CNN app", "Open in app", "Listen to this article".
 * Only short lines are considered, so a sentence that mentions an app is kept.
 */
final class AppPromoRule implements LineRule {

  private static final int MAX_WORDS = 15;
  private static final Pattern PROMO = Pattern.compile(
      "(?:new\\s*)?you can now listen to .{1,60}? articles?[.!]?"
          + "|(?:click|tap) here to (?:get|download) the .{1,60}? app[.!]?"
          + "|(?:download|get|install) (?:the|our) .{0,50}?\\bapp(?: (?:now|today|here|for free))?[.!]?"
          + "|open in (?:the )?app"
          + "|listen to (?:this )?article(?:\\W.{0,40})?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    if (lines.wordCount(i) <= MAX_WORDS && PROMO.matcher(line).matches()) {
      return Cut.whole(lines, i, RemovalReason.APP_PROMO);
    }
    return List.of();
  }
}
