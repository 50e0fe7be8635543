using Scriban;

namespace Wsis.Render;

/// <summary>
/// A page's own template and view. The layout prints it where it says {{ content }}, and it renders there, straight
/// into the page's output: the body of a large page is never held as a string of its own and then copied.
/// Its template escapes its own values, so the escaping context prints it as it is, like TrustedHtml.
/// </summary>
public sealed class PageBody(Template template, Scriban.Runtime.ScriptObject globals)
{
    internal void RenderInto(TemplateContext context)
    {
        if (template.Page is null) return; // an empty template
        context.PushGlobal(globals);
        context.PushSourceFile(template.SourceFilePath ?? "");
        try
        {
            // Template.Render would also return (a copy of) everything written so far; evaluating the page just writes it.
            context.Evaluate(template.Page);
        }
        finally
        {
            context.PopSourceFile();
            context.PopGlobal();
        }
    }
}
