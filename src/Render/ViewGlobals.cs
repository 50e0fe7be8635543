using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// What a template sees: the view's public fields and properties by their snake_case names, as Scriban's
/// <c>ScriptObject.Import</c> gives them, and the view itself as 'model'; and how it reads a view nested in another
/// (<see cref="Accessor"/>), as Scriban's own accessor would. Import looks each member and its attributes up again for
/// every page, a twelfth of a large build's time (docs/speed.md); here each view type is looked up once. A member is
/// read by the getter the compiled metadata of <see cref="ViewJson"/> has for it, not by reflection, which under the JIT
/// compiled a stub for each property read and took a longer path on every read (docs/speed.md, seventh pass).
/// </summary>
internal sealed class ViewGlobals
{
    private readonly ConcurrentDictionary<Type, ViewMember[]> _members = new();
    private readonly ConcurrentDictionary<Type, ViewAccessor?> _accessors = new();
    private readonly JsonSerializerOptions _metadata = new() { TypeInfoResolver = ViewJson.Default };

    public ScriptObject For(object model)
    {
        var globals = new ScriptObject();
        foreach (var member in _members.GetOrAdd(model.GetType(), MembersOf))
            globals.SetValue(member.Name, member.Read(model), member.ReadOnly);
        globals.SetValue("model", model, true);
        return globals;
    }

    /// <summary>The accessor of a view type (<c>item.title</c>); null for any other type, which Scriban reads its own way.</summary>
    public ViewAccessor? Accessor(Type type) => _accessors.GetOrAdd(type, AccessorOf);

    private readonly record struct ViewMember(string Name, Func<object, object?> Read, bool ReadOnly);

    // Import's own rules, in its order (base types first, then fields before properties): public fields that are not
    // constants, public readable properties without index parameters, none marked [ScriptMemberIgnore].
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    private ViewMember[] MembersOf(Type type)
    {
        var getters = GettersOf(type);
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
                    members.Add(new(Name(property), Getter(property, getters), false));
        }
        return [.. members];
    }

    // Scriban's TypedObjectAccessor's rules, in its order (the type first, then its bases; fields before properties;
    // the first of a name kept): public instance fields that are not constants, public readable instance properties,
    // none marked [ScriptMemberIgnore]. Only for the views, which are immutable and have no indexer (RenderShortcutTests).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A Native AOT publish keeps every type of this assembly (TrimmerRootAssembly in site.csproj).")]
    private ViewAccessor? AccessorOf(Type type)
    {
        // An array of views is in the views' namespace too, and read as a list.
        if (type.Namespace != typeof(LinkView).Namespace || type.IsArray || typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return null;
        var getters = GettersOf(type);
        var members = new Dictionary<string, Func<object, object?>>();
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(declared))
                if (field.IsPublic && !field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                    members.TryAdd(Name(field), field.GetValue);
            foreach (var property in t.GetProperties(declared))
                if (property is { CanRead: true, GetMethod: { IsPublic: true, IsStatic: false } } && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                    members.TryAdd(Name(property), Getter(property, getters));
        }
        return new ViewAccessor(members);
    }

    /// <summary>The compiled getters of a type's properties by name, from the view metadata; none for a type it does not know.</summary>
    private Dictionary<string, Func<object, object?>> GettersOf(Type type) =>
        _metadata.TryGetTypeInfo(type, out var info) && info.Kind == JsonTypeInfoKind.Object
            ? info.Properties.Where(p => p.Get is not null).ToDictionary(p => p.Name, p => p.Get!, StringComparer.Ordinal)
            : [];

    // A property the metadata leaves out (the layout's page body, which is never JSON) is read by reflection.
    private static Func<object, object?> Getter(PropertyInfo property, Dictionary<string, Func<object, object?>> getters) =>
        property.GetMethod is { IsStatic: false } && getters.TryGetValue(property.Name, out var getter) ? getter : property.GetValue;

    private static string Name(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } name ? name : member.Name;
}
