// Front matter problems are errors: every one of them is reported with its path:line:column (not only
// the first, and in more than one file), the build fails, and the site of the previous build, made by
// prebuild.groovy, is left exactly as it was.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def diagnostics = [
    // line 3 of the file, column 8: the value "soon" of "order: soon"
    "src/wiki/notes/typed.md:3:8: error: 'order' must be a whole number, found text; change the value of 'order' [frontmatter.invalid]",
    "src/wiki/notes/typed.md:4:8: error: 'draft' must be true or false, found text; change the value of 'draft' [frontmatter.invalid]",
    // line 4, column 7: the ':' after the wrongly indented "tags"
    'src/wiki/notes/unparsable.md:4:7: error: invalid YAML: mapping values are not allowed here; fix the YAML syntax at this place [frontmatter.invalid]',
]
diagnostics.each { d ->
    assert lines.contains('[ERROR] ' + d): "expected the line\n[ERROR] ${d}\nin the log:\n${log}"
    assert lines.contains('[ERROR]   ' + d): "the failure message should list\n${d}"
}
def reported = lines.findAll { it =~ /^\[(ERROR|WARNING)\] src\// }
assert reported == diagnostics.collect { '[ERROR] ' + it }: "exactly these problems, in this order (fine.md has none):\n${reported.join('\n')}"
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:build \(wiki\) on project build-frontmatter-error-fails: Lore found 3 error\(s\) and 0 warning\(s\); the previous output was left as it was:/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'a clean failure, not a crash'
assert !lines.any { it =~ /^\s+at io\.github\.lorewiki\.engine\./ }: 'no stack trace from the engine'

// the previous site is untouched: same files, same content, no staging folder left behind
def wiki = new File(basedir, 'target/wiki')
assert new File(wiki, 'index.html').text.contains('PREVIOUS-SITE-7f3a'): 'the previous index.html was replaced'
assert new File(wiki, '.lore-output').isFile()
assert wiki.list().toList().sort() == ['.lore-output', 'index.html']: "the previous site changed: ${wiki.list()}"
def leftovers = new File(basedir, 'target').list().findAll { it.contains('.lore-') }
assert leftovers.isEmpty(): "staging folders left behind in target: ${leftovers}"
return true
