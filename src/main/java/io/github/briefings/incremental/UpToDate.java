package io.github.briefings.incremental;

import io.github.briefings.build.SiteCounts;
import io.github.briefings.problems.Problem;
import io.github.briefings.schedule.HeldBriefing;
import io.github.briefings.schedule.Hold;
import io.github.briefings.schedule.NextChange;
import io.github.briefings.schedule.Schedule;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What a successful build left in its output folder, and until when it stays right: a later build
 * from the same sources and settings ({@code stamp}), before {@code validUntil}, whose output still
 * holds every file its manifest lists, has nothing to do and reports what this one reported.
 *
 * @param stamp the engine, the options but the clock, and every source file (path, size, time)
 * @param validUntil when the clock alone changes the site: an embargoed briefing comes out, a
 *     briefing expires, enters or leaves the news site map ({@link Instant#MAX}: never)
 * @param counts what the site holds
 * @param problems what the build reported (warnings: a successful build has no errors)
 */
record UpToDate(String stamp, Instant validUntil, SiteCounts counts, List<Problem> problems) {

  UpToDate {
    problems = List.copyOf(problems);
  }

  void write(DataOutputStream out) throws IOException {
    CacheFile.writeString(out, stamp);
    out.writeLong(validUntil.getEpochSecond());
    out.writeInt(validUntil.getNano());
    Schedule schedule = counts.schedule();
    for (int n :
        new int[] {
          counts.briefings(),
          schedule.drafts(),
          schedule.embargoed(),
          schedule.expired(),
          counts.pages(),
          counts.feeds(),
          counts.files(),
          counts.photos()
        }) {
      out.writeInt(n);
    }
    NextChange next = schedule.next();
    out.writeBoolean(next != null);
    if (next != null) {
      CacheFile.writeString(out, next.file());
      CacheFile.writeString(out, next.at().toString());
      CacheFile.writeString(out, next.event().name());
    }
    out.writeInt(schedule.listed().size());
    for (HeldBriefing h : schedule.listed()) {
      CacheFile.writeString(out, h.file());
      CacheFile.writeString(out, h.hold().name());
      CacheFile.writeString(out, h.at() == null ? null : h.at().toString());
    }
    SourceCodec.problems(out, problems);
  }

  static UpToDate read(DataInputStream in) throws IOException {
    String stamp = CacheFile.readString(in);
    if (stamp == null) {
      throw new CacheFile.Corrupt("no stamp");
    }
    long seconds = in.readLong();
    int nanos = in.readInt();
    if (nanos < 0
        || nanos > 999_999_999
        || seconds < Instant.MIN.getEpochSecond()
        || seconds > Instant.MAX.getEpochSecond()) {
      throw new CacheFile.Corrupt("bad time");
    }
    int[] n = new int[8];
    for (int i = 0; i < n.length; i++) {
      n[i] = in.readInt();
      if (n[i] < 0) {
        throw new CacheFile.Corrupt("bad count");
      }
    }
    NextChange next = in.readBoolean() ? nextChange(in) : null;
    List<HeldBriefing> listed = listed(in);
    try {
      return new UpToDate(
          stamp,
          Instant.ofEpochSecond(seconds, nanos),
          new SiteCounts(
              n[0], new Schedule(n[1], n[2], n[3], next, listed), n[4], n[5], n[6], n[7]),
          SourceCodec.problems(in));
    } catch (IllegalArgumentException e) {
      throw new CacheFile.Corrupt("bad schedule");
    }
  }

  private static List<HeldBriefing> listed(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > Schedule.LISTED) {
      throw new CacheFile.Corrupt("bad count");
    }
    List<HeldBriefing> out = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String file = CacheFile.readString(in);
      String hold = CacheFile.readString(in);
      String at = CacheFile.readString(in);
      try {
        out.add(
            new HeldBriefing(
                java.util.Objects.requireNonNull(file),
                Hold.valueOf(hold),
                at == null ? null : java.time.ZonedDateTime.parse(at)));
      } catch (RuntimeException e) {
        throw new CacheFile.Corrupt("bad held briefing");
      }
    }
    return out;
  }

  private static NextChange nextChange(DataInputStream in) throws IOException {
    String file = CacheFile.readString(in);
    String at = CacheFile.readString(in);
    String event = CacheFile.readString(in);
    try {
      return new NextChange(
          java.util.Objects.requireNonNull(file),
          java.time.ZonedDateTime.parse(at),
          NextChange.Event.valueOf(event));
    } catch (RuntimeException e) {
      throw new CacheFile.Corrupt("bad next change");
    }
  }
}
