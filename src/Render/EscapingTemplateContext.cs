using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wsis.Render;

/// <summary>
/// Scriban writes values as they are; this context HTML-escapes every value a template prints,
/// except TrustedHtml that our Markdown renderer has already made safe.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials) : base(builtins)
    {
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

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is TrustedHtml html ? base.Write(span, html.Value) : base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        textAsObject is TrustedHtml html ? base.WriteAsync(span, html.Value) : base.WriteAsync(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));

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
