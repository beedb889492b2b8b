// With failOnWarnings, the same broken link fails the build: the log shows the diagnostic where it is
// found and again in the failure message, and the failure is a clean Maven failure (a finding in the
// user's content), not a crash with Lore's stack trace.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def diagnostic = 'src/wiki/kitchen/desserts.md:6:14: warning: unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]? [link.unresolved]'

assert lines.contains('[WARNING] ' + diagnostic): "expected the diagnostic as a warning in the log:\n${log}"
def warnings = lines.findAll { it.startsWith('[WARNING]') }
assert warnings == ['[WARNING] ' + diagnostic]: "the fixture is otherwise clean; got:\n${warnings.join('\n')}"
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal io\.github\.lorewiki:lore-maven-plugin:[^:]+:build \(wiki\) on project build-broken-link-fails-with-failOnWarnings: Lore found 0 error\(s\) and 1 warning\(s\); the previous output was left as it was:/ }
assert lines.contains('[ERROR]   ' + diagnostic): 'the failure message repeats the diagnostic'
assert !lines.any { it.startsWith('[INFO] Wrote ') }: 'a failed build does not announce a written site'

// the build fails, so the previous site (made by prebuild.groovy) stays exactly as it was
def wiki = new File(basedir, 'target/wiki')
assert new File(wiki, 'index.html').text.contains('PREVIOUS-SITE-7f3a'): 'the previous index.html was replaced'
assert wiki.list().toList().sort() == ['.lore-output', 'index.html']: "the previous site changed: ${wiki.list()}"

// A clean failure. Without -e, Maven prints no stack trace at all; the invoker runs with -e
// (showErrors in the plugin's pom), which prints the MojoFailureException's trace, thrown in
// AbstractLoreMojo.report. Anything else (an engine frame, another exception) would be a crash.
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'the build must fail with a MojoFailureException, not crash'
def causes = lines.findAll { it.startsWith('Caused by:') }
assert causes.every { it.startsWith('Caused by: org.apache.maven.plugin.MojoFailureException: ') }: "unexpected exception:\n${causes.join('\n')}"
def loreFrames = lines.findAll { it =~ /^\s+at io\.github\.lorewiki\./ }
if (log.contains('re-run Maven with the -e switch')) {
    assert loreFrames.isEmpty(): "no stack trace of Lore's classes expected:\n${loreFrames.join('\n')}"
} else {
    assert loreFrames.every { it =~ /^\s+at io\.github\.lorewiki\.maven\.(AbstractLoreMojo\.report|BuildMojo\.execute) / }:
            "Lore's stack trace goes beyond the mojo's own failure:\n${loreFrames.join('\n')}"
}
return true
