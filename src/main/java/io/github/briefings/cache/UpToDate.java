package io.github.briefings.cache;

import io.github.briefings.content.Problem;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What a successful build left in its output folder, and until when it stays right: a later build from
 * the same sources and settings ({@code stamp}), before {@code validUntil}, whose output still holds every
 * file its manifest lists, has nothing to do and reports what this one reported.
 *
 * @param stamp the engine, the options but the clock, and every source file (path, size, time)
 * @param validUntil when the clock alone changes the site: an embargoed briefing comes out, a briefing
 *     enters or leaves the news site map ({@link Instant#MAX}: never)
 * @param briefings briefings published
 * @param held briefings held back
 * @param pages pages the site has
 * @param feeds feeds
 * @param files other files
 * @param photos photos
 * @param problems what the build reported (warnings: a successful build has no errors)
 */
public record UpToDate(String stamp, Instant validUntil, int briefings, int held, int pages, int feeds, int files,
        int photos, List<Problem> problems) {

    public UpToDate {
        problems = List.copyOf(problems);
    }

    void write(DataOutputStream out) throws IOException {
        CacheFile.writeString(out, stamp);
        out.writeLong(validUntil.getEpochSecond());
        out.writeInt(validUntil.getNano());
        for (int n : new int[] {briefings, held, pages, feeds, files, photos}) {
            out.writeInt(n);
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
        if (nanos < 0 || nanos > 999_999_999 || seconds < Instant.MIN.getEpochSecond()
                || seconds > Instant.MAX.getEpochSecond()) {
            throw new CacheFile.Corrupt("bad time");
        }
        int[] n = new int[6];
        for (int i = 0; i < n.length; i++) {
            n[i] = in.readInt();
            if (n[i] < 0) {
                throw new CacheFile.Corrupt("bad count");
            }
        }
        return new UpToDate(stamp, Instant.ofEpochSecond(seconds, nanos), n[0], n[1], n[2], n[3], n[4], n[5],
                SourceCodec.problems(in));
    }
}
