package io.github.briefings.photos;

import io.github.briefings.problems.Problems;

/** A place a photo's alt text, caption and credit can come from, after the briefing itself. */
public interface PhotoTextSource {

  /**
   * Reads what this source knows of {@code image}; problems with the source itself go to {@code
   * problems}.
   *
   * @param image the image file, read once for every source
   * @param imagePath the image's path relative to the project, for messages
   */
  PhotoText read(PhotoFile image, String imagePath, Problems problems);
}
