namespace Wsis.Render.Views;

public sealed record MilestoneView(string Period, string? Title, IReadOnlyList<string> Points, TrustedHtml Notes);
