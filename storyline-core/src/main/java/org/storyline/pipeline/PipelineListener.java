package org.storyline.pipeline;

import java.nio.file.Path;
import org.storyline.model.Problem;

/** Hears what a pipeline run does, for progress bars and error reporting. Every method may be a no-op. */
public interface PipelineListener {

  PipelineListener SILENT = new PipelineListener() {};

  /** The inputs are listed: {@code files} files will be read. */
  default void started(int files) {}

  /** One input file has been read. */
  default void fileDone(Path file) {}

  /** A problem with one input; the run goes on. */
  default void problem(Problem problem) {}
}
