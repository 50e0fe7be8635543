using System.Globalization;
using Wsis.Caching;
using Wsis.Load;
using Wsis.Render;

namespace Wsis.Build;

/// <summary>
/// What one long-running process (serve, pdf) keeps between builds so a rebuild redoes only what a change touches:
/// file bytes by modification time, parsed YAML by file text, action lines by their files and the vocabulary, Markdown
/// (and its plain text) by text, templates by their text, item views by their item record and what else they show,
/// item, handout line and summary views (and with them the fragments and includes of templates) by their value, QR codes by address,
/// pages by URL with the views they were drawn from,
/// links and ids by page HTML. Every key holds all the inputs of its result, so a reused result is the one a full
/// build would make. A one-off build uses <see cref="OneOff"/>, which keeps nothing.
/// </summary>
public sealed class BuildCache(bool remember = true)
{
    public static BuildCache OneOff() => new(remember: false);

    public FileCache Files { get; } = new(remember);
    public YamlCache Yaml { get; } = new(remember);
    /// <summary>Decoded content files and templates by their bytes.</summary>
    public DecodeCache Texts { get; } = new(remember);
    /// <summary>Action lines read from the same files against the same vocabulary.</summary>
    public Validate.ActionLineCache Lines { get; } = new(remember);
    public Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered> Markdown { get; } = new(remember: remember);
    /// <summary>Plain texts of Markdown, by the Markdown.</summary>
    public Memo<string, string> PlainTexts { get; } = new(StringComparer.Ordinal, remember);
    /// <summary>The parsed templates by a hash of their sources, with what parsing them reported; a kept set keeps its fragments.</summary>
    public Memo<string, (TemplateSet Set, IReadOnlyList<Diagnostics.Diagnostic> Problems)> Templates { get; } = new(StringComparer.Ordinal, remember);
    /// <summary>Item views by their value, so an unchanged item keeps its instance (and its fragments and hash).</summary>
    public ItemViewCache Items { get; } = new(remember);
    /// <summary>The handouts' QR codes by their address.</summary>
    public Memo<string, TrustedHtml> QrCodes { get; } = new(StringComparer.Ordinal, remember);
    /// <summary>The last build's pages with the views they were drawn from.</summary>
    public KeptPages Pages { get; } = new(remember);
    /// <summary>The open data's CSV files by their cells.</summary>
    public Export.OpenDataCache Tables { get; } = new(remember);
    /// <summary>
    /// By the page's HTML instance: an unchanged page comes from <see cref="Pages"/> as the same string, found without
    /// hashing the whole page; a page rendered again is read again.
    /// </summary>
    public Memo<string, (string[] Ids, string[] Links)> Links { get; } = new(ReferenceEqualityComparer.Instance, remember);
    /// <summary>Models of past editions by the id of their content tree: they never change, so they are never swept.</summary>
    public Memo<string, Editions.ContentSnapshot> Editions { get; } = new(StringComparer.Ordinal, remember);

    /// <summary>What the last build reused and redid, for the serve log.</summary>
    public string Report() => string.Create(CultureInfo.InvariantCulture,
        $"rendered {Pages.Drawn} of {Pages.Reused + Pages.Drawn} pages, Markdown {Markdown.Misses} of {Markdown.Hits + Markdown.Misses}, parsed {Links.Misses} pages for links");

    /// <summary>Call after a successful build: forgets what that build did not use.</summary>
    public void Sweep()
    {
        Texts.Sweep();
        Yaml.Sweep();
        Lines.Sweep();
        Markdown.Sweep();
        PlainTexts.Sweep();
        Templates.Sweep();
        foreach (var (_, templates) in Templates.Entries()) templates.Set.Sweep();
        Items.Sweep();
        QrCodes.Sweep();
        Pages.Sweep();
        Tables.Sweep();
        Links.Sweep();
    }
}
