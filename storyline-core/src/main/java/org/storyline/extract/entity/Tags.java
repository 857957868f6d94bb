package org.storyline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.EntityType;

/**
 * The tagger's BILOU tags as small ints: 0 is {@code O}; type {@code k} (its ordinal) has
 * {@code B = 1 + 4k}, {@code I = 2 + 4k}, {@code L = 3 + 4k}, {@code U = 4 + 4k}.
 */
final class Tags {

  static final int O = 0;
  static final int COUNT = 1 + 4 * EntityType.values().length;
  private static final EntityType[] TYPES = EntityType.values();
  private static final String[] NAMES = new String[COUNT];

  static {
    NAMES[O] = "O";
    for (EntityType t : TYPES) {
      NAMES[b(t)] = "B-" + t.code();
      NAMES[b(t) + 1] = "I-" + t.code();
      NAMES[b(t) + 2] = "L-" + t.code();
      NAMES[b(t) + 3] = "U-" + t.code();
    }
  }

  private Tags() {}

  static int b(EntityType t) {
    return 1 + 4 * t.ordinal();
  }

  /** 0 B, 1 I, 2 L, 3 U; -1 for O. */
  static int position(int tag) {
    return tag == O ? -1 : (tag - 1) % 4;
  }

  /** The type of a tag other than O. */
  static EntityType type(int tag) {
    return TYPES[(tag - 1) / 4];
  }

  /** The type index 0..4 of a tag: 0 for O, 1 + ordinal otherwise. */
  static int typeIndex(int tag) {
    return tag == O ? 0 : 1 + (tag - 1) / 4;
  }

  static String name(int tag) {
    return NAMES[tag];
  }

  /** Whether {@code tag} may follow {@code prev} (O before the first token). */
  static boolean allowed(int prev, int tag) {
    int pp = position(prev);
    boolean open = pp == 0 || pp == 1; // B or I: the chunk goes on
    int p = position(tag);
    if (open) {
      return (p == 1 || p == 2) && type(tag) == type(prev);
    }
    return p == -1 || p == 0 || p == 3;
  }

  /** Whether a sentence may end with {@code tag}. */
  static boolean mayEnd(int tag) {
    int p = position(tag);
    return p != 0 && p != 1;
  }

  /** BILOU tags of chunks typed by CoNLL codes; tokens outside chunks get O. */
  static int[] encode(List<Chunk> chunks, int length) {
    int[] tags = new int[length];
    for (Chunk c : chunks) {
      int b = b(EntityType.parse(c.type()));
      if (c.length() == 1) {
        tags[c.start()] = b + 3;
      } else {
        tags[c.start()] = b;
        for (int i = c.start() + 1; i < c.end() - 1; i++) {
          tags[i] = b + 1;
        }
        tags[c.end() - 1] = b + 2;
      }
    }
    return tags;
  }

  /** The chunks of a BILOU sequence; a run that is cut short still makes a chunk. */
  static List<EntityChunk> decode(int[] tags) {
    List<EntityChunk> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < tags.length; i++) {
      int p = position(tags[i]);
      if (start >= 0 && (p == -1 || p == 0 || p == 3 || type(tags[i]) != type(tags[start]))) {
        out.add(new EntityChunk(start, i, type(tags[start])));
        start = -1;
      }
      if (p == 3) {
        out.add(new EntityChunk(i, i + 1, type(tags[i])));
      } else if (p == 2) {
        out.add(new EntityChunk(start >= 0 ? start : i, i + 1, type(tags[i])));
        start = -1;
      } else if (p == 0 || p == 1 && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(new EntityChunk(start, tags.length, type(tags[start])));
    }
    return out;
  }
}
