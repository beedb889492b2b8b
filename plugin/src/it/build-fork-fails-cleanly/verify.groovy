// A JVM that cannot start (here: an option it does not know) fails the goal cleanly: what the JVM said is
// in the log, and the failure says what to do. The engine never ran, so no output was written.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.any { it.startsWith('[WARNING] ') && it.contains("LoreNoSuchFlag") }: "the JVM's own message should be logged:\n${log}"
assert log.contains('BUILD FAILURE')
assert lines.any { it =~ /\[ERROR\] Failed to execute goal .*:build \(wiki\) on project build-fork-fails-cleanly: the forked Lore JVM stopped without a result \(exit status [1-9]\d*\)/ }
assert log.contains('or build in Maven\'s own JVM with lore.fork=false')
assert log.contains('Check lore.jvmArgs')
// Maven prints its own exception with -e (the invoker asks for it); nothing comes from the engine
assert !lines.any { it =~ /^\s+at io\.github\.lorewiki\.engine\./ }: 'no stack trace from the engine'
assert !new File(basedir, 'target/wiki').exists()
return true
