using Scriban;
using Scriban.Syntax;

namespace Wsis.Render;

/// <summary>
/// The global variables a partial reads, found in its syntax tree (and in the partials it includes by name), so that
/// its output can be reused wherever they hold the same values; or why it cannot be: it assigns a variable, defines a
/// function, reads the caller's loop or local variables, or includes a partial whose name is not written out.
/// </summary>
internal sealed class FragmentVariables : ScriptVisitor
{
    private static readonly HashSet<string> LoopObjects = ["for", "while", "tablerow"];

    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly SortedSet<string> _reads = new(StringComparer.Ordinal);
    private readonly List<string> _bound = [];
    private readonly HashSet<string> _entered = new(StringComparer.Ordinal);
    private int _loops;

    private FragmentVariables(IReadOnlyDictionary<string, Template> templates) => _templates = templates;

    /// <summary>The variables whose values decide the partial's output, or null and why it cannot be reused.</summary>
    public static (IReadOnlyList<string>? Reads, string? Refusal) Of(string name, IReadOnlyDictionary<string, Template> templates)
    {
        var walk = new FragmentVariables(templates);
        walk.Partial(name);
        return walk.Refusal is { } refusal ? (null, refusal) : (walk._reads.ToList(), null);
    }

    private string? Refusal { get; set; }

    private void Refuse(ScriptNode node, string why) => Refusal ??= $"{why} ({node.Span.FileName}, line {node.Span.Start.Line + 1})";

    private void Partial(string name)
    {
        if (!_templates.TryGetValue(name, out var template)) { Refusal ??= $"there is no template '{name}'"; return; }
        if (!_entered.Add(name)) { Refusal ??= $"'{name}' includes itself"; return; }
        Visit(template.Page);
        _entered.Remove(name);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (LoopObjects.Contains(node.Name))
        {
            if (_loops == 0) Refuse(node, $"it reads '{node.Name}' outside a loop of its own");
        }
        else if (!_bound.Contains(node.Name)) _reads.Add(node.Name);
    }

    // A member's name (item.label) is not a variable.
    public override void Visit(ScriptMemberExpression node) => Visit(node.Target);

    public override void Visit(ScriptForStatement node)
    {
        Visit(node.Iterator);
        Visit(node.NamedArguments);
        var variable = (node.Variable as ScriptVariableGlobal)?.Name;
        if (node.Variable is not null and not ScriptVariableGlobal) Refuse(node, "its loop variable is not a plain name");
        if (variable is not null) _bound.Add(variable);
        _loops++;
        Visit(node.Body);
        _loops--;
        if (variable is not null) _bound.RemoveAt(_bound.Count - 1);
        Visit(node.Else);
    }

    public override void Visit(ScriptTableRowStatement node) => Visit((ScriptForStatement)node);

    public override void Visit(ScriptWhileStatement node)
    {
        _loops++;
        base.Visit(node);
        _loops--;
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariableGlobal { Name: "include" or TemplateSet.FragmentFunction })
        {
            if (node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string included }) Partial(included);
            else Refuse(node, "it includes a partial whose name is not written out");
        }
        base.Visit(node);
    }

    public override void Visit(ScriptAssignExpression node) => Refuse(node, "it assigns a variable, which its caller would see");
    public override void Visit(ScriptIncrementDecrementExpression node) => Refuse(node, "it changes a variable, which its caller would see");
    public override void Visit(ScriptCaptureStatement node) => Refuse(node, "it captures into a variable, which its caller would see");
    public override void Visit(ScriptFunction node) => Refuse(node, "it defines a function");
    public override void Visit(ScriptAnonymousFunction node) => Refuse(node, "it defines a function");
    public override void Visit(ScriptImportStatement node) => Refuse(node, "it imports into the caller's variables");
    public override void Visit(ScriptWithStatement node) => Refuse(node, "it uses 'with'");
    public override void Visit(ScriptWrapStatement node) => Refuse(node, "it uses 'wrap'");
    public override void Visit(ScriptReadOnlyStatement node) => Refuse(node, "it uses 'readonly'");
    public override void Visit(ScriptVariableLocal node) => Refuse(node, "it reads a local variable ($…), which depends on its caller");
    public override void Visit(ScriptThisExpression node) => Refuse(node, "it reads 'this'");
}
