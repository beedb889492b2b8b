// The wiki of check-broken-link-fails with the link fixed: lore:check, bound to verify with the same rules,
// passes, says what it checked, and writes clean reports. It writes no site.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

assert log.contains('BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }: "no diagnostic expected:\n${log}"
assert lines.any { it ==~ /\[INFO\] Checked 3 articles in \d+\.\d s: 0 errors, 0 warnings/ }: "expected the closing line in:\n${log}"
assert !new File(basedir, 'target/wiki').exists(): 'check writes no site'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/lore/check.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'Lore'
assert sarif.runs[0].results.isEmpty()

def junit = new XmlSlurper().parse(new File(basedir, 'target/lore/check-junit.xml'))
assert junit.@tests == '3'
assert junit.@failures == '0'
assert junit.testcase*.@name*.toString() == ['src/wiki/index.md', 'src/wiki/kitchen/apple-pie.md', 'src/wiki/kitchen/desserts.md']
return true
