namespace Wsis.Model;

/// <summary>A sub-line of an action line, such as C7's e-applications, with its own facilitators.</summary>
public sealed record SubLine
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Facilitator> Facilitators { get; init; }
}
