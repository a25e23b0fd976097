package io.github.briefings.photos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.content.CreditPolicy;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTextTest {

  private static final String CAPTION = "120";
  private static final String CREDIT = "110";
  private static final String BYLINE = "80";
  private static final String COPYRIGHT = "116";

  @TempDir Path tmp;

  TestProject project;
  Path image;
  Problems problems;

  @BeforeEach
  void setUp() {
    project =
        new TestProject(tmp).write("content/2024/b.md", "x").image("content/images/a.jpg", 16, 12);
    image = tmp.resolve("content/images/a.jpg");
    problems = new Problems();
  }

  private PhotoText embedded() {
    try {
      return new EmbeddedText().read(PhotoFile.read(image), "content/images/a.jpg", problems);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Optional<Photo> resolve(String alt, String caption, String credit) {
    PhotoResolver resolver =
        new PhotoResolver(
            tmp, tmp.resolve("content"), CreditPolicy.ERROR, PhotoResolver.defaultSources());
    return resolver.resolve(
        new PhotoRef("images/a.jpg", alt, caption, credit, 9, 8),
        tmp.resolve("content/2024/b.md"),
        "content/2024/b.md",
        problems);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void iptcAlone() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            CAPTION,
            "Troops at the border.",
            CREDIT,
            "Reuters",
            BYLINE,
            "Jane Roe",
            COPYRIGHT,
            "© Reuters 2024")
        .writeInto(image);
    assertThat(embedded())
        .isEqualTo(
            new PhotoText(null, "Troops at the border.", "Reuters", "Jane Roe", "© Reuters 2024"));
    assertThat(messages()).isEmpty();
  }

  @Test
  void xmpAlone() {
    new JpegMetadata()
        .xmp(
            """
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Le port de Nampo.</rdf:li></rdf:Alt></dc:description>
                <photoshop:Credit>AFP</photoshop:Credit>
                <dc:creator><rdf:Seq><rdf:li>Kim Min-jun</rdf:li><rdf:li>Lee Ji-woo</rdf:li></rdf:Seq></dc:creator>
                <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© AFP</rdf:li></rdf:Alt></dc:rights>
                <Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">Cranes over a quay</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>
                """)
        .writeInto(image);
    assertThat(embedded())
        .isEqualTo(
            new PhotoText(
                "Cranes over a quay",
                "Le port de Nampo.",
                "AFP",
                "Kim Min-jun, Lee Ji-woo",
                "© AFP"));
    assertThat(messages()).isEmpty();
  }

  @Test
  void xmpInAPng() throws Exception {
    Path png = tmp.resolve("content/images/chart.png");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), null);
    String packet =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
            + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
            + "xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<photoshop:Credit>Graphique : Rédaction</photoshop:Credit>"
            + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Une hausse très nette</rdf:li></rdf:Alt>"
            + "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>";
    IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
    entry.setAttribute("keyword", "XML:com.adobe.xmp");
    entry.setAttribute("compressionFlag", "FALSE");
    entry.setAttribute("compressionMethod", "0");
    entry.setAttribute("languageTag", "");
    entry.setAttribute("translatedKeyword", "");
    entry.setAttribute("text", packet);
    IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
    itxt.appendChild(entry);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(itxt);
    meta.mergeTree("javax_imageio_png_1.0", root);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
      writer.setOutput(out);
      writer.write(new IIOImage(img, null, meta));
    } finally {
      writer.dispose();
    }
    PhotoText text =
        new EmbeddedText().read(PhotoFile.read(png), "content/images/chart.png", problems);
    assertThat(text.credit()).isEqualTo("Graphique : Rédaction");
    assertThat(text.caption()).isEqualTo("Une hausse très nette");
    assertThat(messages()).isEmpty();
  }

  @Test
  void xmpWinsOverIptcFieldByField() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            CAPTION,
            "IPTC caption",
            CREDIT,
            "IPTC credit",
            COPYRIGHT,
            "IPTC rights")
        .xmp(
            "<photoshop:Credit>XMP credit</photoshop:Credit>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">XMP caption</rdf:li></rdf:Alt>"
                + "</dc:description>")
        .writeInto(image);
    PhotoText text = embedded();
    assertThat(text.caption()).isEqualTo("XMP caption");
    assertThat(text.credit()).isEqualTo("XMP credit");
    assertThat(text.copyright()).isEqualTo("IPTC rights");
  }

  @Test
  void theCreditIsTheBylineWhenThereIsNoCreditField() {
    new JpegMetadata().iptc(StandardCharsets.UTF_8, true, BYLINE, "Jane Roe").writeInto(image);
    assertThat(embedded().credit()).isEqualTo("Jane Roe");
    image = tmp.resolve("content/images/b.jpg");
    project.image("content/images/b.jpg", 8, 8);
    new JpegMetadata()
        .xmp("<dc:creator><rdf:Seq><rdf:li>John Doe</rdf:li></rdf:Seq></dc:creator>")
        .writeInto(image);
    assertThat(embedded().credit()).isEqualTo("John Doe");
  }

  @Test
  void utf8CaptionsInKoreanAndFrench() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            CAPTION,
            "평양 시내, 2024년 11월",
            CREDIT,
            "Agence France-Presse / Hélène Lefèvre")
        .writeInto(image);
    PhotoText text = embedded();
    assertThat(text.caption()).isEqualTo("평양 시내, 2024년 11월");
    assertThat(text.credit()).isEqualTo("Agence France-Presse / Hélène Lefèvre");
    image = tmp.resolve("content/images/b.jpg");
    project.image("content/images/b.jpg", 8, 8);
    new JpegMetadata()
        .xmp(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">서울의 밤 — "
                + "été à Séoul</rdf:li></rdf:Alt></dc:description>")
        .writeInto(image);
    assertThat(embedded().caption()).isEqualTo("서울의 밤 — été à Séoul");
  }

  @Test
  void utf8IptcWithoutTheCharacterSetDeclared() {
    new JpegMetadata()
        .iptc(StandardCharsets.UTF_8, false, CAPTION, "Défilé à Pyongyang, 평양")
        .writeInto(image);
    assertThat(embedded().caption()).isEqualTo("Défilé à Pyongyang, 평양");
  }

  @Test
  void latin1Iptc() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.ISO_8859_1,
            false,
            CAPTION,
            "Défilé à Pyongyang, février",
            CREDIT,
            "Agence Française / François Müller")
        .writeInto(image);
    PhotoText text = embedded();
    assertThat(text.caption()).isEqualTo("Défilé à Pyongyang, février");
    assertThat(text.credit()).isEqualTo("Agence Française / François Müller");
  }

  @Test
  void anIptcBlockWithABrokenLengthWarnsAndKeepsWhatCameBefore() {
    ByteArrayOutputStream iptc = new ByteArrayOutputStream();
    JpegMetadata.dataset(iptc, 2, 110, "Reuters".getBytes(StandardCharsets.UTF_8));
    // a caption claiming 4000 bytes where only 5 follow
    iptc.writeBytes(new byte[] {0x1C, 2, 120, 0x0F, (byte) 0xA0});
    iptc.writeBytes("short".getBytes(StandardCharsets.UTF_8));
    new JpegMetadata().iptcBlock(iptc.toByteArray()).writeInto(image);
    PhotoText text = embedded();
    assertThat(text.credit()).isEqualTo("Reuters");
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("content/images/a.jpg: warning: damaged IPTC")
        .contains("the fields before the damage are used");
  }

  @Test
  void aBrokenIptcBlockLosesNoCreditFromXmp() {
    new JpegMetadata()
        .iptcBlock(new byte[] {0x1C, 2, 120, (byte) 0xFF, (byte) 0xFF, 'x'})
        .xmp("<photoshop:Credit>AP</photoshop:Credit>")
        .writeInto(image);
    Photo photo = resolve("alt", null, null).orElseThrow();
    assertThat(photo.credit()).isEqualTo("AP");
    assertThat(messages()).singleElement().asString().contains("warning: damaged IPTC");
  }

  @Test
  void malformedXmpIsAWarning() {
    new JpegMetadata().xmp("<photoshop:Credit>AP</photoshop:Credit><dc:oops>").writeInto(image);
    assertThat(embedded()).isEqualTo(PhotoText.NONE);
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("content/images/a.jpg: warning: ")
        .contains("XMP");
  }

  @Test
  void aCorruptImageIsAWarningNeverAStackTrace() throws Exception {
    Files.write(
        image,
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xED, 0x7F, 0x00, 1, 2, 3});
    assertThat(embedded()).isEqualTo(PhotoText.NONE);
    assertThat(messages()).allMatch(m -> m.startsWith("content/images/a.jpg: warning: "));
    Files.write(image, "not an image".getBytes(StandardCharsets.UTF_8));
    problems = new Problems();
    assertThat(embedded()).isEqualTo(PhotoText.NONE);
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("content/images/a.jpg: warning: cannot read the photo's embedded metadata");
    Files.write(image, new byte[0]);
    problems = new Problems();
    assertThat(embedded()).isEqualTo(PhotoText.NONE);
    assertThat(messages()).isEmpty();
  }

  @Test
  void embeddedAloneCompletesAPhoto() {
    new JpegMetadata()
        .xmp(
            """
                <Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">A quay</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>
                <photoshop:Credit>AFP</photoshop:Credit>
                """)
        .iptc(StandardCharsets.UTF_8, true, CAPTION, "Nampo.")
        .writeInto(image);
    Photo photo = resolve(null, null, null).orElseThrow();
    assertThat(photo.alt()).isEqualTo("A quay");
    assertThat(photo.caption()).isEqualTo("Nampo.");
    assertThat(photo.credit()).isEqualTo("AFP");
    assertThat(messages()).isEmpty();
  }

  @Test
  void theBriefingWinsOverEmbeddedMetadata() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            CAPTION,
            "Embedded caption",
            CREDIT,
            "Embedded credit",
            BYLINE,
            "Embedded creator")
        .writeInto(image);
    Photo photo = resolve("alt", "Briefing caption", null).orElseThrow();
    assertThat(photo.caption()).isEqualTo("Briefing caption");
    assertThat(photo.credit()).isEqualTo("Embedded credit");
    assertThat(photo.creator()).isEqualTo("Embedded creator");
  }

  @Test
  void theSidecarWinsOverEmbeddedMetadata() {
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            CAPTION,
            "Embedded caption",
            CREDIT,
            "Embedded credit",
            COPYRIGHT,
            "© Embedded")
        .writeInto(image);
    project.write(
        "content/images/a.jpg.yaml", "credit: \"Sidecar / Agency\"\nalt: \"Sidecar alt\"\n");
    Photo photo = resolve(null, null, null).orElseThrow();
    assertThat(photo.alt()).isEqualTo("Sidecar alt");
    assertThat(photo.caption()).isEqualTo("Embedded caption");
    assertThat(photo.credit()).isEqualTo("Sidecar / Agency");
    assertThat(photo.copyright()).isEqualTo("© Embedded");
  }

  @Test
  void allThreeSourcesFieldByField() {
    new JpegMetadata()
        .xmp(
            "<photoshop:Credit>Embedded credit</photoshop:Credit>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Embedded caption</rdf:li></rdf:Alt>"
                + "</dc:description>")
        .writeInto(image);
    project.write("content/images/a.jpg.yaml", "caption: \"Sidecar caption\"\n");
    Photo photo = resolve("Briefing alt", null, null).orElseThrow();
    assertThat(photo.alt()).isEqualTo("Briefing alt");
    assertThat(photo.caption()).isEqualTo("Sidecar caption");
    assertThat(photo.credit()).isEqualTo("Embedded credit");
  }

  @Test
  void theSidecarAloneGivesEveryField() {
    project.write(
        "content/images/a.jpg.yaml",
        """
        alt: "A quay"
        caption: "Nampo."
        credit: "AFP"
        creator: "Kim Min-jun"
        copyright: "© AFP 2024"
        """);
    Photo photo = resolve(null, null, null).orElseThrow();
    assertThat(
            List.of(
                photo.alt(), photo.caption(), photo.credit(), photo.creator(), photo.copyright()))
        .containsExactly("A quay", "Nampo.", "AFP", "Kim Min-jun", "© AFP 2024");
    assertThat(messages()).isEmpty();
  }

  @Test
  void theBriefingAloneNeedsNoOtherSource() {
    Photo photo = resolve("alt", "Caption", "Credit").orElseThrow();
    assertThat(List.of(photo.alt(), photo.caption(), photo.credit()))
        .containsExactly("alt", "Caption", "Credit");
    assertThat(photo.creator()).isNull();
    assertThat(messages()).isEmpty();
  }

  @Test
  void noSourceAtAllIsStillAnError() {
    Optional<Photo> photo = resolve("alt", null, null);
    assertThat(photo).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .contains("error: photo 'images/a.jpg' has no credit");
  }
}
