package org.storyline.reconcile.entity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.reconcile.entity.RuleEntityResolver;

/** A tiny MEANTIME folder written here, read and scored. */
class MeantimeEvalTest {

  @TempDir Path dir;

  /** A document of one sentence; each mention is {m_id, first t_id, last t_id, syntactic type, entity m_id}. */
  static String doc(String id, String[] tokens, String[][] mentions, String[][] entities) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + id + "\">\n");
    for (int i = 0; i < tokens.length; i++) {
      b.append("<token number=\"").append(i).append("\" sentence=\"0\" t_id=\"").append(i + 1).append("\">")
          .append(tokens[i]).append("</token>\n");
    }
    b.append("<Markables>\n");
    for (String[] m : mentions) {
      b.append("<ENTITY_MENTION m_id=\"").append(m[0]).append("\" syntactic_type=\"").append(m[3]).append("\">\n");
      for (int t = Integer.parseInt(m[1]); t <= Integer.parseInt(m[2]); t++) {
        b.append("<token_anchor t_id=\"").append(t).append("\"/>\n");
      }
      b.append("</ENTITY_MENTION>\n");
    }
    for (String[] e : entities) {
      b.append("<ENTITY m_id=\"").append(e[0]).append("\" ent_type=\"").append(e[1]).append("\" instance_id=\"")
          .append(e[2]).append("\"/>\n");
    }
    b.append("</Markables>\n<Relations>\n");
    int r = 1;
    for (String[] m : mentions) {
      b.append("<REFERS_TO r_id=\"").append(r++).append("\"><source m_id=\"").append(m[0]).append("\"/><target m_id=\"")
          .append(m[4]).append("\"/></REFERS_TO>\n");
    }
    return b.append("</Relations>\n</Document>\n").toString();
  }

  /** A recogniser that finds every capitalised token run as an organisation. */
  static final class CapitalRuns implements EntityRecognizer {
    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
      List<List<EntityChunk>> out = new ArrayList<>();
      for (List<String> s : sentences) {
        List<EntityChunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
          if (Character.isUpperCase(s.get(i).charAt(0))) {
            int j = i;
            while (j < s.size() && Character.isUpperCase(s.get(j).charAt(0))) {
              j++;
            }
            chunks.add(new EntityChunk(i, j, EntityType.ORGANIZATION));
            i = j;
          } else {
            i++;
          }
        }
        out.add(chunks);
      }
      return out;
    }
  }

  @Test
  void tinyCorpus_scoresMentionsAndCoreference() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("intra_cross-doc_annotation/corpus_x"));
    Files.writeString(corpus.resolve("1_a.xml"), doc("1",
        new String[] {"Apple", "hired", "Steve", "Jobs", "and", "Jobs", "left", "it"},
        new String[][] {{"1", "1", "1", "NAM", "10"}, {"2", "3", "4", "NAM", "11"}, {"3", "6", "6", "NAM", "11"},
            {"4", "8", "8", "PRO", "10"}},
        new String[][] {{"10", "ORG", "ORG_APPLE"}, {"11", "PER", "PER_JOBS"}}));
    Files.writeString(corpus.resolve("2_b.xml"), doc("2",
        new String[] {"Apple", "Inc.", "praised", "Jobs"},
        new String[][] {{"1", "1", "2", "NAM", "10"}, {"2", "4", "4", "NAM", "11"}},
        new String[][] {{"10", "ORG", "ORG_APPLE"}, {"11", "PER", "PER_JOBS"}}));
    // the intra-doc copy is ignored when the cross-doc folder is there
    Files.createDirectories(dir.resolve("intra-doc_annotation"));
    Files.writeString(dir.resolve("intra-doc_annotation/1_a.xml"), "not read");

    MeantimeReader.Result read = MeantimeReader.read(dir);
    assertThat(read.documents()).hasSize(2);
    EntityEval.Report r = EntityEval.run(read.documents(), read.skipped(), new CapitalRuns(), new RuleEntityResolver());

    assertThat(r.namedMentions()).isEqualTo(5);
    assertThat(r.instances()).isEqualTo(2);
    // gold ORG: Apple, Apple Inc. (both found); PER: Steve Jobs, Jobs, Jobs (found, but as ORG: wrong type)
    EntityEval.Counts org = r.perType().stream().filter(c -> c.type().equals("ORG")).findFirst().orElseThrow();
    assertThat(org.gold()).isEqualTo(2);
    assertThat(org.correct()).isEqualTo(2);
    assertThat(org.found()).isEqualTo(5);
    assertThat(r.overall().recall()).isCloseTo(0.4, offset(1e-9));
    // coreference: Apple / Apple Inc. and Steve Jobs / Jobs / Jobs are each one entity
    assertThat(r.coref().conllF1()).isCloseTo(1.0, offset(1e-9));
    assertThat(r.format()).contains("CoNLL F1 1.000");
  }
}
