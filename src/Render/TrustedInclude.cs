using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wsis.Render;

/// <summary>
/// Scriban's include returns the partial's output as a plain string, which the escaping context would
/// escape a second time; the partial has escaped its own values already, so its output is trusted.
/// </summary>
public sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        WroteInPlace(context, callerContext, arguments) ? null
            : new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        WroteInPlace(context, callerContext, arguments) ? null
            : new TrustedHtml((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    private static bool WroteInPlace(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (InPlace(context, callerContext, arguments) is not var (page, call)) return false;
        page.Include(context.ObjectToString(arguments[0]) ?? "", call, arguments);
        return true;
    }

    // `{{ include 'name' }}` as a statement of its own, as every template of ours writes it: the partial can write
    // straight into the page. Scriban's include renders it into an output of its own and returns a string of that to
    // be copied in, so each level of a large page (the handout of everything: its lines, their items) was copied again.
    // Not where the call is indented on its line: Scriban indents each line of that string as it copies it in. An
    // empty indent (the call at the start of its line, as most are) copies it unchanged.
    private static (EscapingTemplateContext Page, ScriptFunctionCall Call)? InPlace(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments) =>
        context is EscapingTemplateContext { CurrentIndent: null or "" } page && arguments.Count == 1
            && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement, Arguments.Count: 1 } call && call.Arguments[0] is not ScriptNamedArgument
            ? (page, call)
            : null;
}
