using System.Globalization;
using Wsis.Caching;
using Wsis.Load;
using Wsis.Render;

namespace Wsis.Build;

/// <summary>
/// What one long-running process (serve) keeps between builds so a rebuild redoes only what a change touches:
/// parsed YAML by file text, Markdown by text, pages by the hash of their inputs, links and ids by page HTML.
/// Every key holds all the inputs of its result, so a reused result is the one a full build would make.
/// </summary>
public sealed class BuildCache
{
    public FileCache Files { get; } = new();
    public YamlCache Yaml { get; } = new();
    public Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered> Markdown { get; } = new();
    public Memo<string, string> Pages { get; } = new(StringComparer.Ordinal);
    public Memo<string, (string[] Ids, string[] Links)> Links { get; } = new(StringComparer.Ordinal);
    /// <summary>Models of past editions by the id of their content tree: they never change.</summary>
    public Memo<string, Editions.ContentSnapshot> Editions { get; } = new(StringComparer.Ordinal);

    /// <summary>What the last build reused and redid, for the serve log.</summary>
    public string Report() => string.Create(CultureInfo.InvariantCulture,
        $"rendered {Pages.Misses} of {Pages.Hits + Pages.Misses} pages, Markdown {Markdown.Misses} of {Markdown.Hits + Markdown.Misses}, parsed {Links.Misses} pages for links");

    /// <summary>Call after a successful build: forgets what that build did not use.</summary>
    public void Sweep()
    {
        Yaml.Sweep();
        Markdown.Sweep();
        Pages.Sweep();
        Links.Sweep();
    }
}
