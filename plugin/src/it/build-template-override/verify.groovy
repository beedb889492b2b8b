// A template folder overrides the built-in theme file by file: article pages use the user's
// article.ftlh (which still imports the built-in layout.ftlh), the home page keeps the built-in
// home.ftlh, and the folder's static/ files are published next to the theme's.
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/wiki')
def page = { String path ->
    def f = new File(site, path)
    assert f.isFile(): "expected the site to have ${path}"
    f.getText('UTF-8')
}

def story = page('story.html')
assert story.contains('<article class="article custom-article">'): 'the article page uses the overriding template'
assert story.contains('<p class="custom-footer">Custom footer for A Story</p>'): 'the overriding template sees the page model'
assert story.contains('<h1>A Story</h1>')
assert story.contains('<a href="index.html" class="wikilink">Custom Home</a>'): 'the body is rendered as usual'
assert story.contains('<title>A Story · Custom Templates</title>'): 'the built-in layout.ftlh is imported'
assert story.contains('<meta name="description" content="A page in the custom template.">')
assert !story.contains('class="backlinks"'): 'the built-in article template is not used'

def home = page('index.html')
assert home.contains('<section class="home">'): 'the home page keeps the built-in template'
assert home.contains('<h1>Custom Home</h1>')
assert !home.contains('custom-footer') && !home.contains('custom-article')

assert page('theme/extra.css').contains('.custom-footer')
assert page('theme/lore.css').length() > 0: 'the built-in static files are still there'
['a-z.html', '404.html', 'tags/index.html'].each { assert !page(it).contains('custom-footer') }

assert log =~ /(?m)^\[INFO\] Wrote 5 pages \(2 articles\) to .* 0 warning\(s\)$/
def noisy = log.readLines().findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert noisy.isEmpty(): "expected a quiet build, got:\n${noisy.join('\n')}"
return true
