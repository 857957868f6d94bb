package org.storyline.clean;

import java.util.List;
import org.storyline.model.RemovalReason;

/**
 * Drops a line that is only a photo credit, such as "(AP Photo/Evan Vucci)" or "Photo: Getty
 * Images"; see {@link Credits} for the forms recognised.
 */
final class PhotoCreditRule implements LineRule {

  @Override
  public List<Cut> judge(Lines lines, int i) {
    return Credits.isCredit(lines, i) ? Cut.whole(lines, i, RemovalReason.PHOTO_CREDIT) : List.of();
  }
}
