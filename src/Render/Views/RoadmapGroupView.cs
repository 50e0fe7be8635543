namespace Wsis.Render.Views;

public sealed record RoadmapGroupView(string Slug, string Title, string Anchor, IReadOnlyList<RoadmapRowView> Rows);
