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

// the second build of site-a, with nothing changed, rewrote nothing: every file of site-a is older than
// every file of site-b, which the third build wrote after it
long newestA = inA.values()*.lastModified().max()
long oldestB = inB.values()*.lastModified().min()
assert newestA <= oldestB : "the second build rewrote files of site-a"
def rewritten = inA.findAll { k, f -> f.lastModified() > oldestB }.keySet()
assert rewritten.isEmpty()
