using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Wsis.Render;

/// <summary>
/// How a template reads a view nested in another (<c>item.title</c>): the members Scriban's own reflecting accessor
/// would give, by the same names and in the same order, read by the getters <see cref="ViewGlobals"/> finds for them.
/// Views are immutable, so nothing is ever set, and none has an indexer.
/// </summary>
internal sealed class ViewAccessor(Dictionary<string, Func<object, object?>> members) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (members.TryGetValue(member, out var read))
        {
            value = read(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
