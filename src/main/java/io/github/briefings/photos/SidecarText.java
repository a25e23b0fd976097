package io.github.briefings.photos;

import io.github.briefings.content.Located;
import io.github.briefings.content.TextFile;
import io.github.briefings.content.YamlMap;
import io.github.briefings.content.YamlSource;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a photo's sidecar file {@code NAME.EXT.yaml} (keys {@code alt}, {@code caption}, {@code
 * credit}, {@code creator}, {@code copyright}).
 */
public final class SidecarText implements PhotoTextSource {

  private static final Set<String> KEYS =
      Set.of("alt", "caption", "credit", "creator", "copyright");

  @Override
  public PhotoText read(PhotoFile photo, String imagePath, Problems problems) {
    Path image = photo.path();
    Path sidecar = image.resolveSibling(image.getFileName() + ".yaml");
    if (!Files.isRegularFile(sidecar)) {
      return PhotoText.NONE;
    }
    String path = imagePath + ".yaml";
    Optional<String> read;
    try {
      // a sidecar lies beside its photo: a link to elsewhere is refused
      read =
          new TextFile(image.toRealPath().getParent())
              .read(sidecar, path, "the photo's sidecar file", problems);
    } catch (IOException e) {
      problems.error(path, 0, 0, "cannot read the photo's sidecar file: " + e.getMessage());
      return PhotoText.NONE;
    }
    if (read.isEmpty()) {
      return PhotoText.NONE;
    }
    String text = read.get();
    YamlSource source = new YamlSource(path, 1, problems);
    Optional<YamlMap> yaml = source.parseMapping(text, "photo sidecar");
    if (yaml.isEmpty()) {
      return PhotoText.NONE;
    }
    YamlMap map = yaml.get();
    map.warnUnknownKeys(KEYS, "photo sidecar");
    return new PhotoText(
        map.string("alt", false, "alt: \"…\"").map(Located::value).orElse(null),
        map.string("caption", false, "caption: \"…\"").map(Located::value).orElse(null),
        map.string("credit", false, "credit: \"Name / Agency\"").map(Located::value).orElse(null),
        map.string("creator", false, "creator: \"Name\"").map(Located::value).orElse(null),
        map.string("copyright", false, "copyright: \"© Agency\"").map(Located::value).orElse(null));
  }
}
