// The first forked build writes a class archive into lore.classArchive as it exits, and the second build maps
// it. Either way the JVM prints nothing of its own, and the site is the same.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def archives = new File(basedir, 'target/archives').listFiles()
assert archives != null && archives.size() == 1: "one archive expected in target/archives, found ${archives}"
def archive = archives[0]
assert archive.name ==~ /lore-classes-[0-9a-f]{24}\.jsa/
assert archive.length() > 1_000_000: "an archive of the engine's classes is megabytes, not ${archive.length()} bytes"
// the last build mapped the archive the first one wrote (whether the log holds both builds or the last only)
def fork = lines.findAll { it.startsWith('[DEBUG] Lore: forking ') }.last()
assert fork?.contains("-XX:SharedArchiveFile=${archive.path}"): "the second build should map ${archive}:\n${fork}"
def expected = '[WARNING] src/wiki/kitchen/desserts.md:6:14: warning: unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]? [link.unresolved]'
assert lines.findAll { it.startsWith('[WARNING]') }.unique() == [expected]: "the forked JVM printed nothing of its own:\n${log}"
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/wiki/kitchen/desserts.html').getText('UTF-8').contains('class="wikilink">Cherry Pie</a>')
return true
