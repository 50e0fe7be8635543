namespace Wsis.Render.Views;

/// <summary>
/// A goal or target badge: the goal's colour with text colour chosen for contrast. TargetText is the item's own
/// wording of the target, or, where its source gives only the number, another item's, named by TargetTextFrom.
/// </summary>
public sealed record SdgBadgeView(string Key, string Label, string Url, string GoalName, string Colour, string TextColour, string? TargetText, int Goal)
{
    public bool IsTarget { get; init; }
    public LinkView? TargetTextFrom { get; init; }
}
