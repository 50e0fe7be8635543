using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads a free page (pages/slug.md).</summary>
public static class PageReader
{
    /// <summary>First path segments the site itself uses; a page may not take them.</summary>
    public static readonly string[] ReservedSlugs = ["action-lines", "sdgs", "stakeholders", "sources", "background", "assets", "search", "data", "matrix", "pagefind", "pdf", "404", "index", "sitemap", "robots"];

    public static string SlugOf(MarkdownDocument page) =>
        page.File.Path[ContentParser.PagesFolder.Length..^".md".Length];

    public static Page? Read(MarkdownDocument document, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var slug = SlugOf(document);
        var at = SourceLocation.File(document.File.Path);
        if (!Slugs.IsSafe(slug))
            diagnostics.Error(DiagnosticCodes.UnsafePath, at, $"The page name '{slug}' cannot be used in a web address.", $"Rename the file using {Slugs.Rule}.");
        else if (ReservedSlugs.Contains(slug))
            diagnostics.Error(DiagnosticCodes.UnsafePath, at, $"The page name '{slug}' is used by the site itself.", "Rename the file.");
        if (document.FrontMatter is null) return null;
        var fields = Fields.Of(document.FrontMatter, at, "a page", diagnostics, "title", "description", "source", "action_lines", "order");
        if (fields is null) return null;
        MarkupCheck.Body(document, diagnostics);
        var actionLines = new List<string>();
        foreach (var entry in fields.TextList("action_lines"))
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(entry.Value, "^C([1-9]|1[01])\\z")) actionLines.Add(entry.Value);
            else
                diagnostics.Error(DiagnosticCodes.UnknownReference, entry.Location, $"Unknown action line '{entry.Value}'.", "Action lines are C1 to C11, written like 'C11'.");
        }
        return new Page
        {
            Slug = slug,
            Title = fields.RequiredText("title"),
            Description = fields.Text("description"),
            SourceId = ActionLineReader.OptionalReference(fields, "source", vocabulary.Sources, "source", diagnostics, vocabulary.SourcesComplete),
            ActionLines = actionLines,
            Order = fields.Integer("order") ?? 100,
            Body = document.Body,
            File = document.File.Path,
        };
    }
}
