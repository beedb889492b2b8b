// A clean wiki builds into a complete, cross-linked site, and the build says so without any warning.
def site = new File(basedir, 'target/wiki')
def log = new File(basedir, 'build.log').text
def page = { String path ->
    def f = new File(site, path)
    assert f.isFile(): "expected the site to have ${path}"
    f.getText('UTF-8')
}

// every kind of page a reader can reach, and the theme's files
['index.html', 'guides/index.html', 'reference/index.html',
 'guides/alpha.html', 'guides/beta.html', 'reference/gamma.html',
 'tags/index.html', 'tags/getting-started.html', 'a-z.html', '404.html',
 'theme/lore.css', 'theme/lore.js', 'guides/diagram.svg', '.lore-output'].each { page(it) }
// the search: its data, its script, and lunr with its license from the WebJar the plugin depends on
assert page('search/index.js').contains('"guides/alpha.html","Alpha"')
assert page('search/text.js').startsWith('/* Lore search data')
assert page('theme/search.js').contains('LoreSearchData')
assert page('theme/vendor/lunr/lunr.min.js').contains('2.3.9')
assert page('theme/vendor/lunr/LICENSE').contains('Oliver Nightingale')
assert !new File(basedir, 'target/.wiki.lore-staging').exists(): 'the staging folder was left behind'
assert !new File(basedir, 'target/.wiki.lore-previous').exists(): 'the previous-site folder was left behind'

// wikilinks became relative links to the rendered pages, with anchors, labels and aliases
def alpha = page('guides/alpha.html')
assert alpha.contains('<a href="beta.html" class="wikilink">Beta</a>')
assert alpha.contains('<a href="../reference/gamma.html#details" class="wikilink">details of Gamma</a>')
assert alpha.contains('<img src="diagram.svg" alt="The flow from Alpha to Gamma"')
assert alpha.contains('href="../tags/getting-started.html"'): 'the article links to its tag page'
def beta = page('guides/beta.html')
assert beta.contains('<a href="alpha.html" class="wikilink">Alpha</a>')
assert beta.contains('<a href="../reference/gamma.html" class="wikilink">The Third</a>'): 'an alias resolves to its article'
site.eachFileRecurse { f ->
    if (f.name.endsWith('.html')) {
        def html = f.getText('UTF-8')
        assert !html.contains('[['): "raw wikilink syntax left in ${f}"
        assert !html.contains('broken-link'): "a broken link in ${f}"
    }
}

// backlinks, the tag page and the indexes list the right articles
def gamma = page('reference/gamma.html')
assert gamma.contains('<h2 id="details">'): 'headings get stable ids'
assert gamma.contains('<a href="../guides/alpha.html">Alpha</a>') && gamma.contains('<a href="../guides/beta.html">Beta</a>'): 'Gamma lists its backlinks'
def tag = page('tags/getting-started.html')
assert tag.contains('href="../guides/alpha.html"') && tag.contains('href="../guides/beta.html"') && !tag.contains('gamma.html">Gamma')
def az = page('a-z.html')
['guides/alpha.html">Alpha', 'guides/beta.html">Beta', 'reference/gamma.html">Gamma'].each { assert az.contains(it) }
def home = page('index.html')
assert home.contains('<h1>Happy Wiki</h1>'): 'the wiki title defaults to the project name'
assert home.contains('href="guides/index.html"') && home.contains('href="reference/index.html"')
assert page('guides/index.html').contains('href="alpha.html"')
assert page('404.html').contains('theme/lore.css')

// the summary line, and not one warning or error from the build
assert log =~ /(?m)^\[INFO\] Wrote 10 pages \(3 articles\) to .*target[\/\\]wiki in \d+\.\d s, 0 warning\(s\)$/
def noisy = log.readLines().findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert noisy.isEmpty(): "expected a quiet build, got:\n${noisy.join('\n')}"
return true
