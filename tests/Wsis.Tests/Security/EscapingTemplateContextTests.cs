using Scriban;
using Scriban.Runtime;
using Wsis.Render;

namespace Wsis.Tests.Security;

/// <summary>The layout prints a page's body in place and escapes everything else, whether Scriban writes synchronously or not.</summary>
public class EscapingTemplateContextTests
{
    private static EscapingTemplateContext LayoutContext()
    {
        var context = new EscapingTemplateContext(TemplateContext.GetDefaultBuiltinObject(), new Dictionary<string, Template>());
        var globals = new ScriptObject();
        globals.SetValue("content", new PageBody(Template.Parse("<p>{{ title }}</p>"), new ScriptObject { ["title"] = "a < b" }), readOnly: true);
        globals.SetValue("raw", "<i>", readOnly: true);
        context.PushGlobal(globals);
        return context;
    }

    private const string Layout = "<main>{{ content }}</main>{{ raw }}";

    [Fact]
    public void A_page_body_renders_in_place_and_other_values_are_escaped()
    {
        Assert.Equal("<main><p>a &lt; b</p></main>&lt;i&gt;", Template.Parse(Layout).Render(LayoutContext()));
    }

    [Fact]
    public async Task A_page_body_renders_in_place_when_the_layout_is_rendered_asynchronously()
    {
        Assert.Equal("<main><p>a &lt; b</p></main>&lt;i&gt;", await Template.Parse(Layout).RenderAsync(LayoutContext()));
    }
}
