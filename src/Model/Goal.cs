namespace Wsis.Model;

/// <summary>A Sustainable Development Goal with its official colour and target numbers.</summary>
public sealed record Goal
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required string Colour { get; init; }
    public required IReadOnlyList<string> Targets { get; init; }
}
