/**
 * The {@code storyline} command line: {@link org.storyline.app.Main} runs it, {@link
 * org.storyline.app.StorylineCommand} lists its commands, and the little they share lives here (exit
 * statuses, {@link org.storyline.app.Terminal}). The commands an analyst uses are in {@code command},
 * what they print in {@code view} and {@code report}, and eval, train and bench in {@code dev}.
 */
package org.storyline.app;
