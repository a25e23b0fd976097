import java.security.MessageDigest

def a = new File(basedir, 'target/site-a')
def b = new File(basedir, 'target/site-b')
assert a.isDirectory() && b.isDirectory()

def files = { File root ->
    def out = new TreeMap<String, File>()
    root.eachFileRecurse(groovy.io.FileType.FILES) { out[root.toPath().relativize(it.toPath()).toString()] = it }
    out
}
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

def inA = files(a)
def inB = files(b)
assert inA.size() > 40 : "too few files: ${inA.size()}"
// the same sources give the same bytes in another JVM (map orders, JSON-LD, feeds) and through the cache
assert inA.keySet() == inB.keySet()
def differing = inA.keySet().findAll { sha(inA[it]) != sha(inB[it]) }
assert differing.isEmpty() : "files differ between the two outputs: ${differing.take(10)}"

// the third build (site-a again, nothing changed) rewrote nothing: every file of site-a is older than
// every page, feed and site map of site-b, which the second build wrote between the two builds of
// site-a (resized photos are hard links to the image cache, so they keep the cache's time)
def written = { Map<String, File> m -> m.findAll { k, f -> k ==~ /.*\.(html|xml|txt)/ } }
long oldestB = written(inB).values()*.lastModified().min()
def rewritten = inA.findAll { k, f -> f.lastModified() > oldestB }.keySet()
assert rewritten.isEmpty() : "the second build rewrote files of site-a: ${rewritten.take(10)}"
