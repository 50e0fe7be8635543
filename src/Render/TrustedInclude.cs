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
        new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
