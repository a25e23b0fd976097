/*
 * Draws the illustrations used by the example briefings in content/, and the two that briefing:init
 * gives a new newsroom's welcome draft (packaged with the plugin, under src/main/resources).
 *
 * Usage, from the repository root:
 *
 *     java tools/DrawExamplePhotos.java            # writes into ./content and ./src/main/resources
 *     java tools/DrawExamplePhotos.java /path/repo # writes into /path/repo/content and …/src/main/resources
 *
 * Single-file Java 17 program, headless AWT only. The output is deterministic:
 * fixed random seeds, no text, no timestamps. One picture, the climate-finance chart,
 * carries embedded IPTC (APP13) and XMP (APP1) metadata with its caption, credit,
 * creator and copyright notice, to show the third source of captions and credits;
 * the others get theirs from the briefings' front matter or from sidecar .yaml files.
 */

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

public class DrawExamplePhotos {

  static final int W = 1600;
  static final int H = 900;
  static final float QUALITY = 0.85f;

  /** Where the starter pictures go, relative to content/. */
  static final String STARTER = "../src/main/resources/io/github/briefings/starter/";

  record Picture(String path, Consumer<Graphics2D> painter) {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path content = root.resolve("content");

    List<Picture> pictures =
        List.of(
            new Picture("images/kremlin-pyongyang.jpg", DrawExamplePhotos::treaty),
            new Picture("images/ballot-box.jpg", DrawExamplePhotos::ballotBox),
            // drawn beside its briefing (content/2024/), to exercise the "beside" lookup
            new Picture("2024/allemagne-coalition.jpg", DrawExamplePhotos::coalition),
            new Picture("images/cop29-globe.jpg", DrawExamplePhotos::globe),
            new Picture("images/climate-finance-chart.jpg", DrawExamplePhotos::barChart),
            new Picture("images/g20-rio.jpg", DrawExamplePhotos::rioBay),
            new Picture("images/hunger-alliance.jpg", DrawExamplePhotos::grainBowl),
            new Picture("images/ceasefire-line.jpg", DrawExamplePhotos::ceasefire),
            new Picture("images/roumanie-urne.jpg", DrawExamplePhotos::romaniaBallot),
            new Picture("images/missile-trajectories.jpg", DrawExamplePhotos::trajectories),
            // the welcome draft of briefing:init: content/images/ of a new newsroom repository
            new Picture(STARTER + "welcome-desk.jpg", DrawExamplePhotos::newsroomDesk),
            new Picture(STARTER + "welcome-notebook.jpg", DrawExamplePhotos::notebook));

    for (Picture p : pictures) {
      BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      p.painter().accept(g);
      g.dispose();
      Path out = content.resolve(p.path()).normalize();
      Files.createDirectories(out.getParent());
      writeJpeg(img, out);
      if (p.path().equals("images/climate-finance-chart.jpg")) {
        embedMetadata(
            out,
            CHART_CAPTION,
            "Illustration: Briefings",
            "Briefings graphics desk",
            "© Briefings 2024");
      }
      System.out.printf("%-45s %7d bytes%n", root.relativize(out), Files.size(out));
    }
  }

  static void writeJpeg(BufferedImage img, Path out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(QUALITY);
    Files.deleteIfExists(out);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  static final String CHART_CAPTION =
      "The new goal is three times the $100bn a year that rich countries "
          + "promised in 2009 to reach by 2020, a target met only in 2022.";

  /**
   * Inserts, right after the JPEG's SOI marker, an APP1 XMP packet (dc:description,
   * photoshop:Credit, dc:creator, dc:rights) and an APP13 Photoshop IRB holding IPTC in UTF-8 (1:90
   * = ESC % G) with Caption-Abstract, Credit, By-line and Copyright Notice.
   */
  static void embedMetadata(Path jpeg, String caption, String credit, String creator, String rights)
      throws IOException {
    String xmp =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">"
            + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + xml(caption)
            + "</rdf:li></rdf:Alt></dc:description>"
            + "<photoshop:Credit>"
            + xml(credit)
            + "</photoshop:Credit>"
            + "<dc:creator><rdf:Seq><rdf:li>"
            + xml(creator)
            + "</rdf:li></rdf:Seq></dc:creator>"
            + "<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + xml(rights)
            + "</rdf:li></rdf:Alt></dc:rights>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    java.io.ByteArrayOutputStream app1 = new java.io.ByteArrayOutputStream();
    app1.writeBytes(
        "http://ns.adobe.com/xap/1.0/\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    app1.writeBytes(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    java.io.ByteArrayOutputStream iptc = new java.io.ByteArrayOutputStream();
    dataset(iptc, 1, 90, new byte[] {0x1B, 0x25, 0x47});
    dataset(iptc, 2, 120, caption.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dataset(iptc, 2, 110, credit.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dataset(iptc, 2, 80, creator.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dataset(iptc, 2, 116, rights.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] data = iptc.toByteArray();
    java.io.ByteArrayOutputStream app13 = new java.io.ByteArrayOutputStream();
    app13.writeBytes("Photoshop 3.0\08BIM".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    app13.writeBytes(new byte[] {0x04, 0x04, 0, 0});
    int n = data.length;
    app13.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    app13.writeBytes(data);
    if (n % 2 == 1) {
      app13.write(0);
    }

    byte[] image = Files.readAllBytes(jpeg);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(image, 0, 2);
    segment(out, 0xE1, app1.toByteArray());
    segment(out, 0xED, app13.toByteArray());
    out.write(image, 2, image.length - 2);
    Files.write(jpeg, out.toByteArray());
  }

  static void dataset(java.io.ByteArrayOutputStream out, int record, int number, byte[] value) {
    out.write(0x1C);
    out.write(record);
    out.write(number);
    out.write(value.length >>> 8);
    out.write(value.length);
    out.writeBytes(value);
  }

  static void segment(java.io.ByteArrayOutputStream out, int marker, byte[] payload) {
    int length = payload.length + 2;
    out.write(0xFF);
    out.write(marker);
    out.write(length >>> 8);
    out.write(length);
    out.writeBytes(payload);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ------------------------------------------------------------------ helpers

  static Color rgb(int hex) {
    return new Color(hex);
  }

  static Color alpha(Color c, int a) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
  }

  static void vertical(Graphics2D g, Color top, Color bottom) {
    g.setPaint(new GradientPaint(0, 0, top, 0, H, bottom));
    g.fillRect(0, 0, W, H);
  }

  static void glow(Graphics2D g, float cx, float cy, float r, Color c) {
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Float(cx, cy), r, new float[] {0f, 1f}, new Color[] {c, alpha(c, 0)}));
    g.fill(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
  }

  /** A band that follows a gentle wave across the whole width. */
  static Shape waveBand(double y, double thickness, double amp, double phase, double tilt) {
    Path2D.Double p = new Path2D.Double();
    int steps = 80;
    for (int i = 0; i <= steps; i++) {
      double x = -50 + (W + 100) * i / (double) steps;
      double yy = y + tilt * (x - W / 2.0) + amp * Math.sin(x / 260.0 + phase);
      if (i == 0) p.moveTo(x, yy);
      else p.lineTo(x, yy);
    }
    for (int i = steps; i >= 0; i--) {
      double x = -50 + (W + 100) * i / (double) steps;
      double yy = y + thickness + tilt * (x - W / 2.0) + amp * Math.sin(x / 260.0 + phase + 0.4);
      p.lineTo(x, yy);
    }
    p.closePath();
    return p;
  }

  /** A ridge line of hills, filled down to the bottom of the picture. */
  static Shape ridge(Random rnd, double base, double amp, int bumps) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(-10, H + 10);
    double[] phases = new double[bumps];
    double[] freqs = new double[bumps];
    double[] amps = new double[bumps];
    for (int k = 0; k < bumps; k++) {
      phases[k] = rnd.nextDouble() * Math.PI * 2;
      freqs[k] = (k + 1) * (0.8 + rnd.nextDouble() * 0.6) / 260.0;
      amps[k] = amp / (k + 1);
    }
    for (int x = -10; x <= W + 10; x += 8) {
      double y = base;
      for (int k = 0; k < bumps; k++) y += amps[k] * Math.sin(x * freqs[k] + phases[k]);
      p.lineTo(x, y);
    }
    p.lineTo(W + 10, H + 10);
    p.closePath();
    return p;
  }

  static Shape star(double cx, double cy, double outer, double inner, double rotation) {
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double a = rotation - Math.PI / 2 + i * Math.PI / 5;
      double x = cx + r * Math.cos(a), y = cy + r * Math.sin(a);
      if (i == 0) p.moveTo(x, y);
      else p.lineTo(x, y);
    }
    p.closePath();
    return p;
  }

  /** A smooth closed blob, used for stylised land masses. */
  static Shape blob(Random rnd, double cx, double cy, double r, int lobes) {
    Path2D.Double p = new Path2D.Double();
    double[] ph = {rnd.nextDouble() * 6.28, rnd.nextDouble() * 6.28, rnd.nextDouble() * 6.28};
    int steps = 90;
    for (int i = 0; i <= steps; i++) {
      double a = i * 2 * Math.PI / steps;
      double rr =
          r
              * (1
                  + 0.22 * Math.sin(lobes * a + ph[0])
                  + 0.12 * Math.sin((lobes + 2) * a + ph[1])
                  + 0.07 * Math.sin((lobes + 5) * a + ph[2]));
      double x = cx + rr * Math.cos(a), y = cy + rr * 0.8 * Math.sin(a);
      if (i == 0) p.moveTo(x, y);
      else p.lineTo(x, y);
    }
    p.closePath();
    return p;
  }

  // ------------------------------------------------------------------ pictures

  /**
   * A newsroom desk at night: a window on the city, a screen with lines of text, a lamp, a
   * notebook, a cup.
   */
  static void newsroomDesk(Graphics2D g) {
    vertical(g, rgb(0x0d1830), rgb(0x1c2c4f));
    // the city through the window: towers with a few lit windows
    Random rnd = new Random(2026_12_04L);
    for (int i = 0; i < 14; i++) {
      double w = 70 + rnd.nextInt(80),
          h = 160 + rnd.nextInt(260),
          x = i * 118 - 20 + rnd.nextInt(30);
      g.setColor(rgb(0x16223d));
      g.fill(new Rectangle2D.Double(x, 560 - h, w, h));
      for (int k = 0; k < 18; k++) {
        if (rnd.nextInt(4) == 0) {
          g.setColor(alpha(rgb(0xffd98a), 150 + rnd.nextInt(80)));
          g.fill(
              new Rectangle2D.Double(
                  x + 8 + rnd.nextInt((int) w - 22), 575 - h + rnd.nextInt((int) h - 30), 9, 12));
        }
      }
    }
    // the desk
    g.setPaint(new GradientPaint(0, 560, rgb(0x6b4226), 0, H, rgb(0x3e2515)));
    g.fill(new Rectangle2D.Double(0, 560, W, H - 560));
    g.setColor(alpha(Color.BLACK, 70));
    g.fill(new Rectangle2D.Double(0, 560, W, 8));
    // the lamp's warm light on the desk
    glow(g, 1180, 640, 520, alpha(rgb(0xffc66e), 120));
    // the screen, showing a headline and lines of text
    g.setColor(rgb(0x22262e));
    g.fill(new RoundRectangle2D.Double(420, 170, 620, 380, 22, 22));
    g.setPaint(new GradientPaint(0, 190, rgb(0xf4f1ea), 0, 530, rgb(0xdcd6c8)));
    g.fill(new Rectangle2D.Double(440, 190, 580, 340));
    g.setColor(rgb(0xa3121c));
    g.fill(new Rectangle2D.Double(470, 220, 330, 26));
    g.setColor(rgb(0x8c8778));
    for (int line = 0; line < 8; line++) {
      g.fill(new Rectangle2D.Double(470, 270 + line * 30, 500 - (line % 3) * 70, 12));
    }
    g.setColor(rgb(0x2b2f38));
    g.fill(new Rectangle2D.Double(700, 550, 60, 40));
    g.fill(new RoundRectangle2D.Double(620, 585, 220, 18, 10, 10));
    // the lamp: a base, an arm and a shade
    g.setColor(rgb(0x1b1b1f));
    g.fill(new Ellipse2D.Double(1240, 610, 130, 30));
    g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new java.awt.geom.Line2D.Double(1305, 620, 1340, 420));
    g.draw(new java.awt.geom.Line2D.Double(1340, 420, 1230, 330));
    Path2D.Double shade = new Path2D.Double();
    shade.moveTo(1190, 300);
    shade.lineTo(1270, 300);
    shade.lineTo(1300, 390);
    shade.lineTo(1150, 390);
    shade.closePath();
    g.setColor(rgb(0xa3121c));
    g.fill(shade);
    g.setColor(alpha(rgb(0xffe2a8), 230));
    g.fill(new Ellipse2D.Double(1160, 380, 130, 22));
    // an open notebook and a pen
    AffineTransform keep = g.getTransform();
    g.rotate(-0.08, 300, 720);
    g.setColor(rgb(0xf7f4ec));
    g.fill(new Rectangle2D.Double(130, 650, 340, 200));
    g.setColor(alpha(rgb(0x6f8fb5), 160));
    g.setStroke(new BasicStroke(2));
    for (int line = 0; line < 7; line++) {
      g.draw(new java.awt.geom.Line2D.Double(150, 685 + line * 24, 450, 685 + line * 24));
    }
    g.setColor(alpha(Color.BLACK, 60));
    g.fill(new Rectangle2D.Double(298, 650, 4, 200));
    g.setColor(rgb(0x1d3c6e));
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new java.awt.geom.Line2D.Double(330, 830, 470, 700));
    g.setTransform(keep);
    // a cup of coffee with steam
    g.setColor(rgb(0xeeeeea));
    g.fill(new RoundRectangle2D.Double(930, 650, 110, 120, 26, 26));
    g.setStroke(new BasicStroke(12));
    g.draw(new Arc2D.Double(1010, 675, 70, 60, -90, 180, Arc2D.OPEN));
    g.setColor(rgb(0x4a2c1a));
    g.fill(new Ellipse2D.Double(938, 642, 94, 22));
    g.setColor(alpha(Color.WHITE, 80));
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int s = 0; s < 3; s++) {
      Path2D.Double steam = new Path2D.Double();
      steam.moveTo(960 + s * 25, 630);
      steam.curveTo(940 + s * 25, 600, 985 + s * 25, 580, 965 + s * 25, 545);
      g.draw(steam);
    }
    // vignette
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Float(W / 2f, H / 2f),
            1050,
            new float[] {0.6f, 1f},
            new Color[] {alpha(Color.BLACK, 0), alpha(Color.BLACK, 140)}));
    g.fillRect(0, 0, W, H);
  }

  /** An open reporter's notebook seen from above, its pages written, a pen across them. */
  static void notebook(Graphics2D g) {
    // a wooden desk: warm bands with a faint grain
    vertical(g, rgb(0x8a5a36), rgb(0x6a4128));
    Random rnd = new Random(2026_12_05L);
    for (int i = 0; i < 60; i++) {
      g.setColor(alpha(rgb(0x4a2c1a), 18 + rnd.nextInt(25)));
      g.fill(
          waveBand(
              rnd.nextInt(H), 2 + rnd.nextInt(5), 6 + rnd.nextInt(10), rnd.nextDouble() * 6, 0));
    }
    AffineTransform keep = g.getTransform();
    g.rotate(-0.12, W / 2.0, H / 2.0);
    // shadow, then the two pages and the spiral
    g.setColor(alpha(Color.BLACK, 90));
    g.fill(new RoundRectangle2D.Double(330, 150, 980, 640, 20, 20));
    g.setColor(rgb(0xfbf8f0));
    g.fill(new RoundRectangle2D.Double(310, 130, 480, 640, 14, 14));
    g.fill(new RoundRectangle2D.Double(810, 130, 480, 640, 14, 14));
    g.setColor(alpha(rgb(0x7d9cc4), 150));
    g.setStroke(new BasicStroke(2));
    for (int line = 0; line < 19; line++) {
      double y = 190 + line * 30;
      g.draw(new java.awt.geom.Line2D.Double(330, y, 770, y));
      g.draw(new java.awt.geom.Line2D.Double(830, y, 1270, y));
    }
    g.setColor(alpha(rgb(0xc0392b), 140));
    g.draw(new java.awt.geom.Line2D.Double(380, 130, 380, 770));
    g.draw(new java.awt.geom.Line2D.Double(880, 130, 880, 770));
    // handwriting: wavy strokes on the left page and half of the right one
    g.setColor(rgb(0x1d3c6e));
    g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int line = 0; line < 28; line++) {
      boolean right = line >= 17;
      double x0 = right ? 895 : 395, y = 183 + (right ? line - 17 : line) * 30;
      double length = (line % 5 == 4) ? 180 : 300 + rnd.nextInt(70);
      Path2D.Double ink = new Path2D.Double();
      ink.moveTo(x0, y);
      for (double x = x0; x < x0 + length; x += 12) {
        ink.lineTo(x, y - 4 - 6 * Math.abs(Math.sin(x / 7.0 + line)));
      }
      g.draw(ink);
    }
    // the spiral rings
    g.setColor(rgb(0x9aa0a8));
    g.setStroke(new BasicStroke(5));
    for (int ring = 0; ring < 16; ring++) {
      g.draw(new Ellipse2D.Double(785, 150 + ring * 38, 30, 18));
    }
    g.setTransform(keep);
    // the pen, across the right page
    g.rotate(0.5, 1100, 520);
    g.setColor(rgb(0x111318));
    g.fill(new RoundRectangle2D.Double(820, 505, 520, 30, 14, 14));
    g.setColor(rgb(0xc9a227));
    g.fill(new Rectangle2D.Double(1180, 505, 18, 30));
    Path2D.Double nib = new Path2D.Double();
    nib.moveTo(820, 505);
    nib.lineTo(770, 520);
    nib.lineTo(820, 535);
    nib.closePath();
    g.setColor(rgb(0xb8b8bc));
    g.fill(nib);
    g.setTransform(keep);
  }

  /** Russia and North Korea: two ribbons in the colours of their flags, knotted in the middle. */
  static void treaty(Graphics2D g) {
    vertical(g, rgb(0x101a2e), rgb(0x1f2b46));
    glow(g, W / 2f, H / 2f, 620, alpha(rgb(0x3d5a8a), 120));

    // Russian ribbon, rising from the left: white, blue, red
    AffineTransform keep = g.getTransform();
    g.rotate(-0.16, W / 2.0, H / 2.0);
    double y0 = 300;
    Color[] ru = {rgb(0xf2f2f2), rgb(0x1c3f94), rgb(0xd52b1e)};
    for (int i = 0; i < 3; i++) {
      g.setColor(alpha(ru[i], 235));
      g.fill(waveBand(y0 + i * 70, 70, 26, 0.3, 0));
    }
    g.setTransform(keep);

    // North Korean ribbon, falling from the left: blue, white, red, white, blue
    g.rotate(0.2, W / 2.0, H / 2.0);
    Color nkBlue = rgb(0x024fa2), nkRed = rgb(0xed1c27), white = rgb(0xf5f5f5);
    double y1 = 330;
    double[] th = {46, 12, 120, 12, 46};
    Color[] nk = {nkBlue, white, nkRed, white, nkBlue};
    double y = y1;
    for (int i = 0; i < th.length; i++) {
      g.setColor(alpha(nk[i], 205));
      g.fill(waveBand(y, th[i] + 1, 30, 2.1, 0));
      y += th[i];
    }
    g.setTransform(keep);

    // a five-pointed star in a white disc, where the ribbons cross
    double cx = W / 2.0, cy = H / 2.0 + 20;
    g.setColor(alpha(white, 240));
    g.fill(new Ellipse2D.Double(cx - 58, cy - 58, 116, 116));
    g.setColor(nkRed);
    g.fill(star(cx, cy, 50, 20, 0));

    // vignette
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Float(W / 2f, H / 2f),
            1000,
            new float[] {0.55f, 1f},
            new Color[] {alpha(Color.BLACK, 0), alpha(Color.BLACK, 150)}));
    g.fillRect(0, 0, W, H);
  }

  /** A ballot box in perspective with a ballot paper half-way through the slot. */
  static void ballotBox(Graphics2D g) {
    vertical(g, rgb(0xe9edf4), rgb(0xc6cfdd));
    // soft stripes in the background
    for (int i = 0; i < 7; i++) {
      g.setColor(i % 2 == 0 ? alpha(rgb(0xb22234), 38) : alpha(Color.WHITE, 60));
      g.fillRect(0, 90 + i * 70, W, 70);
    }
    g.setColor(alpha(rgb(0x3c3b6e), 60));
    g.fillRect(0, 90, 560, 350);
    Random rnd = new Random(2024_11_05L);
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 7; c++) {
        double x = 60 + c * 72 + (r % 2) * 36, yy = 130 + r * 66;
        g.setColor(alpha(Color.WHITE, 90 + rnd.nextInt(40)));
        g.fill(star(x, yy, 16, 6.5, 0));
      }
    }

    // floor shadow
    g.setColor(alpha(Color.BLACK, 50));
    g.fill(new Ellipse2D.Double(560, 770, 620, 70));

    // box: front face, side face, top face
    double fx = 600, fy = 420, fw = 440, fh = 380, dx = 120, dy = -90;
    GeneralPath top = new GeneralPath();
    top.moveTo(fx, fy);
    top.lineTo(fx + dx, fy + dy);
    top.lineTo(fx + fw + dx, fy + dy);
    top.lineTo(fx + fw, fy);
    top.closePath();
    GeneralPath side = new GeneralPath();
    side.moveTo(fx + fw, fy);
    side.lineTo(fx + fw + dx, fy + dy);
    side.lineTo(fx + fw + dx, fy + fh + dy);
    side.lineTo(fx + fw, fy + fh);
    side.closePath();
    g.setPaint(
        new GradientPaint(0, (float) fy, rgb(0x2b3f6b), 0, (float) (fy + fh), rgb(0x1b2a4a)));
    g.fill(new Rectangle2D.Double(fx, fy, fw, fh));
    g.setColor(rgb(0x142039));
    g.fill(side);
    g.setColor(rgb(0x3b5488));
    g.fill(top);

    // red and white bands on the front
    g.setColor(rgb(0xb22234));
    g.fill(new Rectangle2D.Double(fx, fy + 230, fw, 40));
    g.setColor(rgb(0xf4f4f4));
    g.fill(new Rectangle2D.Double(fx, fy + 270, fw, 14));
    g.setColor(alpha(Color.WHITE, 210));
    g.fill(star(fx + fw / 2, fy + 130, 60, 24, 0));

    // slot on the top face
    GeneralPath slot = new GeneralPath();
    double sx = fx + 150, sy = fy - 40;
    slot.moveTo(sx, sy);
    slot.lineTo(sx + 200, sy);
    slot.lineTo(sx + 200 + 22, sy - 16);
    slot.lineTo(sx + 22, sy - 16);
    slot.closePath();
    g.setColor(rgb(0x0b1222));
    g.fill(slot);

    // ballot paper entering the slot
    AffineTransform keep = g.getTransform();
    g.translate(sx + 110, sy - 8);
    g.rotate(-0.08);
    g.setColor(alpha(Color.BLACK, 40));
    g.fill(new Rectangle2D.Double(-86, -250, 180, 250));
    g.setColor(rgb(0xfbfbf8));
    g.fill(new Rectangle2D.Double(-92, -258, 180, 250));
    g.setColor(rgb(0xcfd5df));
    for (int i = 0; i < 4; i++) g.fill(new Rectangle2D.Double(-60, -215 + i * 48, 110, 10));
    g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(rgb(0x1c3f94));
    g.draw(new Rectangle2D.Double(-80, -222, 16, 16));
    g.draw(new Rectangle2D.Double(-80, -174, 16, 16));
    g.setColor(rgb(0xb22234));
    Path2D.Double tick = new Path2D.Double();
    tick.moveTo(-84, -168);
    tick.lineTo(-72, -152);
    tick.lineTo(-50, -196);
    g.draw(tick);
    g.setTransform(keep);
  }

  /** Germany: a traffic light of three coloured wedges drifting apart. */
  static void coalition(Graphics2D g) {
    vertical(g, rgb(0x20232a), rgb(0x343944));
    glow(g, W / 2f, H / 2f, 520, alpha(rgb(0x596275), 110));

    double cx = W / 2.0, cy = H / 2.0 - 20, r = 300;
    Color[] colours = {rgb(0xe3000f), rgb(0xffcc00), rgb(0x46962b)}; // red, yellow, green
    double[] starts = {90, 210, 330};
    double[] drift = {20, 70, 46};
    for (int i = 0; i < 3; i++) {
      double mid = Math.toRadians(starts[i] + 60);
      double ox = Math.cos(mid) * drift[i], oy = -Math.sin(mid) * drift[i];
      Arc2D.Double wedge =
          new Arc2D.Double(cx - r + ox, cy - r + oy, 2 * r, 2 * r, starts[i] + 4, 112, Arc2D.PIE);
      Area a = new Area(wedge);
      a.subtract(new Area(new Ellipse2D.Double(cx - 95 + ox, cy - 95 + oy, 190, 190)));
      g.setColor(alpha(Color.BLACK, 70));
      g.fill(AffineTransform.getTranslateInstance(10, 14).createTransformedShape(a));
      Color c = colours[i];
      g.setPaint(
          new GradientPaint(
              (float) (cx + ox),
              (float) (cy + oy - r),
              c.brighter(),
              (float) (cx + ox),
              (float) (cy + oy + r),
              c.darker()));
      g.fill(a);
    }
    // national colours along the bottom edge
    g.setColor(rgb(0x111111));
    g.fillRect(0, H - 36, W, 12);
    g.setColor(rgb(0xdd0000));
    g.fillRect(0, H - 24, W, 12);
    g.setColor(rgb(0xffce00));
    g.fillRect(0, H - 12, W, 12);
  }

  /** A globe under a warm hazy sky, with meridians and stylised continents. */
  static void globe(Graphics2D g) {
    vertical(g, rgb(0xf3b26b), rgb(0x5d7fa6));
    glow(g, 1220, 180, 380, alpha(rgb(0xfff1c7), 200));

    double cx = 760, cy = 480, r = 330;
    Ellipse2D.Double disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    g.setColor(alpha(Color.BLACK, 50));
    g.fill(new Ellipse2D.Double(cx - r + 18, cy - r + 24, 2 * r, 2 * r));
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Double(cx - 110, cy - 120),
            (float) (r * 1.5),
            new float[] {0f, 0.7f, 1f},
            new Color[] {rgb(0x5fb3d9), rgb(0x1d5f8f), rgb(0x0d2f4f)}));
    g.fill(disc);

    Shape clipBefore = g.getClip();
    g.clip(disc);
    Random rnd = new Random(29L);
    Color[] land = {rgb(0x7fae6a), rgb(0x9bbd6f), rgb(0xc8b273)};
    double[][] spots = {
      {-150, -130, 120}, {90, -60, 150}, {-40, 170, 110}, {210, 180, 80}, {-260, 90, 70}
    };
    for (int i = 0; i < spots.length; i++) {
      g.setColor(alpha(land[i % land.length], 225));
      g.fill(blob(rnd, cx + spots[i][0], cy + spots[i][1], spots[i][2], 3 + rnd.nextInt(3)));
    }
    // graticule
    g.setStroke(new BasicStroke(2f));
    g.setColor(alpha(Color.WHITE, 70));
    for (int k = -2; k <= 2; k++) {
      double w = Math.abs(Math.cos(k * Math.PI / 6)) * r;
      g.draw(new Ellipse2D.Double(cx - Math.sin(k * Math.PI / 6) * 0 - w, cy - r, 2 * w, 2 * r));
    }
    for (int k = -2; k <= 2; k++) {
      double yy = cy + Math.sin(k * Math.PI / 6) * r;
      double half = Math.cos(k * Math.PI / 6) * r;
      g.draw(new Ellipse2D.Double(cx - half, yy - half * 0.12, 2 * half, half * 0.24));
    }
    // terminator shading
    g.setPaint(
        new GradientPaint(
            (float) (cx - r),
            0,
            alpha(Color.BLACK, 0),
            (float) (cx + r),
            0,
            alpha(Color.BLACK, 120)));
    g.fill(disc);
    g.setClip(clipBefore);

    // atmosphere ring
    g.setStroke(new BasicStroke(10f));
    g.setColor(alpha(Color.WHITE, 60));
    g.draw(new Ellipse2D.Double(cx - r - 8, cy - r - 8, 2 * r + 16, 2 * r + 16));
  }

  /** An abstract bar chart: a short bar and one three times as tall. */
  static void barChart(Graphics2D g) {
    vertical(g, rgb(0x113b35), rgb(0x0b2622));
    double baseY = 760;
    g.setStroke(new BasicStroke(2f));
    g.setColor(alpha(Color.WHITE, 40));
    for (int i = 1; i <= 6; i++)
      g.draw(new java.awt.geom.Line2D.Double(240, baseY - i * 100, 1360, baseY - i * 100));
    g.setColor(alpha(Color.WHITE, 170));
    g.setStroke(new BasicStroke(4f));
    g.draw(new java.awt.geom.Line2D.Double(220, baseY, 1380, baseY));

    double unit = 1.9; // pixels per billion
    double[] values = {100, 300};
    Color[] cols = {rgb(0x7cc4a4), rgb(0xf2c14e)};
    double[] xs = {470, 930};
    for (int i = 0; i < values.length; i++) {
      double h = values[i] * unit;
      RoundRectangle2D.Double bar =
          new RoundRectangle2D.Double(xs[i], baseY - h, 200, h + 12, 18, 18);
      g.setColor(alpha(Color.BLACK, 60));
      g.fill(AffineTransform.getTranslateInstance(12, 0).createTransformedShape(bar));
      g.setPaint(
          new GradientPaint((float) xs[i], 0, cols[i].brighter(), (float) xs[i] + 200, 0, cols[i]));
      g.fill(bar);
    }
    g.setColor(rgb(0x113b35));
    g.fillRect(200, (int) baseY + 2, 1200, 20);
    g.setColor(alpha(Color.WHITE, 170));
    g.draw(new java.awt.geom.Line2D.Double(220, baseY, 1380, baseY));
    // an arrow from the first bar to the second
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(alpha(Color.WHITE, 200));
    Path2D.Double arrow = new Path2D.Double();
    arrow.moveTo(600, 520);
    arrow.curveTo(700, 380, 800, 330, 900, 300);
    g.draw(arrow);
    Polygon head = new Polygon(new int[] {915, 880, 872}, new int[] {296, 278, 318}, 3);
    g.fill(head);
  }

  /** Rio de Janeiro at dusk: rounded granite peaks over the bay, twenty lights in a ring. */
  static void rioBay(Graphics2D g) {
    vertical(g, rgb(0x27315c), rgb(0xf08a4b));
    glow(g, 1100, 640, 420, alpha(rgb(0xffd08a), 210));

    // ring of twenty lights
    double cx = 460, cy = 250, rr = 150;
    for (int i = 0; i < 20; i++) {
      double a = i * 2 * Math.PI / 20;
      double x = cx + rr * Math.cos(a), y = cy + rr * Math.sin(a);
      glow(g, (float) x, (float) y, 22, alpha(rgb(0xfff4d6), 120));
      g.setColor(rgb(0xfff4d6));
      g.fill(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
    }

    // sugarloaf-like peaks
    Path2D.Double peaks = new Path2D.Double();
    peaks.moveTo(0, 700);
    peaks.curveTo(120, 660, 180, 600, 260, 610);
    peaks.curveTo(330, 620, 380, 690, 470, 690);
    peaks.curveTo(560, 690, 600, 520, 700, 420);
    peaks.curveTo(760, 360, 830, 360, 860, 430);
    peaks.curveTo(900, 520, 930, 660, 1000, 690);
    peaks.curveTo(1080, 700, 1120, 610, 1170, 560);
    peaks.curveTo(1210, 520, 1260, 530, 1290, 580);
    peaks.curveTo(1330, 650, 1420, 690, 1600, 700);
    peaks.lineTo(1600, H);
    peaks.lineTo(0, H);
    peaks.closePath();
    g.setPaint(new GradientPaint(0, 380, rgb(0x2c2a4a), 0, 720, rgb(0x1b1a30)));
    g.fill(peaks);

    // bay
    g.setPaint(new GradientPaint(0, 700, rgb(0x3a3d6b), 0, H, rgb(0x141a33)));
    g.fill(new Rectangle2D.Double(0, 720, W, H - 720));
    Random rnd = new Random(20L);
    for (int i = 0; i < 60; i++) {
      double y = 730 + rnd.nextDouble() * 160;
      double x = 900 + rnd.nextGaussian() * 160;
      double len = 20 + rnd.nextDouble() * 90;
      g.setColor(alpha(rgb(0xffc27a), 60 + rnd.nextInt(80)));
      g.fill(new RoundRectangle2D.Double(x - len / 2, y, len, 3, 3, 3));
    }
  }

  /** A bowl of grain with a few ears of wheat. */
  static void grainBowl(Graphics2D g) {
    vertical(g, rgb(0xf4e7cf), rgb(0xe0c9a0));
    glow(g, 800, 420, 520, alpha(Color.WHITE, 120));

    // wheat ears behind the bowl
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double[] angles = {-0.55, -0.3, -0.08, 0.15, 0.38, 0.6};
    for (double a : angles) {
      AffineTransform keep = g.getTransform();
      g.translate(800, 640);
      g.rotate(a);
      g.setColor(rgb(0xb38a3c));
      g.draw(new java.awt.geom.Line2D.Double(0, 0, 0, -470));
      for (int k = 0; k < 8; k++) {
        double y = -300 - k * 22;
        g.setColor(k % 2 == 0 ? rgb(0xd9a84e) : rgb(0xc99636));
        g.fill(new Ellipse2D.Double(-30, y - 14, 30, 22));
        g.fill(new Ellipse2D.Double(0, y - 4, 30, 22));
      }
      g.setTransform(keep);
    }

    // bowl
    g.setColor(alpha(Color.BLACK, 40));
    g.fill(new Ellipse2D.Double(530, 800, 540, 50));
    Arc2D.Double bowl = new Arc2D.Double(500, 380, 600, 440, 180, 180, Arc2D.CHORD);
    g.setPaint(new GradientPaint(500, 0, rgb(0x3d6e8f), 1100, 0, rgb(0x1f4660)));
    g.fill(bowl);
    g.setColor(rgb(0x5a8db0));
    g.fill(new Rectangle2D.Double(500, 594, 600, 14));
    // grain heap
    Random rnd = new Random(82L);
    g.setColor(rgb(0xe8c57a));
    g.fill(new Ellipse2D.Double(512, 560, 576, 70));
    for (int i = 0; i < 260; i++) {
      double x = 520 + rnd.nextDouble() * 560;
      double y = 566 + rnd.nextDouble() * 40 - 30 * Math.sin((x - 520) / 560 * Math.PI);
      g.setColor(rnd.nextBoolean() ? rgb(0xd4a955) : rgb(0xf1d592));
      g.fill(new Ellipse2D.Double(x, y, 14, 9));
    }
  }

  /** Southern Lebanon stylised: layered hills, a river, a dashed line and an olive branch. */
  static void ceasefire(Graphics2D g) {
    vertical(g, rgb(0xcfdde6), rgb(0xf2e6d0));
    Random rnd = new Random(1701L);
    Color[] layers = {rgb(0xa9b7a0), rgb(0x8fa283), rgb(0x748a69), rgb(0x5c7152)};
    for (int i = 0; i < layers.length; i++) {
      g.setColor(layers[i]);
      g.fill(ridge(rnd, 420 + i * 110, 70 - i * 10, 3));
    }
    // a winding river
    g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(rgb(0x5f9ec2));
    Path2D.Double river = new Path2D.Double();
    river.moveTo(-20, 610);
    river.curveTo(300, 560, 420, 680, 700, 620);
    river.curveTo(950, 570, 1100, 660, 1620, 590);
    g.draw(river);
    // a dashed line further south
    g.setStroke(
        new BasicStroke(
            7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {28f, 22f}, 0f));
    g.setColor(alpha(Color.WHITE, 230));
    Path2D.Double line = new Path2D.Double();
    line.moveTo(-20, 800);
    line.curveTo(400, 760, 900, 840, 1620, 770);
    g.draw(line);

    // olive branch in the sky
    AffineTransform keep = g.getTransform();
    g.translate(1150, 230);
    g.rotate(-0.35);
    g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(rgb(0x6b5a3a));
    Path2D.Double stem = new Path2D.Double();
    stem.moveTo(-230, 40);
    stem.curveTo(-100, 0, 60, -10, 230, 10);
    g.draw(stem);
    for (int k = 0; k < 8; k++) {
      double x = -190 + k * 55;
      double side = k % 2 == 0 ? -1 : 1;
      AffineTransform leafT = g.getTransform();
      g.translate(x, 20 - k * 2);
      g.rotate(side * 0.7);
      g.setColor(k % 2 == 0 ? rgb(0x6f8f4e) : rgb(0x88a862));
      g.fill(new Ellipse2D.Double(-12, side < 0 ? -78 : 0, 24, 78));
      g.setTransform(leafT);
    }
    g.setColor(rgb(0x3f4d2b));
    g.fill(new Ellipse2D.Double(200, -6, 30, 38));
    g.setTransform(keep);
  }

  /** Romania: ballot papers falling into a clear urn, in front of blue, yellow and red fields. */
  static void romaniaBallot(Graphics2D g) {
    Color blue = rgb(0x002b7f), yellow = rgb(0xfcd116), red = rgb(0xce1126);
    Color[] cols = {blue, yellow, red};
    for (int i = 0; i < 3; i++) {
      g.setPaint(new GradientPaint(0, 0, cols[i], 0, H, cols[i].darker()));
      g.fillRect(i * W / 3, 0, W / 3 + 1, H);
    }
    g.setColor(alpha(rgb(0x10131c), 120));
    g.fillRect(0, 0, W, H);

    // floor
    g.setPaint(
        new GradientPaint(0, 700, alpha(rgb(0x0b0d14), 120), 0, H, alpha(rgb(0x0b0d14), 230)));
    g.fillRect(0, 700, W, H - 700);

    // transparent urn
    double x = 560, y = 360, w = 480, h = 420;
    g.setColor(alpha(Color.BLACK, 80));
    g.fill(new Ellipse2D.Double(x - 20, y + h - 20, w + 40, 50));
    RoundRectangle2D.Double urn = new RoundRectangle2D.Double(x, y, w, h, 24, 24);
    g.setColor(alpha(Color.WHITE, 55));
    g.fill(urn);
    // papers inside
    Random rnd = new Random(2411L);
    Shape before = g.getClip();
    g.clip(urn);
    for (int i = 0; i < 70; i++) {
      double px = x + 10 + rnd.nextDouble() * (w - 60);
      double py = y + h - 40 - rnd.nextDouble() * 170;
      AffineTransform keep = g.getTransform();
      g.rotate(rnd.nextDouble() - 0.5, px + 40, py + 25);
      g.setColor(alpha(rgb(0xf7f5ef), 235));
      g.fill(new Rectangle2D.Double(px, py, 80, 50));
      g.setColor(alpha(rgb(0x9aa2b1), 200));
      g.fill(new Rectangle2D.Double(px + 10, py + 12, 40, 5));
      g.setTransform(keep);
    }
    g.setClip(before);
    g.setStroke(new BasicStroke(6f));
    g.setColor(alpha(Color.WHITE, 200));
    g.draw(urn);
    // lid and slot
    g.setColor(rgb(0xe9ecf2));
    g.fill(new RoundRectangle2D.Double(x - 16, y - 30, w + 32, 38, 12, 12));
    g.setColor(rgb(0x1a1f2b));
    g.fill(new RoundRectangle2D.Double(x + w / 2 - 90, y - 19, 180, 14, 8, 8));
    // one paper going in
    AffineTransform keep = g.getTransform();
    g.translate(x + w / 2, y - 14);
    g.rotate(0.06);
    g.setColor(rgb(0xfdfcf7));
    g.fill(new Rectangle2D.Double(-70, -200, 140, 190));
    g.setColor(rgb(0xb8bfcc));
    for (int i = 0; i < 4; i++) g.fill(new Rectangle2D.Double(-45, -170 + i * 38, 90, 8));
    g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(blue);
    g.draw(new Ellipse2D.Double(-58, -140, 26, 26));
    g.setTransform(keep);
  }

  /** Night sky over a dark plain, with long luminous arcs. */
  static void trajectories(Graphics2D g) {
    vertical(g, rgb(0x060b18), rgb(0x1d2740));
    Random rnd = new Random(19_11L);
    for (int i = 0; i < 160; i++) {
      double x = rnd.nextDouble() * W, y = rnd.nextDouble() * 560;
      double s = 1 + rnd.nextDouble() * 2.2;
      g.setColor(alpha(Color.WHITE, 60 + rnd.nextInt(140)));
      g.fill(new Ellipse2D.Double(x, y, s, s));
    }
    glow(g, W / 2f, 900, 700, alpha(rgb(0x51607f), 120));

    double[][] arcs = {
      {120, 760, 640, 140, 1280, 720},
      {260, 770, 820, 240, 1460, 740},
      {420, 765, 700, 360, 1060, 735},
    };
    for (int i = 0; i < arcs.length; i++) {
      double[] a = arcs[i];
      Path2D.Double p = new Path2D.Double();
      p.moveTo(a[0], a[1]);
      p.quadTo(a[2], a[3], a[4], a[5]);
      g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(alpha(rgb(0xff8a3d), 45));
      g.draw(p);
      g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setPaint(
          new GradientPaint(
              (float) a[0],
              (float) a[1],
              alpha(rgb(0xffd9a0), 30),
              (float) a[4],
              (float) a[5],
              alpha(rgb(0xffb060), 230)));
      g.draw(p);
    }
    // horizon
    g.setColor(rgb(0x0a0f1c));
    g.fill(ridge(new Random(1000L), 780, 18, 3));
    for (double[] a : arcs) glow(g, (float) a[4], (float) a[5] + 6, 60, alpha(rgb(0xff9a4a), 150));
    g.setComposite(AlphaComposite.SrcOver);
  }
}
