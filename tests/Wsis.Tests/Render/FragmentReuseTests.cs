using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Render;

/// <summary>
/// `fragment` renders a partial once and gives its output again wherever the variables it reads hold the same values
/// (each item's link, badges and handout row, on every page that lists the item); the site must be the one `include` makes.
/// </summary>
public class FragmentReuseTests
{
    /// <summary>The templates as they were before: every fragment an include, rendered each time.</summary>
    private static TemplateFiles WithIncludesOnly(TemplateFiles templates)
    {
        var replaced = templates.Templates.ToDictionary(t => t.Key, t => t.Value.Replace($"{{{{ {TemplateSet.FragmentFunction} '", "{{ include '", StringComparison.Ordinal), StringComparer.Ordinal);
        Assert.True(replaced.Count(t => t.Value != templates.Templates[t.Key]) >= 3, "the templates call fragment at the item partials");
        return templates with { Templates = replaced };
    }

    [Theory]
    [MemberData(nameof(TestBuild.TemplateChangeContents), MemberType = typeof(TestBuild))]
    public void Site_with_reused_fragments_is_byte_identical_to_the_site_that_renders_every_include(string content) =>
        TestBuild.AssertSameSite(content, WithIncludesOnly);

    private sealed class Counted(string name)
    {
        public int Reads;

        public string Name
        {
            get
            {
                Interlocked.Increment(ref Reads);
                return name;
            }
        }
    }

    private static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(Dictionary<string, string> templates, object model)
    {
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Parse(templates, diagnostics);
        return (set.Render("page.html", model, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void A_fragment_is_rendered_once_for_each_value_of_the_variables_it_reads()
    {
        var (a, b) = (new Counted("a"), new Counted("b"));
        var (output, diagnostics) = Render(new()
        {
            ["page.html"] = "{{ for item in items }}{{ level = for.index % 2 }}{{ fragment 'p.html' }}|{{ end }}",
            ["p.html"] = "<h{{ level }}>{{ item.name }}</h{{ level }}>",
        }, new { Items = new[] { a, a, b, a, a } });

        Assert.Empty(diagnostics);
        Assert.Equal("<h0>a</h0>|<h1>a</h1>|<h0>b</h0>|<h1>a</h1>|<h0>a</h0>|", output);
        Assert.Equal((2, 1), (a.Reads, b.Reads));
    }

    [Fact]
    public void A_fragment_sees_the_loop_variables_of_its_caller_and_binds_its_own()
    {
        var (output, diagnostics) = Render(new()
        {
            ["page.html"] = "{{ for item in items }}{{ fragment 'p.html' }}{{ end }}",
            ["p.html"] = "{{ for x in item }}{{ x }}{{ if !for.last }},{{ end }}{{ end }};",
        }, new { Items = new[] { new[] { "a", "b" }, new[] { "c" }, new[] { "a", "b" } } });

        Assert.Empty(diagnostics);
        Assert.Equal("a,b;c;a,b;", output);
    }

    [Theory]
    [InlineData("{{ level = 2 }}<h{{ level }}>", "assigns a variable")]
    [InlineData("{{ for.index }}", "reads 'for' outside a loop of its own")]
    [InlineData("{{ include inner }}", "not written out")]
    [InlineData("{{ $0 }}", "local variable")]
    public void A_partial_whose_output_depends_on_more_than_its_variables_cannot_be_a_fragment(string partial, string why)
    {
        var (output, diagnostics) = Render(new()
        {
            ["page.html"] = "{{ inner = 'q.html' }}{{ for item in items }}{{ fragment 'p.html' }}{{ end }}",
            ["p.html"] = partial,
            ["q.html"] = "q",
        }, new { Items = new[] { "a" } });

        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TemplateError, "templates/page.html", 1), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains(why, error.Message);
        Assert.Contains("'p.html' cannot be reused", error.Message);
    }
}
