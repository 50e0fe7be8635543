using System.Text;

namespace Wsis.Sample;

/// <summary>
/// Writes the same sample publication as a Hugo site, for the side-by-side benchmark (bench/compare-hugo.sh):
/// one page per item with the same Markdown body and URL, its tags and the other items under each of its SDG targets
/// ("also under"), the action lines as sections that show their items in full, and term and list pages for three
/// taxonomies (action line, SDG, stakeholder). Templates are our own.
/// </summary>
public static class HugoFormat
{
    public static IReadOnlyList<SampleFile> Files(SamplePublication sample)
    {
        var files = new List<SampleFile>
        {
            new(ContentFormat.Marker, $"A Hugo twin of a synthetic publication of {sample.Items.Count} items, written by 'dotnet run -- sample --hugo'. Safe to delete.\n"),
            new("config.toml", """
                baseURL = "http://localhost:8080/"
                languageCode = "en"
                title = "Sample publication"
                disableKinds = ["RSS"]
                enableRobotsTXT = true

                [taxonomies]
                  actionline = "actionlines"
                  sdg = "sdgs"
                  stakeholder = "stakeholders"

                [markup.goldmark.renderer]
                  unsafe = false

                """),
            new("static/site.css", "body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; }\n"),
            new("layouts/_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ site.Title }}</title>
                <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 300 }}{{ end }}">
                <link rel="canonical" href="{{ .Permalink }}">
                <meta property="og:title" content="{{ .Title }}">
                <meta property="og:url" content="{{ .Permalink }}">
                <link rel="stylesheet" href="/site.css">
                </head>
                <body>
                <a class="skip-link" href="#main">Skip to content</a>
                <header class="site-header"><a class="site-title" href="/">{{ site.Title }}</a>
                <nav aria-label="Main"><ul><li><a href="/action-lines/">Action lines</a></li><li><a href="/sdgs/">SDGs</a></li><li><a href="/stakeholders/">Stakeholders</a></li><li><a href="/actionlines/">Action line terms</a></li></ul></nav>
                </header>
                <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>{{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}<li><span aria-current="page">{{ .Title }}</span></li></ol></nav>
                <main id="main">
                {{ block "main" . }}{{ end }}
                </main>
                <footer class="site-footer"><p>{{ site.Title }}: a synthetic publication.</p></footer>
                </body>
                </html>

                """),
            new("layouts/partials/badges.html", """
                <dl class="tags">
                  <dt>SDGs</dt>
                  <dd><ul class="badges">{{ range .GetTerms "sdgs" }}<li><a class="badge" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>
                  <dt>Stakeholders</dt>
                  <dd><ul class="badges">{{ range .GetTerms "stakeholders" }}<li><a class="badge" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>
                </dl>

                """),
            new("layouts/_default/single.html", """
                {{ define "main" }}
                <article class="item-page">
                <header class="page-header"><p class="eyebrow">{{ range .GetTerms "actionlines" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p><h1>{{ .Title }}</h1></header>
                <div class="item__text">{{ .Content }}</div>
                {{ partial "badges.html" . }}
                {{ $self := . }}
                {{ range .GetTerms "sdgs" }}{{ if in .Title "." }}
                <section class="also-under"><h2>Also under target {{ .Title }}</h2>
                <ul>{{ range .Pages }}{{ if ne . $self }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></section>
                {{ end }}{{ end }}
                <nav class="pager" aria-label="Neighbouring items">
                {{ with .PrevInSection }}<a href="{{ .RelPermalink }}" rel="prev">← {{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}" rel="next">{{ .Title }} →</a>{{ end }}
                </nav>
                </article>
                {{ end }}

                """),
            new("layouts/_default/list.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ if and (eq .Kind "section") (gt (len .RegularPages) 0) }}
                <ol class="items">
                {{ range .RegularPages }}
                <li class="item" id="{{ .File.ContentBaseName }}"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ .Content }}{{ partial "badges.html" . }}</li>
                {{ end }}
                </ol>
                {{ else }}
                <p>{{ len .Pages }} items.</p>
                <ul class="item-links">
                {{ range .Pages }}
                <li class="item-link"><a href="{{ .RelPermalink }}">{{ .Title }}</a><p class="item-link__summary">{{ .Summary | plainify | truncate 200 }}</p></li>
                {{ end }}
                </ul>
                {{ end }}
                {{ end }}

                """),
            new("layouts/_default/terms.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>
                {{ range .Data.Terms.Alphabetical }}
                <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
                {{ end }}
                </ul>
                {{ end }}

                """),
            new("content/_index.md", $"---\ntitle: \"Sample publication\"\n---\nA synthetic publication of {sample.Items.Count} items.\n"),
            new("content/action-lines/_index.md", "---\ntitle: \"Action lines\"\n---\nThe action lines of the sample publication.\n"),
        };
        foreach (var line in sample.Items.GroupBy(i => i.ActionLine).OrderBy(g => g.Key))
            files.Add(new($"content/action-lines/c{line.Key}/_index.md",
                $"---\ntitle: \"C{line.Key} Sample action line {line.Key}\"\n---\nAction line C{line.Key} of the sample publication, with {line.Count()} synthetic items.\n"));
        foreach (var item in sample.Items)
        {
            var text = new StringBuilder("---\n")
                .Append("title: \"").Append(item.Title).Append("\"\n")
                .Append("weight: ").Append(item.IsPriority ? item.Number : 100_000 + item.Number).Append('\n')
                .Append("actionlines: [\"").Append(item.ActionLineId).Append("\"]\n")
                .Append("sdgs: [").Append(string.Join(", ", item.Sdgs.Select(s => $"\"{s}\""))).Append("]\n")
                .Append("stakeholders: [").Append(string.Join(", ", item.Stakeholders.Select(s => $"\"{s}\""))).Append("]\n")
                .Append("---\n")
                .Append(item.Body.TrimEnd('\n')).Append('\n');
            files.Add(new($"content/action-lines/c{item.ActionLine}/{item.Slug}.md", text.ToString()));
        }
        return files;
    }
}
