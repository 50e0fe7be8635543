namespace Wsis.Render.Views;

public sealed record StakeholderSummaryView(string Slug, string Name, string Description, string Url, int Count);
