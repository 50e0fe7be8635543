namespace Wsis.Render.Views;

public sealed record GoalSummaryView(int Number, string Name, string Url, string Colour, string TextColour, int Count);
