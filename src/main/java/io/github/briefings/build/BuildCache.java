package io.github.briefings.build;

/**
 * What a build keeps between builds, in the parts each stage sees: the pipeline asks the {@link
 * Shortcuts}, the settings stage the {@link SettingsCache}, the load stage the {@link
 * BriefingCache}, the stages that write the site the {@link OutputCache}. The stages know only
 * these interfaces; the package {@code incremental} implements them, for one build ({@code
 * DiskCache}) and for the preview's session ({@code PreviewCache}).
 */
public interface BuildCache extends Shortcuts, SettingsCache, BriefingCache, OutputCache {

  /** A build ended with errors, having written nothing: what it loaded and rendered stays good. */
  void failed();
}
