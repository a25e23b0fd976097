package io.github.briefings.photos;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a photo's own embedded metadata: XMP ({@code dc:description}, {@code photoshop:Credit},
 * {@code dc:creator}, {@code dc:rights}, {@code Iptc4xmpCore:AltTextAccessibility}) first, then
 * IPTC (Caption-Abstract, Credit, By-line, Copyright Notice), field by field. The credit is the
 * Credit field, else the creator. Damaged metadata is a warning: whatever could be read is kept.
 */
public final class EmbeddedText implements PhotoTextSource {

  /** The namespace of IPTC Core's XMP properties. */
  static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

  /** IPTC 1:90's value for UTF-8: ESC % G. */
  private static final String UTF8_DESIGNATION = "\u001B%G";

  @Override
  public PhotoText read(PhotoFile image, String imagePath, Problems problems) {
    Metadata metadata;
    try {
      if (image.isEmpty()) {
        return PhotoText.NONE;
      }
      metadata = image.metadata();
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      problems.warning(
          imagePath,
          0,
          0,
          "cannot read the photo's embedded metadata (IPTC/XMP): "
              + describe(e)
              + "; its caption and credit must come from the briefing or "
              + imagePath
              + ".yaml");
      return PhotoText.NONE;
    }
    PhotoText xmp = PhotoText.NONE;
    PhotoText iptc = PhotoText.NONE;
    for (Directory directory : metadata.getDirectories()) {
      if (directory instanceof XmpDirectory x) {
        xmp = xmp.orElse(fromXmp(x, imagePath, problems));
      } else if (directory instanceof IptcDirectory i) {
        iptc = iptc.orElse(fromIptc(i));
      } else {
        continue;
      }
      for (String error : directory.getErrors()) {
        problems.warning(
            imagePath,
            0,
            0,
            "damaged "
                + directory.getName()
                + " metadata ("
                + error
                + "): the fields before the damage are used; fix or re-save the photo's metadata");
      }
    }
    PhotoText text = xmp.orElse(iptc);
    if (text.credit() == null && text.creator() != null) {
      text =
          new PhotoText(
              text.alt(), text.caption(), text.creator(), text.creator(), text.copyright());
    }
    return text;
  }

  private static PhotoText fromXmp(XmpDirectory directory, String imagePath, Problems problems) {
    XMPMeta xmp = directory.getXMPMeta();
    if (xmp == null) {
      return PhotoText.NONE;
    }
    try {
      return new PhotoText(
          localized(xmp, IPTC_CORE, "AltTextAccessibility"),
          localized(xmp, DC, "description"),
          clean(xmp.getPropertyString(PHOTOSHOP, "Credit")),
          creators(xmp),
          localized(xmp, DC, "rights"));
    } catch (XMPException | RuntimeException e) {
      problems.warning(
          imagePath,
          0,
          0,
          "the photo's XMP metadata is malformed ("
              + describe(e)
              + "): it is ignored; fix or re-save the photo's metadata");
      return PhotoText.NONE;
    }
  }

  /** A language alternative (x-default, else the first), or a plain property. */
  private static String localized(XMPMeta xmp, String ns, String name) throws XMPException {
    if (!xmp.doesPropertyExist(ns, name)) {
      return null;
    }
    if (xmp.getProperty(ns, name).getOptions().isArray()) {
      var item = xmp.getLocalizedText(ns, name, null, "x-default");
      if (item != null) {
        return clean(item.getValue());
      }
      return xmp.countArrayItems(ns, name) > 0
          ? clean(xmp.getArrayItem(ns, name, 1).getValue())
          : null;
    }
    return clean(xmp.getPropertyString(ns, name));
  }

  private static String creators(XMPMeta xmp) throws XMPException {
    if (!xmp.doesPropertyExist(DC, "creator")) {
      return null;
    }
    if (!xmp.getProperty(DC, "creator").getOptions().isArray()) {
      return clean(xmp.getPropertyString(DC, "creator"));
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= xmp.countArrayItems(DC, "creator"); i++) {
      String name = clean(xmp.getArrayItem(DC, "creator", i).getValue());
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static PhotoText fromIptc(IptcDirectory directory) {
    // the reader keeps 1:90 either as the Java charset's name or as the raw escape sequence
    String charset = directory.getString(IptcDirectory.TAG_CODED_CHARACTER_SET);
    boolean utf8 =
        charset != null && (charset.equalsIgnoreCase("UTF-8") || charset.equals(UTF8_DESIGNATION));
    List<String> bylines = new ArrayList<>();
    StringValue[] values = directory.getStringValueArray(IptcDirectory.TAG_BY_LINE);
    if (values != null) {
      for (StringValue v : values) {
        String name = iptcString(v, utf8);
        if (name != null) {
          bylines.add(name);
        }
      }
    } else {
      String single = iptcString(directory.getStringValue(IptcDirectory.TAG_BY_LINE), utf8);
      if (single != null) {
        bylines.add(single);
      }
    }
    return new PhotoText(
        null,
        iptcString(directory.getStringValue(IptcDirectory.TAG_CAPTION), utf8),
        iptcString(directory.getStringValue(IptcDirectory.TAG_CREDIT), utf8),
        bylines.isEmpty() ? null : String.join(", ", bylines),
        iptcString(directory.getStringValue(IptcDirectory.TAG_COPYRIGHT_NOTICE), utf8));
  }

  /**
   * Decodes an IPTC string from its bytes: UTF-8 when 1:90 says so; otherwise UTF-8 when the bytes
   * are valid UTF-8, else Latin-1 (what IPTC without a declared character set is in practice).
   */
  private static String iptcString(StringValue value, boolean utf8) {
    if (value == null) {
      return null;
    }
    byte[] bytes = value.getBytes();
    if (utf8) {
      return clean(new String(bytes, StandardCharsets.UTF_8));
    }
    try {
      return clean(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return clean(new String(bytes, StandardCharsets.ISO_8859_1));
    }
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace("\u0000", "").strip();
    return t.isEmpty() ? null : t;
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
