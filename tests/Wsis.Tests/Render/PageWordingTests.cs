using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Tests.Support;

namespace Wsis.Tests.Render;

/// <summary>A page's title and description are worded by its template's front matter, and a broken front matter is a template error with its file and line.</summary>
public class PageWordingTests
{
    private const string GoalPage = "/sdgs/9/";

    /// <summary>The real templates with one template's front matter (the block between its '+++' lines) replaced.</summary>
    private static TemplateFiles WithFrontMatter(string template, string frontMatter)
    {
        var text = ContentSet.Templates.Templates[template];
        var end = text.IndexOf("\n+++\n", 4, StringComparison.Ordinal);
        Assert.True(text.StartsWith("+++\n", StringComparison.Ordinal) && end > 0, $"{template} has no front matter to replace");
        var templates = new Dictionary<string, string>(ContentSet.Templates.Templates, StringComparer.Ordinal)
        {
            [template] = "+++\n" + frontMatter + text[end..],
        };
        return ContentSet.Templates with { Templates = templates };
    }

    private static BuildResult Build(TemplateFiles templates) => TestBuild.InMemory(SmallSite.Content.ToRawFiles(), templates);

    [Fact]
    public void The_goal_page_takes_its_title_and_description_from_its_template()
    {
        var templates = WithFrontMatter("sdg.html", """
            title = "Goal " + goal.number + " in other words"
            description = "Worded by the template: " + goal.name + "."
            """);

        var result = Build(templates);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Page(result, GoalPage);
        Assert.StartsWith("Goal 9 in other words · ", page.Title);
        Assert.Equal("Worded by the template: Industry, innovation and infrastructure.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        // The front matter words the page; it is never printed on it.
        Assert.DoesNotContain("+++", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("goal.number", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_that_cannot_be_parsed_is_a_template_error_at_its_line()
    {
        var templates = WithFrontMatter("sdg.html", """
            title = "SDG " + goal.number
            description = ("unclosed " + goal.name
            """);

        var result = Build(templates);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal((DiagnosticCodes.TemplateError, "templates/sdg.html", 3), (d.Code, d.Location.Path, d.Location.Line)));
    }

    [Fact]
    public void A_front_matter_that_fails_is_reported_once_at_its_line_not_once_per_page()
    {
        // The small site has two priorities, so two item pages evaluate this front matter.
        var templates = WithFrontMatter("item.html", """
            title = item.title
            description = no_such_value
            """);

        var result = Build(templates);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/item.html", 3), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains("no_such_value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_that_fails_on_pages_planned_on_several_threads_is_still_reported_once()
    {
        // The real content's item pages are planned action line by action line, on both cores.
        var templates = WithFrontMatter("item.html", """
            title = item.title
            description = no_such_value
            """);

        var result = TestBuild.InMemory(ContentSet.Real.ToRawFiles(), templates);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/item.html", 3), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void A_front_matter_without_a_description_is_a_template_error()
    {
        var templates = WithFrontMatter("sdg.html", """
            title = "SDG " + goal.number
            """);

        var result = Build(templates);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/sdg.html"), (error.Code, error.Location.Path));
        Assert.Contains("'description'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_template_without_front_matter_is_a_template_error_naming_it()
    {
        var text = ContentSet.Templates.Templates["search.html"];
        var body = text[(text.IndexOf("\n+++\n", 4, StringComparison.Ordinal) + 5)..];
        var templates = ContentSet.Templates with
        {
            Templates = new Dictionary<string, string>(ContentSet.Templates.Templates, StringComparer.Ordinal) { ["search.html"] = body },
        };

        var result = Build(templates);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/search.html", 1), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }
}
