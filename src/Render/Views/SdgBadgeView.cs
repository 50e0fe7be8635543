namespace Wsis.Render.Views;

/// <summary>
/// A goal or target badge: the goal's colour with text colour chosen for contrast. TargetText is the item's own
/// wording of the target, or, where its source gives only the number, another item's, named by TargetTextFrom.
/// </summary>
public sealed record SdgBadgeView(string Key, string Label, string Url, string GoalName, string Colour, string TextColour, string? TargetText, int Goal)
{
    public bool IsTarget { get; init; }
    public LinkView? TargetTextFrom { get; init; }

    /// <summary>"SDG " or "Target ": what the bare key on the badge is, for screen readers.</summary>
    public string Kind => Label[..^Key.Length];

    /// <summary>The tooltip: the target's text when the content gives it, else the goal's name.</summary>
    public string Title => $"{Label}: {TargetText ?? $"Goal {Goal}, {GoalName}"}";
}
