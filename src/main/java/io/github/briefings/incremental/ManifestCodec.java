package io.github.briefings.incremental;

import io.github.briefings.output.OutputManifest;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Writes and reads an {@link OutputManifest} in a cache file: its folder, then each file sorted.
 */
final class ManifestCodec {

  private ManifestCodec() {}

  static void write(DataOutputStream out, OutputManifest manifest) throws IOException {
    CacheFile.writeString(out, manifest.outputDir());
    Map<String, OutputManifest.Entry> sorted = manifest.entries();
    out.writeInt(sorted.size());
    for (Map.Entry<String, OutputManifest.Entry> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      CacheFile.writeString(out, e.getValue().fingerprint());
      out.writeLong(e.getValue().size());
    }
  }

  static OutputManifest read(DataInputStream in) throws IOException {
    String dir = CacheFile.readString(in);
    int count = in.readInt();
    if (dir == null || count < 0) {
      throw new CacheFile.Corrupt("bad manifest header");
    }
    OutputManifest manifest = new OutputManifest(dir);
    for (int i = 0; i < count; i++) {
      String path = CacheFile.readString(in);
      String fingerprint = CacheFile.readString(in);
      long size = in.readLong();
      if (path == null || fingerprint == null) {
        throw new CacheFile.Corrupt("manifest entry without path or fingerprint");
      }
      manifest.put(path, new OutputManifest.Entry(fingerprint, size));
    }
    return manifest;
  }
}
