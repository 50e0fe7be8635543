using Wsis.Model;

namespace Wsis.Render;

/// <summary>The site's URL scheme in one place: clean, lowercase, guessable.</summary>
public static class Urls
{
    public const string Home = "/";
    public const string ActionLines = "/action-lines/";
    public const string Sdgs = "/sdgs/";
    public const string Stakeholders = "/stakeholders/";
    public const string AllStakeholders = "/stakeholders/all/";
    public const string Background = "/background/";
    public const string Sources = "/sources/";
    public const string Search = "/search/";
    public const string OpenData = "/data/";
    public const string SdgMatrix = "/sdgs/by-action-line/";
    public const string StakeholderMatrix = "/stakeholders/by-action-line/";
    public const string Manifest = "/manifest.webmanifest";

    public static string ActionLine(string id) => $"/action-lines/{id.ToLowerInvariant()}/";
    public static string Item(IItem item) => $"{ActionLine(item.ActionLineId)}{item.Path}/";
    public static string ItemOnActionLine(IItem item) => $"{ActionLine(item.ActionLineId)}#{item.Anchor}";
    public static string Goal(int number) => $"/sdgs/{number}/";
    public static string TargetAnchor(string target) => "target-" + target.Replace('.', '-');
    public static string Target(int goal, string target) => $"{Goal(goal)}#{TargetAnchor(target)}";
    public static string Stakeholder(string slug) => $"/stakeholders/{slug}/";
    public static string Source(string id) => $"/sources/{id}/";
    public static string Page(string slug) => $"/{slug}/";
    public const string PublicationHandout = "/action-lines/handout/";
    public const string PublicationPdf = "/pdf/wsis-action-lines.pdf";
    public static string Handout(string id) => $"{ActionLine(id)}handout/";
    public static string HandoutPdf(string id) => $"/pdf/wsis-{id.ToLowerInvariant()}.pdf";
    public static string SourcePart(string id, int part) => part == 1 ? Source(id) : $"{Source(id)}{part}/";
    /// <summary>Every transcription note on the items taken from one source, gathered out of the reading flow.</summary>
    public static string SourceNotes(string id) => $"{Source(id)}notes/";
    public static string SourceText(string id) => $"/sources/{id}.txt";
    public static string DataFile(string name) => OpenData + name;

    /// <summary>The fragment of an action line's group on an SDG or stakeholder page: the target of a matrix cell.</summary>
    public static string GroupAnchor(string actionLineId) => "group-" + actionLineId.ToLowerInvariant();

    /// <summary>The file a URL is served from: "/a/b/" is a/b/index.html.</summary>
    public static string FileOf(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
