namespace Wsis.Render.Views;

public sealed record ActionLineIndexView(PageMeta Meta, IReadOnlyList<ActionLineSummaryView> ActionLines);
