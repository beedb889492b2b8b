// The glossary page and data are written, and with lore.glossary.link=all every mention becomes a term link with a tooltip.
def site = new File(basedir, 'target/wiki')
def log = new File(basedir, 'build.log').text
def page = { String path ->
    def f = new File(site, path)
    assert f.isFile(): "expected the site to have ${path}"
    f.getText('UTF-8')
}

def glossary = page('glossary.html')
assert glossary.contains('id="term-organizational-memory"')
assert glossary.contains('id="term-knowledge-acquisition"')
assert glossary.contains('Defined in <a href="acquisition.html">Acquisition</a>')
assert glossary.contains('<a href="#term-knowledge-acquisition">Knowledge acquisition</a>'): 'see also links to the entry'
assert page('glossary.json').contains('"term":"Organizational memory"')
page('theme/glossary.js')

def article = page('acquisition.html')
def links = article.findAll(/<a href="glossary\.html#term-organizational-memory" class="term"/)
assert links.size() == 2: "all mode links both mentions (the term and its alias), found ${links.size()}"
assert !article.contains('href="acquisition.html" class="term"'): 'a term is not linked in its own article'
// the definition is the links' aria-description (read by screen readers, drawn by the CSS tooltip), written once per link
assert article.findAll(/class="term" aria-description="What an organization keeps of what it has learned\.">/).size() == 2
assert !article.contains('role="tooltip"') && !article.contains('data-tooltip')
assert page('index.html').contains('<a href="glossary.html">Glossary</a>'): 'the header links the glossary'

assert log.contains('0 warning(s)'): 'the build is clean'
