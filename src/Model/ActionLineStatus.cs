namespace Wsis.Model;

/// <summary>How far the publication's text of an action line has come.</summary>
public enum ActionLineStatus
{
    Published,
    Draft,
    NotPublished,
}

public static class ActionLineStatuses
{
    public static readonly IReadOnlyList<ActionLineStatus> All = [ActionLineStatus.Published, ActionLineStatus.Draft, ActionLineStatus.NotPublished];

    /// <summary>The value in content/action-lines/*/overview.md, the open data and the class names of the pages.</summary>
    public static string Slug(this ActionLineStatus status) => status switch
    {
        ActionLineStatus.Published => "published",
        ActionLineStatus.Draft => "draft",
        _ => "not-published",
    };

    public static string Label(this ActionLineStatus status) => status switch
    {
        ActionLineStatus.Published => "Published",
        ActionLineStatus.Draft => "Draft",
        _ => "Not published yet",
    };

    public static ActionLineStatus? FromSlug(string slug) => All.Cast<ActionLineStatus?>().FirstOrDefault(s => s!.Value.Slug() == slug);
}
