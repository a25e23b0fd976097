package io.github.briefings.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One of the npm packages that ship Pagefind's binary for an operating system and processor
 * ({@code @pagefind/linux-x64}), with the integrity of its tarball and of the binary it holds
 * pinned here.
 *
 * @param name the platform's part of the package name ({@code linux-x64})
 * @param binaryEntry the binary's path inside the tarball
 * @param integrity the tarball's Subresource Integrity value ({@code sha512-BASE64}), as the npm
 *     registry gives it in {@code dist.integrity}
 * @param binaryIntegrity the same kind of value for the binary the tarball holds
 */
public record PagefindPlatform(
    String name, String binaryEntry, String integrity, String binaryIntegrity) {

  /** The Pagefind version the plugin uses. */
  public static final String VERSION = "1.6.0";

  private static final String UNIX_BINARY = "package/bin/pagefind_extended";

  /**
   * The integrity of each platform's tarball of version {@link #VERSION}, from {@code
   * https://registry.npmjs.org/@pagefind/PLATFORM/1.6.0} ({@code dist.integrity}).
   */
  public static final Map<String, String> PINNED =
      Map.of(
          "linux-x64",
          "sha512-IbMSx/+Vr/Xk0TTBlLkjgK+rvnbOXGmmb2/MKxQu99AR5DsqQoV3NKEA9PQz2tAhuCZjeD5xJBp4w5N5DHIC7Q==",
          "linux-arm64",
          "sha512-SLB2I+XqCZma8NvIGIH8nyKblgKIxw5PmqsVtofWOKxNHhEtOEsddbqU+hsrNcT3EV0faM6UmKDHVIxcPYq29w==",
          "darwin-x64",
          "sha512-rd3ZbtuxyYqjASKZAPuIV7eeQQHJ7VYpoNKKG8CvglaD3g30eT5Nb7XGNLYwVReBsCccpkURwrGwWjSwr8nyQQ==",
          "darwin-arm64",
          "sha512-611gl64aqN12UcMyKPtZ8+vRWBKlJFSh2JgO8uScxa1Eyjo1dXz9r4wZuRno0yCUE/KN0FauEoKZ3KEwUYHCCg==",
          "windows-x64",
          "sha512-cUA2+yXfbymdJllyMjY5YTBwuOgh0/H53Pn5fYKjDnDjk154Ft4U5RVj3TenWySPL/jG6zJfARUWSlyUyXHlZw==");

  /**
   * The integrity of the binary each platform's tarball holds ({@code
   * package/bin/pagefind_extended}, {@code .exe} on Windows), computed from the tarballs pinned in
   * {@link #PINNED}: a kept binary is checked against it alone, so that a build need not read the
   * tarball again.
   */
  public static final Map<String, String> PINNED_BINARIES =
      Map.of(
          "linux-x64",
          "sha512-coG7zhG9iCBOLJnO9b+QkVoijTfV3YrCcVOfiN/btklVCnHqnDuI4lBGj0sFsfnh4JDQS55QSXMlSgdEqT2EIg==",
          "linux-arm64",
          "sha512-GsYujtKBmDuoR6CruL0TWABoCiQvoYQB3NVSi/8ZUum4WlEvNeovWCoDNw+O9qSNJfoi1AD6a3ca56uEUmX8yA==",
          "darwin-x64",
          "sha512-TpHlP/pb2byfRgbsIegn2IVwC9Ozb1u769sjPr07iSNe+MdPm27l3YI+V7/4B03siEGP2bpVbyaQ5LYAloVUOg==",
          "darwin-arm64",
          "sha512-Qzk0CgyfwZ1uOT6qlFNb5F9ghoU9egCQngmlcs72aJqAJsyvmfsAhqbDOwgfqVwv0Iy8p5usM4ruxVzOS22CvA==",
          "windows-x64",
          "sha512-6Qcg/nL+B+Z5jEbFmNfZri8WjZFR9Gft9T2kJdlGCj/fYZAJlgix7fPDEnMYBYOwqYgABIcF6mXOAtiGqA0wJg==");

  /** The npm package's name ({@code @pagefind/linux-x64}). */
  public String packageName() {
    return "@pagefind/" + name;
  }

  /** The tarball's path on the registry ({@code @pagefind/linux-x64/-/linux-x64-1.6.0.tgz}). */
  public String tarballPath() {
    return packageName() + "/-/" + name + "-" + VERSION + ".tgz";
  }

  /** The binary's file name once unpacked. */
  public String binaryName() {
    return name.startsWith("windows") ? "pagefind.exe" : "pagefind";
  }

  /**
   * The platform of {@code name} with its tarball's integrity from {@code integrities} and its
   * binary's from {@code binaries}, or empty when it has none there.
   */
  public static Optional<PagefindPlatform> named(
      String name, Map<String, String> integrities, Map<String, String> binaries) {
    String integrity = integrities.get(name);
    String binary = binaries.get(name);
    if (integrity == null || binary == null) {
      return Optional.empty();
    }
    String entry = name.startsWith("windows") ? UNIX_BINARY + ".exe" : UNIX_BINARY;
    return Optional.of(new PagefindPlatform(name, entry, integrity, binary));
  }

  /**
   * The platform name of an operating system and processor as Java names them ({@code os.name},
   * {@code os.arch}), or empty when Pagefind has no package for it.
   */
  public static Optional<String> nameOf(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    String system;
    if (os.startsWith("linux")) {
      system = "linux";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      system = "darwin";
    } else if (os.startsWith("windows")) {
      system = "windows";
    } else {
      return Optional.empty();
    }
    String cpu;
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      cpu = "x64";
    } else if (arch.equals("aarch64") || arch.equals("arm64")) {
      cpu = "arm64";
    } else {
      return Optional.empty();
    }
    String name = system + "-" + cpu;
    return PINNED.containsKey(name) ? Optional.of(name) : Optional.empty();
  }

  /** The running machine's platform name, or empty when Pagefind has no package for it. */
  public static Optional<String> current() {
    return nameOf(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
  }
}
