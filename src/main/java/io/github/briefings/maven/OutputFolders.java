package io.github.briefings.maven;

import io.github.briefings.files.OutputFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/** The goals' output folders, each refused where it would replace sources or another's folder. */
final class OutputFolders {

  /** The site's folder (build, check, publish), relative to the project. */
  static final String SITE = "target/briefing-site";

  /** The preview's folder (serve). */
  static final String PREVIEW = "target/briefing-preview";

  /** Folders of the plugin's own that no output may be, hold or lie in. */
  private static final List<String> ALL =
      List.of(SITE, PREVIEW, "target/briefing-cache", "target/briefing-publish.git");

  private OutputFolders() {}

  /**
   * Fails before anything is written when {@code folder} (the value of {@code parameter}, whose
   * default is {@code ownDefault}) may not receive a site.
   */
  static void check(Path project, Path folder, String parameter, String ownDefault)
      throws MojoExecutionException {
    List<Path> others = ALL.stream().filter(f -> !f.equals(ownDefault)).map(Path::of).toList();
    Optional<String> refusal =
        new OutputFolder(project, parameter, ownDefault, others).refusal(folder);
    if (refusal.isPresent()) {
      throw new MojoExecutionException(refusal.get());
    }
  }
}
