namespace Wsis.Model;

public sealed record StakeholderGroup
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
}
