package io.github.briefings.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.briefings.content.Photo;

/** A photo of the body, moved out of its paragraph, to be rendered as a {@code <figure>}. */
final class FigureBlock extends Block {

  private final Photo photo;

  FigureBlock(Photo photo) {
    this.photo = photo;
  }

  Photo photo() {
    return photo;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
