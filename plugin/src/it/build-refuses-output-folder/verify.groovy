// An output folder that holds files Lore did not make is never replaced: the build fails, says which
// folder and why, and the user's files are left as they were.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def docs = new File(basedir, 'docs')

def refusal = lines.find { it.startsWith('[ERROR] docs: error: refusing to replace the output folder ') }
assert refusal != null: "expected the refusal, reported at the folder 'docs', in the log:\n${log}"
assert refusal.contains(docs.canonicalPath) || refusal.contains(docs.absolutePath): 'the message names the folder'
assert refusal.contains('it is not empty and was not made by Lore (no .lore-output marker file)'): 'the message gives the reason'
assert refusal.endsWith('; choose an empty folder, or one Lore made, with lore.output [config.output]'): 'the message says what to do'
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:build \(wiki\) on project build-refuses-output-folder: Lore found 1 error\(s\) and 0 warning\(s\); the previous output was left as it was:/ }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'a clean failure, not a crash'

// the folder is exactly as it was checked in, and nothing was written beside it
assert docs.list().toList() == ['keep.txt']: "docs changed: ${docs.list()}"
assert new File(docs, 'keep.txt').text == 'Hand-written documentation that must survive.\n'
assert !new File(basedir, '.docs.lore-staging').exists() && !new File(basedir, '.docs.lore-previous').exists()
assert !new File(basedir, 'target/wiki').exists(): 'no site was written to the default output either'
def made = []
basedir.eachFileRecurse { if (it.name == '.lore-output' || it.name.endsWith('.lore-staging')) made << it }
assert made.isEmpty(): "Lore made output folders: ${made}"
return true
