package org.storyline.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;

/**
 * What a search result shows of an article, kept in one doc value so that a hit reads one small
 * value (no stored fields, whose blocks are decompressed a hit).
 *
 * <p>Encoded as the id, title, outlet and story (empty: none) as strings, then whether the article
 * is dated (a byte, 0 or 1) and if so its publication day as an epoch day.
 */
record ShownFields(ArticleId id, String title, String outlet, Optional<StoryId> story, Optional<LocalDate> published) {

  static BytesRef encode(IndexedArticle a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(a.id().value());
      out.writeString(a.title());
      out.writeString(a.outlet());
      out.writeString(a.facts().story().map(StoryId::value).orElse(""));
      Optional<LocalDate> published = a.facts().published();
      out.writeByte((byte) (published.isPresent() ? 1 : 0));
      if (published.isPresent()) {
        out.writeZLong(published.get().toEpochDay());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not expected: the output is in memory
    }
    return new BytesRef(out.toArrayCopy());
  }

  static ShownFields decode(BytesRef encoded) {
    ByteArrayDataInput in = new ByteArrayDataInput(encoded.bytes, encoded.offset, encoded.length);
    try {
      ArticleId id = new ArticleId(in.readString());
      String title = in.readString();
      String outlet = in.readString();
      String story = in.readString();
      Optional<LocalDate> published = in.readByte() == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(in.readZLong()));
      return new ShownFields(id, title, outlet, story.isEmpty() ? Optional.empty() : Optional.of(new StoryId(story)), published);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not expected: the input is in memory
    }
  }
}
