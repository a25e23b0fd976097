package io.github.briefings.typography;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchTypographyTest {

  private static final String N = "\u202F";
  private static final String NB = "\u00A0";

  @TempDir Path tmp;

  @Test
  void spacesHighPunctuationColonsAndGuillemets() {
    assertThat(FrenchTypography.text("Quoi ? Vraiment!"))
        .isEqualTo("Quoi" + N + "? Vraiment" + N + "!");
    assertThat(FrenchTypography.text("Un; deux ;trois"))
        .isEqualTo("Un" + N + "; deux" + N + ";trois");
    assertThat(FrenchTypography.text("Note : à 12:30, fin:"))
        .isEqualTo("Note" + NB + ": à 12:30, fin" + NB + ":");
    assertThat(FrenchTypography.text("«tout» et « rien »"))
        .isEqualTo("«" + N + "tout" + N + "» et «" + N + "rien" + N + "»");
    assertThat(FrenchTypography.text("l'État d'urgence")).isEqualTo("l\u2019État d\u2019urgence");
    assertThat(FrenchTypography.text("Quoi ?!")).isEqualTo("Quoi" + N + "?!");
  }

  @Test
  void otherScriptsArePublishedExactlyAsWritten() {
    List<String> written =
        List.of(
            "قمة الرياض: السعودية؟ نعم! «الرياض»",
            "قمةً: مع التشكيل ; قمة 2024: بالأرقام",
            "ירושלים: פסגה? כן! ג'ורג' בוש",
            "서울: 정상회담? 네! « 서울 »",
            "北京: 会谈? 是! 中国 ; 日本",
            "東京: 会議? はい! コーヒー: テスト",
            "Москва: саммит? Да! «Правда» ; м'ясо",
            "Αθήνα: σύνοδος; Ναι!");
    for (String text : written) {
      assertThat(FrenchTypography.text(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void aFrenchSentenceQuotingAnotherScriptKeepsFrenchSpacingAroundTheFrenchParts() {
    assertThat(FrenchTypography.text("Le sommet « قمة الرياض » s'ouvre : enfin !"))
        .isEqualTo("Le sommet « قمة الرياض » s\u2019ouvre" + NB + ": enfin" + N + "!");
    assertThat(FrenchTypography.text("Le titre : 서울 정상회담, dit-il ?"))
        .isEqualTo("Le titre" + NB + ": 서울 정상회담, dit-il" + N + "?");
    assertThat(FrenchTypography.text("Qui a écrit «Да» ? Et « ירושלים » ; puis (東京) : fin"))
        .isEqualTo("Qui a écrit «Да»" + N + "? Et « ירושלים »" + N + "; puis (東京)" + NB + ": fin");
    assertThat(FrenchTypography.text("La ville de 東京 : capitale ; « Tokyo »"))
        .isEqualTo("La ville de 東京 : capitale" + N + "; «" + N + "Tokyo" + N + "»");
  }

  @Test
  void leavesUrlsAloneAndIsIdempotent() {
    String text = "Voir https://example.org/a?b=1;c=2 ou mailto:x@y.fr : ok ?";
    String once = FrenchTypography.text(text);
    assertThat(once)
        .isEqualTo("Voir https://example.org/a?b=1;c=2 ou mailto:x@y.fr" + NB + ": ok" + N + "?");
    assertThat(FrenchTypography.text(once)).isEqualTo(once);
    assertThat(FrenchTypography.text(null)).isNull();
  }

  @Test
  void htmlChangesTextNodesOnlyNeverCodeOrAttributes() {
    String html =
        "<p title=\"a : b ?\">Oui ? <a href=\"/x?y=1\">lien</a> : <code>a ? b : c</code></p>"
            + "<pre>x ; y</pre>";
    assertThat(Typography.html(html, "fr"))
        .isEqualTo(
            "<p title=\"a : b ?\">Oui"
                + N
                + "? <a href=\"/x?y=1\">lien</a>&nbsp;: <code>a ? b : c</code></p><pre>x ; y</pre>");
  }

  @Test
  void frenchPagesGetFrenchSpacingEnglishPagesDoNot() {
    TestProject p = new TestProject(tmp);
    p.image("content/images/lead.jpg", 40, 30);
    p.write(
        "content/fr.md",
        """
                ---
                title: "Pourquoi maintenant ?"
                summary: "Le point : l'accord « historique »."
                date: 2024-11-06T18:00:00+01:00
                author: Jean Dupont
                countries: [RU]
                topics: [defence]
                photo: { src: images/lead.jpg, alt: "Alt : texte", caption: "Vue ; nuit", credit: "Agence" }
                ---
                Il a dit : « non » ! Rendez-vous à 12:30 sur https://example.org/?q=1 ; voir `a ? b : c`.

                    code ; bloc ?
                """);
    p.write(
        "content/en.md",
        """
                ---
                title: "Why now ?"
                summary: "The point : it's « here »."
                date: 2024-11-06T18:00:00+01:00
                author: Jean Dupont
                lang: en
                countries: [RU]
                topics: [defence]
                photo: { src: images/lead.jpg, alt: "Alt", caption: "View ; night", credit: "Agency" }
                ---
                He said : no ! At 12:30 ; see `a ? b`.
                """);
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();

    Document fr = Jsoup.parse(p.read("2024/11/fr/index.html"));
    assertThat(fr.selectFirst("h1").wholeText()).isEqualTo("Pourquoi maintenant" + N + "?");
    assertThat(fr.title()).startsWith("Pourquoi maintenant" + N + "?");
    assertThat(fr.selectFirst(".standfirst").wholeText())
        .isEqualTo("Le point" + NB + ": l\u2019accord «" + N + "historique" + N + "».");
    assertThat(fr.selectFirst(".briefing__body p").wholeText())
        .isEqualTo(
            "Il a dit"
                + NB
                + ": «"
                + N
                + "non"
                + N
                + "»"
                + N
                + "! Rendez-vous à 12:30 sur https://example.org/?q=1"
                + N
                + "; voir a ? b : c.");
    assertThat(fr.selectFirst(".briefing__body code").wholeText()).isEqualTo("a ? b : c");
    assertThat(fr.selectFirst(".briefing__body pre").wholeText()).isEqualTo("code ; bloc ?\n");
    assertThat(fr.selectFirst("figcaption").wholeText()).contains("Vue" + N + "; nuit");
    assertThat(fr.selectFirst(".briefing img").attr("alt")).isEqualTo("Alt : texte");

    Document en = Jsoup.parse(p.read("en/2024/11/en/index.html"));
    assertThat(en.selectFirst("h1").wholeText()).isEqualTo("Why now ?");
    assertThat(en.selectFirst(".standfirst").wholeText())
        .isEqualTo("The point : it\u2019s « here ».");
    assertThat(en.selectFirst(".briefing__body p").wholeText())
        .isEqualTo("He said : no ! At 12:30 ; see a ? b.");
    assertThat(en.selectFirst("figcaption").wholeText()).contains("View ; night");
  }
}
