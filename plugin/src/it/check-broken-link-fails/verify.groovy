// lore:check, bound to verify with link rules raised to errors (lore.check.rules: link.*=error), fails the
// build on one broken link: the log has the diagnostic line as editors and CI read it, the summary per rule,
// and the failure message repeats the diagnostic. Nothing of the site is written; the reports are.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def diagnostic = 'src/wiki/kitchen/desserts.md:6:14: error: unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]? [link.unresolved]'

assert lines.contains('[ERROR] ' + diagnostic): "expected the diagnostic as an error in the log:\n${log}"
assert !lines.any { it.startsWith('[WARNING]') }: 'the broken link is the only problem, and it is an error'
def summary = lines.findIndexOf { it == '[INFO] 1 problem: 1 error, 0 warnings' }
assert summary > 0: "expected the summary in the log:\n${log}"
assert lines[summary + 1] == '[INFO]   link.unresolved  1 error'
assert lines.findIndexOf { it == '[ERROR] ' + diagnostic } < summary: 'the summary closes the report'
assert log.contains('BUILD FAILURE')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal io\.github\.lorewiki:lore-maven-plugin:[^:]+:check \(check-wiki\) on project check-broken-link-fails: Lore found 1 error\(s\) and 0 warning\(s\):/ }
assert lines.contains('[ERROR]   ' + diagnostic): 'the failure message repeats the diagnostic'
assert !log.contains('previous output'): 'check writes no site, so it has no previous output to keep'
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException'): 'a content failure, not a crash'

assert !new File(basedir, 'target/wiki').exists(): 'check writes no site'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lore/check.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'Lore'
assert run.tool.driver.rules.find { it.id == 'link.unresolved' }.defaultConfiguration.level == 'error': 'the rule at its configured level'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'link.unresolved'
assert result.level == 'error'
assert result.message.text == 'unresolved link [[Aple Pie]]; did you mean [[Apple Pie]]?'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/wiki/kitchen/desserts.md'
assert location.region.startLine == 6
assert location.region.startColumn == 14

def junit = new XmlSlurper().parse(new File(basedir, 'target/lore/check-junit.xml'))
assert junit.@name == 'lore.check'
assert junit.@tests == '3'
assert junit.@failures == '1'
def failing = junit.testcase.find { it.@name == 'src/wiki/kitchen/desserts.md' }
assert failing.failure.size() == 1
assert failing.failure.@type == 'link.unresolved'
assert failing.failure.@message == diagnostic
assert junit.testcase.findAll { it.failure.size() == 0 }*.@name*.toString().sort() == ['src/wiki/index.md', 'src/wiki/kitchen/apple-pie.md']
return true
