namespace Wsis.Sample;

/// <summary>A synthetic publication of a given size, before it is written in either format.</summary>
public sealed record SamplePublication(IReadOnlyList<SampleItem> Items, IReadOnlyList<SampleGoal> Goals, IReadOnlyList<SampleStakeholder> Stakeholders);
