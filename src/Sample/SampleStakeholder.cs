namespace Wsis.Sample;

public sealed record SampleStakeholder(string Slug, string Name, string Description);
