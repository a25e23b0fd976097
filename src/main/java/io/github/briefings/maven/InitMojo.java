package io.github.briefings.maven;

import io.github.briefings.scaffold.NewBriefing;
import io.github.briefings.scaffold.NewSite;
import io.github.briefings.scaffold.ScaffoldRefused;
import io.github.briefings.scaffold.SiteScaffold;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a newsroom's briefing site in the current folder, without a project: {@code mvn
 * io.github.briefings:briefing-maven-plugin:VERSION:init -Dtitle="Le Desk"
 * -DbaseUrl=https://ORG.github.io/REPO/}. Writes a pom declaring this plugin at this version, the
 * site's settings, a draft briefing with credited photos, a template folder, a README for
 * journalists and a GitHub Pages workflow that publishes on a schedule. Writes nothing if any of
 * those files exists.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /** The site's name, e.g. {@code Le Desk}. */
  @Parameter(property = "title")
  private String title;

  /** The address the site will have, e.g. {@code https://ORG.github.io/REPO/}. */
  @Parameter(property = "baseUrl")
  private String baseUrl;

  /** The default language (ISO 639-1); default the first of {@code languages}, else {@code en}. */
  @Parameter(property = "language")
  private String language;

  /**
   * Every language of the site, comma-separated, e.g. {@code fr,en}; default the default language
   * only.
   */
  @Parameter(property = "languages")
  private String languages;

  /** The site's time zone, e.g. {@code Europe/Paris}; default this machine's. */
  @Parameter(property = "timezone")
  private String timezone;

  /** The folder to write into: where Maven was started. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  private File directory;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoFailureException {
    NewSite request = new NewSite(title, baseUrl, language, NewBriefing.split(languages), timezone);
    List<String> written;
    try {
      written =
          SiteScaffold.create(
              directory.toPath(),
              request,
              plugin.getVersion(),
              Instant.now(),
              ZoneId.systemDefault());
    } catch (ScaffoldRefused e) {
      for (String reason : e.reasons()) {
        getLog().error(reason);
      }
      throw new MojoFailureException("briefing:init wrote nothing: " + e.summary());
    }
    getLog().info("Started the briefing site in " + directory + ":");
    for (String path : written) {
      getLog().info("  " + path);
    }
    getLog()
        .info(
            "Next: mvn briefing:serve previews the site and its draft at http://127.0.0.1:8080/; "
                + "README.md says how to write, check and publish");
    if (timezone == null || timezone.isBlank()) {
      getLog()
          .info(
              "The site's time zone is this machine's, "
                  + ZoneId.systemDefault().getId()
                  + ": change 'timezone:' in site/site.yaml if the newsroom is elsewhere");
    }
  }
}
