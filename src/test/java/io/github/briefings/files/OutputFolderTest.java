package io.github.briefings.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputFolderTest {

  @TempDir Path project;
  private OutputFolder site;

  @BeforeEach
  void aProject() throws IOException {
    for (String d : List.of("content/images", "site", "templates", "src/main", ".git")) {
      Files.createDirectories(project.resolve(d));
    }
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    site =
        new OutputFolder(
            project,
            "briefing.outputDirectory",
            "target/briefing-site",
            List.of(Path.of("target/briefing-preview"), Path.of("target/briefing-cache")));
  }

  private Optional<String> refusal(String folder) {
    return site.refusal(project.resolve(folder));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ".          | -Dbriefing.outputDirectory=. is the project folder",
        "content    | -Dbriefing.outputDirectory=content is the project's content/ folder",
        "content/images/x | -Dbriefing.outputDirectory=content/images/x lies inside the project's content",
        "site       | -Dbriefing.outputDirectory=site is the project's site",
        "templates  | -Dbriefing.outputDirectory=templates is the project's templates",
        "src        | -Dbriefing.outputDirectory=src is the project's src",
        ".git       | -Dbriefing.outputDirectory=.git is the project's .git",
        "pom.xml    | -Dbriefing.outputDirectory=pom.xml is the project's pom.xml",
        "target/briefing-preview | -Dbriefing.outputDirectory=target/briefing-preview is another goal's folder target/briefing-preview",
        "target/briefing-preview/x | -Dbriefing.outputDirectory=target/briefing-preview/x lies inside another goal's folder",
      })
  void sourcesTheProjectAndOtherGoalsFoldersAreRefused(String folder, String start) {
    assertThat(refusal(folder))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith(start)
                    .endsWith(
                        "use a folder of its own, e.g. -Dbriefing.outputDirectory=target/briefing-site")
                    .doesNotContain("\n"));
  }

  @Test
  void aFolderAboveTheProjectIsRefused() {
    assertThat(site.refusal(project.getParent()))
        .hasValueSatisfying(m -> assertThat(m).contains(" holds the project folder: "));
  }

  @Test
  void aFolderHoldingAnotherGoalsFolderIsRefused() throws IOException {
    Files.createDirectories(project.resolve("target/briefing-cache"));
    assertThat(refusal("target"))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("=target holds another goal's folder target/briefing-cache"));
  }

  @Test
  void aSymbolicLinkIntoTheSourcesIsSeenThrough() throws IOException {
    Files.createDirectories(project.resolve("target"));
    Files.createSymbolicLink(project.resolve("target/out"), project.resolve("content"));
    assertThat(refusal("target/out"))
        .hasValueSatisfying(m -> assertThat(m).contains(" is the project's content/ folder"));
  }

  @Test
  void aNewEmptyOrMarkedFolderIsAccepted() throws IOException {
    assertThat(refusal("target/briefing-site")).isEmpty();
    Files.createDirectories(project.resolve("docs"));
    assertThat(refusal("docs")).isEmpty();
    Files.writeString(project.resolve("docs/index.html"), "<p>ours</p>");
    OutputFolder.mark(project.resolve("docs"));
    assertThat(refusal("docs")).isEmpty();
    assertThat(site.refusal(Path.of("/tmp/elsewhere-" + System.nanoTime()))).isEmpty();
  }

  @Test
  void aFolderWithSomeoneElsesFilesIsRefusedUntilEmptied() throws IOException {
    Files.createDirectories(project.resolve("docs"));
    Files.writeString(project.resolve("docs/guide.md"), "# Our guide");
    assertThat(refusal("docs"))
        .contains(
            "-Dbriefing.outputDirectory=docs holds files a build did not write (no .briefings-site"
                + " in it): empty it or choose another folder, e.g."
                + " -Dbriefing.outputDirectory=target/briefing-site");
  }

  @Test
  void aSiteWrittenBeforeMarkersIsRecognisedByItsFeed() throws IOException {
    Files.createDirectories(project.resolve("target/briefing-site"));
    Files.writeString(
        project.resolve("target/briefing-site/feed.xml"),
        "<?xml version=\"1.0\"?>\n<feed><generator>Briefings</generator></feed>");
    assertThat(refusal("target/briefing-site")).isEmpty();
  }

  @Test
  void aFileIsRefused() throws IOException {
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve("target/site.zip"), "zip");
    assertThat(refusal("target/site.zip"))
        .hasValueSatisfying(m -> assertThat(m).contains(" is a file, not a folder"));
  }
}
