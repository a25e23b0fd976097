package io.github.briefings.photos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: writes IPTC (an APP13 Photoshop IRB segment) and XMP (an APP1 packet) into a JPEG,
 * byte by byte, right after its SOI marker.
 */
public final class JpegMetadata {

  private final List<byte[]> segments = new ArrayList<>();

  /** IPTC datasets, record 2, in {@code charset}; {@code utf8} also writes 1:90 = ESC % G. */
  public JpegMetadata iptc(Charset charset, boolean utf8, String... datasetAndValue) {
    ByteArrayOutputStream iptc = new ByteArrayOutputStream();
    if (utf8) {
      dataset(iptc, 1, 90, new byte[] {0x1B, 0x25, 0x47});
    }
    for (int i = 0; i < datasetAndValue.length; i += 2) {
      dataset(
          iptc, 2, Integer.parseInt(datasetAndValue[i]), datasetAndValue[i + 1].getBytes(charset));
    }
    return iptcBlock(iptc.toByteArray());
  }

  /** An APP13 segment holding exactly {@code iptc} as its IPTC resource (0x0404). */
  public JpegMetadata iptcBlock(byte[] iptc) {
    ByteArrayOutputStream app13 = new ByteArrayOutputStream();
    app13.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
    app13.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
    app13.writeBytes(
        new byte[] {0x04, 0x04, 0, 0}); // resource id, empty Pascal name padded to even
    int n = iptc.length;
    app13.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    app13.writeBytes(iptc);
    if (n % 2 == 1) {
      app13.write(0);
    }
    segments.add(segment(0xED, app13.toByteArray()));
    return this;
  }

  /** An XMP packet with the given properties inside one rdf:Description (raw RDF/XML). */
  public JpegMetadata xmp(String properties) {
    String packet =
        """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">
                %s
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>"""
            .formatted(properties);
    ByteArrayOutputStream app1 = new ByteArrayOutputStream();
    app1.writeBytes("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII));
    app1.writeBytes(packet.getBytes(StandardCharsets.UTF_8));
    segments.add(segment(0xE1, app1.toByteArray()));
    return this;
  }

  /** Rewrites the JPEG {@code file} with the segments inserted after SOI. */
  public void writeInto(Path file) {
    try {
      byte[] jpeg = Files.readAllBytes(file);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(jpeg, 0, 2);
      for (byte[] s : segments) {
        out.writeBytes(s);
      }
      out.write(jpeg, 2, jpeg.length - 2);
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One IPTC dataset: 0x1C, record, dataset, two length bytes, the value. */
  public static void dataset(ByteArrayOutputStream out, int record, int dataset, byte[] value) {
    out.write(0x1C);
    out.write(record);
    out.write(dataset);
    out.write(value.length >>> 8);
    out.write(value.length);
    out.writeBytes(value);
  }

  private static byte[] segment(int marker, byte[] payload) {
    int length = payload.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(marker);
    out.write(length >>> 8);
    out.write(length);
    out.writeBytes(payload);
    return out.toByteArray();
  }
}
