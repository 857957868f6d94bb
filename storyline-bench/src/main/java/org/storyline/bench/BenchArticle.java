package org.storyline.bench;

import java.time.LocalDate;
import org.storyline.model.SourceDocument;

/**
 * One input article as both contenders see it: the document as read (for Storyline's whole
 * pipeline), its cleaned text (what CoreNLP is given), its date, and its token count (the common
 * denominator of tokens/s, counted once by Storyline's tokenizer so both rates use the same unit).
 */
record BenchArticle(SourceDocument document, String text, LocalDate date, int tokens) {}
