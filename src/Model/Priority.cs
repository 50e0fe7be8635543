using Wsis.Diagnostics;

namespace Wsis.Model;

public sealed record Priority : IItem
{
    public required string ActionLineId { get; init; }
    public required int Number { get; init; }
    public required string KeyPhrase { get; init; }
    /// <summary>The full text in inline Markdown, key phrase in bold as in the source.</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<SdgLink> Sdgs { get; init; }
    public required StakeholderTags Stakeholders { get; init; }
    public string? Note { get; init; }
    public required string SourceId { get; init; }
    public required SourceLocation Location { get; init; }

    public string Path => $"priorities/{Number}";
    public string Anchor => $"priority-{Number}";
    public string Title => $"{ActionLineId} priority {Number}: {KeyPhrase}";
}
