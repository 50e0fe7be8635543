namespace Wsis.Model;

public enum RoadmapGroup
{
    Geneva,
    Wsis10,
}

public static class RoadmapGroups
{
    public static readonly IReadOnlyList<RoadmapGroup> All = [RoadmapGroup.Geneva, RoadmapGroup.Wsis10];

    public static string Slug(this RoadmapGroup group) => group switch
    {
        RoadmapGroup.Geneva => "geneva",
        _ => "wsis10",
    };

    public static string Title(this RoadmapGroup group) => group switch
    {
        RoadmapGroup.Geneva => "Geneva Plan of Action and Tunis Agenda",
        _ => "WSIS+10 outcome documents",
    };

    public static RoadmapGroup? FromSlug(string slug) => All.Cast<RoadmapGroup?>().FirstOrDefault(g => g!.Value.Slug() == slug);
}
