using Wsis.Tests.Support;

namespace Wsis.Tests.Hostile;

/// <summary>
/// One broken or hostile change to the minimal content set and the one error it must produce: code, file and line.
/// Payload is set for injection cases: the markup that must never reach a page as markup.
/// </summary>
public sealed record HostileCase(string Name, Func<ContentSet, ContentSet> Change, string Code, string File, int Line, string? Payload = null)
{
    public bool IsInjection => Payload is not null;

    public ContentSet Content => Change(ContentSet.Minimal);

    public override string ToString() => Name;
}
