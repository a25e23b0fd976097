package io.github.briefings.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageProcessingException;
import io.github.briefings.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoFileTest {

  @TempDir Path tmp;

  @Test
  void oneReadGivesTheSizeTheMetadataAndTheKind() throws Exception {
    new TestProject(tmp).image("a.jpg", 48, 32);
    PhotoFile photo = PhotoFile.read(tmp.resolve("a.jpg"));
    // the file may change or go once read: everything comes from the bytes read
    Files.delete(tmp.resolve("a.jpg"));

    assertThat(photo.isJpeg()).isTrue();
    assertThat(ImageSize.of(photo)).isEqualTo(new ImageSize(48, 32, null));
    assertThat(photo.metadata()).isSameAs(photo.metadata());
  }

  @Test
  void aFileThatIsNoImageFailsTheSameWayEachTime() throws Exception {
    Files.writeString(tmp.resolve("notes.jpg"), "not a photo at all");
    PhotoFile photo = PhotoFile.read(tmp.resolve("notes.jpg"));

    assertThat(photo.isJpeg()).isFalse();
    assertThat(ImageSize.of(photo).problem()).startsWith("not an image format that can be read");
    assertThatThrownBy(photo::metadata).isInstanceOf(ImageProcessingException.class);
    assertThatThrownBy(photo::metadata).isInstanceOf(ImageProcessingException.class);
  }

  @Test
  void anEmptyFileIsSaidToBeEmpty() throws Exception {
    Files.write(tmp.resolve("empty.png"), new byte[0]);
    PhotoFile photo = PhotoFile.read(tmp.resolve("empty.png"));

    assertThat(ImageSize.of(photo).problem()).startsWith("the image file is empty (0 bytes)");
    assertThat(
            new EmbeddedText()
                .read(photo, "content/empty.png", new io.github.briefings.problems.Problems()))
        .isEqualTo(PhotoText.NONE);
  }
}
