namespace Wsis.Sample;

public sealed record SampleGoal(int Number, string Name, string Colour, IReadOnlyList<string> Targets);
