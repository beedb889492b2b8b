// The source folder configured as the output is refused before anything is written: the articles are
// left as they were.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def wiki = new File(basedir, 'src/wiki')

def refusal = lines.find { it.startsWith('[ERROR] src/wiki: error: refusing to replace the output folder ') }
assert refusal != null: "expected the refusal, reported at the folder 'src/wiki', in the log:\n${log}"
assert refusal.contains(wiki.canonicalPath) || refusal.contains(wiki.absolutePath): 'the message names the folder'
assert refusal =~ /: it is the folder .*src[\/\\]wiki itself; /: 'the message gives the reason'
assert refusal.endsWith(' [config.output]')
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:build \(wiki\) on project build-refuses-source-as-output: Lore found 1 error\(s\) and 0 warning\(s\); the previous output was left as it was:/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'a clean failure, not a crash'

// the sources are exactly as they were: no marker, no pages, no staging folder beside them
assert wiki.list().toList().sort() == ['index.md', 'other.md']: "src/wiki changed: ${wiki.list()}"
assert new File(wiki, 'index.md').text == '# Home\n\nThe home page, leading to [[Other]].\n'
assert new File(wiki, 'other.md').text == '# Other\n\nAnother page, linking [[Home]].\n'
assert new File(basedir, 'src').list().toList() == ['wiki']: "unexpected files in src: ${new File(basedir, 'src').list()}"
assert !new File(basedir, 'target/wiki').exists(): 'no site was written to the default output either'
def made = []
basedir.eachFileRecurse { if (it.name == '.lore-output' || it.name.endsWith('.lore-staging')) made << it }
assert made.isEmpty(): "Lore made output folders: ${made}"
return true
