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
        var loaded = ContentParser.Parse(content.ToRawFiles(), diagnostics);
        var publication = PublicationBuilder.Build(ContentValidator.Validate(loaded, diagnostics));
        var templates = TemplateSet.Parse(ContentSet.Templates.Templates, diagnostics);
        var views = new ViewFactory(publication, markdown ?? new MarkdownRenderer(), diagnostics);
        var plan = new PagePlanner(publication, views, new PageWords(templates, diagnostics)).Plan();
        var renderer = new SiteRenderer(templates, new Assets(ContentSet.Templates.Assets), new RenderOptions("http://localhost:8080"), new Wsis.Caching.Memo<string, string>(remember: false));
        return new RenderedSite(plan.Select(page => renderer.RenderPage(publication, page, diagnostics)).OfType<RenderedPage>().ToList(), renderer.OtherFiles(publication, plan));
    }
}
