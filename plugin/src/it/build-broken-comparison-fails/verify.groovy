// A broken comparison definition (a subject that is no article, a misspelt key) is an error: each
// problem is reported with its path:line:column, the build fails cleanly, and the site of the previous
// build, made by prebuild.groovy, is left exactly as it was.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def file = 'src/wiki/comparisons/process-vs-structure.yml'
def diagnostics = [
    // the misspelt key leaves the definition without rows: reported too, at the top of the file
    "${file}:1:1: error: the comparison has no 'criteria'; add the rows to compare under 'criteria:' [comparison.missing]",
    // line 2, column 21: "Structur" inside "subjects: [Process, Structur]"
    "${file}:2:21: error: subject 'Structur' is not an article of this wiki; did you mean 'Structure'? [comparison.subject]",
    // line 4, column 1: the key "critera:"
    "${file}:4:1: error: 'critera' is not a known key of a comparison; expected one of title, subjects, summary, criteria, tags, "
        + "sources, layout; did you mean 'criteria'? [comparison.key]",
].collect { it.toString() }
diagnostics.each { d ->
    assert lines.contains('[ERROR] ' + d): "expected the line\n[ERROR] ${d}\nin the log:\n${log}"
    assert lines.contains('[ERROR]   ' + d): "the failure message should list\n${d}"
}
def reported = lines.findAll { it =~ /^\[(ERROR|WARNING)\] src\// }
assert reported == diagnostics.collect { '[ERROR] ' + it }: "exactly these problems, in this order (the articles have none):\n${reported.join('\n')}"
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:build \(wiki\) on project build-broken-comparison-fails: Lore found 3 error\(s\) and 0 warning\(s\); the previous output was left as it was:/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'a clean failure, not a crash'
assert !lines.any { it =~ /^\s+at io\.github\.lorewiki\.engine\./ }: 'no stack trace from the engine'

// the previous site is untouched: same files, same content, no staging folder left behind
def wiki = new File(basedir, 'target/wiki')
assert new File(wiki, 'index.html').text.contains('PREVIOUS-SITE-c0b5'): 'the previous index.html was replaced'
assert new File(wiki, '.lore-output').isFile()
assert wiki.list().toList().sort() == ['.lore-output', 'index.html']: "the previous site changed: ${wiki.list()}"
def leftovers = new File(basedir, 'target').list().findAll { it.contains('.lore-') }
assert leftovers.isEmpty(): "staging folders left behind in target: ${leftovers}"
return true
