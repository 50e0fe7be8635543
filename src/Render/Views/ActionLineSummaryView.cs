namespace Wsis.Render.Views;

public sealed record ActionLineSummaryView(string Id, string Title, string Url, string Facilitators, string Status, string StatusLabel, int PriorityCount, int RowCount);
