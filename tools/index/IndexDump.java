import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What an index holds of each live document, whatever its segments: one line a document, sorted by
 * id, with a digest of its stored fields, its postings (every field's terms with their frequencies,
 * positions and offsets), norms and doc values. Two indexes of the same articles give the same lines
 * when every document is the same, however they were flushed, merged or rewritten:
 *
 * <pre>java -cp storyline-app/target/storyline.jar tools/index/IndexDump.java STORE.db.index OUT</pre>
 */
public class IndexDump {

  public static void main(String[] args) throws Exception {
    Map<String, String> lines = new TreeMap<>();
    int deleted = 0;
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        long[] digest = new long[r.maxDoc()];
        List<FieldInfo> fields = new ArrayList<>();
        r.getFieldInfos().forEach(fields::add);
        fields.sort((a, b) -> a.name.compareTo(b.name));
        for (FieldInfo f : fields) {
          postings(r, f, digest);
          docValues(r, f, digest);
        }
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            deleted++;
            continue;
          }
          String stored = r.storedFields().document(doc).getFields().stream()
              .map(x -> x.name() + "=" + (x.numericValue() != null ? x.numericValue() : x.stringValue())).sorted().toList().toString();
          String id = r.storedFields().document(doc).get("id");
          lines.put(id, id + " " + Long.toHexString(digest[doc]) + " " + stored);
        }
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      lines.values().forEach(out::println);
    }
    System.out.println(lines.size() + " live documents written (" + deleted + " deleted ones left out)");
  }

  private static void mix(long[] digest, int doc, long value) {
    digest[doc] = digest[doc] * 0x9E3779B97F4A7C15L + value + 1;
  }

  private static void mix(long[] digest, int doc, BytesRef bytes) {
    for (int i = 0; i < bytes.length; i++) {
      mix(digest, doc, bytes.bytes[bytes.offset + i]);
    }
    mix(digest, doc, bytes.length);
  }

  private static void postings(LeafReader r, FieldInfo f, long[] digest) throws Exception {
    Terms terms = r.terms(f.name);
    if (terms == null) {
      return;
    }
    boolean positions = f.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
    boolean offsets = f.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      pe = te.postings(pe, PostingsEnum.ALL);
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        mix(digest, doc, f.name.hashCode());
        mix(digest, doc, term);
        mix(digest, doc, pe.freq());
        if (positions) {
          for (int i = 0; i < pe.freq(); i++) {
            mix(digest, doc, pe.nextPosition());
            if (offsets) {
              mix(digest, doc, pe.startOffset());
              mix(digest, doc, pe.endOffset());
            }
          }
        }
      }
    }
    NumericDocValues norms = f.hasNorms() ? r.getNormValues(f.name) : null;
    if (norms != null) {
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        mix(digest, doc, norms.longValue());
      }
    }
  }

  private static void docValues(LeafReader r, FieldInfo f, long[] digest) throws Exception {
    switch (f.getDocValuesType()) {
      case BINARY -> {
        BinaryDocValues v = r.getBinaryDocValues(f.name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          mix(digest, doc, v.binaryValue());
        }
      }
      case NUMERIC -> {
        NumericDocValues v = r.getNumericDocValues(f.name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          mix(digest, doc, v.longValue());
        }
      }
      case SORTED_SET -> {
        SortedSetDocValues v = r.getSortedSetDocValues(f.name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          for (int i = 0; i < v.docValueCount(); i++) {
            mix(digest, doc, v.lookupOrd(v.nextOrd()));
          }
        }
      }
      default -> { }
    }
  }
}
