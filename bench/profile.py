#!/usr/bin/env python3
"""Where a build's CPU goes: reads async-profiler's collapsed stacks (one line per stack, frames
separated by ';', the thread first when profiled with `threads`, then the sample count) and prints
the share of every sample in each part of the cost, in the order below (a sample counts once, in
the first part it matches):

  JIT compilers      samples of the C1 and C2 compiler threads
  garbage collector  samples of the collector's threads (G1, serial, parallel) and the VM thread
  class loading      finding, reading, parsing, verifying and linking classes, on any thread
  interpreter        Java code run by the interpreter, not compiled yet (the leaf frame)
  kernel             system calls and page faults (a kernel leaf frame, `_[k]`): files, folders, memory
  Maven              Maven and its container, with no frame of the plugin (Maven's own start)
  Pagefind waits     (the Pagefind child process is not profiled: see its wall time in the build log)
  the plugin's work  everything else: our code and its libraries (Flexmark, FreeMarker, ...), compiled
and, within the last part, the share of each library.

Usage: bench/profile.py FILE.collapsed
"""
import collections, sys

LOADING = ("ClassLoader.defineClass", "ClassLoader.loadClass", "SystemDictionary::", "ClassFileParser",
           "Verifier::", "ClassVerifier::", "Rewriter::", "InstanceKlass::link", "JVM_DefineClass",
           "ClassLoader::load", "ZipFile", "java/util/zip/Inflater", "URLClassPath", "ClassLoaders$",
           "BuiltinClassLoader", "LinkResolver::")
MAVEN = ("org/apache/maven", "org/codehaus/plexus", "com/google/inject", "org/eclipse/sisu",
         "org/eclipse/aether")
LIBRARIES = (("Flexmark", "com/vladsch/flexmark"), ("FreeMarker", "freemarker/"), ("Jsoup", "org/jsoup"),
             ("SnakeYAML", "org/snakeyaml"), ("image libraries", ("javax/imageio", "net/coobird",
              "com/twelvemonkeys", "sun/awt/image", "com/drew")), ("hashing", "sun/security/provider"))


def part(thread, frames):
    joined = ";".join(frames)
    if "CompilerThread" in thread or "Compile" in thread and "Broker" in joined:
        return "JIT compilers"
    if any(t in thread for t in ("GC Thread", "G1 ", "VM Thread", "GC ", "Gang")):
        return "garbage collector"
    if any(k in joined for k in LOADING):
        return "class loading"
    leaf = frames[-1] if frames else ""
    if leaf == "Interpreter" or leaf.startswith("Interpreter"):
        return "interpreter"
    if leaf.endswith("_[k]"):
        return "kernel"
    if not any(f.startswith("io/github/briefings/") for f in frames) and any(m in joined for m in MAVEN):
        return "Maven"
    return "the plugin's work"


def main(path):
    parts, libs = collections.Counter(), collections.Counter()
    total = 0
    for line in open(path):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        thread = frames[0] if frames and frames[0].startswith("[") else ""
        if thread:
            frames = frames[1:]
        p = part(thread, frames)
        parts[p] += n
        total += n
        if p == "the plugin's work":
            joined = ";".join(frames)
            name = next((lib for lib, keys in LIBRARIES
                         if any(k in joined for k in ((keys,) if isinstance(keys, str) else keys))),
                        "our code, the JDK and the rest")
            libs[name] += n
    if not total:
        sys.exit("no samples in " + path)
    print("%d samples" % total)
    for name in ("Maven", "class loading", "JIT compilers", "interpreter", "garbage collector", "kernel",
                 "the plugin's work"):
        print("%-20s %5.1f %%" % (name, 100.0 * parts[name] / total))
    for name, n in libs.most_common():
        print("  %-28s %5.1f %%" % (name, 100.0 * n / total))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
