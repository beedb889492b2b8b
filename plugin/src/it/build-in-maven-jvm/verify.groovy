// lore.fork=false: the engine runs inside Maven's JVM (no JVM is forked), with the same diagnostics and result.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert !lines.any { it.contains('Lore: forking') }: 'no JVM should have been forked'
def expected = '[WARNING] src/wiki/kitchen/desserts.md:6:14: warning: unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]? [link.unresolved]'
assert lines.contains(expected): "expected the line\n${expected}\nin the log:\n${log}"
assert lines.findAll { it.startsWith('[WARNING]') } == [expected]
assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^\[INFO\] Wrote 8 pages \(3 articles\) to .* 1 warning\(s\)$/
assert new File(basedir, 'target/wiki/kitchen/desserts.html').getText('UTF-8').contains('<a href="cherry-pie.html" class="wikilink">Cherry Pie</a>')
return true
