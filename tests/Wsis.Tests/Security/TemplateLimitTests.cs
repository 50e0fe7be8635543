using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Tests.Security;

/// <summary>Templates run with limits, and a template error names the template file and line.</summary>
public class TemplateLimitTests
{
    private static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(Dictionary<string, string> templates, string name, object? model = null)
    {
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Parse(templates, diagnostics);
        var output = set.Has(name) ? set.Render(name, model ?? new { Title = "t" }, diagnostics) : null;
        return (output, diagnostics.Sorted());
    }

    [Fact]
    public void A_syntax_error_names_the_template_file_and_line()
    {
        var (_, diagnostics) = Render(new() { ["page.html"] = "<h1>{{ title }}</h1>\n<p>{{ if }}</p>\n" }, "page.html");

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.TemplateError, "templates/page.html", 2), (d.Code, d.Location.Path, d.Location.Line)));
    }

    [Fact]
    public void A_runtime_error_names_the_template_file_and_line()
    {
        var (output, diagnostics) = Render(new() { ["page.html"] = "<h1>{{ title }}</h1>\n\n<p>{{ no_such_value }}</p>\n" }, "page.html");

        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/page.html", 3), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void An_error_in_a_partial_names_the_partial()
    {
        var (_, diagnostics) = Render(new()
        {
            ["page.html"] = "{{ include 'partials/item.html' }}",
            ["partials/item.html"] = "<li>\n{{ missing.member }}</li>",
        }, "page.html");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("templates/partials/item.html", 2), (error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var (output, diagnostics) = Render(new() { ["loop.html"] = "{{ while true }}x{{ end }}" }, "loop.html");

        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TemplateError && d.Location.Path == "templates/loop.html" && d.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var (output, diagnostics) = Render(new() { ["page.html"] = "{{ include 'partials/self.html' }}", ["partials/self.html"] = "x{{ include 'partials/self.html' }}" }, "page.html");

        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TemplateError && d.Location.Path == "templates/partials/self.html");
    }

    [Fact]
    public void A_missing_partial_is_a_template_error_not_a_file_read()
    {
        var (output, diagnostics) = Render(new() { ["page.html"] = "{{ include '../../etc/passwd' }}" }, "page.html");

        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TemplateError && d.Message.Contains("no template", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_escaped_where_a_template_prints_them()
    {
        var (output, _) = Render(new() { ["page.html"] = "<a title=\"{{ title }}\">{{ title }}</a>" }, "page.html", new { Title = "\"><script>alert(1)</script>" });

        Assert.Equal("<a title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>", output);
    }
}
