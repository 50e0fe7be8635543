using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;
using Wsis.Validate;

namespace Wsis.Tests.Support;

/// <summary>
/// Renders content whatever validation said, to test the second line of defence on its own: escaping and the
/// renderer's guard on the Markdown tree must keep hostile input off the page even if validation let it through.
/// </summary>
public static class UncheckedRender
{
    public static RenderedSite Render(ContentSet content, MarkdownRenderer? markdown = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Parse(ContentSet.Templates.Templates, diagnostics);
        var (publication, plan) = Plan(content, markdown ?? new MarkdownRenderer(), templates, diagnostics);
        var renderer = new SiteRenderer(templates, new Assets(ContentSet.Templates.Assets), new RenderOptions("http://localhost:8080"), new KeptPages(remember: false));
        return new RenderedSite(plan.Select(page => renderer.RenderPage(publication, page, diagnostics)).OfType<RenderedPage>().ToList(), renderer.OtherFiles(publication, plan));
    }

    private static readonly Lazy<TemplateSet> Templates = new(() => TemplateSet.Parse(ContentSet.Templates.Templates, new DiagnosticBag()));

    /// <summary>Plans the pages with the real templates, parsed once for every call.</summary>
    public static (Publication Publication, IReadOnlyList<PlannedPage> Plan) Plan(ContentSet content, MarkdownRenderer markdown) =>
        Plan(content, markdown, Templates.Value, new DiagnosticBag());

    /// <summary>
    /// The stages before the page render: every page's view made, and with the views every Markdown fragment rendered.
    /// Planning reads only the templates' front matter (the page titles), so one parsed set serves many plans.
    /// </summary>
    public static (Publication Publication, IReadOnlyList<PlannedPage> Plan) Plan(ContentSet content, MarkdownRenderer markdown, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var loaded = ContentParser.Parse(content.ToRawFiles(), diagnostics);
        var publication = PublicationBuilder.Build(ContentValidator.Validate(loaded, diagnostics));
        var views = new ViewFactory(publication, markdown, diagnostics);
        return (publication, new PagePlanner(publication, views, new PageWords(templates, diagnostics)).Plan());
    }
}
