package org.storyline.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.RemovalReason;

/**
 * Drops the lines of newsletter and sign-up boxes: "Subscribe", "Subscribe to our newsletter",
 * "Sign Up Now", "Sign up for Daily Headlines", "Sign up to receive a daily email of ...", "Get
 * our free ... newsletter", "Enter your email address", "Already a subscriber? Log in", "By signing
 * up, you agree to ...", "Thanks for signing up!".
 *
 * <p>Short boxes (a call to action with a few words) are recognised whole; the longer pitch that
 * follows "Sign up to receive" or "By signing up" is recognised by its opening, up to {@value
 * #MAX_PITCH_WORDS} words, which is longer than such pitches and shorter than most paragraphs.
 */
final class SignUpRule implements LineRule {

  private static final int MAX_SHORT_WORDS = 12;
  private static final int MAX_PITCH_WORDS = 40;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern SHORT = Pattern.compile(
      "(?:subscribe|sign up|sign-up|register|join)(?: (?:now|here|today|free|for free))?[.!]?"
          + "|(?:subscribe|sign up) (?:to|for) .+"
          + "|get (?:our|the) (?:free )?.{0,60}?newsletters?\\b.*"
          + "|enter your e-?mail(?: address)?.*"
          + "|your e-?mail(?: address)?"
          + "|already (?:a subscriber|have an account|registered)\\?.*"
          + "|(?:log|sign) in(?: here| now)?[.!]?"
          + "|(?:thanks|thank you) for (?:signing up|subscribing)\\b.*"
          + "|newsletter sign-?up",
      FLAGS);
  private static final Pattern PITCH = Pattern.compile(
      "(?:sign up|subscribe|register) (?:now |today )?to (?:receive|get)\\b.*"
          + "|by (?:signing up|subscribing|clicking sign up)\\b.*",
      FLAGS);

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    int words = lines.wordCount(i);
    if ((words <= MAX_SHORT_WORDS && SHORT.matcher(line).matches())
        || (words <= MAX_PITCH_WORDS && PITCH.matcher(line).matches())) {
      return Cut.whole(lines, i, RemovalReason.SIGNUP_BOX);
    }
    return List.of();
  }
}
