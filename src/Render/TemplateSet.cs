using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Render;

/// <summary>Every template parsed once; renders a view object through one of them with escaping and limits.</summary>
public sealed class TemplateSet
{
    public const string TemplatesFolder = TemplateDirectory.Folder;

    /// <summary>The templates' include that reuses a partial's output (<see cref="ReusedInclude"/>).</summary>
    public const string FragmentFunction = "fragment";
    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly ScriptObject _builtins;
    private readonly ThreadLocal<EscapingTemplateContext> _contexts;
    private readonly ReusedInclude _fragments;
    private readonly ViewGlobals _globals = new();
    private readonly ReusedInclude? _includes;

    private TemplateSet(IReadOnlyDictionary<string, Template> templates, string fingerprint, ScriptObject builtins, bool reuse)
    {
        Wordings = new Caching.Memo<TemplateValues, PageWording>(remember: reuse);
        _templates = templates;
        Fingerprint = fingerprint;
        _builtins = builtins;
        var include = (IScriptCustomFunction)_builtins["include"]!;
        _includes = reuse ? new ReusedInclude(include, templates, orInclude: true) : null;
        _builtins.SetValue("include", _includes ?? (IScriptCustomFunction)new TrustedInclude(include), readOnly: true);
        _fragments = new ReusedInclude(include, templates);
        _builtins.SetValue(FragmentFunction, _fragments, readOnly: true);
        var globals = _globals;
        _contexts = new ThreadLocal<EscapingTemplateContext>(() => new EscapingTemplateContext(builtins, templates, globals));
    }

    /// <param name="reuse">
    /// For `serve`, which keeps the set across its builds: every include is reused as a fragment where it can be
    /// (<see cref="ReusedInclude"/>), and each page's wording while the values it is given are the same (<see cref="Wordings"/>).
    /// </param>
    public static TemplateSet Parse(IReadOnlyDictionary<string, string> sources, DiagnosticBag diagnostics, bool reuse = false)
    {
        // Scriban's builtins (each of its functions imported by reflection) and the templates' stamp (the first hash of a
        // process loads the crypto library) took as long as the parse itself, one after another: made on the other core meanwhile.
        var builtins = Task.Run(TemplateContext.GetDefaultBuiltinObject);
        var fingerprint = Task.Run(() => PageFingerprint.OfTemplates(sources));
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in sources)
        {
            // A page template words its page in a front matter block at its top (PageWords); the block is never printed.
            var template = text.StartsWith(FrontMatterMarker, StringComparison.Ordinal)
                ? Template.Parse(text, TemplatesFolder + name, lexerOptions: new LexerOptions { Mode = ScriptMode.FrontMatterAndContent })
                : Template.Parse(text, TemplatesFolder + name);
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(TemplatesFolder + name, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    $"The template cannot be parsed: {message.Message.TrimEnd('.', ' ')}.", "Check the {{ }} tags on this line.");
            if (!template.HasErrors) templates[name] = template;
        }
        return new TemplateSet(templates, fingerprint.GetAwaiter().GetResult(), builtins.GetAwaiter().GetResult(), reuse);
    }

    /// <summary>A hash of every template's source: pages rendered with other templates are not reused.</summary>
    public string Fingerprint { get; }

    /// <summary>Ends a build of `serve`, which keeps this set while the templates are unchanged: forgets the fragments, includes and wordings it did not use.</summary>
    public void Sweep()
    {
        _fragments.Sweep();
        _includes?.Sweep();
        Wordings.Sweep();
    }

    /// <summary>The pages' wordings by template and values (<see cref="PageWords"/>); in a one-off build it keeps nothing.</summary>
    internal Caching.Memo<TemplateValues, PageWording> Wordings { get; }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>What opens and closes a template's front matter.</summary>
    public const string FrontMatterMarker = "+++";

    /// <summary>The template's front matter, parsed with it; null when it has none.</summary>
    internal ScriptFrontMatter? FrontMatter(string name) => _templates.TryGetValue(name, out var template) ? template.Page?.FrontMatter : null;

    /// <summary>A context like the pages', for evaluating front matter outside a page's render.</summary>
    internal EscapingTemplateContext NewContext() => new(_builtins, _templates, _globals);

    /// <summary>A page's template and view, for the layout to render in place of {{ content }}; null (and an error) when there is no such template.</summary>
    public PageBody? Body(string name, object model, DiagnosticBag diagnostics)
    {
        if (_templates.TryGetValue(name, out var template)) return new PageBody(template, _globals.For(model));
        diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File(TemplatesFolder + name), $"The template '{name}' is missing or could not be parsed.",
            $"Add {TemplatesFolder}{name}.");
        return null;
    }

    /// <summary>
    /// Renders a template; a runtime error becomes a diagnostic naming the template file and line. A page longer than
    /// <paramref name="overflow"/>'s length goes to its stream as it is drawn, and the text returned is then empty.
    /// </summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics, PageOverflow? overflow = null)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File(TemplatesFolder + name), $"The template '{name}' is missing or could not be parsed.",
                $"Add {TemplatesFolder}{name}.");
            return null;
        }
        // One context per thread, reused: it caches how to read each view type, which is most of the cost of a page.
        var context = _contexts.Value!;
        context.StartPage();
        context.PushGlobal(_globals.For(model));
        var output = context.PageOutput;
        output.Begin(overflow);
        context.PushOutput(output);
        try
        {
            // Scriban returns the output's text (one copy of the page); asking the output again would make a second.
            var html = template.Render(context);
            context.PopOutput();
            context.PopGlobal();
            return output.End(html);
        }
        catch (ScriptRuntimeException e)
        {
            _contexts.Value = NewContext();
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(e.Span.FileName ?? TemplatesFolder + name, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                $"The template failed: {e.OriginalMessage}", "Fix the template at this line.");
            return null;
        }
        catch
        {
            // A context left mid-render must not serve the next page.
            _contexts.Value = NewContext();
            throw;
        }
    }
}
