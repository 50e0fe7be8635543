using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;
using Wsis.Build;

namespace Wsis.Tests;

/// <summary>
/// The stages of src/ (one folder and namespace each, sub-namespaces such as Wsis.Render.Views included) use only
/// stages before them, so no two stages depend on each other. Dependencies are read from the compiled site by NetArchTest.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>
    /// Each row may use the rows above it, never a row below, nor a stage of its own row. The model's records come
    /// before Validate, which builds them; the rest follows the data: render, then the outputs made from it, then the
    /// commands that run the build.
    /// </summary>
    private static readonly string[][] Order =
    [
        ["Diagnostics", "Caching"],
        ["Load"],
        ["Model"],
        ["Validate"],
        ["Render"],
        ["Export", "Search", "Check"],
        ["Write"],
        ["Pdf", "Scaffold", "Sample"],
        ["Build"],
        ["Serve"],
        ["Cli"],
    ];

    private static readonly Assembly Site = typeof(SiteBuilder).Assembly;

    /// <summary>Which stages each stage uses, from every type of the assembly (nested and generated types included).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Uses = new(() =>
    {
        var types = Types.InAssembly(Site);
        var uses = StagesInAssembly().ToDictionary(s => s, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        // Asked per namespace (Wsis.Render.Views too), so a use of a sub-namespace counts for its stage.
        foreach (var ns in Site.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("Wsis.", StringComparison.Ordinal)).Distinct())
        {
            var used = ns.Split('.')[1];
            foreach (var user in types.That().HaveDependencyOn(ns).GetTypes().Select(StageOf).OfType<string>().Where(s => s != used))
                uses[user].Add(used);
        }
        foreach (var (user, used) in UsesInGeneratedCode())
            if (user != used) uses[user].Add(used);
        return uses.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal);
    });

    public static TheoryData<string> Stages() => [.. Order.SelectMany(row => row)];

    [Fact]
    public void Reads_the_dependencies_between_stages()
    {
        // Guards the tests below against passing on an empty graph: these uses are the pipeline itself.
        Assert.Contains("Model", Uses.Value["Render"]);
        Assert.Contains("Render", Uses.Value["Check"]);
        Assert.Contains("Render", Uses.Value["Build"]);
        Assert.Contains("Serve", Uses.Value["Cli"]); // only inside a lambda
    }

    [Fact]
    public void Every_stage_has_a_place_in_the_order()
    {
        Assert.Equal(Order.SelectMany(row => row).Order(StringComparer.Ordinal), StagesInAssembly().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_two_stages_depend_on_each_other()
    {
        var cycles = Cycles(Uses.Value);
        Assert.True(cycles.Count == 0, "Stages that depend on each other: " + string.Join("; ", cycles.Select(c => string.Join(" → ", c.Append(c[0])))));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_uses_only_earlier_stages(string stage)
    {
        var rank = Array.FindIndex(Order, row => row.Contains(stage));
        var later = Order.Skip(rank).SelectMany(row => row).Where(s => s != stage).ToHashSet(StringComparer.Ordinal);
        var wrong = Uses.Value[stage].Where(later.Contains).ToList();
        Assert.True(wrong.Count == 0, $"Wsis.{stage} uses {string.Join(", ", wrong.Select(w => "Wsis." + w))}, which come at or after it in the order; "
            + "move the shared type to the earlier stage or pass the value in.");
    }

    /// <summary>
    /// NetArchTest reads only the types declared in the source, not the nested ones the compiler makes for lambdas,
    /// closures and async methods, where much of the code is (Wsis.Cli uses Wsis.Serve only inside a lambda): their
    /// type references are read here, with the stage of the type they were made for.
    /// </summary>
    private static IEnumerable<(string User, string Used)> UsesInGeneratedCode()
    {
        using var module = ModuleDefinition.ReadModule(Site.Location);
        foreach (var type in module.GetTypes().Where(t => t.IsNested && t.Name.Contains('<')))
        {
            var outer = type;
            while (outer.DeclaringType is not null) outer = outer.DeclaringType;
            if (StageOf(outer.Namespace) is not { } user) continue;
            var references = type.Fields.Select(f => f.FieldType)
                .Concat(type.Methods.SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Variables.Select(v => v.VariableType)
                    .Concat(m.Body.Instructions.Select(i => i.Operand switch
                    {
                        TypeReference t => t,
                        MemberReference member => member.DeclaringType,
                        _ => null,
                    }).OfType<TypeReference>())));
            foreach (var reference in references)
                foreach (var named in Named(reference))
                    if (StageOf(named.Namespace) is { } used) yield return (user, used);
        }
    }

    /// <summary>A type and the types inside it: generic arguments, element types, declaring types of nested ones.</summary>
    private static IEnumerable<TypeReference> Named(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var part in generic.GenericArguments.SelectMany(Named).Prepend(generic.ElementType)) yield return part;
                break;
            case TypeSpecification specification:
                foreach (var part in Named(specification.ElementType)) yield return part;
                break;
            default:
                var outer = type;
                while (outer.DeclaringType is not null) outer = outer.DeclaringType;
                yield return outer;
                break;
        }
    }

    private static IReadOnlyList<string> StagesInAssembly() =>
        Site.GetTypes().Select(StageOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Render" for Wsis.Render and Wsis.Render.Views; null for types outside Wsis.* (Program, generated code).</summary>
    private static string? StageOf(Type type) => StageOf(type.Namespace);

    private static string? StageOf(string? ns) => ns is not null && ns.StartsWith("Wsis.", StringComparison.Ordinal) ? ns.Split('.')[1] : null;

    /// <summary>The strongly connected groups of more than one stage (Tarjan), each in a fixed order.</summary>
    private static List<List<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> uses)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string stage)
        {
            index[stage] = low[stage] = index.Count;
            stack.Push(stage);
            foreach (var used in uses[stage])
            {
                if (!index.ContainsKey(used)) { Visit(used); low[stage] = Math.Min(low[stage], low[used]); }
                else if (stack.Contains(used)) low[stage] = Math.Min(low[stage], index[used]);
            }
            if (low[stage] != index[stage]) return;
            var group = new List<string>();
            string member;
            do { member = stack.Pop(); group.Add(member); } while (member != stage);
            if (group.Count > 1) cycles.Add(group.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var stage in uses.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(stage)) Visit(stage);
        return cycles;
    }
}
