package io.github.briefings.incremental;

import io.github.briefings.build.BuildCache;
import io.github.briefings.build.LoadedBriefing;
import io.github.briefings.build.RenderedBodies;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;

/**
 * What the disk cache and the preview's cache both take straight from the cache folder: rendered
 * bodies, loaded briefings and output manifests.
 */
abstract class FolderBackedCache implements BuildCache {

  protected final CacheFolder folder;

  protected FolderBackedCache(CacheFolder folder) {
    this.folder = folder;
  }

  @Override
  public RenderedBodies bodies(Problems problems) {
    return folder.bodies(problems);
  }

  @Override
  public LoadedBriefing loaded(Path source, String key, Problems problems) {
    return folder.loaded(source, key, problems);
  }

  @Override
  public void keep(Path source, LoadedBriefing loaded) {
    folder.keep(source, loaded);
  }

  @Override
  public OutputManifest manifest(Path outputDir, Problems problems) {
    return folder.manifest(outputDir, problems);
  }
}
