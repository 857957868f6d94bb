package org.storyline.clean;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The boilerplate rules of {@link BoilerplateCleaner}, in the order they are tried on each line:
 * the first rule that drops a line gives the reason recorded for it. Promos and sign-up boxes come
 * first because they are the most certain; the repeat check comes last so that a repeated promo
 * is recorded as a promo.
 *
 * <p>A new rule is a package-private {@link LineRule} with a no-argument constructor, listed here
 * where its reason should win over the rules after it; it must be general (no outlet's own
 * strings) and come with a focused test of lines it drops and lines it keeps.
 */
enum BoilerplateRule {
  APP_PROMO(AppPromoRule::new),
  SIGNUP_BOX(SignUpRule::new),
  VIDEO_CAPTION(VideoCaptionRule::new),
  PHOTO_CREDIT(PhotoCreditRule::new),
  PHOTO_CAPTION(PhotoCaptionRule::new),
  RELATED_HEADLINE(RelatedHeadlineRule::new),
  REPEATED_LINE(RepeatedLineRule::new);

  private final LineRule rule;

  BoilerplateRule(Supplier<LineRule> constructor) {
    this.rule = constructor.get();
  }

  LineRule rule() {
    return rule;
  }

  /** Every rule, in order. */
  static List<LineRule> all() {
    return Arrays.stream(values()).map(BoilerplateRule::rule).toList();
  }
}
