namespace Wsis.Render.Views;

/// <summary>A priority as templates show it: its text with the key phrase in bold.</summary>
public sealed record PriorityView : ItemView
{
    public required string KeyPhrase { get; init; }
}
