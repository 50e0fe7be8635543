using Wsis.Diagnostics;

namespace Wsis.Model;

/// <summary>What priorities and roadmap rows share: an identity on their action line and their links.</summary>
public interface IItem
{
    string ActionLineId { get; }

    /// <summary>The item's path below its action line, such as "priorities/15" or "roadmap/geneva-d".</summary>
    string Path { get; }

    /// <summary>The fragment that marks the item on its action line page.</summary>
    string Anchor { get; }

    string Title { get; }

    IReadOnlyList<SdgLink> Sdgs { get; }

    StakeholderTags Stakeholders { get; }

    string SourceId { get; }

    /// <summary>The transcriber's note on how the item was taken from its source, if any.</summary>
    string? Note { get; }

    SourceLocation Location { get; }
}
