package io.github.briefings.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A site's commit made in the object database alone: the files of the branch's last commit, what
 * the new site changes in them, and the new commit (blobs, a tree from an in-memory index, the
 * commit object and its message). No ref, index or working tree is touched.
 */
final class SiteCommit {

  private SiteCommit() {}

  /** Every file of {@code commitId}'s tree with its blob; a file that is not a plain one, zeros. */
  static SortedMap<String, ObjectId> treeOf(Repository repo, ObjectId commitId) throws IOException {
    SortedMap<String, ObjectId> out = new TreeMap<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        // a mode change (say, a file made executable by hand) counts as a change
        ObjectId id =
            tree.getFileMode(0) == FileMode.REGULAR_FILE ? tree.getObjectId(0) : ObjectId.zeroId();
        out.put(tree.getPathString(), id);
      }
    }
    return out;
  }

  /** The files added, changed and removed from {@code before} to {@code after}, in their order. */
  static List<Change> diff(Map<String, ObjectId> before, Map<String, ObjectId> after) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      ObjectId was = before.get(path);
      ObjectId now = after.get(path);
      if (was == null) {
        changes.add(new Change(Change.Kind.ADDED, path));
      } else if (now == null) {
        changes.add(new Change(Change.Kind.REMOVED, path));
      } else if (!was.equals(now)) {
        changes.add(new Change(Change.Kind.CHANGED, path));
      }
    }
    changes.sort(Change.ORDER);
    return changes;
  }

  /**
   * Writes the blobs the repository lacks, the site's tree and a commit on {@code parent} (none: an
   * orphan) with {@code message}; returns the commit's id.
   */
  static ObjectId write(
      Repository repo, SiteTree site, Map<String, ObjectId> before, ObjectId parent, String message)
      throws IOException {
    try (ObjectInserter inserter = repo.newObjectInserter();
        ObjectReader reader = repo.newObjectReader()) {
      ObjectId tree = writeTree(site, before, inserter, reader);
      PersonIdent me = new PersonIdent(repo);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      if (parent != null) {
        commit.setParentId(parent);
      }
      commit.setAuthor(me);
      commit.setCommitter(me);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  private static ObjectId writeTree(
      SiteTree site, Map<String, ObjectId> before, ObjectInserter inserter, ObjectReader reader)
      throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, ObjectId> e : site.blobs().entrySet()) {
      ObjectId id = e.getValue();
      if (!id.equals(before.get(e.getKey())) && !reader.has(id)) {
        ObjectId written = inserter.insert(Constants.OBJ_BLOB, site.bytes(e.getKey()));
        if (!written.equals(id)) {
          throw new PublishException(
              "the file " + e.getKey() + " changed while publishing: " + "publish again");
        }
      }
      DirCacheEntry entry;
      try {
        entry = new DirCacheEntry(e.getKey());
      } catch (IllegalArgumentException bad) {
        throw new PublishException(
            "the site holds a path git cannot store (" + e.getKey() + "): rename it");
      }
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(id);
      builder.add(entry);
    }
    builder.finish();
    return index.writeTree(inserter);
  }

  /**
   * The commit's message: the source commit it was built from (and the uncommitted files published
   * with it), and how many files were added, changed and removed.
   */
  static String message(String source, List<String> uncommitted, List<Change> changes) {
    long added = changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).count();
    long changed = changes.stream().filter(c -> c.kind() == Change.Kind.CHANGED).count();
    long removed = changes.size() - added - changed;
    String from =
        source == null
            ? "a project that is not in git (or has no commit yet)"
            : source.substring(0, 12);
    StringBuilder out =
        new StringBuilder("Publish the briefing site built from ")
            .append(from)
            .append(uncommitted.isEmpty() ? "" : " with uncommitted changes")
            .append("\n\n");
    if (source != null) {
      out.append("Source commit: ").append(source).append('\n');
    }
    if (!uncommitted.isEmpty()) {
      out.append("Uncommitted changes published (-Dbriefing.allowDirty):\n");
      uncommitted.forEach(line -> out.append("  ").append(line).append('\n'));
    }
    out.append("Files: ")
        .append(added)
        .append(" added, ")
        .append(changed)
        .append(" changed, ")
        .append(removed)
        .append(" removed\n");
    out.append("Made by briefing:publish.\n");
    return out.toString();
  }
}
