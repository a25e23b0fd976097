package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.problems.Problem;
import io.github.briefings.taxonomy.SiteIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A site a build put in place, as the build cache may keep it.
 *
 * @param outputDir where it is
 * @param manifest every file it holds, with what made it
 * @param counts what it holds, counted
 * @param validUntil when the clock alone changes it: an embargo lifts, a briefing expires, enters
 *     or leaves the news site map ({@link Instant#MAX}: never)
 * @param buildKey what the build was made of ({@link WorkKeys#build()})
 * @param published the briefings it publishes
 * @param index what it indexed: those briefings
 * @param fileProblems what loading each briefing file reported, for those that reported something
 * @param news how many briefings its news site map lists
 * @param problems what the build reported (warnings: it succeeded)
 */
public record BuiltSite(
    Path outputDir,
    OutputManifest manifest,
    SiteCounts counts,
    Instant validUntil,
    String buildKey,
    List<Article> published,
    SiteIndex index,
    Map<Path, List<Problem>> fileProblems,
    int news,
    List<Problem> problems) {}
