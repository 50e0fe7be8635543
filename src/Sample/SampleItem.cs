namespace Wsis.Sample;

/// <summary>One synthetic priority or roadmap row, with what both output formats need to write it.</summary>
public sealed record SampleItem
{
    public required int ActionLine { get; init; }
    public required bool IsPriority { get; init; }
    /// <summary>The priority number, or the row's place within its group.</summary>
    public required int Number { get; init; }
    /// <summary>"geneva" or "wsis10" for a roadmap row; null for a priority.</summary>
    public string? Group { get; init; }
    public required string KeyPhrase { get; init; }
    /// <summary>Priorities: one paragraph of inline Markdown. Roadmap rows: block Markdown with a list and a table.</summary>
    public required string Body { get; init; }
    public required IReadOnlyList<string> Sdgs { get; init; }
    public required IReadOnlyList<string> Stakeholders { get; init; }
    public required IReadOnlyList<string> ExpectedResults { get; init; }

    public string ActionLineId => $"C{ActionLine}";
    public string Label => $"R{Number}";
    public string Slug => IsPriority ? $"priorities/{Number}" : $"roadmap/{Group}-{Label.ToLowerInvariant()}";
    public string Url => $"/action-lines/c{ActionLine}/{Slug}/";
    public string Title => IsPriority ? $"{ActionLineId} priority {Number}: {KeyPhrase}" : $"{ActionLineId} roadmap {Label}";
}
