using Wsis.Render.Views;
namespace Wsis.Editions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>What one field of an item became; Diff marks the words, over the text as a reader reads it.</summary>
public sealed record FieldChange(string Name, string Label, string Before, string After, IReadOnlyList<DiffSegment> Diff);

/// <summary>One item's change between two states of the content. Moved: the same text under a new identity (Before's key → After's).</summary>
public sealed record ItemChange(ChangeKind Kind, ItemFacts? Before, ItemFacts? After, IReadOnlyList<FieldChange> Fields)
{
    public ItemFacts Current => After ?? Before!;

    public string Key => Current.Key;

    public string ActionLineId => Current.Item.ActionLineId;

    public string KindLabel => Kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Moved => "moved",
        _ => "changed",
    };
}
