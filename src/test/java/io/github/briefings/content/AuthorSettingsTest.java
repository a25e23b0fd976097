package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.content.DeclaredAuthor.ProfileLink;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code authors:} in site.yaml: what it declares, and each mistake at its line and column. */
class AuthorSettingsTest {

  @TempDir Path tmp;

  private Optional<SiteConfig> load(String authors, Problems problems) {
    new TestProject(tmp).write("site/site.yaml", TestProject.SITE_YAML + authors);
    return SiteConfigLoader.load(tmp, null, problems);
  }

  @Test
  void readsNamesRolesBiosPhotoLinksAndKind() {
    Problems problems = new Problems();
    SiteConfig site =
        load(
                """
                authors:
                  jean-dupont:
                    name: "Jean Dupont"
                    role: { fr: "Correspondant", en: "Correspondent" }
                    bio: "Une bio pour toutes les langues."
                    photo:
                      src: images/jean.jpg
                      alt: "Jean Dupont"
                      caption: "Jean, à Kyiv"
                      credit: "Photo / Agence"
                    links:
                      email: mailto:jean@example.org
                      website: https://example.org/jean
                      bluesky: https://bsky.app/profile/jean.example.org
                  redaction: { name: "La rédaction", kind: organization }
                  anna-novak: "Anna Novák"
                """,
                problems)
            .orElseThrow();

    assertThat(problems.sorted()).isEmpty();
    assertThat(site.authors().keySet()).containsExactly("jean-dupont", "redaction", "anna-novak");
    DeclaredAuthor jean = site.authors().get("jean-dupont");
    assertThat(jean.name("en", "fr")).isEqualTo("Jean Dupont");
    assertThat(jean.role("en", "fr")).isEqualTo("Correspondent");
    assertThat(jean.role("de", "fr")).isEqualTo("Correspondant");
    assertThat(jean.bio("en", "fr")).isEqualTo("Une bio pour toutes les langues.");
    assertThat(jean.organization()).isFalse();
    assertThat(jean.photo().src()).isEqualTo("images/jean.jpg");
    assertThat(jean.photo().credit()).isEqualTo("Photo / Agence");
    assertThat(jean.photo().line()).isEqualTo(16);
    assertThat(jean.links())
        .containsExactly(
            new ProfileLink("website", "https://example.org/jean"),
            new ProfileLink("bluesky", "https://bsky.app/profile/jean.example.org"),
            new ProfileLink("email", "mailto:jean@example.org"));
    assertThat(jean.line()).isEqualTo(11);
    assertThat(site.authors().get("redaction").organization()).isTrue();
    assertThat(site.authors().get("anna-novak").name("fr", "fr")).isEqualTo("Anna Novák");
  }

  @Test
  void refusesLinksThatAreNotWebAddressesOrAnEmailAddress() {
    Problems problems = new Problems();
    Optional<SiteConfig> site =
        load(
            """
                authors:
                  jean-dupont:
                    links:
                      website: "javascript:alert(1)"
                      mastodon: ftp://example.org/jean
                      x: //x.com/jean
                      email: "jean at example.org"
                """,
            problems);

    assertThat(site).isEmpty();
    assertThat(problems.sorted())
        .extracting(p -> p.path() + ":" + p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "site/site.yaml:13:16 website must be an https:// address such as"
                + " https://example.org/, not 'javascript:alert(1)'",
            "site/site.yaml:14:17 mastodon must be an https:// address such as"
                + " https://example.org/, not 'ftp://example.org/jean'",
            "site/site.yaml:15:10 x must be an https:// address such as https://example.org/,"
                + " not '//x.com/jean'",
            "site/site.yaml:16:14 email must be an address such as jean@example.org, not 'jean"
                + " at example.org'");
  }

  @Test
  void unknownKeysBadSlugsAndKindsAreErrorsWithWhatToWrite() {
    Problems problems = new Problems();
    Optional<SiteConfig> site =
        load(
            """
                authors:
                  Jean Dupont: { name: "Jean" }
                  anna:
                    boi: "Une bio"
                    kind: robot
                    photo: { src: images/a.jpg, credits: "x" }
                    links: { twitter: https://x.com/anna }
                """,
            problems);

    assertThat(site).isEmpty();
    List<String> shown =
        problems.sorted().stream()
            .map(p -> p.line() + ":" + p.column() + " " + p.message())
            .toList();
    assertThat(shown)
        .containsExactly(
            "11:3 author slug 'Jean Dupont' must be lower-case letters, digits and '-' (write it"
                + " 'jean-dupont'): it is the author's address, /authors/SLUG/",
            "13:5 unknown key 'boi' in author 'anna' (did you mean bio?): use one of name, role,"
                + " bio, photo, links, kind",
            "14:11 kind of author 'anna' must be 'person' or 'organization', not 'robot'",
            "15:33 unknown key 'credits' in the author's photo (did you mean credit?): use one of"
                + " src, alt, caption, credit",
            "16:14 unknown key 'twitter' in the author's links: use one of website, mastodon,"
                + " bluesky, x, email");
    assertThat(problems.sorted()).allMatch(Problem::isError);
  }

  @Test
  void theAuthorSlugFoldsAccentsAndCaseAndJoinsWordsWithDashes() {
    assertThat(Slugs.author("Élodie Martín-Pérez")).isEqualTo("elodie-martin-perez");
    assertThat(Slugs.author("  JEAN   dupont ")).isEqualTo("jean-dupont");
    assertThat(Slugs.author("Zoë O’Brien & Søren Ærø")).isEqualTo("zoe-o-brien-soren-aero");
    assertThat(Slugs.author("Rédaction Briefings")).isEqualTo("redaction-briefings");
    assertThat(Slugs.author("李明")).startsWith("author-").isEqualTo(Slugs.author(" 李明 "));
    assertThat(Slugs.author("李明")).isNotEqualTo(Slugs.author("王芳"));
  }
}
