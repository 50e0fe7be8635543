using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace Wsis.Render;

/// <summary>
/// What a template sees: the view's public fields and properties by their snake_case names, as Scriban's
/// <c>ScriptObject.Import</c> gives them, and the view itself as 'model'. Import looks each member and its attributes up
/// again for every page, a twelfth of a large build's time (docs/speed.md); here each view type is looked up once.
/// </summary>
internal sealed class ViewGlobals
{
    private readonly ConcurrentDictionary<Type, ViewMember[]> _members = new();

    public ScriptObject For(object model)
    {
        var globals = new ScriptObject();
        foreach (var member in _members.GetOrAdd(model.GetType(), MembersOf))
            globals.SetValue(member.Name, member.Read(model), member.ReadOnly);
        globals.SetValue("model", model, true);
        return globals;
    }

    private readonly record struct ViewMember(string Name, Func<object, object?> Read, bool ReadOnly);

    // Import's own rules, in its order (base types first, then fields before properties): public fields that are not
    // constants, public readable properties without index parameters, none marked [ScriptMemberIgnore].
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    private static ViewMember[] MembersOf(Type type)
    {
        var lineage = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType) lineage.Push(t);
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;
        var members = new List<ViewMember>();
        foreach (var t in lineage)
        {
            foreach (var field in t.GetFields(declared))
                if (field.IsPublic && !field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                    members.Add(new(Name(field), field.GetValue, field.IsInitOnly));
            foreach (var property in t.GetProperties(declared))
                if (property is { CanRead: true, GetMethod.IsPublic: true } && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                    members.Add(new(Name(property), property.GetValue, false));
        }
        return [.. members];
    }

    private static string Name(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } name ? name : member.Name;
}
