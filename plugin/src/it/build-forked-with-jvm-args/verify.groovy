// By default the engine runs in a forked JVM: started with the java Maven runs on and lore.jvmArgs (a quoted
// value keeps its space), then the class archive's options, on the plugin's class path. What it finds reaches
// Maven's log as from an in-process run.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def fork = lines.find { it.startsWith('[DEBUG] Lore: forking ') }
assert fork: "expected the forked command line in the debug log:\n${log}"
assert fork =~ /[\/\\]java(\.exe)? -Xmx256m -Dlore\.it=two words -XX:(ArchiveClassesAtExit=\S+|SharedArchiveFile=\S+ -XX:ErrorFile=\S+) -Xlog:cds=off -Xlog:cds\+dynamic=off @\S+ io\.github\.lorewiki\.engine\.cli\.LoreCli --result \S+ --exit-with-parent build --source \S+/
def expected = '[WARNING] src/wiki/kitchen/desserts.md:6:14: warning: unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]? [link.unresolved]'
assert lines.contains(expected): "expected the line\n${expected}\nin the log:\n${log}"
assert lines.findAll { it.startsWith('[WARNING]') } == [expected]: 'the forked JVM printed nothing of its own'
assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^\[INFO\] Wrote 8 pages \(3 articles\) to .* 1 warning\(s\)$/
// with -X the stage times of the forked run reach the debug log
assert lines.any { it ==~ /\[DEBUG\] Lore stages: load [\d,]+ ms, parse [\d,]+ ms, link [\d,]+ ms, check [\d,]+ ms, render [\d,]+ ms, commit [\d,]+ ms/ }
def html = new File(basedir, 'target/wiki/kitchen/desserts.html').getText('UTF-8')
assert html.contains('<a href="cherry-pie.html" class="wikilink">Cherry Pie</a>')
// the result and class-path files live in the temporary folder and are gone afterwards
def tmp = new File(System.getProperty('java.io.tmpdir'))
def result = (fork =~ /--result (\S+)/)[0][1]
assert !new File(result).exists(): "the result file ${result} was left behind"
return true
