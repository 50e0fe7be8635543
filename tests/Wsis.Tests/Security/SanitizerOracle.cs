using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Wsis.Validate;

namespace Wsis.Tests.Security;

/// <summary>
/// The allow-list sanitizer the renderer used to run on every fragment, kept as the judge of what the renderer's
/// guard on the Markdown tree lets through: the policy is the one the build applied until the guard replaced it.
/// </summary>
public sealed class SanitizerOracle
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));
    private readonly HtmlSanitizer _sanitizer;

    public SanitizerOracle() => _sanitizer = Create(_parser);

    /// <summary>What the sanitizer removes from the HTML, and the HTML it gives back.</summary>
    public (IReadOnlyList<string> Removed, string Sanitized) Sanitize(string html)
    {
        var removed = new List<string>();
        void OnTag(object? _, RemovingTagEventArgs e) => removed.Add($"<{e.Tag.LocalName}> ({e.Reason})");
        void OnAttribute(object? _, RemovingAttributeEventArgs e) => removed.Add($"{e.Attribute.Name}=\"{e.Attribute.Value}\" on <{e.Tag.LocalName}> ({e.Reason})");
        void OnStyle(object? _, RemovingStyleEventArgs e) => removed.Add($"style {e.Style.Name} on <{e.Tag.LocalName}> ({e.Reason})");
        void OnAtRule(object? _, RemovingAtRuleEventArgs e) => removed.Add($"at-rule {e.Rule.CssText} on <{e.Tag.LocalName}>");
        void OnComment(object? _, RemovingCommentEventArgs e) => removed.Add($"<!--{e.Comment.TextContent}-->");
        void OnCssClass(object? _, RemovingCssClassEventArgs e) => removed.Add($"class {e.CssClass} on <{e.Tag.LocalName}> ({e.Reason})");
        _sanitizer.RemovingTag += OnTag;
        _sanitizer.RemovingAttribute += OnAttribute;
        _sanitizer.RemovingStyle += OnStyle;
        _sanitizer.RemovingAtRule += OnAtRule;
        _sanitizer.RemovingComment += OnComment;
        _sanitizer.RemovingCssClass += OnCssClass;
        try
        {
            return (removed, _sanitizer.Sanitize(html));
        }
        finally
        {
            _sanitizer.RemovingTag -= OnTag;
            _sanitizer.RemovingAttribute -= OnAttribute;
            _sanitizer.RemovingStyle -= OnStyle;
            _sanitizer.RemovingAtRule -= OnAtRule;
            _sanitizer.RemovingComment -= OnComment;
            _sanitizer.RemovingCssClass -= OnCssClass;
        }
    }

    /// <summary>The HTML as the sanitizer writes it when it changes nothing: parsed as its body is, and serialised again.</summary>
    public string Reserialised(string html) => _parser.ParseDocument("<!doctype html><html><body>" + html).Body!.InnerHtml;

    private static HtmlSanitizer Create(HtmlParser parser)
    {
        var sanitizer = new HtmlSanitizer { HtmlParserFactory = () => parser };
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in MarkupCheck.SafeSchemes) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        // The build set rel="noopener" here; the renderer now must have set it already, or the output changes.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link
                && link.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal)))
                link.SetAttribute("rel", "noopener");
        };
        return sanitizer;
    }
}
