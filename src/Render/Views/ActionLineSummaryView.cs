namespace Wsis.Render.Views;

/// <summary>counts: what the line holds in words ("21 roadmap rows"); empty when it has no text here.</summary>
public sealed record ActionLineSummaryView(string Id, string Title, string Url, string Facilitators, string Status, string StatusLabel, int PriorityCount, int RowCount,
    bool HasText, string Counts, string? FacilitatorsSource);
