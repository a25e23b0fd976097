package io.github.briefings.maven;

import io.github.briefings.scaffold.BriefingScaffold;
import io.github.briefings.scaffold.GitUserName;
import io.github.briefings.scaffold.NewBriefing;
import io.github.briefings.scaffold.ScaffoldRefused;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new briefing, {@code content/YYYY/slug.md}, with complete front matter and {@code draft:
 * true}: {@code mvn briefing:new -Dtitle="…" -Dcountries=KP,RU -Dtopics=defence}. Never overwrites
 * a file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends AbstractMojo {

  /** The project folder holding {@code content/} and {@code site/}. */
  @Parameter(
      defaultValue = "${project.basedir}",
      property = "briefing.projectDirectory",
      required = true)
  private File projectDirectory;

  /** The headline; the file name's slug is made from it (accents folded). */
  @Parameter(property = "title")
  private String title;

  /** Comma-separated ISO 3166-1 alpha-2 codes, e.g. {@code KP,RU}. */
  @Parameter(property = "countries")
  private String countries;

  /** Comma-separated topics declared in {@code site/site.yaml}, e.g. {@code defence,diplomacy}. */
  @Parameter(property = "topics")
  private String topics;

  /** The language; default the site's. */
  @Parameter(property = "lang")
  private String lang;

  /** The author; default git's {@code user.name}. */
  @Parameter(property = "author")
  private String author;

  /** The briefing's date: now, or this ISO 8601 time with offset. */
  @Parameter(property = "briefing.now")
  private String now;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path project = projectDirectory.toPath();
    NewBriefing request =
        new NewBriefing(
            title, NewBriefing.split(countries), NewBriefing.split(topics), lang, author);
    Instant when = BuildMojo.parseNow(now);
    Path home = Path.of(System.getProperty("user.home"));
    try {
      Path file =
          BriefingScaffold.create(
              project, request, when, () -> GitUserName.find(project, home, System.getenv()));
      getLog()
          .info(
              "Wrote "
                  + project.relativize(file).toString().replace('\\', '/')
                  + " (draft: true): write it, preview it with mvn briefing:serve, then remove the draft line");
    } catch (ScaffoldRefused e) {
      for (String reason : e.reasons()) {
        getLog().error(reason);
      }
      int n = e.reasons().size();
      throw new MojoFailureException(
          "no briefing written: " + (n == 1 ? e.reasons().get(0) : n + " problems (see above)"));
    }
  }
}
