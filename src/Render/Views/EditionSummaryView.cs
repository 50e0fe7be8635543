
namespace Wsis.Render.Views;

/// <summary>One edition on the editions page. Url: its page of changes; null for the first, which has nothing to compare with.</summary>
public sealed record EditionSummaryView(string Id, string Title, string Date, TrustedHtml Summary, string? Url, string Counts, bool IsFirst);
