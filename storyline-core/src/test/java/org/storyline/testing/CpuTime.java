package org.storyline.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread. Tests that guard against a blow-up (quadratic cleaning, a
 * pathological pattern) bound CPU time, not wall time: on a shared machine the wall clock measures
 * the other jobs, the thread's CPU time only the work. These bounds catch orders of magnitude;
 * speed itself is measured by the benchmark commands.
 */
public final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  /** Nanoseconds of CPU the calling thread has used so far. */
  public static long nanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
