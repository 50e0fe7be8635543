using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wsis.Render;

/// <summary>
/// Scriban writes values as they are; this context HTML-escapes every value a template prints,
/// except TrustedHtml that our Markdown renderer has already made safe, and a PageBody, which renders itself in place.
/// </summary>
/// <remarks>
/// It also bounds what a template may do, so that a runaway template fails within a second with its file and line
/// instead of filling the memory (a string doubled 40 times reached 2.2 GB) or running for ever: no value longer
/// than <see cref="MaxText"/> characters, at most <see cref="MaxSteps"/> evaluations per page (Scriban's LoopLimit and
/// RecursiveLimit bound one loop or call chain, not loops nested in loops). Scriban's own LimitToString would cut the
/// text silently; here it is set only while an expression is evaluated, so that its checks (string * n, array.join,
/// string.pad_left) throw, and never while a statement writes the page, which is therefore never truncated.
/// </remarks>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>The longest text value a template may make (the largest page of the real site is under 1 million).</summary>
    public const int MaxText = 8 * 1024 * 1024;

    /// <summary>Evaluations (expressions and statements) one page may take; the largest page of the real site (the handout of all action lines) takes about 20,000.</summary>
    public const long MaxSteps = 20_000_000;

    private long _steps;
    private SourceSpan _span;

    /// <summary>Starts the count of a new page.</summary>
    public void StartPage() => _steps = 0;

    /// <summary>Where this context's pages are written, one after another (a context serves one thread).</summary>
    internal PageOutput PageOutput { get; } = new();

    /// <summary>Evaluations the current page has taken so far.</summary>
    public long Steps => _steps;

    private readonly ViewGlobals _views;

    public EscapingTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials) : this(builtins, partials, new ViewGlobals())
    {
    }

    /// <param name="views">How the views are read, shared by every context of a template set.</param>
    internal EscapingTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials, ViewGlobals views) : base(builtins)
    {
        _views = views;
        TemplateLoader = new PartialLoader();
        foreach (var (name, template) in partials) CachedTemplates[name] = template;
        LoopLimit = 200_000;
        RecursiveLimit = 32;
        ObjectRecursionLimit = 32;
        LimitToString = 0;
        StrictVariables = true;
        NewLine = "\n";
        EnableRelaxedMemberAccess = false;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => _views.Accessor(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is null) return base.Evaluate(scriptNode, aliasReturnedFunction);
        _span = scriptNode.Span;
        if (++_steps > MaxSteps)
            throw new ScriptRuntimeException(scriptNode.Span, $"The template takes more than {MaxSteps:N0} steps for one page; a loop runs too often (loops inside loops?).");
        var limit = LimitToString;
        LimitToString = scriptNode is ScriptExpression ? MaxText : 0;
        try
        {
            var value = base.Evaluate(scriptNode, aliasReturnedFunction);
            if (value is string { Length: > MaxText } text)
                throw new ScriptRuntimeException(scriptNode.Span, TooLong(text.Length));
            return value;
        }
        finally
        {
            LimitToString = limit;
        }
    }

    public override string? ObjectToString(object? value, bool nested = false)
    {
        // Scriban would cut a value at LimitToString and carry on: a value that long is an error instead.
        if (LimitToString > 0 && value is string { Length: var length } && length >= LimitToString)
            throw new ScriptRuntimeException(_span, TooLong(length));
        var text = base.ObjectToString(value, nested);
        if (LimitToString > 0 && text is { Length: var written } && written >= LimitToString)
            throw new ScriptRuntimeException(_span, TooLong(written));
        return text;
    }

    private static string TooLong(int length) =>
        $"The template makes a text of {length:N0} characters or more; at most {MaxText:N0} are allowed (is a value doubled or repeated in a loop?).";

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case TrustedHtml html:
                return base.Write(span, html.Value);
            case ReusedHtml reused when CurrentIndent is null && Output is PageOutput page:
                page.WriteUtf8(reused.Utf8); // as Scriban writes text without an indent: straight to the output
                return this;
            case ReusedHtml reused:
                return base.Write(span, reused.ToString());
            case PageBody body:
                body.RenderInto(this);
                return this;
            default:
                return base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case TrustedHtml html:
                return base.WriteAsync(span, html.Value);
            case ReusedHtml:
                return ValueTask.FromResult(Write(span, textAsObject));
            case PageBody body:
                // Renders in place, as in Write; the body's own template runs synchronously.
                body.RenderInto(this);
                return ValueTask.FromResult<TemplateContext>(this);
            default:
                return base.WriteAsync(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        }
    }

    /// <summary>
    /// Renders a partial where the page is being written, as Scriban's include renders it (its own local variables,
    /// the include's arguments, the recursion limit) but into the page's output rather than an output of its own.
    /// </summary>
    internal void Include(string name, ScriptNode caller, ScriptArray arguments)
    {
        var template = GetOrCreateTemplate(GetTemplatePathFromName(name, caller) ?? name, caller);
        var callerIndent = CurrentIndent;
        EnterRecursive(caller);
        PushLocal();
        try
        {
            // Scriban renders a partial with no indent of its own; the caller's indent is empty here (see TrustedInclude).
            CurrentIndent = null;
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (template.Page is null) return;
            PushSourceFile(template.SourceFilePath ?? name);
            try
            {
                Evaluate(template.Page);
            }
            finally
            {
                PopSourceFile();
            }
        }
        finally
        {
            PopLocal();
            ExitRecursive(caller);
            CurrentIndent = callerIndent;
        }
    }

    /// <summary>Partials are parsed once up front; asking for one that does not exist is a template error.</summary>
    private sealed class PartialLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"There is no template '{templatePath}' in templates/.");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
