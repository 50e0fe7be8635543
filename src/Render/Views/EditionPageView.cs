
namespace Wsis.Render.Views;

/// <summary>/editions/&lt;id&gt;/: what changed since the edition before, grouped by action line.</summary>
public sealed record EditionPageView(PageMeta Meta, string Title, string Date, TrustedHtml Summary, LinkView Previous, string Counts, IReadOnlyList<ChangeGroupView> Groups);
