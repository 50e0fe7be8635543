namespace Wsis.Render.Views;

/// <summary>A goal or target badge: the goal's colour with text colour chosen for contrast.</summary>
public sealed record SdgBadgeView(string Key, string Label, string Url, string GoalName, string Colour, string TextColour, string? TargetText, int Goal);
