using Scriban.Runtime;
using Scriban.Syntax;
using Wsis.Diagnostics;

namespace Wsis.Render;

/// <summary>
/// Evaluates a page template's front matter (<c>+++ title = … +++</c>, parsed once with the template) against the
/// few values the planner names, so a page's title and description are worded in the template that draws it.
/// One per thread of a plan: it keeps one context; a failing front matter is reported once, not once per page, between
/// all the wordings of the plan (<see cref="ForAnotherThread"/>).
/// In `serve` a page given the same values as in the last build keeps its wording (<see cref="TemplateSet.Wordings"/>).
/// </summary>
public sealed class PageWords(TemplateSet templates, DiagnosticBag diagnostics)
{
    private EscapingTemplateContext _context = templates.NewContext();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Diagnostic, bool> _reported = new();

    private PageWords(TemplateSet templates, DiagnosticBag diagnostics, System.Collections.Concurrent.ConcurrentDictionary<Diagnostic, bool> reported)
        : this(templates, diagnostics) => _reported = reported;

    /// <summary>Wordings for another thread of the same plan, with a context of their own and what is reported shared.</summary>
    public PageWords ForAnotherThread() => new(templates, diagnostics, _reported);

    public PageWording For(string template, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var path = TemplateSet.TemplatesFolder + template;
        if (!templates.Has(template)) return PageWording.Failed; // rendering the page reports the missing template
        if (templates.FrontMatter(template) is not { } frontMatter)
        {
            Report(SourceLocation.File(path), $"The template '{template}' does not word its page: it has no front matter with the page's title and description.",
                "Start the template with a line '+++', then 'title = \"…\"' and 'description = \"…\"' lines, then a line '+++'.");
            return PageWording.Failed;
        }
        // A wording that failed is not kept: this build must report it too.
        var key = templates.Wordings.Remembers ? new TemplateValues(template, Values(values)) : null;
        if (key is not null && templates.Wordings.TryGet(key, out var kept)) return kept;
        var inputs = new ScriptObject();
        foreach (var (name, value) in values) inputs.SetValue(name, value, readOnly: true);
        var words = new ScriptObject();
        _context.StartPage();
        _context.PushGlobal(inputs);
        _context.PushGlobal(words);
        try
        {
            _context.Evaluate(frontMatter);
        }
        catch (ScriptRuntimeException e)
        {
            // A context left mid-evaluation must not serve the next page.
            _context = templates.NewContext();
            Report(new SourceLocation(path, e.Span.Start.Line + 1, e.Span.Start.Column + 1), $"The template's front matter failed: {e.OriginalMessage}",
                "Fix the front matter at this line; it sees only the values its page is given.");
            return PageWording.Failed;
        }
        _context.PopGlobal();
        _context.PopGlobal();
        var title = Text(words, "title");
        var description = Text(words, "description");
        if (title is null || description is null)
        {
            Report(new SourceLocation(path, frontMatter.Span.Start.Line + 1, frontMatter.Span.Start.Column + 1),
                $"The template's front matter sets no '{(title is null ? "title" : "description")}'.",
                $"Add a line '{(title is null ? "title" : "description")} = \"…\"' between the '+++' lines.");
            return PageWording.Failed;
        }
        var wording = new PageWording(title, description, Text(words, "crumb"));
        if (key is not null) templates.Wordings.Set(key, wording);
        return wording;
    }

    private static object?[] Values(ReadOnlySpan<(string Name, object? Value)> values)
    {
        var all = new object?[values.Length * 2];
        for (var i = 0; i < values.Length; i++) (all[2 * i], all[2 * i + 1]) = values[i];
        return all;
    }

    private string? Text(ScriptObject words, string name) =>
        words.TryGetValue(name, out var value) && value is not null ? _context.ObjectToString(value) : null;

    private void Report(SourceLocation at, string message, string fix)
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.TemplateError, Severity.Error, at, message, fix);
        if (_reported.TryAdd(diagnostic, true)) diagnostics.Add(diagnostic);
    }
}
