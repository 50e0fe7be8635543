using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Wsis.Render;

/// <summary>
/// The templates' <c>fragment</c>: includes a partial like <c>include</c>, and gives its output again wherever the
/// variables it reads (<see cref="FragmentVariables"/>) hold the same values (<see cref="TemplateValues"/>), instead of
/// rendering it again. An item's partial is so rendered once per build, however many pages list the item.
/// </summary>
/// <remarks>
/// One per template set. `serve` keeps the set while the templates are unchanged, and with it the fragments: a view
/// that the next build reuses (<see cref="ViewFactory"/>) is the same instance, so its fragments are reused too.
/// In `serve` every <c>include</c> is one of these too (<paramref name="orInclude"/>), falling back to a plain include
/// where the partial cannot be reused: a one-off build draws most partials once, and holding them all would cost it memory.
/// </remarks>
/// <param name="orInclude">An include whose partial cannot be reused, or that has named arguments, is rendered as include renders it, rather than refused.</param>
public sealed class ReusedInclude(IScriptCustomFunction include, IReadOnlyDictionary<string, Template> templates, bool orInclude = false) : IScriptCustomFunction
{
    private readonly TrustedInclude _plain = new(include);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<ScriptVariableGlobal>? Reads, string? Refusal)> _partials = new(StringComparer.Ordinal);
    private readonly Caching.Memo<TemplateValues, ReusedHtml> _fragments = new();

    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(ReusedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (name is null)
            return orInclude ? _plain.Invoke(context, callerContext, arguments, blockStatement) : throw new ScriptRuntimeException(span, "fragment needs the name of a partial, as include does.");
        // Named arguments become the partial's local variables, which the key would not hold.
        if (callerContext is IScriptNamedArgumentContainer { NamedArguments.Count: > 0 })
            return orInclude ? _plain.Invoke(context, callerContext, arguments, blockStatement)
                : throw new ScriptRuntimeException(span, $"fragment '{name}' takes no named arguments; set the variables before it, or use include.");
        var (reads, refusal) = _partials.GetOrAdd(name, n =>
        {
            var (found, why) = FragmentVariables.Of(n, templates);
            return (found?.Select(v => new ScriptVariableGlobal(v)).ToList(), why);
        });
        if (reads is null)
            return orInclude ? _plain.Invoke(context, callerContext, arguments, blockStatement)
                : throw new ScriptRuntimeException(span, $"'{name}' cannot be reused as a fragment: {refusal}. Use include instead.");
        var values = new object?[reads.Count + arguments.Count - 1];
        for (var i = 0; i < reads.Count; i++) values[i] = Read(context, reads[i]);
        for (var i = 1; i < arguments.Count; i++) values[reads.Count + i - 1] = arguments[i];
        var key = new TemplateValues(name, values);
        return _fragments.GetOrAdd(key, _ => new ReusedHtml(System.Text.Encoding.UTF8.GetBytes(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "")));
    }

    /// <summary>Ends a build of `serve`: drops the fragments it did not use, whose views no page shows any more.</summary>
    public void Sweep() => _fragments.Sweep();

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    // A variable the partial reads only on a path not taken here may be undefined at this call.
    private static object? Read(TemplateContext context, ScriptVariableGlobal variable)
    {
        try
        {
            return context.GetValue(variable);
        }
        catch (ScriptRuntimeException)
        {
            return Undefined;
        }
    }

    private static readonly object Undefined = new();
}
